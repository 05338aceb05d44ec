"""Contains all the data models used in inputs/outputs"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .address import Address, AddressDict
    from .address_tracking_type_0 import AddressTrackingType0, AddressTrackingType0Dict
    from .amendment_load import AmendmentLoad, AmendmentLoadDict
    from .amendment_spot import AmendmentSpot, AmendmentSpotDict
    from .amendment_spot_operations_type_0_item import (
        AmendmentSpotOperationsType0Item,
        AmendmentSpotOperationsType0ItemDict,
    )
    from .amendment_spot_operations_type_0_item_loads_type_0_item import (
        AmendmentSpotOperationsType0ItemLoadsType0Item,
        AmendmentSpotOperationsType0ItemLoadsType0ItemDict,
    )
    from .amendment_spot_operations_type_0_item_timespans import (
        AmendmentSpotOperationsType0ItemTimespans,
        AmendmentSpotOperationsType0ItemTimespansDict,
    )
    from .amendment_spot_place import AmendmentSpotPlace, AmendmentSpotPlaceDict
    from .amendment_spot_place_address import AmendmentSpotPlaceAddress, AmendmentSpotPlaceAddressDict
    from .amendment_spot_place_address_tracking_type_0 import (
        AmendmentSpotPlaceAddressTrackingType0,
        AmendmentSpotPlaceAddressTrackingType0Dict,
    )
    from .amendment_spot_place_coordinates_type_0 import (
        AmendmentSpotPlaceCoordinatesType0,
        AmendmentSpotPlaceCoordinatesType0Dict,
    )
    from .callback_event import CallbackEvent, CallbackEventDict
    from .callback_event_data import CallbackEventData, CallbackEventDataDict
    from .create_freight import CreateFreight, CreateFreightDict
    from .create_freight_carrier import CreateFreightCarrier, CreateFreightCarrierDict
    from .create_freight_shipper import CreateFreightShipper, CreateFreightShipperDict
    from .create_freight_shipper_assignee import CreateFreightShipperAssignee, CreateFreightShipperAssigneeDict
    from .create_load import CreateLoad, CreateLoadDict
    from .create_operation import CreateOperation, CreateOperationDict
    from .create_operation_loads_item import CreateOperationLoadsItem, CreateOperationLoadsItemDict
    from .create_operation_time_window_type_0 import CreateOperationTimeWindowType0, CreateOperationTimeWindowType0Dict
    from .create_order import CreateOrder, CreateOrderDict
    from .create_order_attachments_requirements_type_0 import (
        CreateOrderAttachmentsRequirementsType0,
        CreateOrderAttachmentsRequirementsType0Dict,
    )
    from .create_order_driver_type_0 import CreateOrderDriverType0, CreateOrderDriverType0Dict
    from .create_order_insurance import CreateOrderInsurance, CreateOrderInsuranceDict
    from .create_order_insurance_load_type_0 import CreateOrderInsuranceLoadType0, CreateOrderInsuranceLoadType0Dict
    from .create_order_insurance_third_party_type_0 import (
        CreateOrderInsuranceThirdPartyType0,
        CreateOrderInsuranceThirdPartyType0Dict,
    )
    from .create_order_monitoring import CreateOrderMonitoring, CreateOrderMonitoringDict
    from .create_order_vehicle_type_0 import CreateOrderVehicleType0, CreateOrderVehicleType0Dict
    from .create_payment import CreatePayment, CreatePaymentDict
    from .create_payment_price import CreatePaymentPrice, CreatePaymentPriceDict
    from .create_place import CreatePlace, CreatePlaceDict
    from .create_place_coordinates_type_0 import CreatePlaceCoordinatesType0, CreatePlaceCoordinatesType0Dict
    from .create_spot import CreateSpot, CreateSpotDict
    from .list_created_orders_order import ListCreatedOrdersOrder
    from .measurement import Measurement, MeasurementDict
    from .operation_type import OperationType
    from .order import Order, OrderDict
    from .order_amendment import OrderAmendment, OrderAmendmentDict
    from .order_amendment_freight import OrderAmendmentFreight, OrderAmendmentFreightDict
    from .order_amendment_freight_requirements import (
        OrderAmendmentFreightRequirements,
        OrderAmendmentFreightRequirementsDict,
    )
    from .order_amendment_freight_requirements_transport import (
        OrderAmendmentFreightRequirementsTransport,
        OrderAmendmentFreightRequirementsTransportDict,
    )
    from .order_amendment_payment import OrderAmendmentPayment, OrderAmendmentPaymentDict
    from .order_amendment_payment_price import OrderAmendmentPaymentPrice, OrderAmendmentPaymentPriceDict
    from .order_freight_type_0 import OrderFreightType0, OrderFreightType0Dict
    from .order_freight_type_0_loads_type_0_item import (
        OrderFreightType0LoadsType0Item,
        OrderFreightType0LoadsType0ItemDict,
    )
    from .order_freight_type_0_requirements_type_0 import (
        OrderFreightType0RequirementsType0,
        OrderFreightType0RequirementsType0Dict,
    )
    from .order_freight_type_0_spots_type_0_item import (
        OrderFreightType0SpotsType0Item,
        OrderFreightType0SpotsType0ItemDict,
    )
    from .order_freight_type_0_spots_type_0_item_operations_type_0_item import (
        OrderFreightType0SpotsType0ItemOperationsType0Item,
        OrderFreightType0SpotsType0ItemOperationsType0ItemDict,
    )
    from .order_freight_type_0_spots_type_0_item_operations_type_0_item_loads_type_0_item import (
        OrderFreightType0SpotsType0ItemOperationsType0ItemLoadsType0Item,
        OrderFreightType0SpotsType0ItemOperationsType0ItemLoadsType0ItemDict,
    )
    from .order_freight_type_0_spots_type_0_item_operations_type_0_item_loads_type_0_item_load_type_0 import (
        OrderFreightType0SpotsType0ItemOperationsType0ItemLoadsType0ItemLoadType0,
        OrderFreightType0SpotsType0ItemOperationsType0ItemLoadsType0ItemLoadType0Dict,
    )
    from .order_freight_type_0_spots_type_0_item_operations_type_0_item_timespans_type_0 import (
        OrderFreightType0SpotsType0ItemOperationsType0ItemTimespansType0,
        OrderFreightType0SpotsType0ItemOperationsType0ItemTimespansType0Dict,
    )
    from .order_freight_type_0_spots_type_0_item_place_type_0 import (
        OrderFreightType0SpotsType0ItemPlaceType0,
        OrderFreightType0SpotsType0ItemPlaceType0Dict,
    )
    from .order_freight_type_0_spots_type_0_item_place_type_0_address_type_0 import (
        OrderFreightType0SpotsType0ItemPlaceType0AddressType0,
        OrderFreightType0SpotsType0ItemPlaceType0AddressType0Dict,
    )
    from .order_monitoring_type_0 import OrderMonitoringType0, OrderMonitoringType0Dict
    from .order_payment_type_0 import OrderPaymentType0, OrderPaymentType0Dict
    from .order_payment_type_0_price_type_0 import OrderPaymentType0PriceType0, OrderPaymentType0PriceType0Dict
    from .order_status_type_0 import OrderStatusType0, OrderStatusType0Dict
    from .partner import Partner, PartnerDict
    from .patch_order import PatchOrder, PatchOrderDict
    from .patch_order_freight import PatchOrderFreight, PatchOrderFreightDict
    from .problem import Problem, ProblemDict
    from .problem_validation_messages_type_0 import ProblemValidationMessagesType0, ProblemValidationMessagesType0Dict
    from .requirements import Requirements, RequirementsDict
    from .requirements_temperature_type_0 import RequirementsTemperatureType0, RequirementsTemperatureType0Dict
    from .requirements_transport import RequirementsTransport, RequirementsTransportDict
    from .timespan import Timespan, TimespanDict
    from .transport_type import TransportType

#: Each exported name -> the module of this package that defines it.
_MODULES = {
    "CreateOrder": "create_order",
    "CreateOrderDict": "create_order",
    "CreateFreight": "create_freight",
    "CreateFreightDict": "create_freight",
    "CreateLoad": "create_load",
    "CreateLoadDict": "create_load",
    "CreateSpot": "create_spot",
    "CreateSpotDict": "create_spot",
    "CreatePlace": "create_place",
    "CreatePlaceDict": "create_place",
    "Address": "address",
    "AddressDict": "address",
    "CreateOperation": "create_operation",
    "CreateOperationDict": "create_operation",
    "Timespan": "timespan",
    "TimespanDict": "timespan",
    "Requirements": "requirements",
    "RequirementsDict": "requirements",
    "CreatePayment": "create_payment",
    "CreatePaymentDict": "create_payment",
    "PatchOrder": "patch_order",
    "PatchOrderDict": "patch_order",
    "OrderAmendment": "order_amendment",
    "OrderAmendmentDict": "order_amendment",
    "Measurement": "measurement",
    "MeasurementDict": "measurement",
    "AmendmentLoad": "amendment_load",
    "AmendmentLoadDict": "amendment_load",
    "AmendmentSpot": "amendment_spot",
    "AmendmentSpotDict": "amendment_spot",
    "Order": "order",
    "OrderDict": "order",
    "Partner": "partner",
    "PartnerDict": "partner",
    "Problem": "problem",
    "ProblemDict": "problem",
    "CallbackEvent": "callback_event",
    "CallbackEventDict": "callback_event",
    "CreateOrderMonitoring": "create_order_monitoring",
    "CreateOrderMonitoringDict": "create_order_monitoring",
    "CreateOrderInsuranceLoadType0": "create_order_insurance_load_type_0",
    "CreateOrderInsuranceLoadType0Dict": "create_order_insurance_load_type_0",
    "CreateOrderInsuranceThirdPartyType0": "create_order_insurance_third_party_type_0",
    "CreateOrderInsuranceThirdPartyType0Dict": "create_order_insurance_third_party_type_0",
    "CreateOrderInsurance": "create_order_insurance",
    "CreateOrderInsuranceDict": "create_order_insurance",
    "CreateOrderAttachmentsRequirementsType0": "create_order_attachments_requirements_type_0",
    "CreateOrderAttachmentsRequirementsType0Dict": "create_order_attachments_requirements_type_0",
    "CreateOrderDriverType0": "create_order_driver_type_0",
    "CreateOrderDriverType0Dict": "create_order_driver_type_0",
    "CreateOrderVehicleType0": "create_order_vehicle_type_0",
    "CreateOrderVehicleType0Dict": "create_order_vehicle_type_0",
    "CreateFreightCarrier": "create_freight_carrier",
    "CreateFreightCarrierDict": "create_freight_carrier",
    "CreateFreightShipperAssignee": "create_freight_shipper_assignee",
    "CreateFreightShipperAssigneeDict": "create_freight_shipper_assignee",
    "CreateFreightShipper": "create_freight_shipper",
    "CreateFreightShipperDict": "create_freight_shipper",
    "CreatePlaceCoordinatesType0": "create_place_coordinates_type_0",
    "CreatePlaceCoordinatesType0Dict": "create_place_coordinates_type_0",
    "AddressTrackingType0": "address_tracking_type_0",
    "AddressTrackingType0Dict": "address_tracking_type_0",
    "CreateOperationTimeWindowType0": "create_operation_time_window_type_0",
    "CreateOperationTimeWindowType0Dict": "create_operation_time_window_type_0",
    "CreateOperationLoadsItem": "create_operation_loads_item",
    "CreateOperationLoadsItemDict": "create_operation_loads_item",
    "RequirementsTemperatureType0": "requirements_temperature_type_0",
    "RequirementsTemperatureType0Dict": "requirements_temperature_type_0",
    "RequirementsTransport": "requirements_transport",
    "RequirementsTransportDict": "requirements_transport",
    "CreatePaymentPrice": "create_payment_price",
    "CreatePaymentPriceDict": "create_payment_price",
    "PatchOrderFreight": "patch_order_freight",
    "PatchOrderFreightDict": "patch_order_freight",
    "OrderAmendmentFreightRequirementsTransport": "order_amendment_freight_requirements_transport",
    "OrderAmendmentFreightRequirementsTransportDict": "order_amendment_freight_requirements_transport",
    "OrderAmendmentFreightRequirements": "order_amendment_freight_requirements",
    "OrderAmendmentFreightRequirementsDict": "order_amendment_freight_requirements",
    "OrderAmendmentFreight": "order_amendment_freight",
    "OrderAmendmentFreightDict": "order_amendment_freight",
    "OrderAmendmentPaymentPrice": "order_amendment_payment_price",
    "OrderAmendmentPaymentPriceDict": "order_amendment_payment_price",
    "OrderAmendmentPayment": "order_amendment_payment",
    "OrderAmendmentPaymentDict": "order_amendment_payment",
    "AmendmentSpotPlaceAddressTrackingType0": "amendment_spot_place_address_tracking_type_0",
    "AmendmentSpotPlaceAddressTrackingType0Dict": "amendment_spot_place_address_tracking_type_0",
    "AmendmentSpotPlaceAddress": "amendment_spot_place_address",
    "AmendmentSpotPlaceAddressDict": "amendment_spot_place_address",
    "AmendmentSpotPlaceCoordinatesType0": "amendment_spot_place_coordinates_type_0",
    "AmendmentSpotPlaceCoordinatesType0Dict": "amendment_spot_place_coordinates_type_0",
    "AmendmentSpotPlace": "amendment_spot_place",
    "AmendmentSpotPlaceDict": "amendment_spot_place",
    "AmendmentSpotOperationsType0ItemTimespans": "amendment_spot_operations_type_0_item_timespans",
    "AmendmentSpotOperationsType0ItemTimespansDict": "amendment_spot_operations_type_0_item_timespans",
    "AmendmentSpotOperationsType0ItemLoadsType0Item": "amendment_spot_operations_type_0_item_loads_type_0_item",
    "AmendmentSpotOperationsType0ItemLoadsType0ItemDict": "amendment_spot_operations_type_0_item_loads_type_0_item",
    "AmendmentSpotOperationsType0Item": "amendment_spot_operations_type_0_item",
    "AmendmentSpotOperationsType0ItemDict": "amendment_spot_operations_type_0_item",
    "OrderStatusType0": "order_status_type_0",
    "OrderStatusType0Dict": "order_status_type_0",
    "OrderFreightType0SpotsType0ItemPlaceType0AddressType0": "order_freight_type_0_spots_type_0_item_place_type_0_address_type_0",
    "OrderFreightType0SpotsType0ItemPlaceType0AddressType0Dict": "order_freight_type_0_spots_type_0_item_place_type_0_address_type_0",
    "OrderFreightType0SpotsType0ItemPlaceType0": "order_freight_type_0_spots_type_0_item_place_type_0",
    "OrderFreightType0SpotsType0ItemPlaceType0Dict": "order_freight_type_0_spots_type_0_item_place_type_0",
    "OrderFreightType0SpotsType0ItemOperationsType0ItemTimespansType0": "order_freight_type_0_spots_type_0_item_operations_type_0_item_timespans_type_0",
    "OrderFreightType0SpotsType0ItemOperationsType0ItemTimespansType0Dict": "order_freight_type_0_spots_type_0_item_operations_type_0_item_timespans_type_0",
    "OrderFreightType0SpotsType0ItemOperationsType0ItemLoadsType0ItemLoadType0": "order_freight_type_0_spots_type_0_item_operations_type_0_item_loads_type_0_item_load_type_0",
    "OrderFreightType0SpotsType0ItemOperationsType0ItemLoadsType0ItemLoadType0Dict": "order_freight_type_0_spots_type_0_item_operations_type_0_item_loads_type_0_item_load_type_0",
    "OrderFreightType0SpotsType0ItemOperationsType0ItemLoadsType0Item": "order_freight_type_0_spots_type_0_item_operations_type_0_item_loads_type_0_item",
    "OrderFreightType0SpotsType0ItemOperationsType0ItemLoadsType0ItemDict": "order_freight_type_0_spots_type_0_item_operations_type_0_item_loads_type_0_item",
    "OrderFreightType0SpotsType0ItemOperationsType0Item": "order_freight_type_0_spots_type_0_item_operations_type_0_item",
    "OrderFreightType0SpotsType0ItemOperationsType0ItemDict": "order_freight_type_0_spots_type_0_item_operations_type_0_item",
    "OrderFreightType0SpotsType0Item": "order_freight_type_0_spots_type_0_item",
    "OrderFreightType0SpotsType0ItemDict": "order_freight_type_0_spots_type_0_item",
    "OrderFreightType0LoadsType0Item": "order_freight_type_0_loads_type_0_item",
    "OrderFreightType0LoadsType0ItemDict": "order_freight_type_0_loads_type_0_item",
    "OrderFreightType0RequirementsType0": "order_freight_type_0_requirements_type_0",
    "OrderFreightType0RequirementsType0Dict": "order_freight_type_0_requirements_type_0",
    "OrderFreightType0": "order_freight_type_0",
    "OrderFreightType0Dict": "order_freight_type_0",
    "OrderPaymentType0PriceType0": "order_payment_type_0_price_type_0",
    "OrderPaymentType0PriceType0Dict": "order_payment_type_0_price_type_0",
    "OrderPaymentType0": "order_payment_type_0",
    "OrderPaymentType0Dict": "order_payment_type_0",
    "OrderMonitoringType0": "order_monitoring_type_0",
    "OrderMonitoringType0Dict": "order_monitoring_type_0",
    "ProblemValidationMessagesType0": "problem_validation_messages_type_0",
    "ProblemValidationMessagesType0Dict": "problem_validation_messages_type_0",
    "CallbackEventData": "callback_event_data",
    "CallbackEventDataDict": "callback_event_data",
    "OperationType": "operation_type",
    "TransportType": "transport_type",
    "ListCreatedOrdersOrder": "list_created_orders_order",
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
    "CreateOrder",
    "CreateOrderDict",
    "CreateFreight",
    "CreateFreightDict",
    "CreateLoad",
    "CreateLoadDict",
    "CreateSpot",
    "CreateSpotDict",
    "CreatePlace",
    "CreatePlaceDict",
    "Address",
    "AddressDict",
    "CreateOperation",
    "CreateOperationDict",
    "Timespan",
    "TimespanDict",
    "Requirements",
    "RequirementsDict",
    "CreatePayment",
    "CreatePaymentDict",
    "PatchOrder",
    "PatchOrderDict",
    "OrderAmendment",
    "OrderAmendmentDict",
    "Measurement",
    "MeasurementDict",
    "AmendmentLoad",
    "AmendmentLoadDict",
    "AmendmentSpot",
    "AmendmentSpotDict",
    "Order",
    "OrderDict",
    "Partner",
    "PartnerDict",
    "Problem",
    "ProblemDict",
    "CallbackEvent",
    "CallbackEventDict",
    "CreateOrderMonitoring",
    "CreateOrderMonitoringDict",
    "CreateOrderInsuranceLoadType0",
    "CreateOrderInsuranceLoadType0Dict",
    "CreateOrderInsuranceThirdPartyType0",
    "CreateOrderInsuranceThirdPartyType0Dict",
    "CreateOrderInsurance",
    "CreateOrderInsuranceDict",
    "CreateOrderAttachmentsRequirementsType0",
    "CreateOrderAttachmentsRequirementsType0Dict",
    "CreateOrderDriverType0",
    "CreateOrderDriverType0Dict",
    "CreateOrderVehicleType0",
    "CreateOrderVehicleType0Dict",
    "CreateFreightCarrier",
    "CreateFreightCarrierDict",
    "CreateFreightShipperAssignee",
    "CreateFreightShipperAssigneeDict",
    "CreateFreightShipper",
    "CreateFreightShipperDict",
    "CreatePlaceCoordinatesType0",
    "CreatePlaceCoordinatesType0Dict",
    "AddressTrackingType0",
    "AddressTrackingType0Dict",
    "CreateOperationTimeWindowType0",
    "CreateOperationTimeWindowType0Dict",
    "CreateOperationLoadsItem",
    "CreateOperationLoadsItemDict",
    "RequirementsTemperatureType0",
    "RequirementsTemperatureType0Dict",
    "RequirementsTransport",
    "RequirementsTransportDict",
    "CreatePaymentPrice",
    "CreatePaymentPriceDict",
    "PatchOrderFreight",
    "PatchOrderFreightDict",
    "OrderAmendmentFreightRequirementsTransport",
    "OrderAmendmentFreightRequirementsTransportDict",
    "OrderAmendmentFreightRequirements",
    "OrderAmendmentFreightRequirementsDict",
    "OrderAmendmentFreight",
    "OrderAmendmentFreightDict",
    "OrderAmendmentPaymentPrice",
    "OrderAmendmentPaymentPriceDict",
    "OrderAmendmentPayment",
    "OrderAmendmentPaymentDict",
    "AmendmentSpotPlaceAddressTrackingType0",
    "AmendmentSpotPlaceAddressTrackingType0Dict",
    "AmendmentSpotPlaceAddress",
    "AmendmentSpotPlaceAddressDict",
    "AmendmentSpotPlaceCoordinatesType0",
    "AmendmentSpotPlaceCoordinatesType0Dict",
    "AmendmentSpotPlace",
    "AmendmentSpotPlaceDict",
    "AmendmentSpotOperationsType0ItemTimespans",
    "AmendmentSpotOperationsType0ItemTimespansDict",
    "AmendmentSpotOperationsType0ItemLoadsType0Item",
    "AmendmentSpotOperationsType0ItemLoadsType0ItemDict",
    "AmendmentSpotOperationsType0Item",
    "AmendmentSpotOperationsType0ItemDict",
    "OrderStatusType0",
    "OrderStatusType0Dict",
    "OrderFreightType0SpotsType0ItemPlaceType0AddressType0",
    "OrderFreightType0SpotsType0ItemPlaceType0AddressType0Dict",
    "OrderFreightType0SpotsType0ItemPlaceType0",
    "OrderFreightType0SpotsType0ItemPlaceType0Dict",
    "OrderFreightType0SpotsType0ItemOperationsType0ItemTimespansType0",
    "OrderFreightType0SpotsType0ItemOperationsType0ItemTimespansType0Dict",
    "OrderFreightType0SpotsType0ItemOperationsType0ItemLoadsType0ItemLoadType0",
    "OrderFreightType0SpotsType0ItemOperationsType0ItemLoadsType0ItemLoadType0Dict",
    "OrderFreightType0SpotsType0ItemOperationsType0ItemLoadsType0Item",
    "OrderFreightType0SpotsType0ItemOperationsType0ItemLoadsType0ItemDict",
    "OrderFreightType0SpotsType0ItemOperationsType0Item",
    "OrderFreightType0SpotsType0ItemOperationsType0ItemDict",
    "OrderFreightType0SpotsType0Item",
    "OrderFreightType0SpotsType0ItemDict",
    "OrderFreightType0LoadsType0Item",
    "OrderFreightType0LoadsType0ItemDict",
    "OrderFreightType0RequirementsType0",
    "OrderFreightType0RequirementsType0Dict",
    "OrderFreightType0",
    "OrderFreightType0Dict",
    "OrderPaymentType0PriceType0",
    "OrderPaymentType0PriceType0Dict",
    "OrderPaymentType0",
    "OrderPaymentType0Dict",
    "OrderMonitoringType0",
    "OrderMonitoringType0Dict",
    "ProblemValidationMessagesType0",
    "ProblemValidationMessagesType0Dict",
    "CallbackEventData",
    "CallbackEventDataDict",
    "OperationType",
    "TransportType",
    "ListCreatedOrdersOrder",
)
