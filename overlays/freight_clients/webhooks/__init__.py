"""Receiving the vendors' webhook deliveries: authenticate, parse, deduplicate, order, hand over.

Framework-agnostic: `Receiver.receive(headers, body)` returns the status to answer; `asgi_app`
wraps it for any ASGI server. A delivery is authenticated against what the subscription was created
with (Basic, an API key header, or a bearer token), compared in constant time; its events are parsed
into `WebhookEvent`s open to unknown event names and fields; each event is handled at most once per
`EventStore` (in memory, or SQLite shared by processes), and a Quivo entity's `version` never moves
backwards. Vendors retry a delivery that is not answered 200, so a handler that raises gets a 500.

    receiver = Receiver("quivo", ApiKeyAuth("X-Webhook-Key", secret), SQLiteEventStore("events.db"), handle)
    app = asgi_app(receiver)   # uvicorn module:app
    Reconciler(spotgo, receiver, [subscription_id]).run()   # on a schedule: missed events, resets

Layer: a leaf of the client package; imports the standard library only (the `Reconciler` is
given a client, it imports none).
"""

from ._auth import ApiKeyAuth, BasicAuth, BearerAuth, DeliveryAuth
from ._events import WebhookEvent, WebhookParseError, parse_events
from ._receiver import Answer, Receiver, asgi_app
from ._reconciler import SPOTGO_EVENT_TYPES, Reconciler, ReconcileReport, spotgo_events
from ._store import EventStore, MemoryEventStore, SQLiteEventStore

__all__ = [
    "SPOTGO_EVENT_TYPES",
    "Answer",
    "ApiKeyAuth",
    "BasicAuth",
    "BearerAuth",
    "DeliveryAuth",
    "EventStore",
    "MemoryEventStore",
    "Receiver",
    "ReconcileReport",
    "Reconciler",
    "SQLiteEventStore",
    "WebhookEvent",
    "WebhookParseError",
    "asgi_app",
    "parse_events",
    "spotgo_events",
]
