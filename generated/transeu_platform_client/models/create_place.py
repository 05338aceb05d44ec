from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePlace")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {"address", "coordinates", "foreign_id", "detailed_location_id", "location_id", "radius", "timezone"}
)


@_attrs_define
class CreatePlace:
    """The place of a spot.

    Attributes:
        address (Address): An address.
        coordinates (CreatePlaceCoordinatesType0 | None | Unset): Coordinates.
        foreign_id (float | None | Unset): Your id of the place.
        detailed_location_id (float | None | Unset): Detailed location id.
        location_id (float | None | Unset): Location id.
        radius (float | None | Unset): Radius.
        timezone (None | str | Unset): IANA time zone of the place (e.g. Europe/Warsaw).
    """

    address: Address
    coordinates: CreatePlaceCoordinatesType0 | None | Unset = UNSET
    foreign_id: float | None | Unset = UNSET
    detailed_location_id: float | None | Unset = UNSET
    location_id: float | None | Unset = UNSET
    radius: float | None | Unset = UNSET
    timezone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address.to_dict()

        coordinates: dict[str, Any] | None | Unset
        if isinstance(self.coordinates, Unset):
            coordinates = UNSET
        elif isinstance(self.coordinates, CreatePlaceCoordinatesType0):
            coordinates = self.coordinates.to_dict()
        else:
            coordinates = self.coordinates

        foreign_id: float | None | Unset
        if isinstance(self.foreign_id, Unset):
            foreign_id = UNSET
        else:
            foreign_id = self.foreign_id

        detailed_location_id: float | None | Unset
        if isinstance(self.detailed_location_id, Unset):
            detailed_location_id = UNSET
        else:
            detailed_location_id = self.detailed_location_id

        location_id: float | None | Unset
        if isinstance(self.location_id, Unset):
            location_id = UNSET
        else:
            location_id = self.location_id

        radius: float | None | Unset
        if isinstance(self.radius, Unset):
            radius = UNSET
        else:
            radius = self.radius

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
            }
        )
        if coordinates is not UNSET:
            field_dict["coordinates"] = coordinates
        if foreign_id is not UNSET:
            field_dict["foreign_id"] = foreign_id
        if detailed_location_id is not UNSET:
            field_dict["detailed_location_id"] = detailed_location_id
        if location_id is not UNSET:
            field_dict["location_id"] = location_id
        if radius is not UNSET:
            field_dict["radius"] = radius
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        address = Address.from_dict(src_dict["address"])

        coordinates = src_dict.get("coordinates", UNSET)
        if isinstance(coordinates, dict):
            try:
                coordinates_type_0 = CreatePlaceCoordinatesType0.from_dict(coordinates)
                coordinates = coordinates_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        foreign_id = src_dict.get("foreign_id", UNSET)

        detailed_location_id = src_dict.get("detailed_location_id", UNSET)

        location_id = src_dict.get("location_id", UNSET)

        radius = src_dict.get("radius", UNSET)

        timezone = src_dict.get("timezone", UNSET)

        create_place = cls(
            address,
            coordinates,
            foreign_id,
            detailed_location_id,
            location_id,
            radius,
            timezone,
        )

        if not _FIELDS.issuperset(src_dict):
            create_place.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return create_place

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

    from ..models.address import AddressDict
    from ..models.create_place_coordinates_type_0 import CreatePlaceCoordinatesType0Dict

from typing import TypedDict as _TypedDict  # noqa: E402


class CreatePlaceDict(_TypedDict, total=False):
    """`CreatePlace` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    address: AddressDict
    coordinates: CreatePlaceCoordinatesType0Dict | None
    foreign_id: float | _Decimal | None
    detailed_location_id: float | _Decimal | None
    location_id: float | _Decimal | None
    radius: float | _Decimal | None
    timezone: str | None


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.address import Address
from ..models.create_place_coordinates_type_0 import CreatePlaceCoordinatesType0
