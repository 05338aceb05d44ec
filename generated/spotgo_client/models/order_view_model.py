from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.carrier_order_status import CarrierOrderStatus
from ..types import UNSET, Unset, parse_uuid

T = TypeVar("T", bound="OrderViewModel")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "orderId",
        "status",
        "orderNumber",
        "createdAt",
        "carrier",
        "requiredDocumentTypes",
        "internalComments",
        "details",
        "locations",
        "documents",
        "share",
    }
)
# Open enums: value -> member, so an unknown value is a dict miss, not a caught ValueError.
_CarrierOrderStatus_BY_VALUE = {member.value: member for member in CarrierOrderStatus}


@_attrs_define
class OrderViewModel:
    """The full order as returned by create, GET and PUT.

    Attributes:
        order_id (UUID): Order id (GUID); persist it.
        status (CarrierOrderStatus | str | Unset): Order status.
        order_number (None | str | Unset): Order number.
        created_at (datetime.datetime | None | Unset): When the order was created.
        carrier (CarrierViewModel | Unset): The carrier as returned.
        required_document_types (list[str] | None | Unset): Document types the carrier must provide.
        internal_comments (None | str | Unset): Internal comments.
        details (OrderDetailsViewModel | Unset): Cargo details as returned.
        locations (list[OrderLocationViewModel] | None | Unset): Route locations.
        documents (list[OrderDocumentViewModel] | None | Unset): Documents attached to the order.
        share (OrderShareViewModel | Unset): The carrier-facing share link of the order.
    """

    order_id: UUID
    status: CarrierOrderStatus | str | Unset = UNSET
    order_number: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    carrier: CarrierViewModel | Unset = UNSET
    required_document_types: list[str] | None | Unset = UNSET
    internal_comments: None | str | Unset = UNSET
    details: OrderDetailsViewModel | Unset = UNSET
    locations: list[OrderLocationViewModel] | None | Unset = UNSET
    documents: list[OrderDocumentViewModel] | None | Unset = UNSET
    share: OrderShareViewModel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = str(self.order_id)

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, CarrierOrderStatus):
            status = self.status.value
        else:
            status = self.status

        order_number: None | str | Unset
        if isinstance(self.order_number, Unset):
            order_number = UNSET
        else:
            order_number = self.order_number

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

        required_document_types: list[str] | None | Unset
        if isinstance(self.required_document_types, Unset):
            required_document_types = UNSET
        elif isinstance(self.required_document_types, list):
            required_document_types = self.required_document_types

        else:
            required_document_types = self.required_document_types

        internal_comments: None | str | Unset
        if isinstance(self.internal_comments, Unset):
            internal_comments = UNSET
        else:
            internal_comments = self.internal_comments

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

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

        share: dict[str, Any] | Unset = UNSET
        if not isinstance(self.share, Unset):
            share = self.share.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if order_number is not UNSET:
            field_dict["orderNumber"] = order_number
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if required_document_types is not UNSET:
            field_dict["requiredDocumentTypes"] = required_document_types
        if internal_comments is not UNSET:
            field_dict["internalComments"] = internal_comments
        if details is not UNSET:
            field_dict["details"] = details
        if locations is not UNSET:
            field_dict["locations"] = locations
        if documents is not UNSET:
            field_dict["documents"] = documents
        if share is not UNSET:
            field_dict["share"] = share

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        order_id = parse_uuid(src_dict["orderId"])

        status = src_dict.get("status", UNSET)
        if isinstance(status, str) and status in _CarrierOrderStatus_BY_VALUE:
            status = _CarrierOrderStatus_BY_VALUE[status]

        order_number = src_dict.get("orderNumber", UNSET)

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

        required_document_types = src_dict.get("requiredDocumentTypes", UNSET)
        if isinstance(required_document_types, list):
            try:
                required_document_types_type_0 = cast(list[str], required_document_types)
                required_document_types = required_document_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        internal_comments = src_dict.get("internalComments", UNSET)

        _details = src_dict.get("details", UNSET)
        details: OrderDetailsViewModel | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = OrderDetailsViewModel.from_dict(_details)

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

        _share = src_dict.get("share", UNSET)
        share: OrderShareViewModel | Unset
        if isinstance(_share, Unset):
            share = UNSET
        else:
            share = OrderShareViewModel.from_dict(_share)

        order_view_model = cls(
            order_id,
            status,
            order_number,
            created_at,
            carrier,
            required_document_types,
            internal_comments,
            details,
            locations,
            documents,
            share,
        )

        if not _FIELDS.issuperset(src_dict):
            order_view_model.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return order_view_model

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
    from ..models.order_details_view_model import OrderDetailsViewModelDict
    from ..models.order_document_view_model import OrderDocumentViewModelDict
    from ..models.order_location_view_model import OrderLocationViewModelDict
    from ..models.order_share_view_model import OrderShareViewModelDict

from typing import TypedDict as _TypedDict  # noqa: E402


class OrderViewModelDict(_TypedDict, total=False):
    """`OrderViewModel` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    orderId: _UUID | str
    status: _CarrierOrderStatus | _Literal["Created", "InReview", "Accepted", "Rejected", "Completed"] | str
    orderNumber: str | None
    createdAt: _datetime.datetime | str | None
    carrier: CarrierViewModelDict
    requiredDocumentTypes: _Sequence[str] | None
    internalComments: str | None
    details: OrderDetailsViewModelDict
    locations: _Sequence[OrderLocationViewModelDict] | None
    documents: _Sequence[OrderDocumentViewModelDict] | None
    share: OrderShareViewModelDict


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.carrier_view_model import CarrierViewModel
from ..models.order_details_view_model import OrderDetailsViewModel
from ..models.order_document_view_model import OrderDocumentViewModel
from ..models.order_location_view_model import OrderLocationViewModel
from ..models.order_share_view_model import OrderShareViewModel
