from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderFreightType0SpotsType0Item")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"spot_order", "name", "description", "place", "operations"})


@_attrs_define
class OrderFreightType0SpotsType0Item:
    """
    Attributes:
        spot_order (float | None | Unset): Spot order.
        name (None | str | Unset): Spot name.
        description (None | str | Unset): Spot description.
        place (None | OrderFreightType0SpotsType0ItemPlaceType0 | Unset): The place.
        operations (list[OrderFreightType0SpotsType0ItemOperationsType0Item] | None | Unset): The operations.
    """

    spot_order: float | None | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    place: None | OrderFreightType0SpotsType0ItemPlaceType0 | Unset = UNSET
    operations: list[OrderFreightType0SpotsType0ItemOperationsType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        spot_order: float | None | Unset
        if isinstance(self.spot_order, Unset):
            spot_order = UNSET
        else:
            spot_order = self.spot_order

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        place: dict[str, Any] | None | Unset
        if isinstance(self.place, Unset):
            place = UNSET
        elif isinstance(self.place, OrderFreightType0SpotsType0ItemPlaceType0):
            place = self.place.to_dict()
        else:
            place = self.place

        operations: list[dict[str, Any]] | None | Unset
        if isinstance(self.operations, Unset):
            operations = UNSET
        elif isinstance(self.operations, list):
            operations = []
            for operations_type_0_item_data in self.operations:
                operations_type_0_item = operations_type_0_item_data.to_dict()
                operations.append(operations_type_0_item)

        else:
            operations = self.operations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if spot_order is not UNSET:
            field_dict["spot_order"] = spot_order
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if place is not UNSET:
            field_dict["place"] = place
        if operations is not UNSET:
            field_dict["operations"] = operations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        spot_order = src_dict.get("spot_order", UNSET)

        name = src_dict.get("name", UNSET)

        description = src_dict.get("description", UNSET)

        place = src_dict.get("place", UNSET)
        if isinstance(place, dict):
            try:
                place_type_0 = OrderFreightType0SpotsType0ItemPlaceType0.from_dict(place)
                place = place_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        operations = src_dict.get("operations", UNSET)
        if isinstance(operations, list):
            try:
                operations = [OrderFreightType0SpotsType0ItemOperationsType0Item.from_dict(item) for item in operations]
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        order_freight_type_0_spots_type_0_item = cls(
            spot_order,
            name,
            description,
            place,
            operations,
        )

        if not _FIELDS.issuperset(src_dict):
            order_freight_type_0_spots_type_0_item.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return order_freight_type_0_spots_type_0_item

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

    from ..models.order_freight_type_0_spots_type_0_item_operations_type_0_item import (
        OrderFreightType0SpotsType0ItemOperationsType0ItemDict,
    )
    from ..models.order_freight_type_0_spots_type_0_item_place_type_0 import (
        OrderFreightType0SpotsType0ItemPlaceType0Dict,
    )

from typing import TypedDict as _TypedDict  # noqa: E402


class OrderFreightType0SpotsType0ItemDict(_TypedDict, total=False):
    """`OrderFreightType0SpotsType0Item` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    spot_order: float | _Decimal | None
    name: str | None
    description: str | None
    place: OrderFreightType0SpotsType0ItemPlaceType0Dict | None
    operations: _Sequence[OrderFreightType0SpotsType0ItemOperationsType0ItemDict] | None


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.order_freight_type_0_spots_type_0_item_operations_type_0_item import (
    OrderFreightType0SpotsType0ItemOperationsType0Item,
)
from ..models.order_freight_type_0_spots_type_0_item_place_type_0 import OrderFreightType0SpotsType0ItemPlaceType0
