from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EntityChangedEvents")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"events"})


@_attrs_define
class EntityChangedEvents:
    """One delivery: `{"events": [...]}`.

    Attributes:
        events (list[EntityChangedEvent]): The events (see the referenced schema).
    """

    events: list[EntityChangedEvent]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        events = []
        for events_item_data in self.events:
            events_item = events_item_data.to_dict()
            events.append(events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "events": events,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        events = []
        _events = src_dict["events"]
        for events_item_data in _events:
            events_item = EntityChangedEvent.from_dict(events_item_data)

            events.append(events_item)

        entity_changed_events = cls(
            events,
        )

        if not _FIELDS.issuperset(src_dict):
            entity_changed_events.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return entity_changed_events

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

    from ..models.entity_changed_event import EntityChangedEventDict

from typing import TypedDict as _TypedDict  # noqa: E402


class EntityChangedEventsDict(_TypedDict, total=False):
    """`EntityChangedEvents` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    events: _Sequence[EntityChangedEventDict]


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.entity_changed_event import EntityChangedEvent
