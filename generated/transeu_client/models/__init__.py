"""Contains all the data models used in inputs/outputs"""

from .address import Address
from .address_input import AddressInput
from .company import Company
from .company_input import CompanyInput
from .contact_person import ContactPerson
from .contact_person_input import ContactPersonInput
from .contractor import Contractor
from .contractor_input import ContractorInput
from .currency import Currency
from .link import Link
from .links import Links
from .load import Load
from .load_input import LoadInput
from .order import Order
from .payment import Payment
from .payment_input import PaymentInput
from .place import Place
from .place_input import PlaceInput
from .price import Price
from .price_input import PriceInput
from .problem import Problem
from .route import Route
from .route_event import RouteEvent
from .route_event_input import RouteEventInput
from .route_event_type import RouteEventType
from .route_input import RouteInput
from .shipping_order import ShippingOrder
from .validation_problem import ValidationProblem
from .validation_problem_validation_messages import ValidationProblemValidationMessages
from .validation_problem_validation_messages_additional_property import (
    ValidationProblemValidationMessagesAdditionalProperty,
)
from .weight import Weight
from .weight_input import WeightInput
from .weight_unit_code import WeightUnitCode

__all__ = (
    "Address",
    "AddressInput",
    "Company",
    "CompanyInput",
    "ContactPerson",
    "ContactPersonInput",
    "Contractor",
    "ContractorInput",
    "Currency",
    "Link",
    "Links",
    "Load",
    "LoadInput",
    "Order",
    "Payment",
    "PaymentInput",
    "Place",
    "PlaceInput",
    "Price",
    "PriceInput",
    "Problem",
    "Route",
    "RouteEvent",
    "RouteEventInput",
    "RouteEventType",
    "RouteInput",
    "ShippingOrder",
    "ValidationProblem",
    "ValidationProblemValidationMessages",
    "ValidationProblemValidationMessagesAdditionalProperty",
    "Weight",
    "WeightInput",
    "WeightUnitCode",
)
