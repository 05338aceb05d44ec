from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_rejection_reason import DocumentRejectionReason
from ..models.order_document_status import OrderDocumentStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentStatusChangeSubmitModel")


@_attrs_define
class DocumentStatusChangeSubmitModel:
    """The status a document should move to.

    Attributes:
        status (OrderDocumentStatus): Document status: `Processing` (just uploaded, being processed), `InReview`
            (waiting for a
            decision), `Accepted`, `Rejected`.
        rejection_reason (DocumentRejectionReason | Unset): Why a document is rejected. Required when rejecting.
        comment (None | str | Unset): Free-text reasoning shown to the carrier.
    """

    status: OrderDocumentStatus
    rejection_reason: DocumentRejectionReason | Unset = UNSET
    comment: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        rejection_reason: str | Unset = UNSET
        if not isinstance(self.rejection_reason, Unset):
            rejection_reason = self.rejection_reason.value

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if rejection_reason is not UNSET:
            field_dict["rejectionReason"] = rejection_reason
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = OrderDocumentStatus(d.pop("status"))

        _rejection_reason = d.pop("rejectionReason", UNSET)
        rejection_reason: DocumentRejectionReason | Unset
        if isinstance(_rejection_reason, Unset):
            rejection_reason = UNSET
        else:
            rejection_reason = DocumentRejectionReason(_rejection_reason)

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        comment = _parse_comment(d.pop("comment", UNSET))

        document_status_change_submit_model = cls(
            status=status,
            rejection_reason=rejection_reason,
            comment=comment,
        )

        document_status_change_submit_model.additional_properties = d
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
