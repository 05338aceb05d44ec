"""The reconciler a user runs on a schedule: what missed deliveries would have said, and SpotGo
subscriptions the vendor deactivated, found by reading the API instead of waiting for a delivery.

SpotGo: each subscription is read back (`webhooks.get`); one with `isActive` false (the field and
SpotGo's deactivation after repeated failures are inferred in our spec, anchors-3 §3.3 gives only
reset's "resets the failure count on the webhook to activate it again") is reset
(`webhooks.reset`) first, so that what changes next is delivered again. Then every order the query
returns is read (`orders.query`, whose rows carry the documents, 001) and each document's state is
turned into the events that announced it (`document.uploaded`, then `document.accepted` or
`document.rejected`: our event names, see the spec's WebhookEventPayload), for the event types the
subscriptions asked for. They go through `Receiver.process`, so an event a delivery already brought
is a duplicate there (its key names the document, not the delivery's id) and the handler sees each
state change once. SpotGo's query has no "changed since" filter (000/001 list status, carrier,
order number and dates), so a pass reads every order the query matches: narrow it with `query`
(e.g. `{"statuses": ["active"]}` once completed orders need no more events).

Quivo: no operation of its API that our client has lists or reads an entity (the public docs show
`POST /orders` and the subscriptions only), so missed thin events cannot be found by query; a pass
checks that the subscriptions the user persisted are still listed and reports those that are not
(creating one again is not idempotent: that is the user's call).

    reconciler = Reconciler(spotgo, receiver, [subscription_id])
    report = reconciler.run()            # sync client; `await reconciler.arun()` with AsyncSpotGo

Layer: above the API clients it is given (it never imports them); imports this package only.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ._events import WebhookEvent
from ._receiver import Answer, Receiver

#: The delivery events each SpotGo subscription event type asks for (None: every one). Only `All`
#: is public; the other spellings and the event names are ours (the spec's WebhookEventType).
SPOTGO_EVENT_TYPES: dict[str, str | None] = {
    "All": None,
    "DocumentUploaded": "document.uploaded",
    "DocumentAccepted": "document.accepted",
    "DocumentRejected": "document.rejected",
}
#: A document status and the events that announced it, in the order they happened (001: a new
#: document is reviewed, then accepted or rejected).
_ANNOUNCED = {
    "Accepted": ("document.uploaded", "document.accepted"),
    "Rejected": ("document.uploaded", "document.rejected"),
}


@dataclass(frozen=True)
class ReconcileReport:
    """What one pass found: the orders read, the events handed to the handler for the first time
    (`replayed`), those a delivery had brought already (`already_seen`), the subscriptions found
    deactivated and those reset, the subscriptions no longer listed, and events whose handler
    failed (`failed`: they are released, so the next pass or a delivery handles them)."""

    orders: int = 0
    replayed: tuple[WebhookEvent, ...] = ()
    already_seen: int = 0
    deactivated: tuple[str, ...] = ()
    reset: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    failed: tuple[tuple[WebhookEvent, Answer], ...] = field(default=())


def _value(value: Any) -> str | None:
    """An open enum member's value, a string as is, None for None or UNSET."""
    value = getattr(value, "value", value)
    return value if isinstance(value, str) else None


def _wanted(event_types: Iterable[str | None]) -> frozenset[str] | None:
    """The event names the subscriptions ask for (None: all); an unknown type asks for all."""
    names: set[str] = set()
    for event_type in event_types:
        name = SPOTGO_EVENT_TYPES.get(event_type or "All")
        if name is None:
            return None
        names.add(name)
    return frozenset(names)


def spotgo_events(order: Any, wanted: frozenset[str] | None = None) -> list[WebhookEvent]:
    """The events that announced the current state of a SpotGo order's documents (an
    OrderQueryItemViewModel or OrderViewModel), keyed like the deliveries' (`WebhookEvent.key`)."""
    order_id = str(order.order_id)
    events = []
    for document in order.documents if isinstance(order.documents, list) else ():
        status = _value(document.status)
        document_id = _value(getattr(document, "document_id", None)) or str(document.document_id)
        for name in _ANNOUNCED.get(status or "", ("document.uploaded",)):
            if wanted is None or name in wanted:
                unknown = {"orderId": order_id, "documentId": document_id, "reconciled": True}
                events.append(WebhookEvent("spotgo", f"reconciled-{uuid.uuid4().hex}", name, unknown=unknown))
    return events


class Reconciler:
    """One pass per `run()` (a sync client) or `await arun()` (its async twin) over `client`'s
    subscriptions `subscription_ids` (None: every listed one), handing found events to `receiver`.

    `query` narrows SpotGo's order query; `reset=False` only reports deactivated subscriptions."""

    def __init__(
        self,
        client: Any,
        receiver: Receiver,
        subscription_ids: Iterable[str | uuid.UUID] | None = None,
        *,
        query: dict[str, Any] | None = None,
        reset: bool = True,
    ) -> None:
        if receiver.api not in ("spotgo", "quivo"):
            raise ValueError(f"no reconciler for {receiver.api!r}: SpotGo and Quivo only")
        self.client = client
        self.receiver = receiver
        self.subscription_ids = None if subscription_ids is None else [str(s) for s in subscription_ids]
        self.query = query
        self.reset = reset

    # -- the decisions, shared by both drivers ---------------------------------------------------

    def _verdicts(self, items: Iterable[Any]) -> tuple[list[str], list[str], list[str], list[str | None]]:
        """From subscriptions read back: the ids to check, the deactivated ones, the missing ones,
        and the event types asked for (SpotGo's `eventType`)."""
        found = {str(item.subscription_id if self.receiver.api == "spotgo" else item.uuid): item for item in items}
        ids = list(found) if self.subscription_ids is None else self.subscription_ids
        missing = [s for s in ids if s not in found]
        present = [found[s] for s in ids if s in found]
        if self.receiver.api == "quivo":
            return ids, [], missing, []
        deactivated = [str(item.subscription_id) for item in present if item.is_active is False]
        return ids, deactivated, missing, [_value(item.event_type) for item in present]

    def _tally(self, events: list[WebhookEvent], answers: list[Answer], totals: dict[str, Any]) -> None:
        for event, answer in zip(events, answers, strict=True):
            if answer.handled:
                totals["replayed"].append(event)
            elif answer.status == 200:
                totals["already_seen"] += 1
            else:
                totals["failed"].append((event, answer))

    @staticmethod
    def _report(totals: dict[str, Any], **rest: Any) -> ReconcileReport:
        return ReconcileReport(
            orders=totals["orders"],
            replayed=tuple(totals["replayed"]),
            already_seen=totals["already_seen"],
            failed=tuple(totals["failed"]),
            **{key: tuple(value) for key, value in rest.items()},
        )

    # -- blocking --------------------------------------------------------------------------------

    def run(self) -> ReconcileReport:
        """One pass with a blocking client (SpotGo, Quivo)."""
        if self.receiver.api == "quivo":
            _, _, missing, _ = self._verdicts(self.client.subscriptions.list())
            return ReconcileReport(missing=tuple(missing))
        _, deactivated, missing, types = self._verdicts(self.client.webhooks.list().items)
        reset = []
        if self.reset:
            for subscription_id in deactivated:
                self.client.webhooks.reset(subscription_id)
                reset.append(subscription_id)
        wanted = _wanted(types)
        totals: dict[str, Any] = {"orders": 0, "replayed": [], "already_seen": 0, "failed": []}
        if types:
            for order in self.client.orders.query(self.query):
                totals["orders"] += 1
                events = spotgo_events(order, wanted)
                self._tally(events, [self.receiver.process([e]) for e in events], totals)
        return self._report(totals, deactivated=deactivated, reset=reset, missing=missing)

    # -- async -----------------------------------------------------------------------------------

    async def arun(self) -> ReconcileReport:
        """One pass with an async client (AsyncSpotGo, AsyncQuivo); the receiver's handler runs in
        a worker thread, as in `asgi_app`."""
        if self.receiver.api == "quivo":
            _, _, missing, _ = self._verdicts(await self.client.subscriptions.list())
            return ReconcileReport(missing=tuple(missing))
        _, deactivated, missing, types = self._verdicts((await self.client.webhooks.list()).items)
        reset = []
        if self.reset:
            for subscription_id in deactivated:
                await self.client.webhooks.reset(subscription_id)
                reset.append(subscription_id)
        wanted = _wanted(types)
        totals: dict[str, Any] = {"orders": 0, "replayed": [], "already_seen": 0, "failed": []}
        if types:
            async for order in self.client.orders.query(self.query):
                totals["orders"] += 1
                events = spotgo_events(order, wanted)
                answers = [await asyncio.to_thread(self.receiver.process, [e]) for e in events]
                self._tally(events, answers, totals)
        return self._report(totals, deactivated=deactivated, reset=reset, missing=missing)
