from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Container")


@_attrs_define
class Container:
    """Entity model to be sent in customer order when creating a new order.

    Attributes:
        events (list[Event] | None): List of events: exactly 4 events for an import or export order and 2 for a transfer
            order. Mandatory events: export `EmptyReleaseExport` (empty container made available),
            `PositioningExport` (empty container positioned), `LadingExport` (full container export
            handled), `DeliveryExport` (full export container delivered); import `LadingImport` (full
            container import handled), `DeliveryImport` (full container import delivered),
            `EmptyReleaseImport` (empty container recovered), `EmptyReturnImport` (empty container
            returned); transfer `LadingTransfer` (full container handled), `DeliveryTransfer` (full
            container delivered).
        reference (None | str | Unset): Container number. Mandatory for import and transfer flow; any container number
            must follow ISO 6346:1995 (check digit included).
        type_ (None | str | Unset): Size type, an ISO 6346 size/type code such as 45G1 (the API Referential's container
            types, anchors-3 §3.4). Mandatory for export flow; nothing checks it against a list.
        gross_weight (float | None | Unset): Gross weight of container (unit in KGM).
        tare (float | None | Unset): Weight of empty container (unit in KGM).
        seal_numbers (list[str] | None | Unset): List of seal numbers of container.
        indicator (Indicator | Unset): Indicators information.
        customs_information (None | str | Unset): Customs information.
        comment (None | str | Unset): Comment about the container.
        reefer (Reefer | Unset): Refrigeration information.
        oog (Oog | Unset): Out of gauge information.
        goods (list[Goods] | None | Unset): List of goods inside container.
        bill_of_lading (None | str | Unset): Bill of lading. Available for import and transfer flow.
        booking_number (None | str | Unset): Booking reference. Mandatory for export flow; available for export and
            transfer flow.
    """

    events: list[Event] | None
    reference: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    gross_weight: float | None | Unset = UNSET
    tare: float | None | Unset = UNSET
    seal_numbers: list[str] | None | Unset = UNSET
    indicator: Indicator | Unset = UNSET
    customs_information: None | str | Unset = UNSET
    comment: None | str | Unset = UNSET
    reefer: Reefer | Unset = UNSET
    oog: Oog | Unset = UNSET
    goods: list[Goods] | None | Unset = UNSET
    bill_of_lading: None | str | Unset = UNSET
    booking_number: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        events: list[dict[str, Any]] | None
        if isinstance(self.events, list):
            events = []
            for events_type_0_item_data in self.events:
                events_type_0_item = events_type_0_item_data.to_dict()
                events.append(events_type_0_item)

        else:
            events = self.events

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

        gross_weight: float | None | Unset
        if isinstance(self.gross_weight, Unset):
            gross_weight = UNSET
        else:
            gross_weight = self.gross_weight

        tare: float | None | Unset
        if isinstance(self.tare, Unset):
            tare = UNSET
        else:
            tare = self.tare

        seal_numbers: list[str] | None | Unset
        if isinstance(self.seal_numbers, Unset):
            seal_numbers = UNSET
        elif isinstance(self.seal_numbers, list):
            seal_numbers = self.seal_numbers

        else:
            seal_numbers = self.seal_numbers

        indicator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.indicator, Unset):
            indicator = self.indicator.to_dict()

        customs_information: None | str | Unset
        if isinstance(self.customs_information, Unset):
            customs_information = UNSET
        else:
            customs_information = self.customs_information

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        reefer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reefer, Unset):
            reefer = self.reefer.to_dict()

        oog: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oog, Unset):
            oog = self.oog.to_dict()

        goods: list[dict[str, Any]] | None | Unset
        if isinstance(self.goods, Unset):
            goods = UNSET
        elif isinstance(self.goods, list):
            goods = []
            for goods_type_0_item_data in self.goods:
                goods_type_0_item = goods_type_0_item_data.to_dict()
                goods.append(goods_type_0_item)

        else:
            goods = self.goods

        bill_of_lading: None | str | Unset
        if isinstance(self.bill_of_lading, Unset):
            bill_of_lading = UNSET
        else:
            bill_of_lading = self.bill_of_lading

        booking_number: None | str | Unset
        if isinstance(self.booking_number, Unset):
            booking_number = UNSET
        else:
            booking_number = self.booking_number

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "events": events,
            }
        )
        if reference is not UNSET:
            field_dict["reference"] = reference
        if type_ is not UNSET:
            field_dict["type"] = type_
        if gross_weight is not UNSET:
            field_dict["grossWeight"] = gross_weight
        if tare is not UNSET:
            field_dict["tare"] = tare
        if seal_numbers is not UNSET:
            field_dict["sealNumbers"] = seal_numbers
        if indicator is not UNSET:
            field_dict["indicator"] = indicator
        if customs_information is not UNSET:
            field_dict["customsInformation"] = customs_information
        if comment is not UNSET:
            field_dict["comment"] = comment
        if reefer is not UNSET:
            field_dict["reefer"] = reefer
        if oog is not UNSET:
            field_dict["oog"] = oog
        if goods is not UNSET:
            field_dict["goods"] = goods
        if bill_of_lading is not UNSET:
            field_dict["billOfLading"] = bill_of_lading
        if booking_number is not UNSET:
            field_dict["bookingNumber"] = booking_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        events = src_dict["events"]
        if isinstance(events, list):
            try:
                events = [Event.from_dict(item) for item in events]
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        reference = src_dict.get("reference", UNSET)

        type_ = src_dict.get("type", UNSET)

        gross_weight = src_dict.get("grossWeight", UNSET)

        tare = src_dict.get("tare", UNSET)

        seal_numbers = src_dict.get("sealNumbers", UNSET)
        if isinstance(seal_numbers, list):
            try:
                seal_numbers_type_0 = cast(list[str], seal_numbers)
                seal_numbers = seal_numbers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _indicator = src_dict.get("indicator", UNSET)
        indicator: Indicator | Unset
        if isinstance(_indicator, Unset):
            indicator = UNSET
        else:
            indicator = Indicator.from_dict(_indicator)

        customs_information = src_dict.get("customsInformation", UNSET)

        comment = src_dict.get("comment", UNSET)

        _reefer = src_dict.get("reefer", UNSET)
        reefer: Reefer | Unset
        if isinstance(_reefer, Unset):
            reefer = UNSET
        else:
            reefer = Reefer.from_dict(_reefer)

        _oog = src_dict.get("oog", UNSET)
        oog: Oog | Unset
        if isinstance(_oog, Unset):
            oog = UNSET
        else:
            oog = Oog.from_dict(_oog)

        goods = src_dict.get("goods", UNSET)
        if isinstance(goods, list):
            try:
                goods = [Goods.from_dict(item) for item in goods]
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        bill_of_lading = src_dict.get("billOfLading", UNSET)

        booking_number = src_dict.get("bookingNumber", UNSET)

        container = cls(
            events,
            reference,
            type_,
            gross_weight,
            tare,
            seal_numbers,
            indicator,
            customs_information,
            comment,
            reefer,
            oog,
            goods,
            bill_of_lading,
            booking_number,
        )

        return container


if TYPE_CHECKING:
    from collections.abc import Sequence as _Sequence
    from decimal import Decimal as _Decimal
    from typing import Required as _Required

    from ..models.event import EventDict
    from ..models.goods import GoodsDict
    from ..models.indicator import IndicatorDict
    from ..models.oog import OogDict
    from ..models.reefer import ReeferDict

from typing import TypedDict as _TypedDict  # noqa: E402


class ContainerDict(_TypedDict, total=False):
    """`Container` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    events: _Required[_Sequence[EventDict] | None]
    reference: str | None
    type: str | None
    grossWeight: float | _Decimal | None
    tare: float | _Decimal | None
    sealNumbers: _Sequence[str] | None
    indicator: IndicatorDict
    customsInformation: str | None
    comment: str | None
    reefer: ReeferDict
    oog: OogDict
    goods: _Sequence[GoodsDict] | None
    billOfLading: str | None
    bookingNumber: str | None


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.event import Event
from ..models.goods import Goods
from ..models.indicator import Indicator
from ..models.oog import Oog
from ..models.reefer import Reefer
