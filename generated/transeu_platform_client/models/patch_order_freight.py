from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PatchOrderFreight")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"shipment_external_id"})


@_attrs_define
class PatchOrderFreight:
    """Freight details to update.

    Attributes:
        shipment_external_id (None | str): External shipment identifier (null clears it).
    """

    shipment_external_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        shipment_external_id: None | str
        shipment_external_id = self.shipment_external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "shipment_external_id": shipment_external_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        shipment_external_id = src_dict["shipment_external_id"]

        patch_order_freight = cls(
            shipment_external_id,
        )

        if not _FIELDS.issuperset(src_dict):
            patch_order_freight.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return patch_order_freight

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


class PatchOrderFreightDict(_TypedDict, total=False):
    """`PatchOrderFreight` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    shipment_external_id: _Required[str | None]
