from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.event_type import EventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Event")


@_attrs_define
class Event:
    """Event payload when post or put a customer order.

    Attributes:
        type_ (EventType): Event type. The 10 mandatory types per flow are listed on `Container.events`; the others
            (Announced, CarrierIdentification, ...) relate to the interconnection between S'mouv and the
            PCS S)ONE.
        location (EventLocation): Information about the location where an event occurs.
        start_date (datetime.datetime | None | Unset): Date where the event starts. Mandatory for the delivery in
            import, positioning of the empty container in export, and delivery in transfer.
        end_date (datetime.datetime | None | Unset): Date where the event ends.
        creation_date (datetime.datetime | None | Unset): Date of event creation / completion date for OK event.
    """

    type_: EventType
    location: EventLocation
    start_date: datetime.datetime | None | Unset = UNSET
    end_date: datetime.datetime | None | Unset = UNSET
    creation_date: datetime.datetime | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        location = self.location.to_dict()

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        creation_date: None | str | Unset
        if isinstance(self.creation_date, Unset):
            creation_date = UNSET
        elif isinstance(self.creation_date, datetime.datetime):
            creation_date = self.creation_date.isoformat()
        else:
            creation_date = self.creation_date

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "location": location,
            }
        )
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        type_ = EventType(src_dict["type"])

        location = EventLocation.from_dict(src_dict["location"])

        start_date = src_dict.get("startDate", UNSET)
        if isinstance(start_date, str):
            try:
                start_date_type_0 = datetime.datetime.fromisoformat(start_date)
                start_date = start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        end_date = src_dict.get("endDate", UNSET)
        if isinstance(end_date, str):
            try:
                end_date_type_0 = datetime.datetime.fromisoformat(end_date)
                end_date = end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        creation_date = src_dict.get("creationDate", UNSET)
        if isinstance(creation_date, str):
            try:
                creation_date_type_0 = datetime.datetime.fromisoformat(creation_date)
                creation_date = creation_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        event = cls(
            type_,
            location,
            start_date,
            end_date,
            creation_date,
        )

        return event


if TYPE_CHECKING:
    import datetime as _datetime
    from typing import Literal as _Literal
    from typing import Required as _Required

    from ..models.event_location import EventLocationDict
    from ..models.event_type import EventType as _EventType

from typing import TypedDict as _TypedDict  # noqa: E402


class EventDict(_TypedDict, total=False):
    """`Event` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    type: _Required[
        _EventType
        | _Literal[
            "Announced",
            "CarrierIdentification",
            "LadingImport",
            "DeliveryImport",
            "EmptyReleaseImport",
            "EmptyReturnImport",
            "EmptyReleaseExport",
            "PositioningExport",
            "LadingExport",
            "DeliveryExport",
            "Association",
            "TokenCodeTrucker",
            "CancelCarrierIdentification",
            "UpdateAssociation",
            "AnnouncementCancelled",
            "LadingTransfer",
            "DeliveryTransfer",
        ]
    ]
    location: _Required[EventLocationDict]
    startDate: _datetime.datetime | str | None
    endDate: _datetime.datetime | str | None
    creationDate: _datetime.datetime | str | None


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.event_location import EventLocation
