from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CarrierViewModel")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"name", "email", "vatCode"})


@_attrs_define
class CarrierViewModel:
    """The carrier as returned.

    Attributes:
        name (None | str | Unset): Carrier company name.
        email (None | str | Unset): Carrier contact e-mail.
        vat_code (None | str | Unset): Carrier VAT code.
    """

    name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    vat_code: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

        vat_code: None | str | Unset
        if isinstance(self.vat_code, Unset):
            vat_code = UNSET
        else:
            vat_code = self.vat_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if vat_code is not UNSET:
            field_dict["vatCode"] = vat_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict.get("name", UNSET)

        email = src_dict.get("email", UNSET)

        vat_code = src_dict.get("vatCode", UNSET)

        carrier_view_model = cls(
            name,
            email,
            vat_code,
        )

        if not _FIELDS.issuperset(src_dict):
            carrier_view_model.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return carrier_view_model

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


class CarrierViewModelDict(_TypedDict, total=False):
    """`CarrierViewModel` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    name: str | None
    email: str | None
    vatCode: str | None
