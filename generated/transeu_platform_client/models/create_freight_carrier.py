from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateFreightCarrier")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"company_id"})


@_attrs_define
class CreateFreightCarrier:
    """The carrier company the order goes to.

    Attributes:
        company_id (int | Unset): Trans.eu company id of the carrier.
    """

    company_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["company_id"] = company_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        company_id = src_dict.get("company_id", UNSET)

        create_freight_carrier = cls(
            company_id,
        )

        if not _FIELDS.issuperset(src_dict):
            create_freight_carrier.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return create_freight_carrier

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


class CreateFreightCarrierDict(_TypedDict, total=False):
    """`CreateFreightCarrier` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    company_id: int
