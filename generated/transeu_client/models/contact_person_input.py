from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactPersonInput")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"given_name", "family_name", "email", "telephone"})


@_attrs_define
class ContactPersonInput:
    """Contractor contact person details.

    Attributes:
        given_name (str): Person's first name.
        family_name (str): Person's last name.
        email (str): E-mail address.
        telephone (str | Unset): Phone number in format: `(XX) XXXXXXXXX`. The pattern keeps the stated shape (two
            digits
            in brackets, a space, digits) but not the count of nine: the seed's own examples send ten
            (`(48) 1001000100`), so the count is not enforced. Reading `X` as a digit is ours (the
            seed's examples are all digits).
    """

    given_name: str
    family_name: str
    email: str
    telephone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        given_name = self.given_name

        family_name = self.family_name

        email = self.email

        telephone = self.telephone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "given_name": given_name,
                "family_name": family_name,
                "email": email,
            }
        )
        if telephone is not UNSET:
            field_dict["telephone"] = telephone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        given_name = src_dict["given_name"]

        family_name = src_dict["family_name"]

        email = src_dict["email"]

        telephone = src_dict.get("telephone", UNSET)

        contact_person_input = cls(
            given_name,
            family_name,
            email,
            telephone,
        )

        if not _FIELDS.issuperset(src_dict):
            contact_person_input.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return contact_person_input

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


class ContactPersonInputDict(_TypedDict, total=False):
    """`ContactPersonInput` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    given_name: _Required[str]
    family_name: _Required[str]
    email: _Required[str]
    telephone: str
