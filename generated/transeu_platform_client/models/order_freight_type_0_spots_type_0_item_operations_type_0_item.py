from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderFreightType0SpotsType0ItemOperationsType0Item")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"type", "operation_order", "timespans", "loads"})


@_attrs_define
class OrderFreightType0SpotsType0ItemOperationsType0Item:
    """
    Attributes:
        type_ (None | str | Unset): Operation type (open: loading, unloading, customs_clearance, ...).
        operation_order (float | None | Unset): Operation order.
        timespans (None | OrderFreightType0SpotsType0ItemOperationsType0ItemTimespansType0 | Unset): Time range.
        loads (list[OrderFreightType0SpotsType0ItemOperationsType0ItemLoadsType0Item] | None | Unset): The loads the
            operation handles. In the entity (create's 201, the read of one) each is
            the whole load the create's `load_id` names, with plain numbers; in an item of a page
            it is `{load, weight}`.
    """

    type_: None | str | Unset = UNSET
    operation_order: float | None | Unset = UNSET
    timespans: None | OrderFreightType0SpotsType0ItemOperationsType0ItemTimespansType0 | Unset = UNSET
    loads: list[OrderFreightType0SpotsType0ItemOperationsType0ItemLoadsType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        operation_order: float | None | Unset
        if isinstance(self.operation_order, Unset):
            operation_order = UNSET
        else:
            operation_order = self.operation_order

        timespans: dict[str, Any] | None | Unset
        if isinstance(self.timespans, Unset):
            timespans = UNSET
        elif isinstance(self.timespans, OrderFreightType0SpotsType0ItemOperationsType0ItemTimespansType0):
            timespans = self.timespans.to_dict()
        else:
            timespans = self.timespans

        loads: list[dict[str, Any]] | None | Unset
        if isinstance(self.loads, Unset):
            loads = UNSET
        elif isinstance(self.loads, list):
            loads = []
            for loads_type_0_item_data in self.loads:
                loads_type_0_item = loads_type_0_item_data.to_dict()
                loads.append(loads_type_0_item)

        else:
            loads = self.loads

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if operation_order is not UNSET:
            field_dict["operation_order"] = operation_order
        if timespans is not UNSET:
            field_dict["timespans"] = timespans
        if loads is not UNSET:
            field_dict["loads"] = loads

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        type_ = src_dict.get("type", UNSET)

        operation_order = src_dict.get("operation_order", UNSET)

        timespans = src_dict.get("timespans", UNSET)
        if isinstance(timespans, dict):
            try:
                timespans_type_0 = OrderFreightType0SpotsType0ItemOperationsType0ItemTimespansType0.from_dict(timespans)
                timespans = timespans_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        loads = src_dict.get("loads", UNSET)
        if isinstance(loads, list):
            try:
                loads = [
                    OrderFreightType0SpotsType0ItemOperationsType0ItemLoadsType0Item.from_dict(item) for item in loads
                ]
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        order_freight_type_0_spots_type_0_item_operations_type_0_item = cls(
            type_,
            operation_order,
            timespans,
            loads,
        )

        if not _FIELDS.issuperset(src_dict):
            order_freight_type_0_spots_type_0_item_operations_type_0_item.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return order_freight_type_0_spots_type_0_item_operations_type_0_item

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

    from ..models.order_freight_type_0_spots_type_0_item_operations_type_0_item_loads_type_0_item import (
        OrderFreightType0SpotsType0ItemOperationsType0ItemLoadsType0ItemDict,
    )
    from ..models.order_freight_type_0_spots_type_0_item_operations_type_0_item_timespans_type_0 import (
        OrderFreightType0SpotsType0ItemOperationsType0ItemTimespansType0Dict,
    )

from typing import TypedDict as _TypedDict  # noqa: E402


class OrderFreightType0SpotsType0ItemOperationsType0ItemDict(_TypedDict, total=False):
    """`OrderFreightType0SpotsType0ItemOperationsType0Item` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    type: str | None
    operation_order: float | _Decimal | None
    timespans: OrderFreightType0SpotsType0ItemOperationsType0ItemTimespansType0Dict | None
    loads: _Sequence[OrderFreightType0SpotsType0ItemOperationsType0ItemLoadsType0ItemDict] | None


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.order_freight_type_0_spots_type_0_item_operations_type_0_item_loads_type_0_item import (
    OrderFreightType0SpotsType0ItemOperationsType0ItemLoadsType0Item,
)
from ..models.order_freight_type_0_spots_type_0_item_operations_type_0_item_timespans_type_0 import (
    OrderFreightType0SpotsType0ItemOperationsType0ItemTimespansType0,
)
