"""SpotGo's resource `Webhooks`: subscribe, list, get, delete, reset, notify, each one plan.

001's Workflow A subscribes to accepted documents (`"DocumentAccepted"`), Workflow B to uploads
(`"DocumentUploaded"`); the spelling of those event types is ours (the spec's WebhookEventType: only
`All` is public), so any string is sent, with a warning. Subscribing is not idempotent (a second
call is a second subscription), so it is retried only when the request cannot have reached SpotGo
(a 429, a connection never made); the other operations are retried like every read.
SpotGo deactivates a subscription after repeated failed deliveries: `is_active(id)` tells, and
`reset(id)` turns it back on.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeAlias, cast

from .._base_client import APIResource, Timeout, _ClientCore, json_model
from .._exceptions import NotFoundError
from .._lazy import lazy
from .._models import JsonBody, as_dict
from .._plan import M, Plan, operation
from ._generated import models
from ._resources import _uuid

if TYPE_CHECKING:
    from spotgo_client.api.webhook import delete_webhook as delete_webhook
    from spotgo_client.api.webhook import get_webhook as get_webhook
    from spotgo_client.api.webhook import list_webhooks as list_webhooks
    from spotgo_client.api.webhook import reset_webhook as reset_webhook
    from spotgo_client.api.webhook import set_webhook_notifications as set_webhook_notifications
    from spotgo_client.api.webhook import subscribe_webhook as subscribe_webhook
    from spotgo_client.models import (
        WebhookAuthentication,
        WebhookItemViewModel,
        WebhookSubscriptionResponse,
        WebhookViewModel,
    )

else:  # loaded on the first call, like the rest of the generated package (see `_generated`)
    _api = "spotgo_client.api.webhook."
    delete_webhook, get_webhook = lazy(_api + "delete_webhook"), lazy(_api + "get_webhook")
    list_webhooks, reset_webhook = lazy(_api + "list_webhooks"), lazy(_api + "reset_webhook")
    set_webhook_notifications = lazy(_api + "set_webhook_notifications")
    subscribe_webhook = lazy(_api + "subscribe_webhook")

AuthenticationInput: TypeAlias = "WebhookAuthentication | Mapping[str, Any]"

_SUBSCRIBED = json_model(lambda data: models.WebhookSubscriptionResponse.from_dict(data))
_ITEM = json_model(lambda data: models.WebhookItemViewModel.from_dict(data))
_LIST = json_model(lambda data: models.WebhookViewModel.from_dict(data))


def basic(username: str, password: str) -> dict[str, Any]:
    """A WebhookAuthentication for HTTP Basic (check it with `webhooks.BasicAuth` on your side)."""
    return {"type": "Basic", "basic": {"username": username, "password": password}}


def api_key(header: str, key: str) -> dict[str, Any]:
    """A WebhookAuthentication for a key in a header (check it with `webhooks.ApiKeyAuth`)."""
    return {"type": "ApiKey", "apiKey": {"headerName": header, "apiKey": key}}


def _subscription_body(
    client: _ClientCore, callback_url: str, event_type: str, authentication: AuthenticationInput | None
) -> Any:
    given = {"eventType": event_type, "callbackUrl": callback_url}
    data: dict[str, Any] = {key: value for key, value in given.items() if value is not None}
    if authentication is not None:
        data["authentication"] = as_dict(authentication)
    return JsonBody(client._body("subscribeWebhook", "WebhookSubscriptionRequest", data))


class Webhooks(APIResource[M]):
    """Webhook subscriptions: subscribe, list, get, delete, reset, notify."""

    path = "webhooks"
    _client: _ClientCore
    #: The credentials SpotGo presents on each delivery: `spotgo.webhooks.basic(user, password)`.
    basic = staticmethod(basic)
    api_key = staticmethod(api_key)

    @operation
    def subscribe(
        self,
        callback_url: str,
        event_type: str = "All",
        *,
        authentication: AuthenticationInput | None = None,
        timeout: Timeout = None,
    ) -> Plan[WebhookSubscriptionResponse]:
        """Subscribe `callback_url` to `event_type` (`All`, `DocumentUploaded`, `DocumentAccepted`,
        `DocumentRejected`), with how SpotGo authenticates its deliveries (`basic(...)`,
        `api_key(...)`, or a WebhookAuthentication). Persist the returned `subscription_id`."""
        body = _subscription_body(self._client, callback_url, event_type, authentication)
        kwargs = subscribe_webhook.request_kwargs(body=body)
        subscribed: WebhookSubscriptionResponse = yield from self._fetch(
            "subscribeWebhook", kwargs, _SUBSCRIBED, idempotent=False, timeout=timeout
        )
        return subscribed

    @operation
    def list(self, *, timeout: Timeout = None) -> Plan[WebhookViewModel]:
        """Every subscription of your company (`.items`), without their credentials."""
        kwargs = list_webhooks.request_kwargs()
        return (yield from self._fetch("listWebhooks", kwargs, _LIST, idempotent=True, timeout=timeout))

    @operation
    def get(self, subscription_id: str | uuid.UUID, *, timeout: Timeout = None) -> Plan[WebhookItemViewModel]:
        """One subscription, with `is_active` and `failure_count`."""
        kwargs = get_webhook.request_kwargs(subscription_id=_uuid(subscription_id, "subscription_id"))
        return (yield from self._fetch("getWebhook", kwargs, _ITEM, idempotent=True, timeout=timeout))

    @operation
    def delete(self, subscription_id: str | uuid.UUID, *, timeout: Timeout = None) -> Plan[None]:
        """Remove a subscription; a 404 after an attempt whose outcome is unknown means that attempt did it."""
        kwargs = delete_webhook.request_kwargs(subscription_id=_uuid(subscription_id, "subscription_id"))
        try:
            yield from self._call("deleteWebhook", kwargs, idempotent=True, timeout=timeout)
        except NotFoundError as error:
            if not error.outcome_unknown:
                raise

    @operation
    def reset(self, subscription_id: str | uuid.UUID, *, timeout: Timeout = None) -> Plan[None]:
        """Reset the failure count, re-activating a subscription SpotGo deactivated (safe to repeat)."""
        kwargs = reset_webhook.request_kwargs(subscription_id=_uuid(subscription_id, "subscription_id"))
        yield from self._call("resetWebhook", kwargs, idempotent=True, timeout=timeout)

    @operation
    def notify(self, subscription_id: str | uuid.UUID, emails: Sequence[str], *, timeout: Timeout = None) -> Plan[None]:
        """Set the e-mail addresses told when the subscription's deliveries fail (replaces the list)."""
        if isinstance(emails, str):
            emails = [emails]
        data = self._client._body(
            "setWebhookNotifications", "WebhookSubscriptionNotificationsRequest", {"emails": list(emails)}
        )
        kwargs = set_webhook_notifications.request_kwargs(
            subscription_id=_uuid(subscription_id, "subscription_id"), body=cast(Any, JsonBody(data))
        )
        yield from self._call("setWebhookNotifications", kwargs, idempotent=True, timeout=timeout)

    @operation
    def is_active(self, subscription_id: str | uuid.UUID, *, timeout: Timeout = None) -> Plan[bool]:
        """Whether SpotGo still delivers to the subscription (False once it deactivated it)."""
        item: WebhookItemViewModel = yield from Webhooks.get.plan(self, subscription_id, timeout=timeout)
        return item.is_active is not False
