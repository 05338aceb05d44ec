from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookEventPayload")

# The JSON names of the declared fields: any other key of a body is an additional property.
_FIELDS: frozenset[str] = frozenset({"id", "subscriptionId", "event", "orderId", "documentId", "occurredAt"})


@_attrs_define
class WebhookEventPayload:
    """One delivery. `id`, `subscriptionId` and `event` are the envelope of SpotGo's public webhook
    examples (`order.process.success`, and `example.event.publish.test` on registration); the
    Carrier Portal event names and the keys `orderId`, `documentId`, `occurredAt` that a
    receiver needs to refresh the order are ours. Open to any other key.

        Attributes:
            id (str): Event id (hexadecimal in the examples). Not unique alone: the public examples reuse one id for two
                events.
            subscription_id (str): The subscription that asked for it.
            event (str): Event name: `document.uploaded`, `document.accepted`, `document.rejected` (ours),
                `example.event.publish.test`; open.
            order_id (None | str | Unset): The order the event is about.
            document_id (None | str | Unset): The document the event is about.
            occurred_at (datetime.datetime | None | Unset): When it happened.
    """

    id: str
    subscription_id: str
    event: str
    order_id: None | str | Unset = UNSET
    document_id: None | str | Unset = UNSET
    occurred_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        subscription_id = self.subscription_id

        event = self.event

        order_id: None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        document_id: None | str | Unset
        if isinstance(self.document_id, Unset):
            document_id = UNSET
        else:
            document_id = self.document_id

        occurred_at: None | str | Unset
        if isinstance(self.occurred_at, Unset):
            occurred_at = UNSET
        elif isinstance(self.occurred_at, datetime.datetime):
            occurred_at = self.occurred_at.isoformat()
        else:
            occurred_at = self.occurred_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "subscriptionId": subscription_id,
                "event": event,
            }
        )
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if document_id is not UNSET:
            field_dict["documentId"] = document_id
        if occurred_at is not UNSET:
            field_dict["occurredAt"] = occurred_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]

        subscription_id = src_dict["subscriptionId"]

        event = src_dict["event"]

        order_id = src_dict.get("orderId", UNSET)

        document_id = src_dict.get("documentId", UNSET)

        occurred_at = src_dict.get("occurredAt", UNSET)
        if isinstance(occurred_at, str):
            try:
                occurred_at_type_0 = datetime.datetime.fromisoformat(occurred_at)
                occurred_at = occurred_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        webhook_event_payload = cls(
            id,
            subscription_id,
            event,
            order_id,
            document_id,
            occurred_at,
        )

        if not _FIELDS.issuperset(src_dict):
            webhook_event_payload.additional_properties = {
                name: value for name, value in src_dict.items() if name not in _FIELDS
            }
        return webhook_event_payload

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

from typing import TypedDict as _TypedDict  # noqa: E402


class WebhookEventPayloadDict(_TypedDict, total=False):
    """`WebhookEventPayload` as a dict, as it goes on the wire (key completion; a type checker catches a wrong key)."""

    id: str
    subscriptionId: str
    event: str
    orderId: str | None
    documentId: str | None
    occurredAt: _datetime.datetime | str | None
