from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.weight_unit_code import WeightUnitCode

T = TypeVar("T", bound="WeightInput")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"value", "unit_code"})


@_attrs_define
class WeightInput:
    """Load weight details.

    Attributes:
        value (float): Weight value.
        unit_code (WeightUnitCode): Weight unit code. `TNE` (tons).
    """

    value: float
    unit_code: WeightUnitCode
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        unit_code = self.unit_code.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
                "unit_code": unit_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        value = src_dict["value"]

        unit_code = WeightUnitCode(src_dict["unit_code"])

        weight_input = cls(
            value,
            unit_code,
        )

        if not _FIELDS.issuperset(src_dict):
            weight_input.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return weight_input

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
    from typing import Literal as _Literal
    from typing import Required as _Required

    from ..models.weight_unit_code import WeightUnitCode as _WeightUnitCode

from typing import TypedDict as _TypedDict  # noqa: E402


class WeightInputDict(_TypedDict, total=False):
    """`WeightInput` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    value: _Required[float | _Decimal]
    unit_code: _Required[_WeightUnitCode | _Literal["TNE"]]
