"""Webhooks end to end over real sockets: a served sandbox delivers to `freight_clients.webhooks`'
ASGI receiver served by uvicorn on 127.0.0.1, with seeded duplicates and reordering, receiver
failures the sandbox retries, SpotGo's deactivation after 5 failed deliveries and its reset through
the client, and credentials checked on every delivery. Every order ends at its last state, no event
is handled twice, no Quivo version moves backwards (issue 26, proof; no timed assertion)."""

from __future__ import annotations

import base64
import collections
import json
import threading
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from freight_clients import Quivo, SpotGo
from freight_clients.webhooks import ApiKeyAuth, BasicAuth, MemoryEventStore, Receiver, WebhookEvent, asgi_app
from freight_sandbox import ServedApp, examples

USER, PASSWORD = "spotgo-hooks", "pw-3b8e51c0"
HOOK_KEY = "whk-0d9a4e7b21"


class Served(ServedApp):
    """A receiver's ASGI app on a free 127.0.0.1 port; `url` is its delivery URL."""

    def __init__(self, receiver: Receiver) -> None:
        super().__init__(asgi_app(receiver), "test-webhook-receiver")
        self.start()
        self.url = f"{self.base_url}/hooks"


@pytest.fixture
def serve() -> Iterator[Callable[[Receiver], Served]]:
    started: list[Served] = []

    def start(receiver: Receiver) -> Served:
        started.append(Served(receiver))
        return started[-1]

    yield start
    for served in started:
        served.stop()


class Handled:
    """What a receiver's handler saw, and a failure on the first sight of every `fail_every`-th
    event (answered 500, so the sandbox retries it)."""

    def __init__(self, fail_every: int = 0, on_event: Callable[[WebhookEvent], None] | None = None) -> None:
        self.events: list[WebhookEvent] = []
        self.failed: set[str] = set()
        self.seen = 0
        self.fail_every = fail_every
        self.on_event = on_event
        self.lock = threading.Lock()

    def __call__(self, event: WebhookEvent) -> None:
        with self.lock:
            self.seen += 1
            if self.fail_every and self.seen % self.fail_every == 0 and event.key not in self.failed:
                self.failed.add(event.key)
                raise RuntimeError("the receiver's database is down")
        if self.on_event is not None:
            self.on_event(event)
        with self.lock:
            self.events.append(event)

    @property
    def keys(self) -> list[str]:
        return [event.key for event in self.events]


def flushed(box: Any) -> None:
    assert box.api.webhooks.flush(timeout=120), "deliveries still queued"


def test_spotgo_every_document_ends_at_its_last_status_and_no_event_is_handled_twice(
    freight_sandbox: Callable[..., Any], serve: Callable[[Receiver], Served]
) -> None:
    box = freight_sandbox("spotgo", server=True)
    box.api.webhooks.configure(seed=26, duplicates=0.1, reorder=0.1, backoff=0.01)
    spotgo = box.connect(SpotGo)
    seen: dict[str, dict[str, str]] = {}  # order -> document -> status, as the handler last read it
    lock = threading.Lock()

    def refresh(event: WebhookEvent) -> None:
        """Workflow A step 3: when notified, read the order back (never trust the event order)."""
        order_id = event.unknown.get("orderId")
        if order_id is None:
            return
        order = spotgo.orders.get(order_id)
        with lock:
            seen[order_id] = {str(d.document_id): str(d.status) for d in order.documents or []}

    handled = Handled(fail_every=20, on_event=refresh)
    served = serve(Receiver("spotgo", BasicAuth(USER, PASSWORD), MemoryEventStore(), handled))
    with spotgo:
        sub = spotgo.webhooks.subscribe(served.url, "All", authentication=spotgo.webhooks.basic(USER, PASSWORD))
        final: dict[str, dict[str, str]] = {}
        for n in range(25):
            order = spotgo.orders.create(examples.spotgo_order(f"WH-E2E-{n}"))
            cmr = spotgo.documents.upload(order.order_id, ("cmr.pdf", b"%PDF-1.4 cmr"), "cmr")
            invoice = spotgo.documents.upload(order.order_id, ("inv.pdf", b"%PDF-1.4 invoice"), "invoice")
            spotgo.documents.accept(order.order_id, cmr.document_id)
            spotgo.documents.reject(order.order_id, invoice.document_id, comment="blurred")
            final[str(order.order_id)] = {str(cmr.document_id): "Accepted", str(invoice.document_id): "Rejected"}
        flushed(box)
        assert spotgo.webhooks.is_active(sub.subscription_id)

    log = box.api.webhooks.log
    sent_ids = [d.body["id"] for d in log if d.status == 200]
    assert len(sent_ids) > len(set(sent_ids)), "no duplicate was delivered: the test proves nothing"
    assert any(d.status == 500 for d in log), "no receiver failure was retried"
    published = {d.body["id"] for d in log}
    assert len(handled.keys) == len(set(handled.keys)) == len(published) == 1 + 25 * 4
    assert seen == final


def test_quivo_every_order_ends_at_its_last_version_and_none_moves_backwards(
    freight_sandbox: Callable[..., Any], serve: Callable[[Receiver], Served]
) -> None:
    box = freight_sandbox("quivo", server=True)
    box.api.webhooks.configure(seed=6, duplicates=0.1, reorder=0.1, backoff=0.01)
    handled = Handled(fail_every=20)
    served = serve(Receiver("quivo", ApiKeyAuth("X-Webhook-Key", HOOK_KEY), MemoryEventStore(), handled))
    seller = box.credentials["seller_id"]
    with box.connect(Quivo) as quivo:
        quivo.subscriptions.create(seller, "ORDERS", served.url, headers={"X-Webhook-Key": HOOK_KEY})
        ids = [quivo.orders.submit(examples.quivo_order(seller, f"WH-Q-{n}")).order_id for n in range(20)]
    last = {order_id: 1 for order_id in ids}
    for step in range(8):
        for order_id in ids[step % 3 :: 2]:
            last[order_id] = box.api.change_order(order_id)
    flushed(box)

    by_order: dict[str, list[int]] = collections.defaultdict(list)
    for event in handled.events:
        by_order[str(event.entity_id)].append(int(event.version or 0))
    assert {order_id: versions[-1] for order_id, versions in by_order.items()} == {str(k): v for k, v in last.items()}
    assert all(versions == sorted(set(versions)) for versions in by_order.values()), "a version went backwards"
    assert len(handled.keys) == len(set(handled.keys))
    assert any(d.status == 500 for d in box.api.webhooks.log), "no receiver failure was retried"


def test_spotgo_deactivates_after_five_failed_deliveries_and_the_client_resets_it(
    freight_sandbox: Callable[..., Any], serve: Callable[[Receiver], Served]
) -> None:
    """The subscription's credential is not the one the receiver checks: every delivery is refused
    (401), each a failure after its retries; after 5 the subscription is off, and `reset` turns
    it back on once the credential is right."""
    box = freight_sandbox("spotgo", server=True)
    box.api.webhooks.configure(backoff=0.01)
    handled = Handled()
    served = serve(Receiver("spotgo", BasicAuth(USER, PASSWORD), MemoryEventStore(), handled))
    with box.connect(SpotGo) as spotgo:
        wrong = spotgo.webhooks.subscribe(
            served.url, "DocumentUploaded", authentication=spotgo.webhooks.basic(USER, "not-the-password")
        )
        order = spotgo.orders.create(examples.spotgo_order("WH-OFF-1"))
        for _ in range(4):
            spotgo.documents.upload(order.order_id, ("cmr.pdf", b"%PDF-1.4 cmr"), "cmr")
            flushed(box)
        state = spotgo.webhooks.get(wrong.subscription_id)
        assert state.is_active is False and state.failure_count == 5
        assert handled.events == [] and {d.status for d in box.api.webhooks.log} == {401}
        assert len(box.api.webhooks.log) == 5 * 4  # each delivery tried once and retried 3 times

        spotgo.documents.upload(order.order_id, ("cmr.pdf", b"%PDF-1.4 cmr"), "cmr")  # the subscription is off
        flushed(box)
        assert len(box.api.webhooks.log) == 20

        right = spotgo.webhooks.subscribe(
            served.url, "DocumentUploaded", authentication=spotgo.webhooks.basic(USER, PASSWORD)
        )
        spotgo.webhooks.delete(wrong.subscription_id)
        spotgo.webhooks.reset(right.subscription_id)
        assert spotgo.webhooks.is_active(right.subscription_id)
        spotgo.documents.upload(order.order_id, ("cmr.pdf", b"%PDF-1.4 cmr"), "cmr")
        flushed(box)
    assert [event.name for event in handled.events] == ["example.event.publish.test", "document.uploaded"]


def test_forged_deliveries_over_the_socket_are_refused(
    freight_sandbox: Callable[..., Any], serve: Callable[[Receiver], Served]
) -> None:
    handled = Handled()
    served = serve(Receiver("spotgo", BasicAuth(USER, PASSWORD), MemoryEventStore(), handled))
    body = json.dumps({"id": "ff79b7b2fb354571b845397a726038e6", "subscriptionId": "s", "event": "document.accepted"})
    good = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
    bad = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}x".encode()).decode()
    with httpx.Client(trust_env=False) as client:
        answers = [
            client.post(served.url, content=body).status_code,
            client.post(served.url, content=body, headers={"Authorization": bad}).status_code,
            client.post(served.url, content=body, headers={"Authorization": f"Bearer {PASSWORD}"}).status_code,
            client.post(
                served.url, content=body, headers=[("Authorization", bad), ("Authorization", good)]
            ).status_code,
            client.get(served.url, headers={"Authorization": good}).status_code,
            client.post(served.url, content=body, headers={"Authorization": good}).status_code,
        ]
    assert answers == [401, 401, 401, 401, 405, 200]
    assert [event.name for event in handled.events] == ["document.accepted"]
