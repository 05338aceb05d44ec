from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_location_type import OrderLocationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderLocationViewModel")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {"sequence", "type", "startDate", "endDate", "name", "countryCode", "postalCode", "city", "street", "position"}
)
# Open enums: value -> member, so an unknown value is a dict miss, not a caught ValueError.
_OrderLocationType_BY_VALUE = {member.value: member for member in OrderLocationType}


@_attrs_define
class OrderLocationViewModel:
    """A route location as returned.

    Attributes:
        sequence (int | None | Unset): Position in the route.
        type_ (OrderLocationType | str | Unset): Kind of stop.
        start_date (datetime.datetime | None | Unset): Start of the time window.
        end_date (datetime.datetime | None | Unset): End of the time window.
        name (None | str | Unset): Location name.
        country_code (None | str | Unset): Country code.
        postal_code (None | str | Unset): Postal code.
        city (None | str | Unset): City.
        street (None | str | Unset): Street.
        position (PositionViewModel | Unset): Geographic position as returned.
    """

    sequence: int | None | Unset = UNSET
    type_: OrderLocationType | str | Unset = UNSET
    start_date: datetime.datetime | None | Unset = UNSET
    end_date: datetime.datetime | None | Unset = UNSET
    name: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    postal_code: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    street: None | str | Unset = UNSET
    position: PositionViewModel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sequence: int | None | Unset
        if isinstance(self.sequence, Unset):
            sequence = UNSET
        else:
            sequence = self.sequence

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, OrderLocationType):
            type_ = self.type_.value
        else:
            type_ = self.type_

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

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        postal_code: None | str | Unset
        if isinstance(self.postal_code, Unset):
            postal_code = UNSET
        else:
            postal_code = self.postal_code

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        street: None | str | Unset
        if isinstance(self.street, Unset):
            street = UNSET
        else:
            street = self.street

        position: dict[str, Any] | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sequence is not UNSET:
            field_dict["sequence"] = sequence
        if type_ is not UNSET:
            field_dict["type"] = type_
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if name is not UNSET:
            field_dict["name"] = name
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if city is not UNSET:
            field_dict["city"] = city
        if street is not UNSET:
            field_dict["street"] = street
        if position is not UNSET:
            field_dict["position"] = position

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        sequence = src_dict.get("sequence", UNSET)

        type_ = src_dict.get("type", UNSET)
        if isinstance(type_, str) and type_ in _OrderLocationType_BY_VALUE:
            type_ = _OrderLocationType_BY_VALUE[type_]

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

        name = src_dict.get("name", UNSET)

        country_code = src_dict.get("countryCode", UNSET)

        postal_code = src_dict.get("postalCode", UNSET)

        city = src_dict.get("city", UNSET)

        street = src_dict.get("street", UNSET)

        _position = src_dict.get("position", UNSET)
        position: PositionViewModel | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = PositionViewModel.from_dict(_position)

        order_location_view_model = cls(
            sequence,
            type_,
            start_date,
            end_date,
            name,
            country_code,
            postal_code,
            city,
            street,
            position,
        )

        if not _FIELDS.issuperset(src_dict):
            order_location_view_model.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return order_location_view_model

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
    import datetime as _datetime
    from typing import Literal as _Literal

    from ..models.order_location_type import OrderLocationType as _OrderLocationType
    from ..models.position_view_model import PositionViewModelDict

from typing import TypedDict as _TypedDict  # noqa: E402


class OrderLocationViewModelDict(_TypedDict, total=False):
    """`OrderLocationViewModel` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    sequence: int | None
    type: _OrderLocationType | _Literal["Loading", "Unloading"] | str
    startDate: _datetime.datetime | str | None
    endDate: _datetime.datetime | str | None
    name: str | None
    countryCode: str | None
    postalCode: str | None
    city: str | None
    street: str | None
    position: PositionViewModelDict


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.position_view_model import PositionViewModel
