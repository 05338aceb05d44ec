from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ApiKeyAuthentication")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"headerName", "apiKey"})


@_attrs_define
class ApiKeyAuthentication:
    """An API key SpotGo sends in a header of your choice on every delivery.

    Attributes:
        header_name (str): Header to carry the key, e.g. X-Webhook-Key.
        api_key (str): The key.
    """

    header_name: str
    api_key: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        header_name = self.header_name

        api_key = self.api_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "headerName": header_name,
                "apiKey": api_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        header_name = src_dict["headerName"]

        api_key = src_dict["apiKey"]

        api_key_authentication = cls(
            header_name,
            api_key,
        )

        if not _FIELDS.issuperset(src_dict):
            api_key_authentication.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return api_key_authentication

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


class ApiKeyAuthenticationDict(_TypedDict, total=False):
    """`ApiKeyAuthentication` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    headerName: str
    apiKey: str
