from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderHistory")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"status", "date"})


@_attrs_define
class OrderHistory:
    """One status change of an order.

    Attributes:
        status (None | str | Unset): Status entered.
        date (datetime.datetime | None | Unset): When it changed.
    """

    status: None | str | Unset = UNSET
    date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.datetime):
            date = self.date.isoformat()
        else:
            date = self.date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        status = src_dict.get("status", UNSET)

        date = src_dict.get("date", UNSET)
        if isinstance(date, str):
            try:
                date_type_0 = datetime.datetime.fromisoformat(date)
                date = date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        order_history = cls(
            status,
            date,
        )

        if not _FIELDS.issuperset(src_dict):
            order_history.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return order_history

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
    import datetime as _datetime

from typing import TypedDict as _TypedDict  # noqa: E402


class OrderHistoryDict(_TypedDict, total=False):
    """`OrderHistory` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    status: str | None
    date: _datetime.datetime | str | None
