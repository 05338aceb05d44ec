"""Webhook subscriptions and deliveries of the sandboxes: stored per tenant, delivered at least once.

One `Deliveries` per sandbox. A change publishes an event to the tenant's matching subscriptions;
a worker thread (started on demand, gone when idle) POSTs each one to its subscription's URL with
the subscription's credential headers, retrying a non-200 answer or a connection failure with
increasing intervals (SpotGo's webhook-flow page: "retried 3 times"). A delivery whose attempts all
failed counts against its subscription; after `deactivate_after` such failures in a row the
subscription is deactivated (SpotGo: `reset` "resets the failure count on the webhook to activate
it again"; the threshold and the reset-on-success are ours). A delivery still queued when its
subscription is deleted or deactivated is dropped (logged as NOT_SENT): SpotGo's reset re-activates
the subscription, not its missed events, which a reconciler finds by query. `configure` seeds
duplicates and reordering. Deliveries go to loopback addresses only: the sandbox never leaves the machine.

A *target* is a one-off destination that is no subscription: Trans.eu's per-order `callback_url`.
`target()` stores it beside the subscriptions (not listed by `of`, forgotten by `clear`) and
`send_now()` queues to it, with the same retries, journal (`log`) and loopback rule.
"""

from __future__ import annotations

import base64
import datetime
import heapq
import itertools
import json
import random
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from starlette.responses import Response

from freight_clients.support import is_loopback
from freight_clients.webhooks import SPOTGO_EVENT_TYPES

from ._core import Call, json_response
from ._errors import ApiError
from ._guesses import inferred, inferred_code

#: `send(url, headers, body) -> status` (0 for a connection failure): how a delivery is made.
Sender = Callable[[str, Mapping[str, str], bytes], int]
#: The status a delivery is logged with when it was not sent: a URL off this machine, or a
#: subscription deleted or deactivated while the delivery waited in the queue.
NOT_SENT = -1


@dataclass
class Subscription:
    """One subscription: where to deliver, with which headers, and its failure state."""

    id: str
    tenant: str
    url: str
    topic: str  # SpotGo's eventType, Quivo's entity
    headers: dict[str, str] = field(default_factory=dict)
    view: dict[str, Any] = field(default_factory=dict)  # what the API returns besides the state
    active: bool = True
    failures: int = 0
    emails: list[str] = field(default_factory=list)
    created_at: str = field(
        default_factory=lambda: datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
    )


@dataclass(frozen=True)
class Delivery:
    """What became of one delivery attempt (for tests): the subscription, the body, the answer."""

    subscription_id: str
    body: dict[str, Any]
    status: int
    attempt: int


def _httpx_sender(timeout: float) -> Sender:
    import httpx

    client = httpx.Client(timeout=timeout, trust_env=False)

    def send(url: str, headers: Mapping[str, str], body: bytes) -> int:
        try:
            return client.post(url, content=body, headers={**headers, "content-type": "application/json"}).status_code
        except httpx.HTTPError:
            return 0

    return send


def basic_header(username: str, password: str) -> dict[str, str]:
    """The Authorization header of HTTP Basic."""
    token = base64.b64encode(f"{username}:{password}".encode()).decode()
    return {"Authorization": f"Basic {token}"}


class Deliveries:
    """The subscriptions of one sandbox, per tenant, and the thread that delivers their events."""

    def __init__(self, *, send: Sender | None = None) -> None:
        self._lock = threading.Condition()
        self.subscriptions: dict[str, dict[str, Subscription]] = {}
        self.targets: dict[str, Subscription] = {}  # one-off destinations by id (see `target`)
        self._queue: list[tuple[float, int, Subscription, dict[str, Any], int]] = []
        self._seq = itertools.count()
        self._worker: threading.Thread | None = None
        self._busy = 0
        self._send = send
        self.log: list[Delivery] = []
        self._random = random.Random()
        self.duplicates = self.reorder = 0.0
        self.retries, self.backoff = 3, 0.05
        self.deactivate_after: int | None = None
        self.timeout = 5.0

    def configure(
        self,
        *,
        seed: int | None = None,
        duplicates: float | None = None,
        reorder: float | None = None,
        retries: int | None = None,
        backoff: float | None = None,
        deactivate_after: int | None = None,
        timeout: float | None = None,
        send: Sender | None = None,
    ) -> None:
        """Change the delivery behaviour; what is not given stays (so a test that seeds duplicates
        keeps SpotGo's deactivation). `duplicates`/`reorder` are probabilities per event (seeded by
        `seed`), `retries` after a failed attempt, `backoff * 2**n` seconds apart, deactivation
        after `deactivate_after` failed deliveries in a row (0: never), `send` a stand-in."""
        with self._lock:
            if seed is not None:
                self._random = random.Random(seed)
            if duplicates is not None:
                self.duplicates = duplicates
            if reorder is not None:
                self.reorder = reorder
            if retries is not None:
                self.retries = retries
            if backoff is not None:
                self.backoff = backoff
            if deactivate_after is not None:
                self.deactivate_after = deactivate_after or None
            if timeout is not None:
                self.timeout = timeout
            if send is not None:
                self._send = send

    # -- subscriptions ---------------------------------------------------------------------------

    def add(self, subscription: Subscription) -> Subscription:
        with self._lock:
            self.subscriptions.setdefault(subscription.tenant, {})[subscription.id] = subscription
        return subscription

    def of(self, tenant: str) -> list[Subscription]:
        with self._lock:
            return list(self.subscriptions.get(tenant, {}).values())

    def get(self, tenant: str, subscription_id: str) -> Subscription | None:
        with self._lock:
            return self.subscriptions.get(tenant, {}).get(subscription_id)

    def remove(self, tenant: str, subscription_id: str) -> bool:
        with self._lock:
            return self.subscriptions.get(tenant, {}).pop(subscription_id, None) is not None

    def target(self, tenant: str, target_id: str, url: str, headers: Mapping[str, str] | None = None) -> Subscription:
        """Store a one-off target (a URL given with one object, e.g. an order's `callback_url`),
        replacing one of the same id; `send_now` delivers to it like to a subscription."""
        target = Subscription(id=target_id, tenant=tenant, url=url, topic="", headers=dict(headers or {}))
        with self._lock:
            self.targets[target_id] = target
        return target

    def target_of(self, target_id: str) -> Subscription | None:
        with self._lock:
            return self.targets.get(target_id)

    def clear(self) -> None:
        """Forget every subscription, target and queued delivery (a sandbox reset); the settings stay."""
        with self._lock:
            self.subscriptions.clear()
            self.targets.clear()
            self._queue.clear()
            self.log.clear()

    def reset_failures(self, subscription: Subscription) -> None:
        with self._lock:
            subscription.failures, subscription.active = 0, True

    # -- deliveries ------------------------------------------------------------------------------

    def publish(self, tenant: str, wants: Callable[[Subscription], bool], body: Callable[[Subscription], Any]) -> int:
        """Queue `body(subscription)` for each active subscription of `tenant` that `wants` it
        (with a seeded duplicate or a delay that reorders it); the number queued."""
        queued = 0
        with self._lock:
            for subscription in list(self.subscriptions.get(tenant, {}).values()):
                if subscription.active and wants(subscription):
                    self._queue_event(subscription, body(subscription))
                    queued += 1
        return queued

    def send_now(self, subscription: Subscription, body: Any) -> None:
        """Queue one body for one subscription, whatever its topic (the registration test event),
        or for one target."""
        with self._lock:
            self._queue_event(subscription, body)

    def _queue_event(self, subscription: Subscription, body: Any) -> None:
        now = time.monotonic()
        delay = self.backoff * 4 if self._random.random() < self.reorder else 0.0  # a later event overtakes it
        self._push(now + delay, subscription, body, 0)
        if self._random.random() < self.duplicates:
            self._push(now + delay + self.backoff * self._random.random(), subscription, body, 0)

    def _push(self, due: float, subscription: Subscription, body: Any, attempt: int) -> None:
        heapq.heappush(self._queue, (due, next(self._seq), subscription, body, attempt))
        self._lock.notify_all()
        if self._worker is None:
            self._worker = threading.Thread(target=self._run, name="sandbox-webhooks", daemon=True)
            self._worker.start()

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until nothing is queued or being sent; False if `timeout` passed first."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while self._queue or self._busy:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._lock.wait(min(left, 0.05))
        return True

    def _run(self) -> None:
        send = self._send or _httpx_sender(self.timeout)
        while True:
            with self._lock:
                while True:
                    if not self._queue:
                        self._worker = None
                        self._lock.notify_all()
                        return
                    due = self._queue[0][0]
                    wait = due - time.monotonic()
                    if wait <= 0:
                        break
                    self._lock.wait(wait)
                _, _, subscription, body, attempt = heapq.heappop(self._queue)
                if not self._wanted(subscription):
                    self.log.append(Delivery(subscription.id, body, NOT_SENT, attempt))
                    continue
                self._busy += 1
            status = 0  # a sender that raises is a failed attempt: the thread must live on
            try:
                status = self._deliver(send, subscription, body)
            except Exception:
                status = 0
            finally:
                with self._lock:
                    self._busy -= 1
                    self._settle(subscription, body, attempt, status)
                    self._lock.notify_all()

    def _wanted(self, subscription: Subscription) -> bool:
        """A queued delivery still goes: its subscription (or target) is stored (not deleted) and active."""
        stored = self.subscriptions.get(subscription.tenant, {}).get(subscription.id)
        target = self.targets.get(subscription.id)
        return (stored is subscription or target is subscription) and subscription.active

    def _deliver(self, send: Sender, subscription: Subscription, body: Any) -> int:
        try:
            host = urlsplit(subscription.url).hostname or ""
        except ValueError:  # `http://[`: no host to send to
            return NOT_SENT
        if not is_loopback(host):
            return NOT_SENT  # never off this machine
        return send(subscription.url, dict(subscription.headers), json.dumps(body).encode())

    def _settle(self, subscription: Subscription, body: Any, attempt: int, status: int) -> None:
        self.log.append(Delivery(subscription.id, body, status, attempt))
        if status == 200:
            subscription.failures = 0
            return
        if status != NOT_SENT and attempt < self.retries:
            self._push(time.monotonic() + self.backoff * 2**attempt, subscription, body, attempt + 1)
            return
        subscription.failures += 1
        if self.deactivate_after is not None and subscription.failures >= self.deactivate_after:
            subscription.active = False


def event_id() -> str:
    """An event id in the style of SpotGo's examples (32 hexadecimal digits)."""
    return uuid.uuid4().hex


def now_iso() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


# -- SpotGo: /api/v1/webhooks ------------------------------------------------------------------

#: SpotGo's subscription event types (the spec's WebhookEventType) and the delivery events each takes.
SPOTGO_TOPICS = SPOTGO_EVENT_TYPES
_WHY_AUTH = "WebhookAuthentication's shape is ours (the seed names the model only)"


def _not_found(subscription_id: Any) -> ApiError:
    return ApiError(
        404,
        inferred_code(f"Webhook subscription {subscription_id} was not found.", "the 404 and its code are ours"),
        code="WEBHOOK_NOT_FOUND",
    )


def spotgo_headers(authentication: Any) -> dict[str, str]:
    """The headers a delivery carries for a WebhookAuthentication (Basic or an API key)."""
    if not isinstance(authentication, dict) or authentication.get("type") in (None, "None"):
        return {}
    kind = authentication["type"]
    if kind not in ("Basic", "ApiKey", "Oauth2"):
        return {}  # the type's values are our guess (an open enum): a type we do not know is taken, sent bare
    member = authentication.get({"Basic": "basic", "ApiKey": "apiKey", "Oauth2": "oauth2"}.get(kind, ""))
    if kind == "Basic" and isinstance(member, dict):
        return basic_header(member["username"], member["password"])
    if kind == "ApiKey" and isinstance(member, dict):
        return {member["headerName"]: member["apiKey"]}
    # OAuth 2 client credentials, or a type without its member: the shape is ours (_WHY_AUTH), so a
    # guess never refuses the subscription; its deliveries go without credentials.
    return {}


def spotgo_view(subscription: Subscription) -> dict[str, Any]:
    """A subscription as WebhookItemViewModel, without its credential."""
    return {
        "subscriptionId": subscription.id,
        "eventType": subscription.topic,
        "callbackUrl": subscription.url,
        "authenticationType": subscription.view.get("authenticationType", "None"),
        "isActive": subscription.active,
        "failureCount": subscription.failures,
        "notificationEmails": list(subscription.emails),
        "createdAt": subscription.created_at,
    }


class SpotGoWebhooks:
    """The handlers of SpotGo's six subscription operations over one `Deliveries`."""

    def __init__(self, deliveries: Deliveries, media: str) -> None:
        self.deliveries = deliveries
        self.media = media

    def _subscription(self, call: Call) -> Subscription:
        found = self.deliveries.get(call.tenant, str(call.path["subscriptionId"]))
        if found is None:
            raise _not_found(call.path["subscriptionId"])
        return found

    def subscribe(self, call: Call) -> Response:
        body = call.body
        url = str(body["callbackUrl"])  # any string: a URL that is no http(s) one only fails to deliver
        authentication = body.get("authentication")
        subscription = Subscription(
            id=str(uuid.uuid4()),
            tenant=call.tenant,
            url=url,
            topic=str(body["eventType"]),
            headers=spotgo_headers(authentication),
            view={"authenticationType": (authentication or {}).get("type") or "None"},
        )
        self.deliveries.add(subscription)
        test = {"id": event_id(), "subscriptionId": subscription.id, "event": "example.event.publish.test"}
        self.deliveries.send_now(subscription, test)  # "a test event is sent when a webhook is registered"
        return json_response({"subscriptionId": subscription.id}, 200, self.media)

    def list(self, call: Call) -> Response:
        items = [spotgo_view(s) for s in self.deliveries.of(call.tenant)]
        return json_response({"items": items}, 200, self.media)

    def get(self, call: Call) -> Response:
        return json_response(spotgo_view(self._subscription(call)), 200, self.media)

    def delete(self, call: Call) -> Response:
        self.deliveries.remove(call.tenant, self._subscription(call).id)
        return Response(status_code=204)

    def reset(self, call: Call) -> Response:
        self.deliveries.reset_failures(self._subscription(call))
        return Response(status_code=204)

    def notify(self, call: Call) -> Response:
        self._subscription(call).emails = [str(e) for e in call.body["emails"]]
        return Response(status_code=204)

    def document_event(self, tenant: str, order_id: str, document_id: str, event: str) -> int:
        """Publish a document event of an order to the tenant's subscriptions that want it."""

        def wants(subscription: Subscription) -> bool:
            return subscription.topic in SPOTGO_TOPICS and SPOTGO_TOPICS[subscription.topic] in (None, event)

        def body(subscription: Subscription) -> dict[str, Any]:
            return {
                "id": event_id(),
                "subscriptionId": subscription.id,
                "event": event,
                "orderId": order_id,
                "documentId": document_id,
                "occurredAt": now_iso(),
            }

        return self.deliveries.publish(tenant, wants, body)


# -- Quivo: /subscriptions -----------------------------------------------------------------------


def quivo_view(subscription: Subscription) -> dict[str, Any]:
    """A subscription as Quivo returns it: the request plus its uuid (the headers not echoed)."""
    return {
        "uuid": subscription.id,
        "sellerId": subscription.view["sellerId"],
        "entity": subscription.topic,
        "endpoint": {"type": subscription.view["endpointType"], "url": subscription.url},
    }


class QuivoSubscriptions:
    """The handlers of Quivo's three subscription operations, and its thin events."""

    def __init__(self, deliveries: Deliveries, sellers: Callable[[str], frozenset[int]]) -> None:
        self.deliveries = deliveries
        self.sellers = sellers

    def create(self, call: Call) -> Response:
        body = call.body
        seller = body["sellerId"]
        if seller not in self.sellers(call.tenant):
            raise ApiError(
                403,
                inferred(
                    f"User may not subscribe to seller {seller}.",
                    "the docs do not say how a seller the user lacks is answered; 403 is the sandbox's",
                ),
            )
        endpoint = body["endpoint"]
        subscription = Subscription(
            id=str(uuid.uuid4()),
            tenant=call.tenant,
            url=str(endpoint["url"]),
            topic=str(body["entity"]),
            headers={str(k): str(v) for k, v in (endpoint.get("headers") or {}).items()},
            view={"sellerId": seller, "endpointType": endpoint["type"]},
        )
        self.deliveries.add(subscription)
        return json_response(quivo_view(subscription), 200)

    def list(self, call: Call) -> Response:
        return json_response([quivo_view(s) for s in self.deliveries.of(call.tenant)], 200)

    def get(self, call: Call) -> Response:
        found = self.deliveries.get(call.tenant, str(call.path["uuid"]))
        if found is None:
            raise ApiError(404, inferred(f"Subscription {call.path['uuid']} not found", "the 404 is ours"))
        return json_response(quivo_view(found), 200)

    def changed(self, seller: int, entity: str, entity_id: Any, version: int) -> int:
        """Publish one thin event to every subscription of `seller` to `entity` (any user's)."""
        event = {"id": entity_id, "entity": entity, "lastModified": now_iso(), "version": version}
        queued = 0
        for tenant in list(self.deliveries.subscriptions):
            queued += self.deliveries.publish(
                tenant,
                lambda s: s.topic == entity and s.view.get("sellerId") == seller,
                lambda s: {"events": [event]},
            )
        return queued
