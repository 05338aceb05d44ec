from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CallbackEvent")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"id", "event_name", "occurred_at", "data"})


@_attrs_define
class CallbackEvent:
    """An event POSTed to a callback_url.

    Attributes:
        id (int | str): The object's id (the order's for order events). Documented as Integer, shown as a string.
        event_name (str): The event name, in braces (`{orders.order.accepted}`, say).
        occurred_at (str | Unset): When it occurred (UTC timestamp with offset). The page's table spells it occured_at;
            its example occurred_at.
        data (CallbackEventData | Unset): Optional event-specific details.
    """

    id: int | str
    event_name: str
    occurred_at: str | Unset = UNSET
    data: CallbackEventData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        event_name = self.event_name

        occurred_at = self.occurred_at

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "event_name": event_name,
            }
        )
        if occurred_at is not UNSET:
            field_dict["occurred_at"] = occurred_at
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        event_name = src_dict["event_name"]

        occurred_at = src_dict.get("occurred_at", UNSET)

        _data = src_dict.get("data", UNSET)
        data: CallbackEventData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = CallbackEventData.from_dict(_data)

        callback_event = cls(
            id,
            event_name,
            occurred_at,
            data,
        )

        if not _FIELDS.issuperset(src_dict):
            callback_event.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return callback_event

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
    from ..models.callback_event_data import CallbackEventDataDict

from typing import TypedDict as _TypedDict  # noqa: E402


class CallbackEventDict(_TypedDict, total=False):
    """`CallbackEvent` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    id: int | str
    event_name: str
    occurred_at: str
    data: CallbackEventDataDict


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.callback_event_data import CallbackEventData
