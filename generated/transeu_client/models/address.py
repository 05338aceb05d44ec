from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Address")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"locality", "postal_code", "country"})


@_attrs_define
class Address:
    """Address details.

    Attributes:
        locality (None | str | Unset): City name.
        postal_code (None | str | Unset): Postal code.
        country (None | str | Unset): Country code in format ISO 3166-1 alpha-2.
    """

    locality: None | str | Unset = UNSET
    postal_code: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if locality is not UNSET:
            field_dict["locality"] = locality
        if postal_code is not UNSET:
            field_dict["postal_code"] = postal_code
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        locality = src_dict.get("locality", UNSET)

        postal_code = src_dict.get("postal_code", UNSET)

        country = src_dict.get("country", UNSET)

        address = cls(
            locality,
            postal_code,
            country,
        )

        if not _FIELDS.issuperset(src_dict):
            address.additional_properties = {name: value for name, value in src_dict.items() if name not in _FIELDS}
        return address

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


class AddressDict(_TypedDict, total=False):
    """`Address` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    locality: str | None
    postal_code: str | None
    country: str | None
