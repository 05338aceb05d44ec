from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GatewayMessage")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"message"})


@_attrs_define
class GatewayMessage:
    """API Gateway error body.

    Attributes:
        message (str | Unset): Error message, e.g. "The incoming token has expired".
    """

    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        message = src_dict.get("message", UNSET)

        gateway_message = cls(
            message,
        )

        if not _FIELDS.issuperset(src_dict):
            gateway_message.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return gateway_message

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


class GatewayMessageDict(_TypedDict, total=False):
    """`GatewayMessage` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    message: str
