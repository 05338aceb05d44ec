from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShippingOrder")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"number", "payment", "route", "carrier", "loads"})


@_attrs_define
class ShippingOrder:
    """Request body of Add shipping order (seed revision).

    Attributes:
        number (str): Order number (unique in scope of your company).
        payment (PaymentInput): Payment details.
        route (RouteInput): Route details.
        carrier (ContractorInput | Unset): Contractor (carrier) details.
        loads (list[LoadInput] | Unset): Loads details.
    """

    number: str
    payment: PaymentInput
    route: RouteInput
    carrier: ContractorInput | Unset = UNSET
    loads: list[LoadInput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        payment = self.payment.to_dict()

        route = self.route.to_dict()

        carrier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.carrier, Unset):
            carrier = self.carrier.to_dict()

        loads: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.loads, Unset):
            loads = []
            for loads_item_data in self.loads:
                loads_item = loads_item_data.to_dict()
                loads.append(loads_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "payment": payment,
                "route": route,
            }
        )
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if loads is not UNSET:
            field_dict["loads"] = loads

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        number = src_dict["number"]

        payment = PaymentInput.from_dict(src_dict["payment"])

        route = RouteInput.from_dict(src_dict["route"])

        _carrier = src_dict.get("carrier", UNSET)
        carrier: ContractorInput | Unset
        if isinstance(_carrier, Unset):
            carrier = UNSET
        else:
            carrier = ContractorInput.from_dict(_carrier)

        _loads = src_dict.get("loads", UNSET)
        loads: list[LoadInput] | Unset = UNSET
        if _loads is not UNSET:
            loads = []
            for loads_item_data in _loads:
                loads_item = LoadInput.from_dict(loads_item_data)

                loads.append(loads_item)

        shipping_order = cls(
            number,
            payment,
            route,
            carrier,
            loads,
        )

        if not _FIELDS.issuperset(src_dict):
            shipping_order.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return shipping_order

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
    from typing import Required as _Required

    from ..models.contractor_input import ContractorInputDict
    from ..models.load_input import LoadInputDict
    from ..models.payment_input import PaymentInputDict
    from ..models.route_input import RouteInputDict

from typing import TypedDict as _TypedDict  # noqa: E402


class ShippingOrderDict(_TypedDict, total=False):
    """`ShippingOrder` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    number: _Required[str]
    payment: _Required[PaymentInputDict]
    route: _Required[RouteInputDict]
    carrier: ContractorInputDict
    loads: _Sequence[LoadInputDict]


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.contractor_input import ContractorInput
from ..models.load_input import LoadInput
from ..models.payment_input import PaymentInput
from ..models.route_input import RouteInput
