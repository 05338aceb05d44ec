from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOperationLoadsItem")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"load_id", "weight"})


@_attrs_define
class CreateOperationLoadsItem:
    """
    Attributes:
        load_id (str | Unset): Load identifier.
        weight (float | None | Unset): Weight handled here.
    """

    load_id: str | Unset = UNSET
    weight: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        load_id = self.load_id

        weight: float | None | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if load_id is not UNSET:
            field_dict["load_id"] = load_id
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        load_id = src_dict.get("load_id", UNSET)

        weight = src_dict.get("weight", UNSET)

        create_operation_loads_item = cls(
            load_id,
            weight,
        )

        if not _FIELDS.issuperset(src_dict):
            create_operation_loads_item.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return create_operation_loads_item

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
    from decimal import Decimal as _Decimal

from typing import TypedDict as _TypedDict  # noqa: E402


class CreateOperationLoadsItemDict(_TypedDict, total=False):
    """`CreateOperationLoadsItem` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    load_id: str
    weight: float | _Decimal | None
