from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_rejection_reason import DocumentRejectionReason
from ..models.order_document_status import OrderDocumentStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderDocumentViewModel")


@_attrs_define
class OrderDocumentViewModel:
    """A document attached to an order.

    Attributes:
        document_id (UUID): Document id (GUID).
        name (None | str | Unset): File name.
        document_type (None | str | Unset): Document type label (CMR
        comment (None | str | Unset): Comment
        status (OrderDocumentStatus | str | Unset): Document status.
        rejection_reason (DocumentRejectionReason | None | str | Unset): Why the document was rejected, when it was.
    """

    document_id: UUID
    name: None | str | Unset = UNSET
    document_type: None | str | Unset = UNSET
    comment: None | str | Unset = UNSET
    status: OrderDocumentStatus | str | Unset = UNSET
    rejection_reason: DocumentRejectionReason | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_id = str(self.document_id)

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        document_type: None | str | Unset
        if isinstance(self.document_type, Unset):
            document_type = UNSET
        else:
            document_type = self.document_type

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, OrderDocumentStatus):
            status = self.status.value
        else:
            status = self.status

        rejection_reason: None | str | Unset
        if isinstance(self.rejection_reason, Unset):
            rejection_reason = UNSET
        elif isinstance(self.rejection_reason, DocumentRejectionReason):
            rejection_reason = self.rejection_reason.value
        else:
            rejection_reason = self.rejection_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "documentId": document_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if document_type is not UNSET:
            field_dict["documentType"] = document_type
        if comment is not UNSET:
            field_dict["comment"] = comment
        if status is not UNSET:
            field_dict["status"] = status
        if rejection_reason is not UNSET:
            field_dict["rejectionReason"] = rejection_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        document_id = UUID(d.pop("documentId"))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_document_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        document_type = _parse_document_type(d.pop("documentType", UNSET))

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        comment = _parse_comment(d.pop("comment", UNSET))

        def _parse_status(data: object) -> OrderDocumentStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = OrderDocumentStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("OrderDocumentStatus | str | Unset", data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_rejection_reason(data: object) -> DocumentRejectionReason | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rejection_reason_type_0 = DocumentRejectionReason(data)

                return rejection_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("DocumentRejectionReason | None | str | Unset", data)

        rejection_reason = _parse_rejection_reason(d.pop("rejectionReason", UNSET))

        order_document_view_model = cls(
            document_id=document_id,
            name=name,
            document_type=document_type,
            comment=comment,
            status=status,
            rejection_reason=rejection_reason,
        )

        order_document_view_model.additional_properties = d
        return order_document_view_model

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
