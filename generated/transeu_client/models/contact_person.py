from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactPerson")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"given_name", "family_name", "email", "telephone"})


@_attrs_define
class ContactPerson:
    """Contact person details.

    Attributes:
        given_name (None | str | Unset): Person's given name.
        family_name (None | str | Unset): Person's last name.
        email (None | str | Unset): E-mail address.
        telephone (None | str | Unset): Telephone number in format: `(XX) XXXXXXXXX`.
    """

    given_name: None | str | Unset = UNSET
    family_name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    telephone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        given_name: None | str | Unset
        if isinstance(self.given_name, Unset):
            given_name = UNSET
        else:
            given_name = self.given_name

        family_name: None | str | Unset
        if isinstance(self.family_name, Unset):
            family_name = UNSET
        else:
            family_name = self.family_name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        telephone: None | str | Unset
        if isinstance(self.telephone, Unset):
            telephone = UNSET
        else:
            telephone = self.telephone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if given_name is not UNSET:
            field_dict["given_name"] = given_name
        if family_name is not UNSET:
            field_dict["family_name"] = family_name
        if email is not UNSET:
            field_dict["email"] = email
        if telephone is not UNSET:
            field_dict["telephone"] = telephone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        given_name = src_dict.get("given_name", UNSET)

        family_name = src_dict.get("family_name", UNSET)

        email = src_dict.get("email", UNSET)

        telephone = src_dict.get("telephone", UNSET)

        contact_person = cls(
            given_name,
            family_name,
            email,
            telephone,
        )

        if not _FIELDS.issuperset(src_dict):
            contact_person.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return contact_person

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


class ContactPersonDict(_TypedDict, total=False):
    """`ContactPerson` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    given_name: str | None
    family_name: str | None
    email: str | None
    telephone: str | None
