from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """Contact information.

    Attributes:
        name (None | str | Unset): Name of the contact (person, department,...).
        email (None | str | Unset): Email address.
        phone (None | str | Unset): Phone number.
    """

    name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict.get("name", UNSET)

        email = src_dict.get("email", UNSET)

        phone = src_dict.get("phone", UNSET)

        contact = cls(
            name,
            email,
            phone,
        )

        return contact


from typing import TypedDict as _TypedDict  # noqa: E402


class ContactDict(_TypedDict, total=False):
    """`Contact` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    name: str | None
    email: str | None
    phone: str | None
