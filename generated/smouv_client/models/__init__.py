"""Contains all the data models used in inputs/outputs"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .actor import Actor, ActorDict
    from .actor_view import ActorView, ActorViewDict
    from .actor_view_company import ActorViewCompany, ActorViewCompanyDict
    from .actor_view_contact import ActorViewContact, ActorViewContactDict
    from .company import Company, CompanyDict
    from .contact import Contact, ContactDict
    from .container import Container, ContainerDict
    from .container_view import ContainerView, ContainerViewDict
    from .container_view_events_type_0_item import ContainerViewEventsType0Item, ContainerViewEventsType0ItemDict
    from .customer_order import CustomerOrder, CustomerOrderDict
    from .customer_order_create_form import CustomerOrderCreateForm, CustomerOrderCreateFormDict
    from .customer_order_created import CustomerOrderCreated, CustomerOrderCreatedDict
    from .customer_order_page import CustomerOrderPage, CustomerOrderPageDict
    from .customer_order_post import CustomerOrderPost, CustomerOrderPostDict
    from .customer_order_projection import CustomerOrderProjection, CustomerOrderProjectionDict
    from .customer_order_update import CustomerOrderUpdate, CustomerOrderUpdateDict
    from .customs_flag import CustomsFlag
    from .elementary_order import ElementaryOrder, ElementaryOrderDict
    from .error import Error, ErrorDict
    from .error_code import ErrorCode
    from .event import Event, EventDict
    from .event_location import EventLocation, EventLocationDict
    from .event_type import EventType
    from .gateway_error import GatewayError, GatewayErrorDict
    from .goods import Goods, GoodsDict
    from .hazardous_class import HazardousClass, HazardousClassDict
    from .indicator import Indicator, IndicatorDict
    from .location import Location, LocationDict
    from .oog import Oog, OogDict
    from .order_history import OrderHistory, OrderHistoryDict
    from .order_ref import OrderRef, OrderRefDict
    from .order_status import OrderStatus
    from .order_type import OrderType
    from .reefer import Reefer, ReeferDict
    from .voyage import Voyage, VoyageDict

#: Each exported name -> the module of this package that defines it.
_MODULES = {
    "CustomerOrderCreateForm": "customer_order_create_form",
    "CustomerOrderCreateFormDict": "customer_order_create_form",
    "CustomerOrderPost": "customer_order_post",
    "CustomerOrderPostDict": "customer_order_post",
    "CustomerOrderUpdate": "customer_order_update",
    "CustomerOrderUpdateDict": "customer_order_update",
    "Actor": "actor",
    "ActorDict": "actor",
    "Company": "company",
    "CompanyDict": "company",
    "Location": "location",
    "LocationDict": "location",
    "Contact": "contact",
    "ContactDict": "contact",
    "Container": "container",
    "ContainerDict": "container",
    "Indicator": "indicator",
    "IndicatorDict": "indicator",
    "Reefer": "reefer",
    "ReeferDict": "reefer",
    "Oog": "oog",
    "OogDict": "oog",
    "Goods": "goods",
    "GoodsDict": "goods",
    "HazardousClass": "hazardous_class",
    "HazardousClassDict": "hazardous_class",
    "Event": "event",
    "EventDict": "event",
    "EventLocation": "event_location",
    "EventLocationDict": "event_location",
    "Voyage": "voyage",
    "VoyageDict": "voyage",
    "OrderRef": "order_ref",
    "OrderRefDict": "order_ref",
    "ElementaryOrder": "elementary_order",
    "ElementaryOrderDict": "elementary_order",
    "CustomerOrderCreated": "customer_order_created",
    "CustomerOrderCreatedDict": "customer_order_created",
    "CustomerOrder": "customer_order",
    "CustomerOrderDict": "customer_order",
    "OrderHistory": "order_history",
    "OrderHistoryDict": "order_history",
    "ActorView": "actor_view",
    "ActorViewDict": "actor_view",
    "ContainerView": "container_view",
    "ContainerViewDict": "container_view",
    "CustomerOrderPage": "customer_order_page",
    "CustomerOrderPageDict": "customer_order_page",
    "CustomerOrderProjection": "customer_order_projection",
    "CustomerOrderProjectionDict": "customer_order_projection",
    "Error": "error",
    "ErrorDict": "error",
    "GatewayError": "gateway_error",
    "GatewayErrorDict": "gateway_error",
    "ActorViewCompany": "actor_view_company",
    "ActorViewCompanyDict": "actor_view_company",
    "ActorViewContact": "actor_view_contact",
    "ActorViewContactDict": "actor_view_contact",
    "ContainerViewEventsType0Item": "container_view_events_type_0_item",
    "ContainerViewEventsType0ItemDict": "container_view_events_type_0_item",
    "EventType": "event_type",
    "CustomsFlag": "customs_flag",
    "OrderType": "order_type",
    "OrderStatus": "order_status",
    "ErrorCode": "error_code",
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
    "CustomerOrderCreateForm",
    "CustomerOrderCreateFormDict",
    "CustomerOrderPost",
    "CustomerOrderPostDict",
    "CustomerOrderUpdate",
    "CustomerOrderUpdateDict",
    "Actor",
    "ActorDict",
    "Company",
    "CompanyDict",
    "Location",
    "LocationDict",
    "Contact",
    "ContactDict",
    "Container",
    "ContainerDict",
    "Indicator",
    "IndicatorDict",
    "Reefer",
    "ReeferDict",
    "Oog",
    "OogDict",
    "Goods",
    "GoodsDict",
    "HazardousClass",
    "HazardousClassDict",
    "Event",
    "EventDict",
    "EventLocation",
    "EventLocationDict",
    "Voyage",
    "VoyageDict",
    "OrderRef",
    "OrderRefDict",
    "ElementaryOrder",
    "ElementaryOrderDict",
    "CustomerOrderCreated",
    "CustomerOrderCreatedDict",
    "CustomerOrder",
    "CustomerOrderDict",
    "OrderHistory",
    "OrderHistoryDict",
    "ActorView",
    "ActorViewDict",
    "ContainerView",
    "ContainerViewDict",
    "CustomerOrderPage",
    "CustomerOrderPageDict",
    "CustomerOrderProjection",
    "CustomerOrderProjectionDict",
    "Error",
    "ErrorDict",
    "GatewayError",
    "GatewayErrorDict",
    "ActorViewCompany",
    "ActorViewCompanyDict",
    "ActorViewContact",
    "ActorViewContactDict",
    "ContainerViewEventsType0Item",
    "ContainerViewEventsType0ItemDict",
    "EventType",
    "CustomsFlag",
    "OrderType",
    "OrderStatus",
    "ErrorCode",
)
