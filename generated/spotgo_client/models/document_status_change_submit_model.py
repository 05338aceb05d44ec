from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_rejection_reason import DocumentRejectionReason
from ..models.order_document_status import OrderDocumentStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentStatusChangeSubmitModel")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"status", "rejectionReason", "comment"})
# Open enums: value -> member, so an unknown value is a dict miss, not a caught ValueError.
_DocumentRejectionReason_BY_VALUE = {member.value: member for member in DocumentRejectionReason}


@_attrs_define
class DocumentStatusChangeSubmitModel:
    """The status a document should move to.

    Attributes:
        status (OrderDocumentStatus | Unset): Document status: `Processing` (000's document example; read as "being
            processed"),
            `InReview` (waiting for a decision), `Accepted`, `Rejected` (001).
        rejection_reason (DocumentRejectionReason | str | Unset): Why the document is rejected (optional, 001). Open;
            the listed values are guesses.
        comment (None | str | Unset): Free-text reasoning shown to the carrier.
    """

    status: OrderDocumentStatus | Unset = UNSET
    rejection_reason: DocumentRejectionReason | str | Unset = UNSET
    comment: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        rejection_reason: str | Unset
        if isinstance(self.rejection_reason, Unset):
            rejection_reason = UNSET
        elif isinstance(self.rejection_reason, DocumentRejectionReason):
            rejection_reason = self.rejection_reason.value
        else:
            rejection_reason = self.rejection_reason

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if rejection_reason is not UNSET:
            field_dict["rejectionReason"] = rejection_reason
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _status = src_dict.get("status", UNSET)
        status: OrderDocumentStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = OrderDocumentStatus(_status)

        rejection_reason = src_dict.get("rejectionReason", UNSET)
        if isinstance(rejection_reason, str) and rejection_reason in _DocumentRejectionReason_BY_VALUE:
            rejection_reason = _DocumentRejectionReason_BY_VALUE[rejection_reason]

        comment = src_dict.get("comment", UNSET)

        document_status_change_submit_model = cls(
            status,
            rejection_reason,
            comment,
        )

        if not _FIELDS.issuperset(src_dict):
            document_status_change_submit_model.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return document_status_change_submit_model

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

    from ..models.document_rejection_reason import DocumentRejectionReason as _DocumentRejectionReason
    from ..models.order_document_status import OrderDocumentStatus as _OrderDocumentStatus

from typing import TypedDict as _TypedDict  # noqa: E402


class DocumentStatusChangeSubmitModelDict(_TypedDict, total=False):
    """`DocumentStatusChangeSubmitModel` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    status: _OrderDocumentStatus | _Literal["Processing", "InReview", "Accepted", "Rejected"]
    rejectionReason: (
        _DocumentRejectionReason | _Literal["Unreadable", "WrongDocument", "Incomplete", "WrongOrder", "Other"] | str
    )
    comment: str | None
