from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventLocation")


@_attrs_define
class EventLocation:
    """Information about the location where an event occurs.

    Attributes:
        code (None | str | Unset): Location code (see the API Referential): a S)ONE code of up to 20 characters with a
            parent (terminal MTDF under FRLEH, anchors-3 §3.4), not a UN/LOCODE; nothing checks it against a list.
        name (None | str | Unset): Location name.
        location (Location | Unset): Location information.
        contact (Contact | Unset): Contact information.
        reference (None | str | Unset): Given reference during the event.
    """

    code: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    location: Location | Unset = UNSET
    contact: Contact | Unset = UNSET
    reference: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if name is not UNSET:
            field_dict["name"] = name
        if location is not UNSET:
            field_dict["location"] = location
        if contact is not UNSET:
            field_dict["contact"] = contact
        if reference is not UNSET:
            field_dict["reference"] = reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        code = src_dict.get("code", UNSET)

        name = src_dict.get("name", UNSET)

        _location = src_dict.get("location", UNSET)
        location: Location | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = Location.from_dict(_location)

        _contact = src_dict.get("contact", UNSET)
        contact: Contact | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = Contact.from_dict(_contact)

        reference = src_dict.get("reference", UNSET)

        event_location = cls(
            code,
            name,
            location,
            contact,
            reference,
        )

        return event_location


if TYPE_CHECKING:
    from ..models.contact import ContactDict
    from ..models.location import LocationDict

from typing import TypedDict as _TypedDict  # noqa: E402


class EventLocationDict(_TypedDict, total=False):
    """`EventLocation` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    code: str | None
    name: str | None
    location: LocationDict
    contact: ContactDict
    reference: str | None


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.contact import Contact
from ..models.location import Location
