from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_location_type import OrderLocationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderLocationSubmitModel")


@_attrs_define
class OrderLocationSubmitModel:
    """A loading or unloading location with its time window.

    Attributes:
        sequence (int | None | Unset): Position of the stop in the route.
        type_ (OrderLocationType | Unset): Kind of stop.
        start_date (datetime.datetime | None | Unset): Start of the time window.
        end_date (datetime.datetime | None | Unset): End of the time window.
        name (None | str | Unset): Location name.
        country_code (None | str | Unset): Country code (two letters in the example).
        postal_code (None | str | Unset): Postal code.
        city (None | str | Unset): City.
        street (None | str | Unset): Street.
        position (PositionSubmitModel | Unset): Geographic position of a location.
    """

    sequence: int | None | Unset = UNSET
    type_: OrderLocationType | Unset = UNSET
    start_date: datetime.datetime | None | Unset = UNSET
    end_date: datetime.datetime | None | Unset = UNSET
    name: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    postal_code: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    street: None | str | Unset = UNSET
    position: PositionSubmitModel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sequence: int | None | Unset
        if isinstance(self.sequence, Unset):
            sequence = UNSET
        else:
            sequence = self.sequence

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

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
        d = dict(src_dict)

        def _parse_sequence(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        sequence = _parse_sequence(d.pop("sequence", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: OrderLocationType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = OrderLocationType(_type_)

        def _parse_start_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.datetime.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | None | Unset", data)

        start_date = _parse_start_date(d.pop("startDate", UNSET))

        def _parse_end_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.datetime.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | None | Unset", data)

        end_date = _parse_end_date(d.pop("endDate", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        country_code = _parse_country_code(d.pop("countryCode", UNSET))

        def _parse_postal_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        postal_code = _parse_postal_code(d.pop("postalCode", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        city = _parse_city(d.pop("city", UNSET))

        def _parse_street(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        street = _parse_street(d.pop("street", UNSET))

        _position = d.pop("position", UNSET)
        position: PositionSubmitModel | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = PositionSubmitModel.from_dict(_position)

        order_location_submit_model = cls(
            sequence=sequence,
            type_=type_,
            start_date=start_date,
            end_date=end_date,
            name=name,
            country_code=country_code,
            postal_code=postal_code,
            city=city,
            street=street,
            position=position,
        )

        order_location_submit_model.additional_properties = d
        return order_location_submit_model

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
from ..models.position_submit_model import PositionSubmitModel
