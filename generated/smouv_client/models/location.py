from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Location")


@_attrs_define
class Location:
    """Location information.

    Attributes:
        address (None | str | Unset): Address of the location.
        zip_code (None | str | Unset): Post code of the location.
        city (None | str | Unset): City name.
        country (None | str | Unset): ISO 3166-1 alpha-2 code of country.
    """

    address: None | str | Unset = UNSET
    zip_code: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    country: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        zip_code: None | str | Unset
        if isinstance(self.zip_code, Unset):
            zip_code = UNSET
        else:
            zip_code = self.zip_code

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if zip_code is not UNSET:
            field_dict["zipCode"] = zip_code
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        address = src_dict.get("address", UNSET)

        zip_code = src_dict.get("zipCode", UNSET)

        city = src_dict.get("city", UNSET)

        country = src_dict.get("country", UNSET)

        location = cls(
            address,
            zip_code,
            city,
            country,
        )

        return location


from typing import TypedDict as _TypedDict  # noqa: E402


class LocationDict(_TypedDict, total=False):
    """`Location` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    address: str | None
    zipCode: str | None
    city: str | None
    country: str | None
