from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Goods")


@_attrs_define
class Goods:
    """Goods post model.

    Attributes:
        description (None | str | Unset): Goods description.
        type_ (None | str | Unset): Packaging code (UNCL code standard).
        quantity (int | None | Unset): Number of packages.
        weight (float | None | Unset): Weight of goods (unit in KGM).
        volume (float | None | Unset): Volume of goods.
        hazardous_classes (list[HazardousClass] | None | Unset): List of hazardous classes.
    """

    description: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    quantity: int | None | Unset = UNSET
    weight: float | None | Unset = UNSET
    volume: float | None | Unset = UNSET
    hazardous_classes: list[HazardousClass] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        quantity: int | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        weight: float | None | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        volume: float | None | Unset
        if isinstance(self.volume, Unset):
            volume = UNSET
        else:
            volume = self.volume

        hazardous_classes: list[dict[str, Any]] | None | Unset
        if isinstance(self.hazardous_classes, Unset):
            hazardous_classes = UNSET
        elif isinstance(self.hazardous_classes, list):
            hazardous_classes = []
            for hazardous_classes_type_0_item_data in self.hazardous_classes:
                hazardous_classes_type_0_item = hazardous_classes_type_0_item_data.to_dict()
                hazardous_classes.append(hazardous_classes_type_0_item)

        else:
            hazardous_classes = self.hazardous_classes

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if weight is not UNSET:
            field_dict["weight"] = weight
        if volume is not UNSET:
            field_dict["volume"] = volume
        if hazardous_classes is not UNSET:
            field_dict["hazardousClasses"] = hazardous_classes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        description = src_dict.get("description", UNSET)

        type_ = src_dict.get("type", UNSET)

        quantity = src_dict.get("quantity", UNSET)

        weight = src_dict.get("weight", UNSET)

        volume = src_dict.get("volume", UNSET)

        hazardous_classes = src_dict.get("hazardousClasses", UNSET)
        if isinstance(hazardous_classes, list):
            try:
                hazardous_classes = [HazardousClass.from_dict(item) for item in hazardous_classes]
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        goods = cls(
            description,
            type_,
            quantity,
            weight,
            volume,
            hazardous_classes,
        )

        return goods


if TYPE_CHECKING:
    from collections.abc import Sequence as _Sequence
    from decimal import Decimal as _Decimal

    from ..models.hazardous_class import HazardousClassDict

from typing import TypedDict as _TypedDict  # noqa: E402


class GoodsDict(_TypedDict, total=False):
    """`Goods` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    description: str | None
    type: str | None
    quantity: int | None
    weight: float | _Decimal | None
    volume: float | _Decimal | None
    hazardousClasses: _Sequence[HazardousClassDict] | None


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.hazardous_class import HazardousClass
