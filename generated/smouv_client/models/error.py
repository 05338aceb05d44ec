from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_code import ErrorCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="Error")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"timestamp", "code", "message"})
# Open enums: value -> member, so an unknown value is a dict miss, not a caught ValueError.
_ErrorCode_BY_VALUE = {member.value: member for member in ErrorCode}


@_attrs_define
class Error:
    """Failed to create a new customer order (error model of every operation).

    Attributes:
        timestamp (datetime.datetime | Unset): Time information (ISO 8601 extended format).
        code (ErrorCode | str | Unset): Error that could be returned by the system (see ErrorCode for meanings).
        message (None | str | Unset): Error message.
    """

    timestamp: datetime.datetime | Unset = UNSET
    code: ErrorCode | str | Unset = UNSET
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        code: str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        elif isinstance(self.code, ErrorCode):
            code = self.code.value
        else:
            code = self.code

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _timestamp = src_dict.get("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        code = src_dict.get("code", UNSET)
        if isinstance(code, str) and code in _ErrorCode_BY_VALUE:
            code = _ErrorCode_BY_VALUE[code]

        message = src_dict.get("message", UNSET)

        error = cls(
            timestamp,
            code,
            message,
        )

        if not _FIELDS.issuperset(src_dict):
            error.additional_properties = {name: value for name, value in src_dict.items() if name not in _FIELDS}
        return error

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
    import datetime as _datetime
    from typing import Literal as _Literal

    from ..models.error_code import ErrorCode as _ErrorCode

from typing import TypedDict as _TypedDict  # noqa: E402


class ErrorDict(_TypedDict, total=False):
    """`Error` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    timestamp: _datetime.datetime | str
    code: (
        _ErrorCode
        | _Literal[
            "ACTOR_NOT_FOUND",
            "ALREADY_JOINED_GROUP",
            "CANNOT_CANCEL_NOT_MASTER_ORDER",
            "CANNOT_CANCEL_ORDER_WITH_ASSOCIATED_CONTAINER",
            "CANNOT_CHANGE_NUMBER_OF_CONTAINERS",
            "CANNOT_UPDATE_VALID_ORDER_TO_DRAFT",
            "CARRIER_EMAIL_REQUIRED",
            "CONFLICT",
            "CONTRACTOR_UNAUTHORIZED_BY_GEDMOUV",
            "CUSTOMER_ORDER_NOT_FOUND",
            "CUSTOMS_FLAG_NOT_BE_MODIFIED",
            "EVENT_LOCATION_FIELDS_REQUIRED",
            "EVENT_START_DATE_REQUIRED",
            "EXISTS_ORDER_WITH_HANDLING_UNIT_SPI",
            "HANDLING_UNIT_REFERENCE_INVALID",
            "LIMIT_NONPOSITIVE",
            "NOT_SUPPORTED_ORDER_TYPE",
            "OFFSET_NEGATIVE",
            "ORDER_ALREADY_CANCELED",
            "ORDER_DUPLICATED",
            "ORGANIZATION_ACTOR_CODE_INVALID",
            "ORGANIZATION_NOT_FOUND",
            "R0005",
            "R0006",
            "R0007",
            "R0008",
            "R0009",
            "SEARCH_DATE_ERROR",
            "UNKNOWN_LOCATION",
            "USER_ID_INVALID",
            "WRONG_EVENT_DATE_ORDER",
            "WRONG_FORMAT",
        ]
        | str
    )
    message: str | None
