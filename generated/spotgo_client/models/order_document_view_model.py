from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_rejection_reason import DocumentRejectionReason
from ..models.order_document_status import OrderDocumentStatus
from ..types import UNSET, Unset, parse_uuid

T = TypeVar("T", bound="OrderDocumentViewModel")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"documentId", "name", "documentType", "comment", "status", "rejectionReason"})
# Open enums: value -> member, so an unknown value is a dict miss, not a caught ValueError.
_DocumentRejectionReason_BY_VALUE = {member.value: member for member in DocumentRejectionReason}
_OrderDocumentStatus_BY_VALUE = {member.value: member for member in OrderDocumentStatus}


@_attrs_define
class OrderDocumentViewModel:
    """A document attached to an order.

    Attributes:
        document_id (UUID): Document id (GUID).
        name (None | str | Unset): File name.
        document_type (None | str | Unset): Document type label (CMR, invoice, ...).
        comment (None | str | Unset): Comment, for example the reason of a rejection.
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
        document_id = parse_uuid(src_dict["documentId"])

        name = src_dict.get("name", UNSET)

        document_type = src_dict.get("documentType", UNSET)

        comment = src_dict.get("comment", UNSET)

        status = src_dict.get("status", UNSET)
        if isinstance(status, str) and status in _OrderDocumentStatus_BY_VALUE:
            status = _OrderDocumentStatus_BY_VALUE[status]

        rejection_reason = src_dict.get("rejectionReason", UNSET)
        if isinstance(rejection_reason, str) and rejection_reason in _DocumentRejectionReason_BY_VALUE:
            rejection_reason = _DocumentRejectionReason_BY_VALUE[rejection_reason]

        order_document_view_model = cls(
            document_id,
            name,
            document_type,
            comment,
            status,
            rejection_reason,
        )

        if not _FIELDS.issuperset(src_dict):
            order_document_view_model.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
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


if TYPE_CHECKING:
    from typing import Literal as _Literal
    from uuid import UUID as _UUID

    from ..models.document_rejection_reason import DocumentRejectionReason as _DocumentRejectionReason
    from ..models.order_document_status import OrderDocumentStatus as _OrderDocumentStatus

from typing import TypedDict as _TypedDict  # noqa: E402


class OrderDocumentViewModelDict(_TypedDict, total=False):
    """`OrderDocumentViewModel` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    documentId: _UUID | str
    name: str | None
    documentType: str | None
    comment: str | None
    status: _OrderDocumentStatus | _Literal["Processing", "InReview", "Accepted", "Rejected"] | str
    rejectionReason: (
        _DocumentRejectionReason
        | _Literal["Unreadable", "WrongDocument", "Incomplete", "WrongOrder", "Other"]
        | str
        | None
    )
