from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_uuid

T = TypeVar("T", bound="Order")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"id", "number", "route", "payment", "carrier", "shipper", "loads", "_links"})


@_attrs_define
class Order:
    """The order entity (GET, and the 201 of POST). Lenient; unknown fields are allowed.

    Attributes:
        id (UUID | Unset): Unique order id (as UUID).
        number (None | str | Unset): Assigned order number (unique in scope of company).
        route (Route | Unset): Route details.
        payment (Payment | Unset): Payment details.
        carrier (Contractor | Unset): Contractor details (carrier or shipper).
        shipper (Contractor | Unset): Contractor details (carrier or shipper).
        loads (list[Load] | None | Unset): Loads details.
        field_links (Links | Unset): External resources references (HAL). `self` links to the order; other relations may
            carry extra properties.
    """

    id: UUID | Unset = UNSET
    number: None | str | Unset = UNSET
    route: Route | Unset = UNSET
    payment: Payment | Unset = UNSET
    carrier: Contractor | Unset = UNSET
    shipper: Contractor | Unset = UNSET
    loads: list[Load] | None | Unset = UNSET
    field_links: Links | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        route: dict[str, Any] | Unset = UNSET
        if not isinstance(self.route, Unset):
            route = self.route.to_dict()

        payment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment, Unset):
            payment = self.payment.to_dict()

        carrier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.carrier, Unset):
            carrier = self.carrier.to_dict()

        shipper: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipper, Unset):
            shipper = self.shipper.to_dict()

        loads: list[dict[str, Any]] | None | Unset
        if isinstance(self.loads, Unset):
            loads = UNSET
        elif isinstance(self.loads, list):
            loads = []
            for loads_type_0_item_data in self.loads:
                loads_type_0_item = loads_type_0_item_data.to_dict()
                loads.append(loads_type_0_item)

        else:
            loads = self.loads

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = self.field_links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if number is not UNSET:
            field_dict["number"] = number
        if route is not UNSET:
            field_dict["route"] = route
        if payment is not UNSET:
            field_dict["payment"] = payment
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if shipper is not UNSET:
            field_dict["shipper"] = shipper
        if loads is not UNSET:
            field_dict["loads"] = loads
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _id = src_dict.get("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = parse_uuid(_id)

        number = src_dict.get("number", UNSET)

        _route = src_dict.get("route", UNSET)
        route: Route | Unset
        if isinstance(_route, Unset):
            route = UNSET
        else:
            route = Route.from_dict(_route)

        _payment = src_dict.get("payment", UNSET)
        payment: Payment | Unset
        if isinstance(_payment, Unset):
            payment = UNSET
        else:
            payment = Payment.from_dict(_payment)

        _carrier = src_dict.get("carrier", UNSET)
        carrier: Contractor | Unset
        if isinstance(_carrier, Unset):
            carrier = UNSET
        else:
            carrier = Contractor.from_dict(_carrier)

        _shipper = src_dict.get("shipper", UNSET)
        shipper: Contractor | Unset
        if isinstance(_shipper, Unset):
            shipper = UNSET
        else:
            shipper = Contractor.from_dict(_shipper)

        loads = src_dict.get("loads", UNSET)
        if isinstance(loads, list):
            try:
                loads = [Load.from_dict(item) for item in loads]
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _field_links = src_dict.get("_links", UNSET)
        field_links: Links | Unset
        if isinstance(_field_links, Unset):
            field_links = UNSET
        else:
            field_links = Links.from_dict(_field_links)

        order = cls(
            id,
            number,
            route,
            payment,
            carrier,
            shipper,
            loads,
            field_links,
        )

        if not _FIELDS.issuperset(src_dict):
            order.additional_properties = {name: value for name, value in src_dict.items() if name not in _FIELDS}
        return order

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


if TYPE_CHECKING:
    from collections.abc import Sequence as _Sequence
    from uuid import UUID as _UUID

    from ..models.contractor import ContractorDict
    from ..models.links import LinksDict
    from ..models.load import LoadDict
    from ..models.payment import PaymentDict
    from ..models.route import RouteDict

from typing import TypedDict as _TypedDict  # noqa: E402


class OrderDict(_TypedDict, total=False):
    """`Order` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    id: _UUID | str
    number: str | None
    route: RouteDict
    payment: PaymentDict
    carrier: ContractorDict
    shipper: ContractorDict
    loads: _Sequence[LoadDict] | None
    _links: LinksDict


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.contractor import Contractor
from ..models.links import Links
from ..models.load import Load
from ..models.payment import Payment
from ..models.route import Route
