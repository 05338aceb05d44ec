from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderFreightType0SpotsType0ItemOperationsType0ItemTimespansType0")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"begin", "end"})


@_attrs_define
class OrderFreightType0SpotsType0ItemOperationsType0ItemTimespansType0:
    """Time range.

    Attributes:
        begin (None | str | Unset): Start.
        end (None | str | Unset): End.
    """

    begin: None | str | Unset = UNSET
    end: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        begin: None | str | Unset
        if isinstance(self.begin, Unset):
            begin = UNSET
        else:
            begin = self.begin

        end: None | str | Unset
        if isinstance(self.end, Unset):
            end = UNSET
        else:
            end = self.end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if begin is not UNSET:
            field_dict["begin"] = begin
        if end is not UNSET:
            field_dict["end"] = end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        begin = src_dict.get("begin", UNSET)

        end = src_dict.get("end", UNSET)

        order_freight_type_0_spots_type_0_item_operations_type_0_item_timespans_type_0 = cls(
            begin,
            end,
        )

        if not _FIELDS.issuperset(src_dict):
            order_freight_type_0_spots_type_0_item_operations_type_0_item_timespans_type_0.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return order_freight_type_0_spots_type_0_item_operations_type_0_item_timespans_type_0

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


from typing import TypedDict as _TypedDict  # noqa: E402


class OrderFreightType0SpotsType0ItemOperationsType0ItemTimespansType0Dict(_TypedDict, total=False):
    """`OrderFreightType0SpotsType0ItemOperationsType0ItemTimespansType0` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    begin: str | None
    end: str | None
