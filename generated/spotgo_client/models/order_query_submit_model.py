from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.carrier_order_status import CarrierOrderStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderQuerySubmitModel")


@_attrs_define
class OrderQuerySubmitModel:
    """Filters and paging of an order query. All filters are optional and combine with AND.

    Attributes:
        statuses (list[CarrierOrderStatus] | None | Unset): Keep orders whose status is one of these.
        carrier (None | str | Unset): Carrier VAT code or name (case-insensitive exact match).
        order_number (None | str | Unset): Order number pattern; `*` matches any run of characters, otherwise a case-
            insensitive substring match.
        loading_date (QueryDateRange | Unset): An inclusive date range; either end may be omitted.
        unloading_date (QueryDateRange | Unset): An inclusive date range; either end may be omitted.
        continuation_token (None | str | Unset): Token of the previous page; omit for the first page.
        page_size (int | None | Unset): Rows per page (default 100).
    """

    statuses: list[CarrierOrderStatus] | None | Unset = UNSET
    carrier: None | str | Unset = UNSET
    order_number: None | str | Unset = UNSET
    loading_date: QueryDateRange | Unset = UNSET
    unloading_date: QueryDateRange | Unset = UNSET
    continuation_token: None | str | Unset = UNSET
    page_size: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        statuses: list[str] | None | Unset
        if isinstance(self.statuses, Unset):
            statuses = UNSET
        elif isinstance(self.statuses, list):
            statuses = []
            for statuses_type_0_item_data in self.statuses:
                statuses_type_0_item = statuses_type_0_item_data.value
                statuses.append(statuses_type_0_item)

        else:
            statuses = self.statuses

        carrier: None | str | Unset
        if isinstance(self.carrier, Unset):
            carrier = UNSET
        else:
            carrier = self.carrier

        order_number: None | str | Unset
        if isinstance(self.order_number, Unset):
            order_number = UNSET
        else:
            order_number = self.order_number

        loading_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loading_date, Unset):
            loading_date = self.loading_date.to_dict()

        unloading_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unloading_date, Unset):
            unloading_date = self.unloading_date.to_dict()

        continuation_token: None | str | Unset
        if isinstance(self.continuation_token, Unset):
            continuation_token = UNSET
        else:
            continuation_token = self.continuation_token

        page_size: int | None | Unset
        if isinstance(self.page_size, Unset):
            page_size = UNSET
        else:
            page_size = self.page_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if statuses is not UNSET:
            field_dict["statuses"] = statuses
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if order_number is not UNSET:
            field_dict["orderNumber"] = order_number
        if loading_date is not UNSET:
            field_dict["loadingDate"] = loading_date
        if unloading_date is not UNSET:
            field_dict["unloadingDate"] = unloading_date
        if continuation_token is not UNSET:
            field_dict["continuationToken"] = continuation_token
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_statuses(data: object) -> list[CarrierOrderStatus] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                statuses_type_0 = []
                _statuses_type_0 = data
                for statuses_type_0_item_data in _statuses_type_0:
                    statuses_type_0_item = CarrierOrderStatus(statuses_type_0_item_data)

                    statuses_type_0.append(statuses_type_0_item)

                return statuses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[CarrierOrderStatus] | None | Unset", data)

        statuses = _parse_statuses(d.pop("statuses", UNSET))

        def _parse_carrier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        carrier = _parse_carrier(d.pop("carrier", UNSET))

        def _parse_order_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        order_number = _parse_order_number(d.pop("orderNumber", UNSET))

        _loading_date = d.pop("loadingDate", UNSET)
        loading_date: QueryDateRange | Unset
        if isinstance(_loading_date, Unset):
            loading_date = UNSET
        else:
            loading_date = QueryDateRange.from_dict(_loading_date)

        _unloading_date = d.pop("unloadingDate", UNSET)
        unloading_date: QueryDateRange | Unset
        if isinstance(_unloading_date, Unset):
            unloading_date = UNSET
        else:
            unloading_date = QueryDateRange.from_dict(_unloading_date)

        def _parse_continuation_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        continuation_token = _parse_continuation_token(d.pop("continuationToken", UNSET))

        def _parse_page_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        page_size = _parse_page_size(d.pop("pageSize", UNSET))

        order_query_submit_model = cls(
            statuses=statuses,
            carrier=carrier,
            order_number=order_number,
            loading_date=loading_date,
            unloading_date=unloading_date,
            continuation_token=continuation_token,
            page_size=page_size,
        )

        order_query_submit_model.additional_properties = d
        return order_query_submit_model

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
from ..models.query_date_range import QueryDateRange
