from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderDetailsViewModel")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"weight", "licensePlates"})


@_attrs_define
class OrderDetailsViewModel:
    """Cargo details as returned.

    Attributes:
        weight (float | None | Unset): Cargo weight.
        license_plates (list[str] | None | Unset): License plates.
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
        weight = src_dict.get("weight", UNSET)

        license_plates = src_dict.get("licensePlates", UNSET)
        if isinstance(license_plates, list):
            try:
                license_plates_type_0 = cast(list[str], license_plates)
                license_plates = license_plates_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        order_details_view_model = cls(
            weight,
            license_plates,
        )

        if not _FIELDS.issuperset(src_dict):
            order_details_view_model.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return order_details_view_model

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
    from collections.abc import Sequence as _Sequence
    from decimal import Decimal as _Decimal

from typing import TypedDict as _TypedDict  # noqa: E402


class OrderDetailsViewModelDict(_TypedDict, total=False):
    """`OrderDetailsViewModel` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    weight: float | _Decimal | None
    licensePlates: _Sequence[str] | None
