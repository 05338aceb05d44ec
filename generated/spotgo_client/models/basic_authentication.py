from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BasicAuthentication")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"username", "password"})


@_attrs_define
class BasicAuthentication:
    """HTTP Basic: SpotGo sends `Authorization: Basic base64(username:password)`.

    Attributes:
        username (str): User name.
        password (str): Password.
    """

    username: str
    password: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        username = src_dict["username"]

        password = src_dict["password"]

        basic_authentication = cls(
            username,
            password,
        )

        if not _FIELDS.issuperset(src_dict):
            basic_authentication.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return basic_authentication

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


class BasicAuthenticationDict(_TypedDict, total=False):
    """`BasicAuthentication` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    username: str
    password: str
