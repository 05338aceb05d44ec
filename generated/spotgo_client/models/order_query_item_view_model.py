from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.carrier_order_status import CarrierOrderStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderQueryItemViewModel")


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
        d = dict(src_dict)
        order_id = UUID(d.pop("orderId"))

        def _parse_order_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        order_number = _parse_order_number(d.pop("orderNumber", UNSET))

        def _parse_status(data: object) -> CarrierOrderStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = CarrierOrderStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("CarrierOrderStatus | str | Unset", data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | None | Unset", data)

        created_at = _parse_created_at(d.pop("createdAt", UNSET))

        _carrier = d.pop("carrier", UNSET)
        carrier: CarrierViewModel | Unset
        if isinstance(_carrier, Unset):
            carrier = UNSET
        else:
            carrier = CarrierViewModel.from_dict(_carrier)

        def _parse_locations(data: object) -> list[OrderLocationViewModel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                locations_type_0 = []
                _locations_type_0 = data
                for locations_type_0_item_data in _locations_type_0:
                    locations_type_0_item = OrderLocationViewModel.from_dict(locations_type_0_item_data)

                    locations_type_0.append(locations_type_0_item)

                return locations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[OrderLocationViewModel] | None | Unset", data)

        locations = _parse_locations(d.pop("locations", UNSET))

        def _parse_documents(data: object) -> list[OrderDocumentViewModel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                documents_type_0 = []
                _documents_type_0 = data
                for documents_type_0_item_data in _documents_type_0:
                    documents_type_0_item = OrderDocumentViewModel.from_dict(documents_type_0_item_data)

                    documents_type_0.append(documents_type_0_item)

                return documents_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[OrderDocumentViewModel] | None | Unset", data)

        documents = _parse_documents(d.pop("documents", UNSET))

        order_query_item_view_model = cls(
            order_id=order_id,
            order_number=order_number,
            status=status,
            created_at=created_at,
            carrier=carrier,
            locations=locations,
            documents=documents,
        )

        order_query_item_view_model.additional_properties = d
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


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.carrier_view_model import CarrierViewModel
from ..models.order_document_view_model import OrderDocumentViewModel
from ..models.order_location_view_model import OrderLocationViewModel
