from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AmendmentSpotOperationsType0ItemLoadsType0Item")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"load_id", "weight"})


@_attrs_define
class AmendmentSpotOperationsType0ItemLoadsType0Item:
    """
    Attributes:
        load_id (str | Unset): Load identifier.
        weight (Measurement | None | Unset): The weight (see the referenced schema).
    """

    load_id: str | Unset = UNSET
    weight: Measurement | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        load_id = self.load_id

        weight: dict[str, Any] | None | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        elif isinstance(self.weight, Measurement):
            weight = self.weight.to_dict()
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
        if isinstance(weight, dict):
            try:
                weight_type_0 = Measurement.from_dict(weight)
                weight = weight_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        amendment_spot_operations_type_0_item_loads_type_0_item = cls(
            load_id,
            weight,
        )

        if not _FIELDS.issuperset(src_dict):
            amendment_spot_operations_type_0_item_loads_type_0_item.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return amendment_spot_operations_type_0_item_loads_type_0_item

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
    from ..models.measurement import MeasurementDict

from typing import TypedDict as _TypedDict  # noqa: E402


class AmendmentSpotOperationsType0ItemLoadsType0ItemDict(_TypedDict, total=False):
    """`AmendmentSpotOperationsType0ItemLoadsType0Item` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    load_id: str
    weight: MeasurementDict | None


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.measurement import Measurement
