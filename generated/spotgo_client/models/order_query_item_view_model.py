from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.carrier_order_status import CarrierOrderStatus
from ..types import UNSET, Unset, parse_uuid

T = TypeVar("T", bound="OrderQueryItemViewModel")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {"orderId", "orderNumber", "status", "createdAt", "carrier", "locations", "documents"}
)
# Open enums: value -> member, so an unknown value is a dict miss, not a caught ValueError.
_CarrierOrderStatus_BY_VALUE = {member.value: member for member in CarrierOrderStatus}


@_attrs_define
class OrderQueryItemViewModel:
    """One row of a query, with the same documents summary as GET.

    Attributes:
        order_id (UUID): Order id.
        order_number (None | str | Unset): Order number.
        status (CarrierOrderStatus | str | Unset): Order status.
        created_at (datetime.datetime | None | Unset): When the order was created.
        carrier (CarrierViewModel | Unset): The carrier as returned.
        locations (list[OrderLocationViewModel] | None | Unset): Route locations.
        documents (list[OrderDocumentViewModel] | None | Unset): Documents summary.
    """

    order_id: UUID
    order_number: None | str | Unset = UNSET
    status: CarrierOrderStatus | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    carrier: CarrierViewModel | Unset = UNSET
    locations: list[OrderLocationViewModel] | None | Unset = UNSET
    documents: list[OrderDocumentViewModel] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = str(self.order_id)

        order_number: None | str | Unset
        if isinstance(self.order_number, Unset):
            order_number = UNSET
        else:
            order_number = self.order_number

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, CarrierOrderStatus):
            status = self.status.value
        else:
            status = self.status

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        carrier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.carrier, Unset):
            carrier = self.carrier.to_dict()

        locations: list[dict[str, Any]] | None | Unset
        if isinstance(self.locations, Unset):
            locations = UNSET
        elif isinstance(self.locations, list):
            locations = []
            for locations_type_0_item_data in self.locations:
                locations_type_0_item = locations_type_0_item_data.to_dict()
                locations.append(locations_type_0_item)

        else:
            locations = self.locations

        documents: list[dict[str, Any]] | None | Unset
        if isinstance(self.documents, Unset):
            documents = UNSET
        elif isinstance(self.documents, list):
            documents = []
            for documents_type_0_item_data in self.documents:
                documents_type_0_item = documents_type_0_item_data.to_dict()
                documents.append(documents_type_0_item)

        else:
            documents = self.documents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
            }
        )
        if order_number is not UNSET:
            field_dict["orderNumber"] = order_number
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if locations is not UNSET:
            field_dict["locations"] = locations
        if documents is not UNSET:
            field_dict["documents"] = documents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        order_id = parse_uuid(src_dict["orderId"])

        order_number = src_dict.get("orderNumber", UNSET)

        status = src_dict.get("status", UNSET)
        if isinstance(status, str) and status in _CarrierOrderStatus_BY_VALUE:
            status = _CarrierOrderStatus_BY_VALUE[status]

        created_at = src_dict.get("createdAt", UNSET)
        if isinstance(created_at, str):
            try:
                created_at_type_0 = datetime.datetime.fromisoformat(created_at)
                created_at = created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _carrier = src_dict.get("carrier", UNSET)
        carrier: CarrierViewModel | Unset
        if isinstance(_carrier, Unset):
            carrier = UNSET
        else:
            carrier = CarrierViewModel.from_dict(_carrier)

        locations = src_dict.get("locations", UNSET)
        if isinstance(locations, list):
            try:
                locations = [OrderLocationViewModel.from_dict(item) for item in locations]
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        documents = src_dict.get("documents", UNSET)
        if isinstance(documents, list):
            try:
                documents = [OrderDocumentViewModel.from_dict(item) for item in documents]
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        order_query_item_view_model = cls(
            order_id,
            order_number,
            status,
            created_at,
            carrier,
            locations,
            documents,
        )

        if not _FIELDS.issuperset(src_dict):
            order_query_item_view_model.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return order_query_item_view_model

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
    from collections.abc import Sequence as _Sequence
    from typing import Literal as _Literal
    from uuid import UUID as _UUID

    from ..models.carrier_order_status import CarrierOrderStatus as _CarrierOrderStatus
    from ..models.carrier_view_model import CarrierViewModelDict
    from ..models.order_document_view_model import OrderDocumentViewModelDict
    from ..models.order_location_view_model import OrderLocationViewModelDict

from typing import TypedDict as _TypedDict  # noqa: E402


class OrderQueryItemViewModelDict(_TypedDict, total=False):
    """`OrderQueryItemViewModel` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    orderId: _UUID | str
    orderNumber: str | None
    status: _CarrierOrderStatus | _Literal["Created", "InReview", "Accepted", "Rejected", "Completed"] | str
    createdAt: _datetime.datetime | str | None
    carrier: CarrierViewModelDict
    locations: _Sequence[OrderLocationViewModelDict] | None
    documents: _Sequence[OrderDocumentViewModelDict] | None


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.carrier_view_model import CarrierViewModel
from ..models.order_document_view_model import OrderDocumentViewModel
from ..models.order_location_view_model import OrderLocationViewModel
