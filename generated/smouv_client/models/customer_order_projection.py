from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_status import OrderStatus
from ..models.order_type import OrderType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerOrderProjection")


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
        d = dict(src_dict)
        customer_order_id = d.pop("customerOrderId", UNSET)

        def _parse_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_type_0 = datetime.datetime.fromisoformat(data)

                return date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | None | Unset", data)

        date = _parse_date(d.pop("date", UNSET))

        def _parse_type_(data: object) -> OrderType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = OrderType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("OrderType | str | Unset", data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        reference = _parse_reference(d.pop("reference", UNSET))

        def _parse_transport_order_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        transport_order_number = _parse_transport_order_number(d.pop("transportOrderNumber", UNSET))

        def _parse_status(data: object) -> OrderStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = OrderStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("OrderStatus | str | Unset", data)

        status = _parse_status(d.pop("status", UNSET))

        customer_order_projection = cls(
            customer_order_id=customer_order_id,
            date=date,
            type_=type_,
            reference=reference,
            transport_order_number=transport_order_number,
            status=status,
        )

        customer_order_projection.additional_properties = d
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
