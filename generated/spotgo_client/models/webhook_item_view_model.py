from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_auth_type import WebhookAuthType
from ..models.webhook_event_type import WebhookEventType
from ..types import UNSET, Unset, parse_uuid

T = TypeVar("T", bound="WebhookItemViewModel")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset(
    {
        "subscriptionId",
        "eventType",
        "callbackUrl",
        "authenticationType",
        "isActive",
        "failureCount",
        "notificationEmails",
        "createdAt",
    }
)
# Open enums: value -> member, so an unknown value is a dict miss, not a caught ValueError.
_WebhookAuthType_BY_VALUE = {member.value: member for member in WebhookAuthType}
_WebhookEventType_BY_VALUE = {member.value: member for member in WebhookEventType}


@_attrs_define
class WebhookItemViewModel:
    """One subscription as the service returns it, without its secrets.

    Attributes:
        subscription_id (UUID): Subscription id.
        event_type (str | Unset | WebhookEventType): The subscribed event type.
        callback_url (None | str | Unset): Where deliveries go.
        authentication_type (None | str | Unset | WebhookAuthType): The delivery authentication scheme (the credential
            itself is not returned).
        is_active (bool | None | Unset): False once SpotGo deactivated it after repeated failures; `reset` re-activates
            it.
        failure_count (int | None | Unset): Failed deliveries since the last success or reset.
        notification_emails (list[str] | None | Unset): Who is told of failures.
        created_at (datetime.datetime | None | Unset): When it was created.
    """

    subscription_id: UUID
    event_type: str | Unset | WebhookEventType = UNSET
    callback_url: None | str | Unset = UNSET
    authentication_type: None | str | Unset | WebhookAuthType = UNSET
    is_active: bool | None | Unset = UNSET
    failure_count: int | None | Unset = UNSET
    notification_emails: list[str] | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscription_id = str(self.subscription_id)

        event_type: str | Unset
        if isinstance(self.event_type, Unset):
            event_type = UNSET
        elif isinstance(self.event_type, WebhookEventType):
            event_type = self.event_type.value
        else:
            event_type = self.event_type

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        authentication_type: None | str | Unset
        if isinstance(self.authentication_type, Unset):
            authentication_type = UNSET
        elif isinstance(self.authentication_type, WebhookAuthType):
            authentication_type = self.authentication_type.value
        else:
            authentication_type = self.authentication_type

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        failure_count: int | None | Unset
        if isinstance(self.failure_count, Unset):
            failure_count = UNSET
        else:
            failure_count = self.failure_count

        notification_emails: list[str] | None | Unset
        if isinstance(self.notification_emails, Unset):
            notification_emails = UNSET
        elif isinstance(self.notification_emails, list):
            notification_emails = self.notification_emails

        else:
            notification_emails = self.notification_emails

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subscriptionId": subscription_id,
            }
        )
        if event_type is not UNSET:
            field_dict["eventType"] = event_type
        if callback_url is not UNSET:
            field_dict["callbackUrl"] = callback_url
        if authentication_type is not UNSET:
            field_dict["authenticationType"] = authentication_type
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if failure_count is not UNSET:
            field_dict["failureCount"] = failure_count
        if notification_emails is not UNSET:
            field_dict["notificationEmails"] = notification_emails
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        subscription_id = parse_uuid(src_dict["subscriptionId"])

        event_type = src_dict.get("eventType", UNSET)
        if isinstance(event_type, str) and event_type in _WebhookEventType_BY_VALUE:
            event_type = _WebhookEventType_BY_VALUE[event_type]

        callback_url = src_dict.get("callbackUrl", UNSET)

        authentication_type = src_dict.get("authenticationType", UNSET)
        if isinstance(authentication_type, str) and authentication_type in _WebhookAuthType_BY_VALUE:
            authentication_type = _WebhookAuthType_BY_VALUE[authentication_type]

        is_active = src_dict.get("isActive", UNSET)

        failure_count = src_dict.get("failureCount", UNSET)

        notification_emails = src_dict.get("notificationEmails", UNSET)
        if isinstance(notification_emails, list):
            try:
                notification_emails_type_0 = cast(list[str], notification_emails)
                notification_emails = notification_emails_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        created_at = src_dict.get("createdAt", UNSET)
        if isinstance(created_at, str):
            try:
                created_at_type_0 = datetime.datetime.fromisoformat(created_at)
                created_at = created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        webhook_item_view_model = cls(
            subscription_id,
            event_type,
            callback_url,
            authentication_type,
            is_active,
            failure_count,
            notification_emails,
            created_at,
        )

        if not _FIELDS.issuperset(src_dict):
            webhook_item_view_model.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return webhook_item_view_model

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
    from collections.abc import Sequence as _Sequence
    from typing import Literal as _Literal
    from uuid import UUID as _UUID

    from ..models.webhook_auth_type import WebhookAuthType as _WebhookAuthType
    from ..models.webhook_event_type import WebhookEventType as _WebhookEventType

from typing import TypedDict as _TypedDict  # noqa: E402


class WebhookItemViewModelDict(_TypedDict, total=False):
    """`WebhookItemViewModel` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    subscriptionId: _UUID | str
    eventType: _WebhookEventType | _Literal["All", "DocumentUploaded", "DocumentAccepted", "DocumentRejected"] | str
    callbackUrl: str | None
    authenticationType: _WebhookAuthType | _Literal["None", "Basic", "ApiKey", "Oauth2"] | str | None
    isActive: bool | None
    failureCount: int | None
    notificationEmails: _Sequence[str] | None
    createdAt: _datetime.datetime | str | None
