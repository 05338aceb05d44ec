from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_type import WebhookEventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookSubscriptionRequest")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"eventType", "callbackUrl", "authentication"})
# Open enums: value -> member, so an unknown value is a dict miss, not a caught ValueError.
_WebhookEventType_BY_VALUE = {member.value: member for member in WebhookEventType}


@_attrs_define
class WebhookSubscriptionRequest:
    """A subscription of one callback URL to one event type.

    Attributes:
        event_type (str | WebhookEventType): The eventType (see the referenced schema).
        callback_url (str): Where SpotGo POSTs the deliveries (an absolute URL).
        authentication (WebhookAuthentication | Unset): The credential SpotGo presents on each delivery; the member
            named by `type` is used. Never echoed back by the service.
    """

    event_type: str | WebhookEventType
    callback_url: str
    authentication: WebhookAuthentication | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type: str
        if isinstance(self.event_type, WebhookEventType):
            event_type = self.event_type.value
        else:
            event_type = self.event_type

        callback_url = self.callback_url

        authentication: dict[str, Any] | Unset = UNSET
        if not isinstance(self.authentication, Unset):
            authentication = self.authentication.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eventType": event_type,
                "callbackUrl": callback_url,
            }
        )
        if authentication is not UNSET:
            field_dict["authentication"] = authentication

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        event_type = src_dict["eventType"]
        if isinstance(event_type, str) and event_type in _WebhookEventType_BY_VALUE:
            event_type = _WebhookEventType_BY_VALUE[event_type]

        callback_url = src_dict["callbackUrl"]

        _authentication = src_dict.get("authentication", UNSET)
        authentication: WebhookAuthentication | Unset
        if isinstance(_authentication, Unset):
            authentication = UNSET
        else:
            authentication = WebhookAuthentication.from_dict(_authentication)

        webhook_subscription_request = cls(
            event_type,
            callback_url,
            authentication,
        )

        if not _FIELDS.issuperset(src_dict):
            webhook_subscription_request.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return webhook_subscription_request

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

    from ..models.webhook_authentication import WebhookAuthenticationDict
    from ..models.webhook_event_type import WebhookEventType as _WebhookEventType

from typing import TypedDict as _TypedDict  # noqa: E402


class WebhookSubscriptionRequestDict(_TypedDict, total=False):
    """`WebhookSubscriptionRequest` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    eventType: _WebhookEventType | _Literal["All", "DocumentUploaded", "DocumentAccepted", "DocumentRejected"] | str
    callbackUrl: str
    authentication: WebhookAuthenticationDict


# FREIGHT: related models are imported here, once, rather than inside to_dict/from_dict on every
# call (~2.6 us per import per call: 12% of parsing a query page). At the end of the module a
# circular reference still resolves, because this module's class already exists.
# ruff: noqa: E402
from ..models.webhook_authentication import WebhookAuthentication
