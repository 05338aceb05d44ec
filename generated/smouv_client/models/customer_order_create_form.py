from __future__ import annotations

import json
from collections.abc import Mapping
from io import BytesIO
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="CustomerOrderCreateForm")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"order", "files"})


@_attrs_define
class CustomerOrderCreateForm:
    """Multipart body of a create.

    Attributes:
        order (CustomerOrderPost): Model to be sent to server when you want to create a new customer order.
        files (list[File] | Unset): Attached documents (IFormFile), one part per file.
    """

    order: CustomerOrderPost
    files: list[File] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order = self.order.to_dict()

        files: list[FileTypes] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_tuple()

                files.append(files_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order": order,
            }
        )
        if files is not UNSET:
            field_dict["files"] = files

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("order", (None, json.dumps(self.order.to_dict()).encode(), "application/json")))

        if not isinstance(self.files, Unset):
            for files_item_element in self.files:
                files.append(("files", files_item_element.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        order = CustomerOrderPost.from_dict(src_dict["order"])

        _files = src_dict.get("files", UNSET)
        files: list[File] | Unset = UNSET
        if _files is not UNSET:
            files = []
            for files_item_data in _files:
                files_item = File(payload=BytesIO(files_item_data))

                files.append(files_item)

        customer_order_create_form = cls(
            order,
            files,
        )

        if not _FIELDS.issuperset(src_dict):
            customer_order_create_form.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return customer_order_create_form

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
    from typing import Required as _Required

    from ..models.customer_order_post import CustomerOrderPostDict

from typing import TypedDict as _TypedDict  # noqa: E402


class CustomerOrderCreateFormDict(_TypedDict, total=False):
    """`CustomerOrderCreateForm` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    order: _Required[CustomerOrderPostDict]
    files: _Sequence[Any]


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.customer_order_post import CustomerOrderPost
