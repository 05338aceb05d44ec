from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderFreightType0SpotsType0ItemPlaceType0AddressType0")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"country", "locality", "postal_code", "street", "number"})


@_attrs_define
class OrderFreightType0SpotsType0ItemPlaceType0AddressType0:
    """The address.

    Attributes:
        country (None | str | Unset): Country.
        locality (None | str | Unset): City.
        postal_code (None | str | Unset): Postal code.
        street (None | str | Unset): Street.
        number (None | str | Unset): Building number.
    """

    country: None | str | Unset = UNSET
    locality: None | str | Unset = UNSET
    postal_code: None | str | Unset = UNSET
    street: None | str | Unset = UNSET
    number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        locality: None | str | Unset
        if isinstance(self.locality, Unset):
            locality = UNSET
        else:
            locality = self.locality

        postal_code: None | str | Unset
        if isinstance(self.postal_code, Unset):
            postal_code = UNSET
        else:
            postal_code = self.postal_code

        street: None | str | Unset
        if isinstance(self.street, Unset):
            street = UNSET
        else:
            street = self.street

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country is not UNSET:
            field_dict["country"] = country
        if locality is not UNSET:
            field_dict["locality"] = locality
        if postal_code is not UNSET:
            field_dict["postal_code"] = postal_code
        if street is not UNSET:
            field_dict["street"] = street
        if number is not UNSET:
            field_dict["number"] = number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        country = src_dict.get("country", UNSET)

        locality = src_dict.get("locality", UNSET)

        postal_code = src_dict.get("postal_code", UNSET)

        street = src_dict.get("street", UNSET)

        number = src_dict.get("number", UNSET)

        order_freight_type_0_spots_type_0_item_place_type_0_address_type_0 = cls(
            country,
            locality,
            postal_code,
            street,
            number,
        )

        if not _FIELDS.issuperset(src_dict):
            order_freight_type_0_spots_type_0_item_place_type_0_address_type_0.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return order_freight_type_0_spots_type_0_item_place_type_0_address_type_0

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


class OrderFreightType0SpotsType0ItemPlaceType0AddressType0Dict(_TypedDict, total=False):
    """`OrderFreightType0SpotsType0ItemPlaceType0AddressType0` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    country: str | None
    locality: str | None
    postal_code: str | None
    street: str | None
    number: str | None
