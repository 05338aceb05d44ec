from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AmendmentSpotOperationsType0ItemTimespans")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"begin", "end"})


@_attrs_define
class AmendmentSpotOperationsType0ItemTimespans:
    """Operation time range.

    Attributes:
        begin (str | Unset): Operation start time in ISO format.
        end (str | Unset): Operation end time in ISO format.
    """

    begin: str | Unset = UNSET
    end: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        begin = self.begin

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

        amendment_spot_operations_type_0_item_timespans = cls(
            begin,
            end,
        )

        if not _FIELDS.issuperset(src_dict):
            amendment_spot_operations_type_0_item_timespans.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return amendment_spot_operations_type_0_item_timespans

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


class AmendmentSpotOperationsType0ItemTimespansDict(_TypedDict, total=False):
    """`AmendmentSpotOperationsType0ItemTimespans` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    begin: str
    end: str
