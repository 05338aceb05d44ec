from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.route_event_type import RouteEventType

T = TypeVar("T", bound="RouteEventInput")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"place", "type"})


@_attrs_define
class RouteEventInput:
    """A route event.

    Attributes:
        place (PlaceInput): Details of event place.
        type_ (RouteEventType): Event type.
    """

    place: PlaceInput
    type_: RouteEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        place = self.place.to_dict()

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "place": place,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        place = PlaceInput.from_dict(src_dict["place"])

        type_ = RouteEventType(src_dict["type"])

        route_event_input = cls(
            place,
            type_,
        )

        if not _FIELDS.issuperset(src_dict):
            route_event_input.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return route_event_input

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
    from typing import Required as _Required

    from ..models.place_input import PlaceInputDict
    from ..models.route_event_type import RouteEventType as _RouteEventType

from typing import TypedDict as _TypedDict  # noqa: E402


class RouteEventInputDict(_TypedDict, total=False):
    """`RouteEventInput` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    place: _Required[PlaceInputDict]
    type: _Required[_RouteEventType | _Literal["loading", "unloading"]]


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.place_input import PlaceInput
