"""The receiver: one delivery in, the status to answer out, each event handled at most once.

Answers: 401 unauthenticated (nothing is parsed), 413 over `max_body`, 400 not the vendor's shape
(a retry cannot help), 503 while another handler holds one of its events, or the entity of a
versioned one (the vendor retries), 500 when the handler raised (the event is released, so the
vendor's retry handles it), else 200: events handled, duplicates and versions older than the
newest handled one skipped."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ._auth import DeliveryAuth, Headers
from ._events import PARSERS, WebhookEvent, WebhookParseError, parse_events
from ._store import EventStore, MemoryEventStore

log = logging.getLogger("freight_clients.webhooks")

#: Vendors' deliveries are small (an id and a name, or a list of thin events).
MAX_BODY = 1 << 20


@dataclass(frozen=True)
class Answer:
    """What `receive` decided: the status to answer and what became of each event."""

    status: int
    reason: str = "ok"
    handled: tuple[WebhookEvent, ...] = ()
    skipped: tuple[tuple[WebhookEvent, str], ...] = field(default=())

    @property
    def body(self) -> bytes:
        return json.dumps({"status": self.status, "reason": self.reason}).encode()


def _pairs(headers: Mapping[str, str] | Iterable[tuple[str, str]]) -> Headers:
    return list(headers.items()) if isinstance(headers, Mapping) else list(headers)


class Receiver:
    """Authenticates, parses and hands the events of `api`'s deliveries to `handler`, once each.

    `on_unknown(event)` sees every event with fields the documented shape does not have (feed them
    to a drift report); `lease` is how long a claimed event stays another handler's."""

    def __init__(
        self,
        api: str,
        auth: DeliveryAuth,
        store: EventStore | None = None,
        handler: Callable[[WebhookEvent], Any] | None = None,
        *,
        lease: float = 60.0,
        max_body: int = MAX_BODY,
        on_unknown: Callable[[WebhookEvent], Any] | None = None,
    ) -> None:
        if api not in PARSERS:
            raise ValueError(f"no webhook deliveries are known for {api!r}; expected one of {sorted(PARSERS)}")
        self.api = api
        self.auth = auth
        self.store: EventStore = store if store is not None else MemoryEventStore()
        self.handler = handler or (lambda event: None)
        self.lease = lease
        self.max_body = max_body
        self.on_unknown = on_unknown

    def receive(self, headers: Mapping[str, str] | Iterable[tuple[str, str]], body: bytes) -> Answer:
        """Decide one delivery (blocking: the handler and the store run here)."""
        if not self.auth.authenticate(_pairs(headers)):
            log.warning("%s webhook: refused an unauthenticated delivery", self.api)
            return Answer(401, "unauthenticated")
        if len(body) > self.max_body:
            return Answer(413, f"over {self.max_body} bytes")
        try:
            events = parse_events(self.api, body)
        except WebhookParseError as error:
            log.warning("%s webhook: refused a delivery: %s", self.api, error)
            return Answer(400, str(error))
        return self.process(events)

    def process(self, events: Iterable[WebhookEvent]) -> Answer:
        """Handle events that need no authentication (the `Reconciler`'s re-read ones) exactly as a
        delivery's: each at most once per store, versions never backwards; the same Answer."""
        handled: list[WebhookEvent] = []
        skipped: list[tuple[WebhookEvent, str]] = []
        for event in events:
            if event.unknown and self.on_unknown is not None:
                self.on_unknown(event)
            outcome = self._one(event)
            if isinstance(outcome, Answer):
                return Answer(outcome.status, outcome.reason, tuple(handled), tuple(skipped))
            if outcome == "handled":
                handled.append(event)
            else:
                skipped.append((event, outcome))
        return Answer(200, "ok", tuple(handled), tuple(skipped))

    def _one(self, event: WebhookEvent) -> Answer | str:
        """Handle one event: "handled", a reason it was skipped, or the Answer that ends the delivery.
        A versioned event is handled under a claim on its entity, so that an older version arriving
        while a newer one's handler runs waits (503) and is then stale, never handled after it."""
        if event.version is None:
            return self._handle(event)
        entity = f"{event.entity}:{event.entity_id}"
        if self.store.claim(f"entity:{entity}", self.lease) == "busy":
            return Answer(503, f"{entity} is being handled")
        try:
            if not self.store.is_newer(entity, event.version):
                return "stale"
            outcome = self._handle(event)
            if outcome == "handled":
                self.store.advance(entity, event.version)
            return outcome
        finally:
            self.store.release(f"entity:{entity}")

    def _handle(self, event: WebhookEvent) -> Answer | str:
        claim = self.store.claim(event.key, self.lease)
        if claim == "done":
            return "duplicate"
        if claim == "busy":
            return Answer(503, f"event {event.id} is being handled")
        try:
            self.handler(event)
        except Exception as error:
            self.store.release(event.key)
            log.error(
                "%s webhook: the handler of %s %s raised %s", self.api, event.name, event.id, type(error).__name__
            )
            return Answer(500, "handler failed")
        self.store.done(event.key)
        return "handled"


def asgi_app(receiver: Receiver) -> Callable[..., Any]:
    """An ASGI application that answers every POST with `receiver.receive` (run in a worker thread,
    since handlers and stores block); other methods get 405."""

    async def app(scope: dict[str, Any], receive: Callable[..., Any], send: Callable[..., Any]) -> None:
        if scope["type"] == "lifespan":
            while (message := await receive())["type"] != "lifespan.shutdown":
                await send({"type": "lifespan.startup.complete"})
            await send({"type": "lifespan.shutdown.complete"})
            return
        if scope["type"] != "http":
            return
        if scope["method"] != "POST":
            answer = Answer(405, "POST only")
        else:
            chunks: list[bytes] = []
            size = 0
            more = True
            while more and size <= receiver.max_body:
                message = await receive()
                chunk = message.get("body", b"")
                chunks.append(chunk)
                size += len(chunk)
                more = message.get("more_body", False)
            headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in scope["headers"]]
            if size > receiver.max_body:
                answer = Answer(413, f"over {receiver.max_body} bytes")
            else:
                body = b"".join(chunks)
                answer = await asyncio.get_running_loop().run_in_executor(None, receiver.receive, headers, body)
        await send(
            {
                "type": "http.response.start",
                "status": answer.status,
                "headers": [(b"content-type", b"application/json")],
            }
        )
        await send({"type": "http.response.body", "body": answer.body})

    return app
