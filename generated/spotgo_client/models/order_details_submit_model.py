from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderDetailsSubmitModel")


@_attrs_define
class OrderDetailsSubmitModel:
    """Cargo details.

    Attributes:
        weight (float | None | Unset): Cargo weight.
        license_plates (list[str] | None | Unset): License plates of the vehicles.
    """

    weight: float | None | Unset = UNSET
    license_plates: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        weight: float | None | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        license_plates: list[str] | None | Unset
        if isinstance(self.license_plates, Unset):
            license_plates = UNSET
        elif isinstance(self.license_plates, list):
            license_plates = self.license_plates

        else:
            license_plates = self.license_plates

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if weight is not UNSET:
            field_dict["weight"] = weight
        if license_plates is not UNSET:
            field_dict["licensePlates"] = license_plates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_weight(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("float | None | Unset", data)

        weight = _parse_weight(d.pop("weight", UNSET))

        def _parse_license_plates(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                license_plates_type_0 = cast(list[str], data)

                return license_plates_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[str] | None | Unset", data)

        license_plates = _parse_license_plates(d.pop("licensePlates", UNSET))

        order_details_submit_model = cls(
            weight=weight,
            license_plates=license_plates,
        )

        order_details_submit_model.additional_properties = d
        return order_details_submit_model

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
