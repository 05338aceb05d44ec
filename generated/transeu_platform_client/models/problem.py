from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Problem")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {"type", "title", "status", "detail", "validation_messages", "statusCode", "message", "error"}
)


@_attrs_define
class Problem:
    """An error body. The vendor documents none; third-party code reads `detail` and `title`
    (problem style), and a NestJS service answers `{statusCode, message, error}`: both parse.

        Attributes:
            type_ (None | str | Unset): Problem type URL.
            title (None | str | Unset): Short summary.
            status (int | None | Unset): HTTP status code.
            detail (None | str | Unset): Text specific to this occurrence.
            validation_messages (None | ProblemValidationMessagesType0 | Unset): Per field, the failed validators and their
                messages.
            status_code (int | None | Unset): HTTP status code (NestJS style).
            message (Any | Unset): Message or messages (NestJS style).
            error (None | str | Unset): Error name (NestJS style).
    """

    type_: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    status: int | None | Unset = UNSET
    detail: None | str | Unset = UNSET
    validation_messages: None | ProblemValidationMessagesType0 | Unset = UNSET
    status_code: int | None | Unset = UNSET
    message: Any | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        detail: None | str | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        else:
            detail = self.detail

        validation_messages: dict[str, Any] | None | Unset
        if isinstance(self.validation_messages, Unset):
            validation_messages = UNSET
        elif isinstance(self.validation_messages, ProblemValidationMessagesType0):
            validation_messages = self.validation_messages.to_dict()
        else:
            validation_messages = self.validation_messages

        status_code: int | None | Unset
        if isinstance(self.status_code, Unset):
            status_code = UNSET
        else:
            status_code = self.status_code

        message = self.message

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if title is not UNSET:
            field_dict["title"] = title
        if status is not UNSET:
            field_dict["status"] = status
        if detail is not UNSET:
            field_dict["detail"] = detail
        if validation_messages is not UNSET:
            field_dict["validation_messages"] = validation_messages
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code
        if message is not UNSET:
            field_dict["message"] = message
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        type_ = src_dict.get("type", UNSET)

        title = src_dict.get("title", UNSET)

        status = src_dict.get("status", UNSET)

        detail = src_dict.get("detail", UNSET)

        validation_messages = src_dict.get("validation_messages", UNSET)
        if isinstance(validation_messages, dict):
            try:
                validation_messages_type_0 = ProblemValidationMessagesType0.from_dict(validation_messages)
                validation_messages = validation_messages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        status_code = src_dict.get("statusCode", UNSET)

        message = src_dict.get("message", UNSET)

        error = src_dict.get("error", UNSET)

        problem = cls(
            type_,
            title,
            status,
            detail,
            validation_messages,
            status_code,
            message,
            error,
        )

        if not _FIELDS.issuperset(src_dict):
            problem.additional_properties = {name: value for name, value in src_dict.items() if name not in _FIELDS}
        return problem

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
    from ..models.problem_validation_messages_type_0 import ProblemValidationMessagesType0Dict

from typing import TypedDict as _TypedDict  # noqa: E402


class ProblemDict(_TypedDict, total=False):
    """`Problem` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    type: str | None
    title: str | None
    status: int | None
    detail: str | None
    validation_messages: ProblemValidationMessagesType0Dict | None
    statusCode: int | None
    message: Any
    error: str | None


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.problem_validation_messages_type_0 import ProblemValidationMessagesType0
