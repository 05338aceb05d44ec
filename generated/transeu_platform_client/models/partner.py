from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Partner")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"company_id", "legal_name", "vat_id", "assignee"})


@_attrs_define
class Partner:
    """A party of the freight (carrier or shipper).

    Attributes:
        company_id (int | None | Unset): Trans.eu company id.
        legal_name (None | str | Unset): Legal name.
        vat_id (None | str | Unset): VAT id.
        assignee (Any | Unset): The person responsible (an object, or null).
    """

    company_id: int | None | Unset = UNSET
    legal_name: None | str | Unset = UNSET
    vat_id: None | str | Unset = UNSET
    assignee: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id: int | None | Unset
        if isinstance(self.company_id, Unset):
            company_id = UNSET
        else:
            company_id = self.company_id

        legal_name: None | str | Unset
        if isinstance(self.legal_name, Unset):
            legal_name = UNSET
        else:
            legal_name = self.legal_name

        vat_id: None | str | Unset
        if isinstance(self.vat_id, Unset):
            vat_id = UNSET
        else:
            vat_id = self.vat_id

        assignee = self.assignee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if legal_name is not UNSET:
            field_dict["legal_name"] = legal_name
        if vat_id is not UNSET:
            field_dict["vat_id"] = vat_id
        if assignee is not UNSET:
            field_dict["assignee"] = assignee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        company_id = src_dict.get("company_id", UNSET)

        legal_name = src_dict.get("legal_name", UNSET)

        vat_id = src_dict.get("vat_id", UNSET)

        assignee = src_dict.get("assignee", UNSET)

        partner = cls(
            company_id,
            legal_name,
            vat_id,
            assignee,
        )

        if not _FIELDS.issuperset(src_dict):
            partner.additional_properties = {name: value for name, value in src_dict.items() if name not in _FIELDS}
        return partner

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


class PartnerDict(_TypedDict, total=False):
    """`Partner` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    company_id: int | None
    legal_name: str | None
    vat_id: str | None
    assignee: Any
