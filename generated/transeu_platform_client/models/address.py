from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Address")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {"locality", "postal_code", "country", "street", "number", "description", "tracking"}
)


@_attrs_define
class Address:
    """An address.

    Attributes:
        locality (str): City.
        postal_code (str): Postal code.
        country (str): Country code (ISO 3166-1 alpha-2 in the examples, e.g. PL).
        street (None | str | Unset): Street.
        number (None | str | Unset): Building number.
        description (None | str | Unset): Address description.
        tracking (AddressTrackingType0 | None | Unset): Tracking settings.
    """

    locality: str
    postal_code: str
    country: str
    street: None | str | Unset = UNSET
    number: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    tracking: AddressTrackingType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        locality = self.locality

        postal_code = self.postal_code

        country = self.country

        street: None | str | Unset
        if isinstance(self.street, Unset):
            street = UNSET
        else:
            street = self.street

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        tracking: dict[str, Any] | None | Unset
        if isinstance(self.tracking, Unset):
            tracking = UNSET
        elif isinstance(self.tracking, AddressTrackingType0):
            tracking = self.tracking.to_dict()
        else:
            tracking = self.tracking

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "locality": locality,
                "postal_code": postal_code,
                "country": country,
            }
        )
        if street is not UNSET:
            field_dict["street"] = street
        if number is not UNSET:
            field_dict["number"] = number
        if description is not UNSET:
            field_dict["description"] = description
        if tracking is not UNSET:
            field_dict["tracking"] = tracking

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        locality = src_dict["locality"]

        postal_code = src_dict["postal_code"]

        country = src_dict["country"]

        street = src_dict.get("street", UNSET)

        number = src_dict.get("number", UNSET)

        description = src_dict.get("description", UNSET)

        tracking = src_dict.get("tracking", UNSET)
        if isinstance(tracking, dict):
            try:
                tracking_type_0 = AddressTrackingType0.from_dict(tracking)
                tracking = tracking_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        address = cls(
            locality,
            postal_code,
            country,
            street,
            number,
            description,
            tracking,
        )

        if not _FIELDS.issuperset(src_dict):
            address.additional_properties = {name: value for name, value in src_dict.items() if name not in _FIELDS}
        return address

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
    from ..models.address_tracking_type_0 import AddressTrackingType0Dict

from typing import TypedDict as _TypedDict  # noqa: E402


class AddressDict(_TypedDict, total=False):
    """`Address` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    locality: str
    postal_code: str
    country: str
    street: str | None
    number: str | None
    description: str | None
    tracking: AddressTrackingType0Dict | None


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.address_tracking_type_0 import AddressTrackingType0
