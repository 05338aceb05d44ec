from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_type import OrderType
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderRef")


@_attrs_define
class OrderRef:
    """Identifiers of one order or segment.

    Attributes:
        id (None | str | Unset): Order identifier: a 3-character prefix (CDE, ELM, SEG) and 10 digits.
        transport_order_number (None | str | Unset): Reference.
        type_ (OrderType | str | Unset): Order type.
    """

    id: None | str | Unset = UNSET
    transport_order_number: None | str | Unset = UNSET
    type_: OrderType | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        order_ref = cls(
            id=id,
            transport_order_number=transport_order_number,
            type_=type_,
        )

        order_ref.additional_properties = d
        return order_ref

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
