from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.weight_unit_code import WeightUnitCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="Weight")


@_attrs_define
class Weight:
    """Load weight details.

    Attributes:
        value (float | None | Unset): Weight value.
        unit_code (None | str | Unset | WeightUnitCode): Weight unit code (`TNE`; the seed's example shows `T`).
    """

    value: float | None | Unset = UNSET
    unit_code: None | str | Unset | WeightUnitCode = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value: float | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        unit_code: None | str | Unset
        if isinstance(self.unit_code, Unset):
            unit_code = UNSET
        elif isinstance(self.unit_code, WeightUnitCode):
            unit_code = self.unit_code.value
        else:
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
        d = dict(src_dict)

        def _parse_value(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | Unset", data)

        value = _parse_value(d.pop("value", UNSET))

        def _parse_unit_code(data: object) -> None | str | Unset | WeightUnitCode:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                unit_code_type_0 = WeightUnitCode(data)

                return unit_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | str | Unset | WeightUnitCode", data)

        unit_code = _parse_unit_code(d.pop("unit_code", UNSET))

        weight = cls(
            value=value,
            unit_code=unit_code,
        )

        weight.additional_properties = d
        return weight

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
