from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import File

T = TypeVar("T", bound="OrderDocumentUploadForm")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"file", "documentType"})


@_attrs_define
class OrderDocumentUploadForm:
    """Multipart form of a document upload.

    Attributes:
        file (File): The file.
        document_type (str): Document type label, for example `cmr`, `invoice`, `packingList`, `orderPdf`,
            `selfBillingInvoice`.
    """

    file: File
    document_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        document_type = self.document_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
                "documentType": document_type,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        files.append(("documentType", (None, str(self.document_type).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        file = File(payload=BytesIO(src_dict["file"]))

        document_type = src_dict["documentType"]

        order_document_upload_form = cls(
            file,
            document_type,
        )

        if not _FIELDS.issuperset(src_dict):
            order_document_upload_form.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return order_document_upload_form

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
    from typing import Required as _Required

from typing import TypedDict as _TypedDict  # noqa: E402


class OrderDocumentUploadFormDict(_TypedDict, total=False):
    """`OrderDocumentUploadForm` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    file: _Required[Any]
    documentType: _Required[str]
