from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.route_event_type import RouteEventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RouteEvent")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"place", "type"})
# Open enums: value -> member, so an unknown value is a dict miss, not a caught ValueError.
_RouteEventType_BY_VALUE = {member.value: member for member in RouteEventType}


@_attrs_define
class RouteEvent:
    """A route event.

    Attributes:
        place (Place | Unset): Details of event place.
        type_ (RouteEventType | str | Unset): Event type.
    """

    place: Place | Unset = UNSET
    type_: RouteEventType | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        place: dict[str, Any] | Unset = UNSET
        if not isinstance(self.place, Unset):
            place = self.place.to_dict()

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, RouteEventType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if place is not UNSET:
            field_dict["place"] = place
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _place = src_dict.get("place", UNSET)
        place: Place | Unset
        if isinstance(_place, Unset):
            place = UNSET
        else:
            place = Place.from_dict(_place)

        type_ = src_dict.get("type", UNSET)
        if isinstance(type_, str) and type_ in _RouteEventType_BY_VALUE:
            type_ = _RouteEventType_BY_VALUE[type_]

        route_event = cls(
            place,
            type_,
        )

        if not _FIELDS.issuperset(src_dict):
            route_event.additional_properties = {name: value for name, value in src_dict.items() if name not in _FIELDS}
        return route_event

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

    from ..models.place import PlaceDict
    from ..models.route_event_type import RouteEventType as _RouteEventType

from typing import TypedDict as _TypedDict  # noqa: E402


class RouteEventDict(_TypedDict, total=False):
    """`RouteEvent` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    place: PlaceDict
    type: _RouteEventType | _Literal["loading", "unloading"] | str


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.place import Place
