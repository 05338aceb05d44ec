from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Actor")


@_attrs_define
class Actor:
    """Actor information.

    Attributes:
        code (None | str | Unset): Actor code (see the API Referential).
        name (None | str | Unset): Actor name.
        company (Company | Unset): Company information.
        contact (Contact | Unset): Contact information.
    """

    code: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    company: Company | Unset = UNSET
    contact: Contact | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if name is not UNSET:
            field_dict["name"] = name
        if company is not UNSET:
            field_dict["company"] = company
        if contact is not UNSET:
            field_dict["contact"] = contact

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        code = src_dict.get("code", UNSET)

        name = src_dict.get("name", UNSET)

        _company = src_dict.get("company", UNSET)
        company: Company | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = Company.from_dict(_company)

        _contact = src_dict.get("contact", UNSET)
        contact: Contact | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = Contact.from_dict(_contact)

        actor = cls(
            code,
            name,
            company,
            contact,
        )

        return actor


if TYPE_CHECKING:
    from ..models.company import CompanyDict
    from ..models.contact import ContactDict

from typing import TypedDict as _TypedDict  # noqa: E402


class ActorDict(_TypedDict, total=False):
    """`Actor` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    code: str | None
    name: str | None
    company: CompanyDict
    contact: ContactDict


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.company import Company
from ..models.contact import Contact
