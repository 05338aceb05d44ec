from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalErrorItemViewModel")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"code", "field", "message"})


@_attrs_define
class ExternalErrorItemViewModel:
    """One business error.

    Attributes:
        code (None | str | Unset): Machine-readable error code.
        field (None | str | Unset): Field path the error is about.
        message (None | str | Unset): Human-readable message.
    """

    code: None | str | Unset = UNSET
    field: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        field: None | str | Unset
        if isinstance(self.field, Unset):
            field = UNSET
        else:
            field = self.field

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if field is not UNSET:
            field_dict["field"] = field
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        code = src_dict.get("code", UNSET)

        field = src_dict.get("field", UNSET)

        message = src_dict.get("message", UNSET)

        external_error_item_view_model = cls(
            code,
            field,
            message,
        )

        if not _FIELDS.issuperset(src_dict):
            external_error_item_view_model.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return external_error_item_view_model

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


from typing import TypedDict as _TypedDict  # noqa: E402


class ExternalErrorItemViewModelDict(_TypedDict, total=False):
    """`ExternalErrorItemViewModel` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    code: str | None
    field: str | None
    message: str | None
