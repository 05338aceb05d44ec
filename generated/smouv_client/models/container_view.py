from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContainerView")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {"reference", "type", "bookingNumber", "billOfLading", "elementaryOrderId", "events"}
)


@_attrs_define
class ContainerView:
    """A container as returned (lenient).

    Attributes:
        reference (None | str | Unset): Container number.
        type_ (None | str | Unset): Size type.
        booking_number (None | str | Unset): Booking reference.
        bill_of_lading (None | str | Unset): Bill of lading.
        elementary_order_id (None | str | Unset): Id of the elementary order of this container (in no source; the
            sandbox does not send it).
        events (list[ContainerViewEventsType0Item] | None | Unset): Events of the container.
    """

    reference: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    booking_number: None | str | Unset = UNSET
    bill_of_lading: None | str | Unset = UNSET
    elementary_order_id: None | str | Unset = UNSET
    events: list[ContainerViewEventsType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        booking_number: None | str | Unset
        if isinstance(self.booking_number, Unset):
            booking_number = UNSET
        else:
            booking_number = self.booking_number

        bill_of_lading: None | str | Unset
        if isinstance(self.bill_of_lading, Unset):
            bill_of_lading = UNSET
        else:
            bill_of_lading = self.bill_of_lading

        elementary_order_id: None | str | Unset
        if isinstance(self.elementary_order_id, Unset):
            elementary_order_id = UNSET
        else:
            elementary_order_id = self.elementary_order_id

        events: list[dict[str, Any]] | None | Unset
        if isinstance(self.events, Unset):
            events = UNSET
        elif isinstance(self.events, list):
            events = []
            for events_type_0_item_data in self.events:
                events_type_0_item = events_type_0_item_data.to_dict()
                events.append(events_type_0_item)

        else:
            events = self.events

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reference is not UNSET:
            field_dict["reference"] = reference
        if type_ is not UNSET:
            field_dict["type"] = type_
        if booking_number is not UNSET:
            field_dict["bookingNumber"] = booking_number
        if bill_of_lading is not UNSET:
            field_dict["billOfLading"] = bill_of_lading
        if elementary_order_id is not UNSET:
            field_dict["elementaryOrderId"] = elementary_order_id
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        reference = src_dict.get("reference", UNSET)

        type_ = src_dict.get("type", UNSET)

        booking_number = src_dict.get("bookingNumber", UNSET)

        bill_of_lading = src_dict.get("billOfLading", UNSET)

        elementary_order_id = src_dict.get("elementaryOrderId", UNSET)

        events = src_dict.get("events", UNSET)
        if isinstance(events, list):
            try:
                events = [ContainerViewEventsType0Item.from_dict(item) for item in events]
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        container_view = cls(
            reference,
            type_,
            booking_number,
            bill_of_lading,
            elementary_order_id,
            events,
        )

        if not _FIELDS.issuperset(src_dict):
            container_view.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return container_view

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

    from ..models.container_view_events_type_0_item import ContainerViewEventsType0ItemDict

from typing import TypedDict as _TypedDict  # noqa: E402


class ContainerViewDict(_TypedDict, total=False):
    """`ContainerView` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    reference: str | None
    type: str | None
    bookingNumber: str | None
    billOfLading: str | None
    elementaryOrderId: str | None
    events: _Sequence[ContainerViewEventsType0ItemDict] | None


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.container_view_events_type_0_item import ContainerViewEventsType0Item
