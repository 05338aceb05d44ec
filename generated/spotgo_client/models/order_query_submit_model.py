from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.carrier_order_status import CarrierOrderStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderQuerySubmitModel")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {"statuses", "carrier", "orderNumber", "loadingDate", "unloadingDate", "continuationToken", "pageSize"}
)
# Open enums: value -> member, so an unknown value is a dict miss, not a caught ValueError.
_CarrierOrderStatus_BY_VALUE = {member.value: member for member in CarrierOrderStatus}


@_attrs_define
class OrderQuerySubmitModel:
    """Filters and paging of an order query. All filters are optional and combine with AND.

    Attributes:
        statuses (list[CarrierOrderStatus | str] | None | Unset): Keep orders whose status is one of these. Open: 001
            also names "active" as a value to
            restrict to; the sandbox reads `Active` as every status but `Completed` (inferred).
        carrier (None | str | Unset): Carrier VAT code or name (case-insensitive exact match).
        order_number (None | str | Unset): Order number pattern; `*` matches any run of characters, otherwise a case-
            insensitive substring match.
        loading_date (QueryDateRange | Unset): An inclusive date range; either end may be omitted.
        unloading_date (QueryDateRange | Unset): An inclusive date range; either end may be omitted.
        continuation_token (None | str | Unset): Token of the previous page; omit for the first page.
        page_size (int | None | Unset): Rows per page (default 100).
    """

    statuses: list[CarrierOrderStatus | str] | None | Unset = UNSET
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
                statuses_type_0_item: str
                if isinstance(statuses_type_0_item_data, CarrierOrderStatus):
                    statuses_type_0_item = statuses_type_0_item_data.value
                else:
                    statuses_type_0_item = statuses_type_0_item_data
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
        statuses = src_dict.get("statuses", UNSET)
        if isinstance(statuses, list):
            try:
                statuses_type_0 = []
                _statuses_type_0 = statuses
                for statuses_type_0_item_data in _statuses_type_0:
                    statuses_type_0_item = statuses_type_0_item_data
                    if isinstance(statuses_type_0_item, str) and statuses_type_0_item in _CarrierOrderStatus_BY_VALUE:
                        statuses_type_0_item = _CarrierOrderStatus_BY_VALUE[statuses_type_0_item]

                    statuses_type_0.append(statuses_type_0_item)
                statuses = statuses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        carrier = src_dict.get("carrier", UNSET)

        order_number = src_dict.get("orderNumber", UNSET)

        _loading_date = src_dict.get("loadingDate", UNSET)
        loading_date: QueryDateRange | Unset
        if isinstance(_loading_date, Unset):
            loading_date = UNSET
        else:
            loading_date = QueryDateRange.from_dict(_loading_date)

        _unloading_date = src_dict.get("unloadingDate", UNSET)
        unloading_date: QueryDateRange | Unset
        if isinstance(_unloading_date, Unset):
            unloading_date = UNSET
        else:
            unloading_date = QueryDateRange.from_dict(_unloading_date)

        continuation_token = src_dict.get("continuationToken", UNSET)

        page_size = src_dict.get("pageSize", UNSET)

        order_query_submit_model = cls(
            statuses,
            carrier,
            order_number,
            loading_date,
            unloading_date,
            continuation_token,
            page_size,
        )

        if not _FIELDS.issuperset(src_dict):
            order_query_submit_model.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
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


if TYPE_CHECKING:
    from collections.abc import Sequence as _Sequence
    from typing import Literal as _Literal

    from ..models.carrier_order_status import CarrierOrderStatus as _CarrierOrderStatus
    from ..models.query_date_range import QueryDateRangeDict

from typing import TypedDict as _TypedDict  # noqa: E402


class OrderQuerySubmitModelDict(_TypedDict, total=False):
    """`OrderQuerySubmitModel` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    statuses: (
        _Sequence[_CarrierOrderStatus | _Literal["Created", "InReview", "Accepted", "Rejected", "Completed"] | str]
        | None
    )
    carrier: str | None
    orderNumber: str | None
    loadingDate: QueryDateRangeDict
    unloadingDate: QueryDateRangeDict
    continuationToken: str | None
    pageSize: int | None


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.query_date_range import QueryDateRange
