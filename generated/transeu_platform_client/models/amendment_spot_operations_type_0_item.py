from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.operation_type import OperationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AmendmentSpotOperationsType0Item")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"type", "operation_order", "slot", "timespans", "loads"})


@_attrs_define
class AmendmentSpotOperationsType0Item:
    """An operation in an amendment.

    Attributes:
        type_ (OperationType | Unset): Operation type.
        operation_order (float | Unset): Operation order.
        slot (float | None | Unset): Slot size.
        timespans (AmendmentSpotOperationsType0ItemTimespans | Unset): Operation time range.
        loads (list[AmendmentSpotOperationsType0ItemLoadsType0Item] | None | Unset): Loads assigned to operation.
    """

    type_: OperationType | Unset = UNSET
    operation_order: float | Unset = UNSET
    slot: float | None | Unset = UNSET
    timespans: AmendmentSpotOperationsType0ItemTimespans | Unset = UNSET
    loads: list[AmendmentSpotOperationsType0ItemLoadsType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        operation_order = self.operation_order

        slot: float | None | Unset
        if isinstance(self.slot, Unset):
            slot = UNSET
        else:
            slot = self.slot

        timespans: dict[str, Any] | Unset = UNSET
        if not isinstance(self.timespans, Unset):
            timespans = self.timespans.to_dict()

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
        if slot is not UNSET:
            field_dict["slot"] = slot
        if timespans is not UNSET:
            field_dict["timespans"] = timespans
        if loads is not UNSET:
            field_dict["loads"] = loads

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _type_ = src_dict.get("type", UNSET)
        type_: OperationType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = OperationType(_type_)

        operation_order = src_dict.get("operation_order", UNSET)

        slot = src_dict.get("slot", UNSET)

        _timespans = src_dict.get("timespans", UNSET)
        timespans: AmendmentSpotOperationsType0ItemTimespans | Unset
        if isinstance(_timespans, Unset):
            timespans = UNSET
        else:
            timespans = AmendmentSpotOperationsType0ItemTimespans.from_dict(_timespans)

        loads = src_dict.get("loads", UNSET)
        if isinstance(loads, list):
            try:
                loads = [AmendmentSpotOperationsType0ItemLoadsType0Item.from_dict(item) for item in loads]
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        amendment_spot_operations_type_0_item = cls(
            type_,
            operation_order,
            slot,
            timespans,
            loads,
        )

        if not _FIELDS.issuperset(src_dict):
            amendment_spot_operations_type_0_item.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return amendment_spot_operations_type_0_item

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
    from typing import Literal as _Literal

    from ..models.amendment_spot_operations_type_0_item_loads_type_0_item import (
        AmendmentSpotOperationsType0ItemLoadsType0ItemDict,
    )
    from ..models.amendment_spot_operations_type_0_item_timespans import AmendmentSpotOperationsType0ItemTimespansDict
    from ..models.operation_type import OperationType as _OperationType

from typing import TypedDict as _TypedDict  # noqa: E402


class AmendmentSpotOperationsType0ItemDict(_TypedDict, total=False):
    """`AmendmentSpotOperationsType0Item` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    type: _OperationType | _Literal["loading", "unloading", "customs_clearance"]
    operation_order: float | _Decimal
    slot: float | _Decimal | None
    timespans: AmendmentSpotOperationsType0ItemTimespansDict
    loads: _Sequence[AmendmentSpotOperationsType0ItemLoadsType0ItemDict] | None


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.amendment_spot_operations_type_0_item_loads_type_0_item import (
    AmendmentSpotOperationsType0ItemLoadsType0Item,
)
from ..models.amendment_spot_operations_type_0_item_timespans import AmendmentSpotOperationsType0ItemTimespans
