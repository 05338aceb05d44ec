"""Contains all the data models used in inputs/outputs"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .additional_identifier import AdditionalIdentifier, AdditionalIdentifierDict
    from .address import Address, AddressDict
    from .attachment import Attachment, AttachmentDict
    from .attachment_placement import AttachmentPlacement
    from .custom_attributes import CustomAttributes, CustomAttributesDict
    from .delivery_address import DeliveryAddress, DeliveryAddressDict
    from .entity_changed_event import EntityChangedEvent, EntityChangedEventDict
    from .entity_changed_events import EntityChangedEvents, EntityChangedEventsDict
    from .gateway_message import GatewayMessage, GatewayMessageDict
    from .login_request import LoginRequest, LoginRequestDict
    from .login_response import LoginResponse, LoginResponseDict
    from .order_request import OrderRequest, OrderRequestDict
    from .order_response import OrderResponse, OrderResponseDict
    from .position import Position, PositionDict
    from .printer_type import PrinterType
    from .printing_type import PrintingType
    from .subscription import Subscription, SubscriptionDict
    from .subscription_endpoint import SubscriptionEndpoint, SubscriptionEndpointDict
    from .subscription_endpoint_headers_type_0 import (
        SubscriptionEndpointHeadersType0,
        SubscriptionEndpointHeadersType0Dict,
    )
    from .subscription_endpoint_type import SubscriptionEndpointType
    from .subscription_endpoint_view import SubscriptionEndpointView, SubscriptionEndpointViewDict
    from .subscription_entity import SubscriptionEntity
    from .subscription_request import SubscriptionRequest, SubscriptionRequestDict

#: Each exported name -> the module of this package that defines it.
_MODULES = {
    "LoginRequest": "login_request",
    "LoginRequestDict": "login_request",
    "LoginResponse": "login_response",
    "LoginResponseDict": "login_response",
    "GatewayMessage": "gateway_message",
    "GatewayMessageDict": "gateway_message",
    "OrderRequest": "order_request",
    "OrderRequestDict": "order_request",
    "CustomAttributes": "custom_attributes",
    "CustomAttributesDict": "custom_attributes",
    "DeliveryAddress": "delivery_address",
    "DeliveryAddressDict": "delivery_address",
    "AdditionalIdentifier": "additional_identifier",
    "AdditionalIdentifierDict": "additional_identifier",
    "Address": "address",
    "AddressDict": "address",
    "Position": "position",
    "PositionDict": "position",
    "Attachment": "attachment",
    "AttachmentDict": "attachment",
    "OrderResponse": "order_response",
    "OrderResponseDict": "order_response",
    "SubscriptionEndpoint": "subscription_endpoint",
    "SubscriptionEndpointDict": "subscription_endpoint",
    "SubscriptionRequest": "subscription_request",
    "SubscriptionRequestDict": "subscription_request",
    "Subscription": "subscription",
    "SubscriptionDict": "subscription",
    "SubscriptionEndpointView": "subscription_endpoint_view",
    "SubscriptionEndpointViewDict": "subscription_endpoint_view",
    "EntityChangedEvent": "entity_changed_event",
    "EntityChangedEventDict": "entity_changed_event",
    "EntityChangedEvents": "entity_changed_events",
    "EntityChangedEventsDict": "entity_changed_events",
    "SubscriptionEndpointHeadersType0": "subscription_endpoint_headers_type_0",
    "SubscriptionEndpointHeadersType0Dict": "subscription_endpoint_headers_type_0",
    "PrinterType": "printer_type",
    "AttachmentPlacement": "attachment_placement",
    "PrintingType": "printing_type",
    "SubscriptionEntity": "subscription_entity",
    "SubscriptionEndpointType": "subscription_endpoint_type",
}


def __getattr__(name: str) -> object:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_MODULES))


__all__ = (
    "LoginRequest",
    "LoginRequestDict",
    "LoginResponse",
    "LoginResponseDict",
    "GatewayMessage",
    "GatewayMessageDict",
    "OrderRequest",
    "OrderRequestDict",
    "CustomAttributes",
    "CustomAttributesDict",
    "DeliveryAddress",
    "DeliveryAddressDict",
    "AdditionalIdentifier",
    "AdditionalIdentifierDict",
    "Address",
    "AddressDict",
    "Position",
    "PositionDict",
    "Attachment",
    "AttachmentDict",
    "OrderResponse",
    "OrderResponseDict",
    "SubscriptionEndpoint",
    "SubscriptionEndpointDict",
    "SubscriptionRequest",
    "SubscriptionRequestDict",
    "Subscription",
    "SubscriptionDict",
    "SubscriptionEndpointView",
    "SubscriptionEndpointViewDict",
    "EntityChangedEvent",
    "EntityChangedEventDict",
    "EntityChangedEvents",
    "EntityChangedEventsDict",
    "SubscriptionEndpointHeadersType0",
    "SubscriptionEndpointHeadersType0Dict",
    "PrinterType",
    "AttachmentPlacement",
    "PrintingType",
    "SubscriptionEntity",
    "SubscriptionEndpointType",
)
