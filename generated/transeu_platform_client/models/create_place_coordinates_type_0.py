from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePlaceCoordinatesType0")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"latitude", "longitude"})


@_attrs_define
class CreatePlaceCoordinatesType0:
    """Coordinates.

    Attributes:
        latitude (float | None | Unset): Latitude.
        longitude (float | None | Unset): Longitude.
    """

    latitude: float | None | Unset = UNSET
    longitude: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        latitude: float | None | Unset
        if isinstance(self.latitude, Unset):
            latitude = UNSET
        else:
            latitude = self.latitude

        longitude: float | None | Unset
        if isinstance(self.longitude, Unset):
            longitude = UNSET
        else:
            longitude = self.longitude

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        latitude = src_dict.get("latitude", UNSET)

        longitude = src_dict.get("longitude", UNSET)

        create_place_coordinates_type_0 = cls(
            latitude,
            longitude,
        )

        if not _FIELDS.issuperset(src_dict):
            create_place_coordinates_type_0.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return create_place_coordinates_type_0

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
    from decimal import Decimal as _Decimal

from typing import TypedDict as _TypedDict  # noqa: E402


class CreatePlaceCoordinatesType0Dict(_TypedDict, total=False):
    """`CreatePlaceCoordinatesType0` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    latitude: float | _Decimal | None
    longitude: float | _Decimal | None
