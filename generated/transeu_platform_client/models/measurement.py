from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Measurement")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"value", "unit_code"})


@_attrs_define
class Measurement:
    """A measure with its unit (e.g. `{value 12.5, unit_code t}`).

    Attributes:
        value (float | Unset): Measurement value.
        unit_code (str | Unset): Measurement unit code.
    """

    value: float | Unset = UNSET
    unit_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        unit_code = self.unit_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if unit_code is not UNSET:
            field_dict["unit_code"] = unit_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        value = src_dict.get("value", UNSET)

        unit_code = src_dict.get("unit_code", UNSET)

        measurement = cls(
            value,
            unit_code,
        )

        if not _FIELDS.issuperset(src_dict):
            measurement.additional_properties = {name: value for name, value in src_dict.items() if name not in _FIELDS}
        return measurement

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


class MeasurementDict(_TypedDict, total=False):
    """`Measurement` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    value: float | _Decimal
    unit_code: str
