"""Contains all the data models used in inputs/outputs"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .address import Address, AddressDict
    from .address_input import AddressInput, AddressInputDict
    from .company import Company, CompanyDict
    from .company_input import CompanyInput, CompanyInputDict
    from .contact_person import ContactPerson, ContactPersonDict
    from .contact_person_input import ContactPersonInput, ContactPersonInputDict
    from .contractor import Contractor, ContractorDict
    from .contractor_input import ContractorInput, ContractorInputDict
    from .currency import Currency
    from .link import Link, LinkDict
    from .links import Links, LinksDict
    from .load import Load, LoadDict
    from .load_input import LoadInput, LoadInputDict
    from .order import Order, OrderDict
    from .payment import Payment, PaymentDict
    from .payment_input import PaymentInput, PaymentInputDict
    from .place import Place, PlaceDict
    from .place_input import PlaceInput, PlaceInputDict
    from .price import Price, PriceDict
    from .price_input import PriceInput, PriceInputDict
    from .problem import Problem, ProblemDict
    from .route import Route, RouteDict
    from .route_event import RouteEvent, RouteEventDict
    from .route_event_input import RouteEventInput, RouteEventInputDict
    from .route_event_type import RouteEventType
    from .route_input import RouteInput, RouteInputDict
    from .shipping_order import ShippingOrder, ShippingOrderDict
    from .validation_problem import ValidationProblem, ValidationProblemDict
    from .validation_problem_validation_messages import (
        ValidationProblemValidationMessages,
        ValidationProblemValidationMessagesDict,
    )
    from .validation_problem_validation_messages_additional_property import (
        ValidationProblemValidationMessagesAdditionalProperty,
        ValidationProblemValidationMessagesAdditionalPropertyDict,
    )
    from .weight import Weight, WeightDict
    from .weight_input import WeightInput, WeightInputDict
    from .weight_unit_code import WeightUnitCode

#: Each exported name -> the module of this package that defines it.
_MODULES = {
    "ShippingOrder": "shipping_order",
    "ShippingOrderDict": "shipping_order",
    "PaymentInput": "payment_input",
    "PaymentInputDict": "payment_input",
    "PriceInput": "price_input",
    "PriceInputDict": "price_input",
    "ContractorInput": "contractor_input",
    "ContractorInputDict": "contractor_input",
    "CompanyInput": "company_input",
    "CompanyInputDict": "company_input",
    "AddressInput": "address_input",
    "AddressInputDict": "address_input",
    "ContactPersonInput": "contact_person_input",
    "ContactPersonInputDict": "contact_person_input",
    "RouteInput": "route_input",
    "RouteInputDict": "route_input",
    "RouteEventInput": "route_event_input",
    "RouteEventInputDict": "route_event_input",
    "PlaceInput": "place_input",
    "PlaceInputDict": "place_input",
    "LoadInput": "load_input",
    "LoadInputDict": "load_input",
    "WeightInput": "weight_input",
    "WeightInputDict": "weight_input",
    "Order": "order",
    "OrderDict": "order",
    "Route": "route",
    "RouteDict": "route",
    "RouteEvent": "route_event",
    "RouteEventDict": "route_event",
    "Place": "place",
    "PlaceDict": "place",
    "Address": "address",
    "AddressDict": "address",
    "Payment": "payment",
    "PaymentDict": "payment",
    "Price": "price",
    "PriceDict": "price",
    "Contractor": "contractor",
    "ContractorDict": "contractor",
    "Company": "company",
    "CompanyDict": "company",
    "ContactPerson": "contact_person",
    "ContactPersonDict": "contact_person",
    "Load": "load",
    "LoadDict": "load",
    "Weight": "weight",
    "WeightDict": "weight",
    "Links": "links",
    "LinksDict": "links",
    "Link": "link",
    "LinkDict": "link",
    "Problem": "problem",
    "ProblemDict": "problem",
    "ValidationProblem": "validation_problem",
    "ValidationProblemDict": "validation_problem",
    "ValidationProblemValidationMessagesAdditionalProperty": "validation_problem_validation_messages_additional_property",
    "ValidationProblemValidationMessagesAdditionalPropertyDict": "validation_problem_validation_messages_additional_property",
    "ValidationProblemValidationMessages": "validation_problem_validation_messages",
    "ValidationProblemValidationMessagesDict": "validation_problem_validation_messages",
    "Currency": "currency",
    "RouteEventType": "route_event_type",
    "WeightUnitCode": "weight_unit_code",
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
    "ShippingOrder",
    "ShippingOrderDict",
    "PaymentInput",
    "PaymentInputDict",
    "PriceInput",
    "PriceInputDict",
    "ContractorInput",
    "ContractorInputDict",
    "CompanyInput",
    "CompanyInputDict",
    "AddressInput",
    "AddressInputDict",
    "ContactPersonInput",
    "ContactPersonInputDict",
    "RouteInput",
    "RouteInputDict",
    "RouteEventInput",
    "RouteEventInputDict",
    "PlaceInput",
    "PlaceInputDict",
    "LoadInput",
    "LoadInputDict",
    "WeightInput",
    "WeightInputDict",
    "Order",
    "OrderDict",
    "Route",
    "RouteDict",
    "RouteEvent",
    "RouteEventDict",
    "Place",
    "PlaceDict",
    "Address",
    "AddressDict",
    "Payment",
    "PaymentDict",
    "Price",
    "PriceDict",
    "Contractor",
    "ContractorDict",
    "Company",
    "CompanyDict",
    "ContactPerson",
    "ContactPersonDict",
    "Load",
    "LoadDict",
    "Weight",
    "WeightDict",
    "Links",
    "LinksDict",
    "Link",
    "LinkDict",
    "Problem",
    "ProblemDict",
    "ValidationProblem",
    "ValidationProblemDict",
    "ValidationProblemValidationMessagesAdditionalProperty",
    "ValidationProblemValidationMessagesAdditionalPropertyDict",
    "ValidationProblemValidationMessages",
    "ValidationProblemValidationMessagesDict",
    "Currency",
    "RouteEventType",
    "WeightUnitCode",
)
