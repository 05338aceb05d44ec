from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContractorInput")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"company", "contact_person"})


@_attrs_define
class ContractorInput:
    """Contractor (carrier) details.

    Attributes:
        company (CompanyInput | Unset): Contractor company details.
        contact_person (ContactPersonInput | Unset): Contractor contact person details.
    """

    company: CompanyInput | Unset = UNSET
    contact_person: ContactPersonInput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        contact_person: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact_person, Unset):
            contact_person = self.contact_person.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company is not UNSET:
            field_dict["company"] = company
        if contact_person is not UNSET:
            field_dict["contact_person"] = contact_person

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _company = src_dict.get("company", UNSET)
        company: CompanyInput | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = CompanyInput.from_dict(_company)

        _contact_person = src_dict.get("contact_person", UNSET)
        contact_person: ContactPersonInput | Unset
        if isinstance(_contact_person, Unset):
            contact_person = UNSET
        else:
            contact_person = ContactPersonInput.from_dict(_contact_person)

        contractor_input = cls(
            company,
            contact_person,
        )

        if not _FIELDS.issuperset(src_dict):
            contractor_input.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return contractor_input

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
    from ..models.company_input import CompanyInputDict
    from ..models.contact_person_input import ContactPersonInputDict

from typing import TypedDict as _TypedDict  # noqa: E402


class ContractorInputDict(_TypedDict, total=False):
    """`ContractorInput` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    company: CompanyInputDict
    contact_person: ContactPersonInputDict


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.company_input import CompanyInput
from ..models.contact_person_input import ContactPersonInput
