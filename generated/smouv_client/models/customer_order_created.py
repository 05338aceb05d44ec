from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_type import OrderType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerOrderCreated")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"elementaryOrders", "segments", "id", "transportOrderNumber", "type"})
# Open enums: value -> member, so an unknown value is a dict miss, not a caught ValueError.
_OrderType_BY_VALUE = {member.value: member for member in OrderType}


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
        elementary_orders = src_dict.get("elementaryOrders", UNSET)
        if isinstance(elementary_orders, list):
            try:
                elementary_orders = [ElementaryOrder.from_dict(item) for item in elementary_orders]
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        segments = src_dict.get("segments", UNSET)
        if isinstance(segments, list):
            try:
                segments = [OrderRef.from_dict(item) for item in segments]
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        id = src_dict.get("id", UNSET)

        transport_order_number = src_dict.get("transportOrderNumber", UNSET)

        type_ = src_dict.get("type", UNSET)
        if isinstance(type_, str) and type_ in _OrderType_BY_VALUE:
            type_ = _OrderType_BY_VALUE[type_]

        customer_order_created = cls(
            elementary_orders,
            segments,
            id,
            transport_order_number,
            type_,
        )

        if not _FIELDS.issuperset(src_dict):
            customer_order_created.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
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


if TYPE_CHECKING:
    from collections.abc import Sequence as _Sequence
    from typing import Literal as _Literal

    from ..models.elementary_order import ElementaryOrderDict
    from ..models.order_ref import OrderRefDict
    from ..models.order_type import OrderType as _OrderType

from typing import TypedDict as _TypedDict  # noqa: E402


class CustomerOrderCreatedDict(_TypedDict, total=False):
    """`CustomerOrderCreated` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    elementaryOrders: _Sequence[ElementaryOrderDict] | None
    segments: _Sequence[OrderRefDict] | None
    id: str | None
    transportOrderNumber: str | None
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


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.elementary_order import ElementaryOrder
from ..models.order_ref import OrderRef
