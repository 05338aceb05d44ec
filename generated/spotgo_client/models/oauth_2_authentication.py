from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Oauth2Authentication")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"tokenUrl", "clientId", "clientSecret", "scope"})


@_attrs_define
class Oauth2Authentication:
    """OAuth 2 client credentials; SpotGo fetches a token from `tokenUrl` and sends it as a bearer.

    Attributes:
        token_url (str): Your token endpoint (an absolute URL).
        client_id (str): Client id.
        client_secret (str): Client secret.
        scope (None | str | Unset): Scope to ask for.
    """

    token_url: str
    client_id: str
    client_secret: str
    scope: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token_url = self.token_url

        client_id = self.client_id

        client_secret = self.client_secret

        scope: None | str | Unset
        if isinstance(self.scope, Unset):
            scope = UNSET
        else:
            scope = self.scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tokenUrl": token_url,
                "clientId": client_id,
                "clientSecret": client_secret,
            }
        )
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        token_url = src_dict["tokenUrl"]

        client_id = src_dict["clientId"]

        client_secret = src_dict["clientSecret"]

        scope = src_dict.get("scope", UNSET)

        oauth_2_authentication = cls(
            token_url,
            client_id,
            client_secret,
            scope,
        )

        if not _FIELDS.issuperset(src_dict):
            oauth_2_authentication.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return oauth_2_authentication

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


class Oauth2AuthenticationDict(_TypedDict, total=False):
    """`Oauth2Authentication` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    tokenUrl: str
    clientId: str
    clientSecret: str
    scope: str | None
