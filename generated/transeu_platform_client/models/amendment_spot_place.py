from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AmendmentSpotPlace")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"address", "timezone", "coordinates"})


@_attrs_define
class AmendmentSpotPlace:
    """Spot place.

    Attributes:
        address (AmendmentSpotPlaceAddress | Unset): Place address.
        timezone (None | str | Unset): Timezone.
        coordinates (AmendmentSpotPlaceCoordinatesType0 | None | Unset): Coordinates.
    """

    address: AmendmentSpotPlaceAddress | Unset = UNSET
    timezone: None | str | Unset = UNSET
    coordinates: AmendmentSpotPlaceCoordinatesType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        coordinates: dict[str, Any] | None | Unset
        if isinstance(self.coordinates, Unset):
            coordinates = UNSET
        elif isinstance(self.coordinates, AmendmentSpotPlaceCoordinatesType0):
            coordinates = self.coordinates.to_dict()
        else:
            coordinates = self.coordinates

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if coordinates is not UNSET:
            field_dict["coordinates"] = coordinates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _address = src_dict.get("address", UNSET)
        address: AmendmentSpotPlaceAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = AmendmentSpotPlaceAddress.from_dict(_address)

        timezone = src_dict.get("timezone", UNSET)

        coordinates = src_dict.get("coordinates", UNSET)
        if isinstance(coordinates, dict):
            try:
                coordinates_type_0 = AmendmentSpotPlaceCoordinatesType0.from_dict(coordinates)
                coordinates = coordinates_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        amendment_spot_place = cls(
            address,
            timezone,
            coordinates,
        )

        if not _FIELDS.issuperset(src_dict):
            amendment_spot_place.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return amendment_spot_place

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
    from ..models.amendment_spot_place_address import AmendmentSpotPlaceAddressDict
    from ..models.amendment_spot_place_coordinates_type_0 import AmendmentSpotPlaceCoordinatesType0Dict

from typing import TypedDict as _TypedDict  # noqa: E402


class AmendmentSpotPlaceDict(_TypedDict, total=False):
    """`AmendmentSpotPlace` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    address: AmendmentSpotPlaceAddressDict
    timezone: str | None
    coordinates: AmendmentSpotPlaceCoordinatesType0Dict | None


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.amendment_spot_place_address import AmendmentSpotPlaceAddress
from ..models.amendment_spot_place_coordinates_type_0 import AmendmentSpotPlaceCoordinatesType0
