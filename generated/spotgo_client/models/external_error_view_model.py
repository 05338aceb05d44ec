from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalErrorViewModel")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"code", "message", "errors"})


@_attrs_define
class ExternalErrorViewModel:
    """Business error of the Carrier API.

    Attributes:
        code (None | str | Unset): Machine-readable error code.
        message (None | str | Unset): Human-readable message.
        errors (list[ExternalErrorItemViewModel] | None | Unset): Individual errors.
    """

    code: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    errors: list[ExternalErrorItemViewModel] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        errors: list[dict[str, Any]] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, list):
            errors = []
            for errors_type_0_item_data in self.errors:
                errors_type_0_item = errors_type_0_item_data.to_dict()
                errors.append(errors_type_0_item)

        else:
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        code = src_dict.get("code", UNSET)

        message = src_dict.get("message", UNSET)

        errors = src_dict.get("errors", UNSET)
        if isinstance(errors, list):
            try:
                errors = [ExternalErrorItemViewModel.from_dict(item) for item in errors]
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        external_error_view_model = cls(
            code,
            message,
            errors,
        )

        if not _FIELDS.issuperset(src_dict):
            external_error_view_model.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return external_error_view_model

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

    from ..models.external_error_item_view_model import ExternalErrorItemViewModelDict

from typing import TypedDict as _TypedDict  # noqa: E402


class ExternalErrorViewModelDict(_TypedDict, total=False):
    """`ExternalErrorViewModel` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    code: str | None
    message: str | None
    errors: _Sequence[ExternalErrorItemViewModelDict] | None


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.external_error_item_view_model import ExternalErrorItemViewModel
