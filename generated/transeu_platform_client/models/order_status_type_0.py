from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderStatusType0")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"value", "comment"})


@_attrs_define
class OrderStatusType0:
    """Status of the order.

    Attributes:
        value (None | str | Unset): Status value (open set; e.g. new, accepted).
        comment (None | str | Unset): Comment.
    """

    value: None | str | Unset = UNSET
    comment: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        value = src_dict.get("value", UNSET)

        comment = src_dict.get("comment", UNSET)

        order_status_type_0 = cls(
            value,
            comment,
        )

        if not _FIELDS.issuperset(src_dict):
            order_status_type_0.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return order_status_type_0

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


class OrderStatusType0Dict(_TypedDict, total=False):
    """`OrderStatusType0` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    value: str | None
    comment: str | None
