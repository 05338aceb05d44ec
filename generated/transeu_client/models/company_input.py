from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_input import AddressInput


T = TypeVar("T", bound="CompanyInput")


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
        from ..models.address_input import AddressInput  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        vat_id = d.pop("vat_id", UNSET)

        _address = d.pop("address", UNSET)
        address: AddressInput | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = AddressInput.from_dict(_address)

        company_input = cls(
            name=name,
            vat_id=vat_id,
            address=address,
        )

        company_input.additional_properties = d
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
