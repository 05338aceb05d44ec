from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookSubscriptionNotificationsRequest")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"emails"})


@_attrs_define
class WebhookSubscriptionNotificationsRequest:
    """The e-mail addresses told when the subscription's deliveries fail.

    Attributes:
        emails (list[str]): E-mail addresses (the list replaces the previous one).
    """

    emails: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        emails = self.emails

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "emails": emails,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        emails = cast(list[str], src_dict["emails"])

        webhook_subscription_notifications_request = cls(
            emails,
        )

        if not _FIELDS.issuperset(src_dict):
            webhook_subscription_notifications_request.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return webhook_subscription_notifications_request

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
    from collections.abc import Sequence as _Sequence

from typing import TypedDict as _TypedDict  # noqa: E402


class WebhookSubscriptionNotificationsRequestDict(_TypedDict, total=False):
    """`WebhookSubscriptionNotificationsRequest` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    emails: _Sequence[str]
