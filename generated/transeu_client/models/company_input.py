from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompanyInput")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"name", "vat_id", "address"})


@_attrs_define
class CompanyInput:
    """Contractor company details.

    Attributes:
        name (str): Company name.
        vat_id (str | Unset): Company VAT id.
        address (AddressInput | Unset): Address details.
    """

    name: str
    vat_id: str | Unset = UNSET
    address: AddressInput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        vat_id = self.vat_id

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if vat_id is not UNSET:
            field_dict["vat_id"] = vat_id
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict["name"]

        vat_id = src_dict.get("vat_id", UNSET)

        _address = src_dict.get("address", UNSET)
        address: AddressInput | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = AddressInput.from_dict(_address)

        company_input = cls(
            name,
            vat_id,
            address,
        )

        if not _FIELDS.issuperset(src_dict):
            company_input.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return company_input

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

    from ..models.address_input import AddressInputDict

from typing import TypedDict as _TypedDict  # noqa: E402


class CompanyInputDict(_TypedDict, total=False):
    """`CompanyInput` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    name: _Required[str]
    vat_id: str
    address: AddressInputDict


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.address_input import AddressInput
