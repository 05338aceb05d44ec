from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Route")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"events"})


@_attrs_define
class Route:
    """Route details.

    Attributes:
        events (list[RouteEvent] | None | Unset): Sorted list of route events.
    """

    events: list[RouteEvent] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        events: list[dict[str, Any]] | None | Unset
        if isinstance(self.events, Unset):
            events = UNSET
        elif isinstance(self.events, list):
            events = []
            for events_type_0_item_data in self.events:
                events_type_0_item = events_type_0_item_data.to_dict()
                events.append(events_type_0_item)

        else:
            events = self.events

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        events = src_dict.get("events", UNSET)
        if isinstance(events, list):
            try:
                events = [RouteEvent.from_dict(item) for item in events]
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        route = cls(
            events,
        )

        if not _FIELDS.issuperset(src_dict):
            route.additional_properties = {name: value for name, value in src_dict.items() if name not in _FIELDS}
        return route

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

    from ..models.route_event import RouteEventDict

from typing import TypedDict as _TypedDict  # noqa: E402


class RouteDict(_TypedDict, total=False):
    """`Route` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    events: _Sequence[RouteEventDict] | None


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.route_event import RouteEvent
