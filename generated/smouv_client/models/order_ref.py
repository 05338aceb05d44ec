from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_type import OrderType
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderRef")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"id", "transportOrderNumber", "type"})
# Open enums: value -> member, so an unknown value is a dict miss, not a caught ValueError.
_OrderType_BY_VALUE = {member.value: member for member in OrderType}


@_attrs_define
class OrderRef:
    """Identifiers of one order or segment.

    Attributes:
        id (None | str | Unset): Order identifier: a 3-character prefix (CDE, ELM, SEG) and 10 digits.
        transport_order_number (None | str | Unset): Reference.
        type_ (OrderType | str | Unset): Order type.
    """

    id: None | str | Unset = UNSET
    transport_order_number: None | str | Unset = UNSET
    type_: OrderType | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        transport_order_number: None | str | Unset
        if isinstance(self.transport_order_number, Unset):
            transport_order_number = UNSET
        else:
            transport_order_number = self.transport_order_number

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, OrderType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if transport_order_number is not UNSET:
            field_dict["transportOrderNumber"] = transport_order_number
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict.get("id", UNSET)

        transport_order_number = src_dict.get("transportOrderNumber", UNSET)

        type_ = src_dict.get("type", UNSET)
        if isinstance(type_, str) and type_ in _OrderType_BY_VALUE:
            type_ = _OrderType_BY_VALUE[type_]

        order_ref = cls(
            id,
            transport_order_number,
            type_,
        )

        if not _FIELDS.issuperset(src_dict):
            order_ref.additional_properties = {name: value for name, value in src_dict.items() if name not in _FIELDS}
        return order_ref

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
    from typing import Literal as _Literal

    from ..models.order_type import OrderType as _OrderType

from typing import TypedDict as _TypedDict  # noqa: E402


class OrderRefDict(_TypedDict, total=False):
    """`OrderRef` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    id: str | None
    transportOrderNumber: str | None
    type: (
        _OrderType
        | _Literal[
            "Master",
            "Elementary",
            "SegmentTerminalEntrepot",
            "SegmentEntrepotDepot",
            "SegmentDepotEntrepot",
            "SegmentEntrepotTerminal",
            "SegmentTransfer",
        ]
        | str
    )
