from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_type import OrderType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerOrderCreated")


@_attrs_define
class CustomerOrderCreated:
    """Identifiers of the created customer order and all the associated segments.

    Attributes:
        elementary_orders (list[ElementaryOrder] | None | Unset): List of elementary orders (used for multi-container
            case).
        segments (list[OrderRef] | None | Unset): List of segments (transport segment managed by the carrier).
        id (None | str | Unset): Order identifier: a 3-character prefix (CDE, ELM, SEG) and 10 digits.
        transport_order_number (None | str | Unset): Reference.
        type_ (OrderType | str | Unset): Order type.
    """

    elementary_orders: list[ElementaryOrder] | None | Unset = UNSET
    segments: list[OrderRef] | None | Unset = UNSET
    id: None | str | Unset = UNSET
    transport_order_number: None | str | Unset = UNSET
    type_: OrderType | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        elementary_orders: list[dict[str, Any]] | None | Unset
        if isinstance(self.elementary_orders, Unset):
            elementary_orders = UNSET
        elif isinstance(self.elementary_orders, list):
            elementary_orders = []
            for elementary_orders_type_0_item_data in self.elementary_orders:
                elementary_orders_type_0_item = elementary_orders_type_0_item_data.to_dict()
                elementary_orders.append(elementary_orders_type_0_item)

        else:
            elementary_orders = self.elementary_orders

        segments: list[dict[str, Any]] | None | Unset
        if isinstance(self.segments, Unset):
            segments = UNSET
        elif isinstance(self.segments, list):
            segments = []
            for segments_type_0_item_data in self.segments:
                segments_type_0_item = segments_type_0_item_data.to_dict()
                segments.append(segments_type_0_item)

        else:
            segments = self.segments

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        transport_order_number: None | str | Unset
        if isinstance(self.transport_order_number, Unset):
            transport_order_number = UNSET
        else:
            transport_order_number = self.transport_order_number

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, OrderType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if elementary_orders is not UNSET:
            field_dict["elementaryOrders"] = elementary_orders
        if segments is not UNSET:
            field_dict["segments"] = segments
        if id is not UNSET:
            field_dict["id"] = id
        if transport_order_number is not UNSET:
            field_dict["transportOrderNumber"] = transport_order_number
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_elementary_orders(data: object) -> list[ElementaryOrder] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                elementary_orders_type_0 = []
                _elementary_orders_type_0 = data
                for elementary_orders_type_0_item_data in _elementary_orders_type_0:
                    elementary_orders_type_0_item = ElementaryOrder.from_dict(elementary_orders_type_0_item_data)

                    elementary_orders_type_0.append(elementary_orders_type_0_item)

                return elementary_orders_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[ElementaryOrder] | None | Unset", data)

        elementary_orders = _parse_elementary_orders(d.pop("elementaryOrders", UNSET))

        def _parse_segments(data: object) -> list[OrderRef] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                segments_type_0 = []
                _segments_type_0 = data
                for segments_type_0_item_data in _segments_type_0:
                    segments_type_0_item = OrderRef.from_dict(segments_type_0_item_data)

                    segments_type_0.append(segments_type_0_item)

                return segments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[OrderRef] | None | Unset", data)

        segments = _parse_segments(d.pop("segments", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_transport_order_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        transport_order_number = _parse_transport_order_number(d.pop("transportOrderNumber", UNSET))

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

        customer_order_created = cls(
            elementary_orders=elementary_orders,
            segments=segments,
            id=id,
            transport_order_number=transport_order_number,
            type_=type_,
        )

        customer_order_created.additional_properties = d
        return customer_order_created

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


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.elementary_order import ElementaryOrder
from ..models.order_ref import OrderRef
