"""The reconciler against the sandboxes: a SpotGo subscription the sandbox deactivated is found
and reset in one pass, the events its dropped deliveries would have brought reach the handler once
(through the receiver's store, so nothing a delivery brought is handed over again), and a Quivo
subscription that is no longer listed is reported (issue 26, item 3). Deliveries go straight into
the receiver (the sandbox's `send` stand-in): what is under test is the pass, not the socket."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Mapping
from typing import Any

from freight_clients import AsyncQuivo, AsyncSpotGo, Quivo, SpotGo
from freight_clients.webhooks import BasicAuth, MemoryEventStore, Receiver, Reconciler, WebhookEvent
from freight_sandbox import examples

USER, PASSWORD = "spotgo-hooks", "pw-3b8e51c0"
URL = "http://127.0.0.1:9/hooks"  # loopback, never dialled: the stand-in sender answers


class Wire:
    """The sandbox's sender: into `receiver`, or answered 500 while `down`."""

    def __init__(self, receiver: Receiver) -> None:
        self.receiver = receiver
        self.down = False

    def __call__(self, url: str, headers: Mapping[str, str], body: bytes) -> int:
        return 500 if self.down else self.receiver.receive(headers, body).status


def setup(freight_sandbox: Callable[..., Any]) -> tuple[Any, list[WebhookEvent], Receiver, Wire]:
    box = freight_sandbox("spotgo")
    handled: list[WebhookEvent] = []
    receiver = Receiver("spotgo", BasicAuth(USER, PASSWORD), MemoryEventStore(), handled.append)
    wire = Wire(receiver)
    box.api.webhooks.configure(send=wire, backoff=0.0, seed=3)
    return box, handled, receiver, wire


def flushed(box: Any) -> None:
    assert box.api.webhooks.flush(timeout=60), "deliveries still queued"


def miss_five_deliveries(box: Any, spotgo: SpotGo, wire: Wire, order_id: str) -> list[str]:
    """While the receiver answers 500, five uploads' deliveries fail: the subscription is off."""
    wire.down = True
    missed = []
    for n in range(5):
        missed.append(str(spotgo.documents.upload(order_id, (f"m{n}.pdf", b"%PDF-1.4"), "cmr").document_id))
        flushed(box)
    wire.down = False
    return missed


def test_a_deactivated_subscription_is_reset_and_its_missed_events_handled_once_in_one_pass(
    freight_sandbox: Callable[..., Any],
) -> None:
    box, handled, receiver, wire = setup(freight_sandbox)
    with box.connect(SpotGo) as spotgo:
        sub = spotgo.webhooks.subscribe(URL, "All", authentication=spotgo.webhooks.basic(USER, PASSWORD))
        order_id = str(spotgo.orders.create(examples.spotgo_order("REC-1")).order_id)
        seen = spotgo.documents.upload(order_id, ("cmr.pdf", b"%PDF-1.4"), "cmr")
        spotgo.documents.accept(order_id, seen.document_id)
        flushed(box)
        delivered = [event.key for event in handled]
        missed = miss_five_deliveries(box, spotgo, wire, order_id)
        spotgo.documents.reject(order_id, missed[0], comment="blurred")  # not sent: the subscription is off
        flushed(box)
        assert spotgo.webhooks.is_active(sub.subscription_id) is False

        report = Reconciler(spotgo, receiver, [sub.subscription_id]).run()

        assert report.deactivated == report.reset == (str(sub.subscription_id),)
        assert spotgo.webhooks.is_active(sub.subscription_id)
        assert sorted((e.name, e.unknown["documentId"]) for e in report.replayed) == sorted(
            [("document.uploaded", d) for d in missed] + [("document.rejected", missed[0])]
        )
        assert report.already_seen == 2 and report.orders == 1 and report.failed == ()
        keys = [event.key for event in handled]
        assert keys[: len(delivered)] == delivered and len(keys) == len(set(keys)) == len(delivered) + 6

        again = Reconciler(spotgo, receiver, [sub.subscription_id]).run()
        assert again.replayed == () and again.deactivated == () and again.already_seen == 8

        later = spotgo.documents.upload(order_id, ("late.pdf", b"%PDF-1.4"), "cmr")  # delivered again after reset
        flushed(box)
    assert handled[-1].unknown["documentId"] == str(later.document_id) and "reconciled" not in handled[-1].unknown


def test_replayed_events_follow_the_subscriptions_event_types(freight_sandbox: Callable[..., Any]) -> None:
    """Workflow A subscribes to accepted documents only: a pass hands over acceptances, no uploads."""
    box, _, receiver, wire = setup(freight_sandbox)
    with box.connect(SpotGo) as spotgo:
        sub = spotgo.webhooks.subscribe(URL, "DocumentAccepted", authentication=spotgo.webhooks.basic(USER, PASSWORD))
        order_id = str(spotgo.orders.create(examples.spotgo_order("REC-A")).order_id)
        wire.down = True
        documents = [spotgo.documents.upload(order_id, (f"{n}.pdf", b"%PDF-1.4"), "cmr") for n in range(2)]
        spotgo.documents.accept(order_id, documents[1].document_id)
        flushed(box)
        wire.down = False
        report = Reconciler(spotgo, receiver, [sub.subscription_id], reset=False).run()
    assert [(e.name, e.unknown["documentId"]) for e in report.replayed] == [
        ("document.accepted", str(documents[1].document_id))
    ]
    assert report.deactivated == () and report.reset == ()


def test_a_handler_failure_during_a_pass_is_reported_and_handled_by_the_next(
    freight_sandbox: Callable[..., Any],
) -> None:
    box, handled, _, wire = setup(freight_sandbox)
    failing = {"on": True}

    def handler(event: WebhookEvent) -> None:
        if failing["on"] and "reconciled" in event.unknown:
            raise RuntimeError("the database is down")
        handled.append(event)

    receiver = Receiver("spotgo", BasicAuth(USER, PASSWORD), MemoryEventStore(), handler)
    wire.receiver = receiver
    with box.connect(SpotGo) as spotgo:
        sub = spotgo.webhooks.subscribe(URL, "All", authentication=spotgo.webhooks.basic(USER, PASSWORD))
        order_id = str(spotgo.orders.create(examples.spotgo_order("REC-F")).order_id)
        flushed(box)
        wire.down = True
        spotgo.documents.upload(order_id, ("cmr.pdf", b"%PDF-1.4"), "cmr")
        flushed(box)
        wire.down = False
        first = Reconciler(spotgo, receiver, [sub.subscription_id]).run()
        failing["on"] = False
        second = Reconciler(spotgo, receiver, [sub.subscription_id]).run()
    assert [answer.status for _, answer in first.failed] == [500] and first.replayed == ()
    assert [e.name for e in second.replayed] == ["document.uploaded"] and second.failed == ()


def test_the_async_pass_resets_and_replays_like_the_blocking_one(freight_sandbox: Callable[..., Any]) -> None:
    box, _, receiver, wire = setup(freight_sandbox)
    with box.connect(SpotGo) as spotgo:
        sub = spotgo.webhooks.subscribe(URL, "All", authentication=spotgo.webhooks.basic(USER, PASSWORD))
        order_id = str(spotgo.orders.create(examples.spotgo_order("REC-ASYNC")).order_id)
        missed = miss_five_deliveries(box, spotgo, wire, order_id)

    async def run() -> Any:
        async with box.connect(AsyncSpotGo) as client:
            report = await Reconciler(client, receiver).arun()  # every listed subscription
            return report, await client.webhooks.is_active(sub.subscription_id)

    report, active = asyncio.run(run())
    assert report.reset == (str(sub.subscription_id),) and active
    assert sorted(e.unknown["documentId"] for e in report.replayed) == sorted(missed)


def test_quivo_reports_a_persisted_subscription_that_is_no_longer_listed(freight_sandbox: Callable[..., Any]) -> None:
    box = freight_sandbox("quivo")
    receiver = Receiver("quivo", BasicAuth(USER, PASSWORD))
    seller = box.credentials["seller_id"]
    with box.connect(Quivo) as quivo:
        kept = quivo.subscriptions.create(seller, "ORDERS", URL)
        gone = quivo.subscriptions.create(seller, "SHIPMENTS", URL)
        box.api.webhooks.remove(next(iter(box.api.webhooks.subscriptions)), str(gone.uuid))  # Quivo dropped it
        report = Reconciler(quivo, receiver, [str(kept.uuid), str(gone.uuid)]).run()
    assert report.missing == (str(gone.uuid),) and report.replayed == ()
    assert json.dumps(report.missing)  # plain ids, ready for the user's alert

    async def run() -> Any:
        async with box.connect(AsyncQuivo) as client:
            return await Reconciler(client, receiver, [str(gone.uuid), str(kept.uuid)]).arun()

    assert asyncio.run(run()).missing == (str(gone.uuid),)
