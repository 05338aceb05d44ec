from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderFreightType0SpotsType0ItemPlaceType0")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"address", "timezone"})


@_attrs_define
class OrderFreightType0SpotsType0ItemPlaceType0:
    """The place.

    Attributes:
        address (None | OrderFreightType0SpotsType0ItemPlaceType0AddressType0 | Unset): The address.
        timezone (None | str | Unset): Timezone.
    """

    address: None | OrderFreightType0SpotsType0ItemPlaceType0AddressType0 | Unset = UNSET
    timezone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, OrderFreightType0SpotsType0ItemPlaceType0AddressType0):
            address = self.address.to_dict()
        else:
            address = self.address

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        address = src_dict.get("address", UNSET)
        if isinstance(address, dict):
            try:
                address_type_0 = OrderFreightType0SpotsType0ItemPlaceType0AddressType0.from_dict(address)
                address = address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        timezone = src_dict.get("timezone", UNSET)

        order_freight_type_0_spots_type_0_item_place_type_0 = cls(
            address,
            timezone,
        )

        if not _FIELDS.issuperset(src_dict):
            order_freight_type_0_spots_type_0_item_place_type_0.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return order_freight_type_0_spots_type_0_item_place_type_0

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
    from ..models.order_freight_type_0_spots_type_0_item_place_type_0_address_type_0 import (
        OrderFreightType0SpotsType0ItemPlaceType0AddressType0Dict,
    )

from typing import TypedDict as _TypedDict  # noqa: E402


class OrderFreightType0SpotsType0ItemPlaceType0Dict(_TypedDict, total=False):
    """`OrderFreightType0SpotsType0ItemPlaceType0` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    address: OrderFreightType0SpotsType0ItemPlaceType0AddressType0Dict | None
    timezone: str | None


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.order_freight_type_0_spots_type_0_item_place_type_0_address_type_0 import (
    OrderFreightType0SpotsType0ItemPlaceType0AddressType0,
)
