from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AddressInput")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"locality", "postal_code", "country"})


@_attrs_define
class AddressInput:
    """Address details.

    Attributes:
        locality (str): City name.
        postal_code (str): Postal code.
        country (str): Country code in format ISO 3166-1 alpha-2, e.g. `PL`.
    """

    locality: str
    postal_code: str
    country: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        locality = self.locality

        postal_code = self.postal_code

        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "locality": locality,
                "postal_code": postal_code,
                "country": country,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        locality = src_dict["locality"]

        postal_code = src_dict["postal_code"]

        country = src_dict["country"]

        address_input = cls(
            locality,
            postal_code,
            country,
        )

        if not _FIELDS.issuperset(src_dict):
            address_input.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return address_input

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
    from typing import Required as _Required

from typing import TypedDict as _TypedDict  # noqa: E402


class AddressInputDict(_TypedDict, total=False):
    """`AddressInput` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    locality: _Required[str]
    postal_code: _Required[str]
    country: _Required[str]
