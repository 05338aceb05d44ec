from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attachment_placement import AttachmentPlacement
from ..models.printer_type import PrinterType
from ..models.printing_type import PrintingType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Attachment")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {"printerType", "attachmentPlacement", "copyCount", "filename", "printingType", "fileKey", "mimeType"}
)


@_attrs_define
class Attachment:
    """A file to print with the order.

    Attributes:
        printer_type (PrinterType): Printer to use.
        attachment_placement (AttachmentPlacement): Where the printout goes.
        copy_count (int): Copies per shipment.
        filename (str | Unset): File name.
        printing_type (PrintingType | Unset): Print per order or per shipment.
        file_key (str | Unset): Key of the uploaded file.
        mime_type (str | Unset): Media type of the file.
    """

    printer_type: PrinterType
    attachment_placement: AttachmentPlacement
    copy_count: int
    filename: str | Unset = UNSET
    printing_type: PrintingType | Unset = UNSET
    file_key: str | Unset = UNSET
    mime_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        printer_type = self.printer_type.value

        attachment_placement = self.attachment_placement.value

        copy_count = self.copy_count

        filename = self.filename

        printing_type: str | Unset = UNSET
        if not isinstance(self.printing_type, Unset):
            printing_type = self.printing_type.value

        file_key = self.file_key

        mime_type = self.mime_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "printerType": printer_type,
                "attachmentPlacement": attachment_placement,
                "copyCount": copy_count,
            }
        )
        if filename is not UNSET:
            field_dict["filename"] = filename
        if printing_type is not UNSET:
            field_dict["printingType"] = printing_type
        if file_key is not UNSET:
            field_dict["fileKey"] = file_key
        if mime_type is not UNSET:
            field_dict["mimeType"] = mime_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        printer_type = PrinterType(src_dict["printerType"])

        attachment_placement = AttachmentPlacement(src_dict["attachmentPlacement"])

        copy_count = src_dict["copyCount"]

        filename = src_dict.get("filename", UNSET)

        _printing_type = src_dict.get("printingType", UNSET)
        printing_type: PrintingType | Unset
        if isinstance(_printing_type, Unset):
            printing_type = UNSET
        else:
            printing_type = PrintingType(_printing_type)

        file_key = src_dict.get("fileKey", UNSET)

        mime_type = src_dict.get("mimeType", UNSET)

        attachment = cls(
            printer_type,
            attachment_placement,
            copy_count,
            filename,
            printing_type,
            file_key,
            mime_type,
        )

        if not _FIELDS.issuperset(src_dict):
            attachment.additional_properties = {name: value for name, value in src_dict.items() if name not in _FIELDS}
        return attachment

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
    from typing import Required as _Required

    from ..models.attachment_placement import AttachmentPlacement as _AttachmentPlacement
    from ..models.printer_type import PrinterType as _PrinterType
    from ..models.printing_type import PrintingType as _PrintingType

from typing import TypedDict as _TypedDict  # noqa: E402


class AttachmentDict(_TypedDict, total=False):
    """`Attachment` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    printerType: _Required[
        _PrinterType
        | _Literal["LABEL_PRINTER", "DOCUMENT_PRINTER", "DOCUMENT_PRINTER_2_A6", "DOCUMENT_PRINTER_2_FOLIO"]
    ]
    attachmentPlacement: _Required[_AttachmentPlacement | _Literal["INSIDE_PACKAGE", "OUTSIDE_PACKAGE"]]
    copyCount: _Required[int]
    filename: str
    printingType: _PrintingType | _Literal["ORDER", "SHIPMENT"]
    fileKey: str
    mimeType: str
