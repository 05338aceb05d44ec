from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_auth_type import WebhookAuthType
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookAuthentication")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"type", "basic", "apiKey", "oauth2"})
# Open enums: value -> member, so an unknown value is a dict miss, not a caught ValueError.
_WebhookAuthType_BY_VALUE = {member.value: member for member in WebhookAuthType}


@_attrs_define
class WebhookAuthentication:
    """The credential SpotGo presents on each delivery; the member named by `type` is used. Never echoed back by the
    service.

        Attributes:
            type_ (str | WebhookAuthType): The type (see the referenced schema).
            basic (BasicAuthentication | None | Unset): The basic (see the referenced schema).
            api_key (ApiKeyAuthentication | None | Unset): The apiKey (see the referenced schema).
            oauth2 (None | Oauth2Authentication | Unset): The oauth2 (see the referenced schema).
    """

    type_: str | WebhookAuthType
    basic: BasicAuthentication | None | Unset = UNSET
    api_key: ApiKeyAuthentication | None | Unset = UNSET
    oauth2: None | Oauth2Authentication | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str
        if isinstance(self.type_, WebhookAuthType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        basic: dict[str, Any] | None | Unset
        if isinstance(self.basic, Unset):
            basic = UNSET
        elif isinstance(self.basic, BasicAuthentication):
            basic = self.basic.to_dict()
        else:
            basic = self.basic

        api_key: dict[str, Any] | None | Unset
        if isinstance(self.api_key, Unset):
            api_key = UNSET
        elif isinstance(self.api_key, ApiKeyAuthentication):
            api_key = self.api_key.to_dict()
        else:
            api_key = self.api_key

        oauth2: dict[str, Any] | None | Unset
        if isinstance(self.oauth2, Unset):
            oauth2 = UNSET
        elif isinstance(self.oauth2, Oauth2Authentication):
            oauth2 = self.oauth2.to_dict()
        else:
            oauth2 = self.oauth2

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if basic is not UNSET:
            field_dict["basic"] = basic
        if api_key is not UNSET:
            field_dict["apiKey"] = api_key
        if oauth2 is not UNSET:
            field_dict["oauth2"] = oauth2

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        type_ = src_dict["type"]
        if isinstance(type_, str) and type_ in _WebhookAuthType_BY_VALUE:
            type_ = _WebhookAuthType_BY_VALUE[type_]

        basic = src_dict.get("basic", UNSET)
        if isinstance(basic, dict):
            try:
                basic_type_0 = BasicAuthentication.from_dict(basic)
                basic = basic_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        api_key = src_dict.get("apiKey", UNSET)
        if isinstance(api_key, dict):
            try:
                api_key_type_0 = ApiKeyAuthentication.from_dict(api_key)
                api_key = api_key_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        oauth2 = src_dict.get("oauth2", UNSET)
        if isinstance(oauth2, dict):
            try:
                oauth2_type_0 = Oauth2Authentication.from_dict(oauth2)
                oauth2 = oauth2_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        webhook_authentication = cls(
            type_,
            basic,
            api_key,
            oauth2,
        )

        if not _FIELDS.issuperset(src_dict):
            webhook_authentication.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return webhook_authentication

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
    from typing import Literal as _Literal

    from ..models.api_key_authentication import ApiKeyAuthenticationDict
    from ..models.basic_authentication import BasicAuthenticationDict
    from ..models.oauth_2_authentication import Oauth2AuthenticationDict
    from ..models.webhook_auth_type import WebhookAuthType as _WebhookAuthType

from typing import TypedDict as _TypedDict  # noqa: E402


class WebhookAuthenticationDict(_TypedDict, total=False):
    """`WebhookAuthentication` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    type: _WebhookAuthType | _Literal["None", "Basic", "ApiKey", "Oauth2"] | str
    basic: BasicAuthenticationDict | None
    apiKey: ApiKeyAuthenticationDict | None
    oauth2: Oauth2AuthenticationDict | None


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.api_key_authentication import ApiKeyAuthentication
from ..models.basic_authentication import BasicAuthentication
from ..models.oauth_2_authentication import Oauth2Authentication
