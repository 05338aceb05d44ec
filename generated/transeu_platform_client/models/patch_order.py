from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PatchOrder")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"freight"})


@_attrs_define
class PatchOrder:
    """Freight details to update.

    Attributes:
        freight (PatchOrderFreight): Freight details to update.
    """

    freight: PatchOrderFreight
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        freight = self.freight.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "freight": freight,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        freight = PatchOrderFreight.from_dict(src_dict["freight"])

        patch_order = cls(
            freight,
        )

        if not _FIELDS.issuperset(src_dict):
            patch_order.additional_properties = {name: value for name, value in src_dict.items() if name not in _FIELDS}
        return patch_order

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

    from ..models.patch_order_freight import PatchOrderFreightDict

from typing import TypedDict as _TypedDict  # noqa: E402


class PatchOrderDict(_TypedDict, total=False):
    """`PatchOrder` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    freight: _Required[PatchOrderFreightDict]


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.patch_order_freight import PatchOrderFreight
