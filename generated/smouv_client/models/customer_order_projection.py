from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_status import OrderStatus
from ..models.order_type import OrderType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerOrderProjection")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"customerOrderId", "date", "type", "reference", "transportOrderNumber", "status"})
# Open enums: value -> member, so an unknown value is a dict miss, not a caught ValueError.
_OrderStatus_BY_VALUE = {member.value: member for member in OrderStatus}
_OrderType_BY_VALUE = {member.value: member for member in OrderType}


@_attrs_define
class CustomerOrderProjection:
    """Simple projection of a customer order.

    Attributes:
        customer_order_id (str | Unset): Order id.
        date (datetime.datetime | None | Unset): Date of the order.
        type_ (OrderType | str | Unset): Order type.
        reference (None | str | Unset): Container reference.
        transport_order_number (None | str | Unset): Transport order number.
        status (OrderStatus | str | Unset): Order status.
    """

    customer_order_id: str | Unset = UNSET
    date: datetime.datetime | None | Unset = UNSET
    type_: OrderType | str | Unset = UNSET
    reference: None | str | Unset = UNSET
    transport_order_number: None | str | Unset = UNSET
    status: OrderStatus | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_order_id = self.customer_order_id

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.datetime):
            date = self.date.isoformat()
        else:
            date = self.date

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, OrderType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        transport_order_number: None | str | Unset
        if isinstance(self.transport_order_number, Unset):
            transport_order_number = UNSET
        else:
            transport_order_number = self.transport_order_number

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, OrderStatus):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_order_id is not UNSET:
            field_dict["customerOrderId"] = customer_order_id
        if date is not UNSET:
            field_dict["date"] = date
        if type_ is not UNSET:
            field_dict["type"] = type_
        if reference is not UNSET:
            field_dict["reference"] = reference
        if transport_order_number is not UNSET:
            field_dict["transportOrderNumber"] = transport_order_number
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        customer_order_id = src_dict.get("customerOrderId", UNSET)

        date = src_dict.get("date", UNSET)
        if isinstance(date, str):
            try:
                date_type_0 = datetime.datetime.fromisoformat(date)
                date = date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        type_ = src_dict.get("type", UNSET)
        if isinstance(type_, str) and type_ in _OrderType_BY_VALUE:
            type_ = _OrderType_BY_VALUE[type_]

        reference = src_dict.get("reference", UNSET)

        transport_order_number = src_dict.get("transportOrderNumber", UNSET)

        status = src_dict.get("status", UNSET)
        if isinstance(status, str) and status in _OrderStatus_BY_VALUE:
            status = _OrderStatus_BY_VALUE[status]

        customer_order_projection = cls(
            customer_order_id,
            date,
            type_,
            reference,
            transport_order_number,
            status,
        )

        if not _FIELDS.issuperset(src_dict):
            customer_order_projection.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return customer_order_projection

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
    import datetime as _datetime
    from typing import Literal as _Literal

    from ..models.order_status import OrderStatus as _OrderStatus
    from ..models.order_type import OrderType as _OrderType

from typing import TypedDict as _TypedDict  # noqa: E402


class CustomerOrderProjectionDict(_TypedDict, total=False):
    """`CustomerOrderProjection` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    customerOrderId: str
    date: _datetime.datetime | str | None
    type: (
        _OrderType
        | _Literal[
            "Master",
            "Elementary",
            "SegmentTerminalEntrepot",
            "SegmentEntrepotDepot",
            "SegmentDepotEntrepot",
            "SegmentEntrepotTerminal",
            "SegmentTransfer",
        ]
        | str
    )
    reference: str | None
    transportOrderNumber: str | None
    status: (
        _OrderStatus
        | _Literal["Draft", "Valid", "Cancelled", "Submitted", "Rejected", "InProcess", "Accepted", "Refused"]
        | str
    )
