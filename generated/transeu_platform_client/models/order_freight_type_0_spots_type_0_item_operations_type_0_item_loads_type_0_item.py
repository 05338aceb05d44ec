from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderFreightType0SpotsType0ItemOperationsType0ItemLoadsType0Item")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {"load_id", "name", "type_of_load", "amount", "description", "weight", "is_stackable", "is_exchangeable", "load"}
)


@_attrs_define
class OrderFreightType0SpotsType0ItemOperationsType0ItemLoadsType0Item:
    """A load of the operation.

    Attributes:
        load_id (None | str | Unset): The load's id (the create's `load_id`).
        name (None | str | Unset): Load name.
        type_of_load (None | str | Unset): Load type.
        amount (float | None | Unset): Amount.
        description (None | str | Unset): Load description.
        weight (float | None | Unset): Weight: of the load in the entity, the operation's share of it in a page's item.
        is_stackable (bool | None | Unset): If the load is stackable.
        is_exchangeable (bool | None | Unset): If the load is exchangeable.
        load (None | OrderFreightType0SpotsType0ItemOperationsType0ItemLoadsType0ItemLoadType0 | Unset): The load
            (`amount`, `name`, `type_of_load`, `description`): a page's item only.
    """

    load_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    type_of_load: None | str | Unset = UNSET
    amount: float | None | Unset = UNSET
    description: None | str | Unset = UNSET
    weight: float | None | Unset = UNSET
    is_stackable: bool | None | Unset = UNSET
    is_exchangeable: bool | None | Unset = UNSET
    load: None | OrderFreightType0SpotsType0ItemOperationsType0ItemLoadsType0ItemLoadType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        load_id: None | str | Unset
        if isinstance(self.load_id, Unset):
            load_id = UNSET
        else:
            load_id = self.load_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        type_of_load: None | str | Unset
        if isinstance(self.type_of_load, Unset):
            type_of_load = UNSET
        else:
            type_of_load = self.type_of_load

        amount: float | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        weight: float | None | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        is_stackable: bool | None | Unset
        if isinstance(self.is_stackable, Unset):
            is_stackable = UNSET
        else:
            is_stackable = self.is_stackable

        is_exchangeable: bool | None | Unset
        if isinstance(self.is_exchangeable, Unset):
            is_exchangeable = UNSET
        else:
            is_exchangeable = self.is_exchangeable

        load: dict[str, Any] | None | Unset
        if isinstance(self.load, Unset):
            load = UNSET
        elif isinstance(self.load, OrderFreightType0SpotsType0ItemOperationsType0ItemLoadsType0ItemLoadType0):
            load = self.load.to_dict()
        else:
            load = self.load

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if load_id is not UNSET:
            field_dict["load_id"] = load_id
        if name is not UNSET:
            field_dict["name"] = name
        if type_of_load is not UNSET:
            field_dict["type_of_load"] = type_of_load
        if amount is not UNSET:
            field_dict["amount"] = amount
        if description is not UNSET:
            field_dict["description"] = description
        if weight is not UNSET:
            field_dict["weight"] = weight
        if is_stackable is not UNSET:
            field_dict["is_stackable"] = is_stackable
        if is_exchangeable is not UNSET:
            field_dict["is_exchangeable"] = is_exchangeable
        if load is not UNSET:
            field_dict["load"] = load

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        load_id = src_dict.get("load_id", UNSET)

        name = src_dict.get("name", UNSET)

        type_of_load = src_dict.get("type_of_load", UNSET)

        amount = src_dict.get("amount", UNSET)

        description = src_dict.get("description", UNSET)

        weight = src_dict.get("weight", UNSET)

        is_stackable = src_dict.get("is_stackable", UNSET)

        is_exchangeable = src_dict.get("is_exchangeable", UNSET)

        load = src_dict.get("load", UNSET)
        if isinstance(load, dict):
            try:
                load_type_0 = OrderFreightType0SpotsType0ItemOperationsType0ItemLoadsType0ItemLoadType0.from_dict(load)
                load = load_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        order_freight_type_0_spots_type_0_item_operations_type_0_item_loads_type_0_item = cls(
            load_id,
            name,
            type_of_load,
            amount,
            description,
            weight,
            is_stackable,
            is_exchangeable,
            load,
        )

        if not _FIELDS.issuperset(src_dict):
            order_freight_type_0_spots_type_0_item_operations_type_0_item_loads_type_0_item.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return order_freight_type_0_spots_type_0_item_operations_type_0_item_loads_type_0_item

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

    from ..models.order_freight_type_0_spots_type_0_item_operations_type_0_item_loads_type_0_item_load_type_0 import (
        OrderFreightType0SpotsType0ItemOperationsType0ItemLoadsType0ItemLoadType0Dict,
    )

from typing import TypedDict as _TypedDict  # noqa: E402


class OrderFreightType0SpotsType0ItemOperationsType0ItemLoadsType0ItemDict(_TypedDict, total=False):
    """`OrderFreightType0SpotsType0ItemOperationsType0ItemLoadsType0Item` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    load_id: str | None
    name: str | None
    type_of_load: str | None
    amount: float | _Decimal | None
    description: str | None
    weight: float | _Decimal | None
    is_stackable: bool | None
    is_exchangeable: bool | None
    load: OrderFreightType0SpotsType0ItemOperationsType0ItemLoadsType0ItemLoadType0Dict | None


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.order_freight_type_0_spots_type_0_item_operations_type_0_item_loads_type_0_item_load_type_0 import (
    OrderFreightType0SpotsType0ItemOperationsType0ItemLoadsType0ItemLoadType0,
)
