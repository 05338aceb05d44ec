from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.operation_type import OperationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOperation")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {"type", "operation_order", "timespans", "slot", "operation_time", "time_window", "time_window_reason", "loads"}
)


@_attrs_define
class CreateOperation:
    """An operation at a spot (loading, unloading, customs clearance).

    Attributes:
        type_ (OperationType): Operation type.
        operation_order (float): Position of the operation at the spot, from 1.
        timespans (Timespan): A time range (ISO 8601 timestamps).
        slot (float | None | Unset): Slot.
        operation_time (float | None | Unset): Operation time.
        time_window (CreateOperationTimeWindowType0 | None | Unset): Time window.
        time_window_reason (None | str | Unset): Why the time window.
        loads (list[CreateOperationLoadsItem] | Unset): The loads handled (by load_id).
    """

    type_: OperationType
    operation_order: float
    timespans: Timespan
    slot: float | None | Unset = UNSET
    operation_time: float | None | Unset = UNSET
    time_window: CreateOperationTimeWindowType0 | None | Unset = UNSET
    time_window_reason: None | str | Unset = UNSET
    loads: list[CreateOperationLoadsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        operation_order = self.operation_order

        timespans = self.timespans.to_dict()

        slot: float | None | Unset
        if isinstance(self.slot, Unset):
            slot = UNSET
        else:
            slot = self.slot

        operation_time: float | None | Unset
        if isinstance(self.operation_time, Unset):
            operation_time = UNSET
        else:
            operation_time = self.operation_time

        time_window: dict[str, Any] | None | Unset
        if isinstance(self.time_window, Unset):
            time_window = UNSET
        elif isinstance(self.time_window, CreateOperationTimeWindowType0):
            time_window = self.time_window.to_dict()
        else:
            time_window = self.time_window

        time_window_reason: None | str | Unset
        if isinstance(self.time_window_reason, Unset):
            time_window_reason = UNSET
        else:
            time_window_reason = self.time_window_reason

        loads: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.loads, Unset):
            loads = []
            for loads_item_data in self.loads:
                loads_item = loads_item_data.to_dict()
                loads.append(loads_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "operation_order": operation_order,
                "timespans": timespans,
            }
        )
        if slot is not UNSET:
            field_dict["slot"] = slot
        if operation_time is not UNSET:
            field_dict["operation_time"] = operation_time
        if time_window is not UNSET:
            field_dict["time_window"] = time_window
        if time_window_reason is not UNSET:
            field_dict["time_window_reason"] = time_window_reason
        if loads is not UNSET:
            field_dict["loads"] = loads

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        type_ = OperationType(src_dict["type"])

        operation_order = src_dict["operation_order"]

        timespans = Timespan.from_dict(src_dict["timespans"])

        slot = src_dict.get("slot", UNSET)

        operation_time = src_dict.get("operation_time", UNSET)

        time_window = src_dict.get("time_window", UNSET)
        if isinstance(time_window, dict):
            try:
                time_window_type_0 = CreateOperationTimeWindowType0.from_dict(time_window)
                time_window = time_window_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        time_window_reason = src_dict.get("time_window_reason", UNSET)

        _loads = src_dict.get("loads", UNSET)
        loads: list[CreateOperationLoadsItem] | Unset = UNSET
        if _loads is not UNSET:
            loads = []
            for loads_item_data in _loads:
                loads_item = CreateOperationLoadsItem.from_dict(loads_item_data)

                loads.append(loads_item)

        create_operation = cls(
            type_,
            operation_order,
            timespans,
            slot,
            operation_time,
            time_window,
            time_window_reason,
            loads,
        )

        if not _FIELDS.issuperset(src_dict):
            create_operation.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return create_operation

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

    from ..models.create_operation_loads_item import CreateOperationLoadsItemDict
    from ..models.create_operation_time_window_type_0 import CreateOperationTimeWindowType0Dict
    from ..models.operation_type import OperationType as _OperationType
    from ..models.timespan import TimespanDict

from typing import TypedDict as _TypedDict  # noqa: E402


class CreateOperationDict(_TypedDict, total=False):
    """`CreateOperation` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    type: _OperationType | _Literal["loading", "unloading", "customs_clearance"]
    operation_order: float | _Decimal
    timespans: TimespanDict
    slot: float | _Decimal | None
    operation_time: float | _Decimal | None
    time_window: CreateOperationTimeWindowType0Dict | None
    time_window_reason: str | None
    loads: _Sequence[CreateOperationLoadsItemDict]


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.create_operation_loads_item import CreateOperationLoadsItem
from ..models.create_operation_time_window_type_0 import CreateOperationTimeWindowType0
from ..models.timespan import Timespan
