from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Address")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {"name", "company", "phone", "email", "street", "street2", "zip", "city", "state", "countryIso2"}
)


@_attrs_define
class Address:
    """Request object for creating the order invoice address.

    Attributes:
        name (str | Unset): Name.
        company (str | Unset): Company.
        phone (str | Unset): Phone number.
        email (str | Unset): E-mail address.
        street (str | Unset): Street and house number.
        street2 (str | Unset): Additional address line.
        zip_ (str | Unset): Postal code.
        city (str | Unset): City.
        state (str | Unset): State.
        country_iso_2 (str | Unset): ISO 3166-1 alpha-2 country code.
    """

    name: str | Unset = UNSET
    company: str | Unset = UNSET
    phone: str | Unset = UNSET
    email: str | Unset = UNSET
    street: str | Unset = UNSET
    street2: str | Unset = UNSET
    zip_: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    country_iso_2: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        company = self.company

        phone = self.phone

        email = self.email

        street = self.street

        street2 = self.street2

        zip_ = self.zip_

        city = self.city

        state = self.state

        country_iso_2 = self.country_iso_2

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if company is not UNSET:
            field_dict["company"] = company
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if street is not UNSET:
            field_dict["street"] = street
        if street2 is not UNSET:
            field_dict["street2"] = street2
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if country_iso_2 is not UNSET:
            field_dict["countryIso2"] = country_iso_2

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict.get("name", UNSET)

        company = src_dict.get("company", UNSET)

        phone = src_dict.get("phone", UNSET)

        email = src_dict.get("email", UNSET)

        street = src_dict.get("street", UNSET)

        street2 = src_dict.get("street2", UNSET)

        zip_ = src_dict.get("zip", UNSET)

        city = src_dict.get("city", UNSET)

        state = src_dict.get("state", UNSET)

        country_iso_2 = src_dict.get("countryIso2", UNSET)

        address = cls(
            name,
            company,
            phone,
            email,
            street,
            street2,
            zip_,
            city,
            state,
            country_iso_2,
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

    name: str
    company: str
    phone: str
    email: str
    street: str
    street2: str
    zip: str
    city: str
    state: str
    countryIso2: str
