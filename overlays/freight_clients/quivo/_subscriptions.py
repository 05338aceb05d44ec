"""Quivo's resource `Subscriptions`: create, list, get (api-docs.quivo.co webhooks pages,
research/anchors-3.md §3.2), each one plan.

A subscription tells `endpoint` when a seller's entities of one kind (`ORDERS`, `SHIPMENTS`,
`INBOUNDS`, `RETURNS`, `INVOICES`) change; the deliveries are thin events, so the receiver reads
the entity back (`freight_clients.webhooks`). The endpoint is sent as `{"type": "WEBHOOK", "url":
...}`, the shape third-party code uses (medium to low confidence). Quivo documents no signature:
`headers` (ours, which Quivo may ignore) or a secret in the URL is how a receiver tells deliveries
apart from forgeries. Create is not idempotent: retried only when it cannot have reached Quivo.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._base_client import APIResource, Timeout, _ClientCore, json_model
from .._lazy import lazy
from .._models import JsonBody
from .._plan import M, Plan, operation
from ._generated import models

if TYPE_CHECKING:
    from quivo_client.api.subscriptions import create_subscription as create_subscription
    from quivo_client.api.subscriptions import get_subscription as get_subscription
    from quivo_client.api.subscriptions import list_subscriptions as list_subscriptions
    from quivo_client.models import Subscription
else:  # loaded on the first call, like the rest of the generated package (see `_generated`)
    _api = "quivo_client.api.subscriptions."
    create_subscription, get_subscription = lazy(_api + "create_subscription"), lazy(_api + "get_subscription")
    list_subscriptions = lazy(_api + "list_subscriptions")

_SUBSCRIPTION = json_model(lambda data: models.Subscription.from_dict(data))


def _subscriptions(data: Any) -> list[Subscription]:
    if not isinstance(data, list):
        raise TypeError("not a JSON array of subscriptions")
    return [models.Subscription.from_dict(item) for item in data]


_SUBSCRIPTIONS = json_model(_subscriptions)


class Subscriptions(APIResource[M]):
    """Quivo webhook subscriptions: create, list, get."""

    path = "subscriptions"
    _client: _ClientCore

    @operation
    def create(
        self,
        seller_id: int,
        entity: str,
        url: str,
        *,
        headers: Mapping[str, str] | None = None,
        timeout: Timeout = None,
    ) -> Plan[Subscription]:
        """Subscribe `url` to changes of seller `seller_id`'s `entity` (e.g. `"ORDERS"`); `headers`
        are asked to be sent with each delivery. Persist the returned `uuid`."""
        endpoint: dict[str, Any] = {"type": "WEBHOOK", "url": url}
        if headers is not None:
            endpoint["headers"] = dict(headers)
        data = {"sellerId": seller_id, "entity": entity, "endpoint": endpoint}
        body: Any = JsonBody(self._client._body("createSubscription", "SubscriptionRequest", data))
        kwargs = create_subscription.request_kwargs(body=body)
        created: Subscription = yield from self._fetch(
            "createSubscription", kwargs, _SUBSCRIPTION, idempotent=False, timeout=timeout
        )
        return created

    @operation
    def list(self, *, timeout: Timeout = None) -> Plan[builtins.list[Subscription]]:
        """Every subscription this user can see."""
        kwargs = list_subscriptions.request_kwargs()
        return (yield from self._fetch("listSubscriptions", kwargs, _SUBSCRIPTIONS, idempotent=True, timeout=timeout))

    @operation
    def get(self, uuid: str, *, timeout: Timeout = None) -> Plan[Subscription]:
        """One subscription by its `uuid`."""
        kwargs = get_subscription.request_kwargs(uuid=str(uuid))
        return (yield from self._fetch("getSubscription", kwargs, _SUBSCRIPTION, idempotent=True, timeout=timeout))
