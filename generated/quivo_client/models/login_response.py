from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LoginResponse")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"token"})


@_attrs_define
class LoginResponse:
    """The session token, under `token` (research/quivo.md §1) or `Token` (third-party code reads
    that spelling, research/anchors-3.md §3.2; medium confidence): both are valid answers, so
    neither is required here.

        Attributes:
            token (str | Unset): Session token for the Authorization header.
    """

    token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        token = src_dict.get("token", UNSET)

        login_response = cls(
            token,
        )

        if not _FIELDS.issuperset(src_dict):
            login_response.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return login_response

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


class LoginResponseDict(_TypedDict, total=False):
    """`LoginResponse` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    token: str
