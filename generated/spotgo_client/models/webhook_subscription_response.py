from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_uuid

T = TypeVar("T", bound="WebhookSubscriptionResponse")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"subscriptionId"})


@_attrs_define
class WebhookSubscriptionResponse:
    """The new subscription.

    Attributes:
        subscription_id (UUID): Subscription id (GUID); persist it.
    """

    subscription_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscription_id = str(self.subscription_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subscriptionId": subscription_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        subscription_id = parse_uuid(src_dict["subscriptionId"])

        webhook_subscription_response = cls(
            subscription_id,
        )

        if not _FIELDS.issuperset(src_dict):
            webhook_subscription_response.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return webhook_subscription_response

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
    from uuid import UUID as _UUID

from typing import TypedDict as _TypedDict  # noqa: E402


class WebhookSubscriptionResponseDict(_TypedDict, total=False):
    """`WebhookSubscriptionResponse` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    subscriptionId: _UUID | str
