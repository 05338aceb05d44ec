"""A delivery's body as typed events, per vendor, open to what we do not know.

The shapes rest on public material, not on the seeds (which name the schemas only):
- SpotGo: `{"id", "subscriptionId", "event"}` (SpotGo's webhook-flow page, research/spotgo.md §7.1);
  the Carrier Portal's document event names are not public, so any name is accepted.
- Quivo: thin events `{"events": [{"id", "entity", "lastModified", "version"}]}` (api-docs.quivo.co
  webhooks pages, research/anchors-3.md §3.2): the receiver reads the entity itself.
- Trans.eu: `{"id", "event_name": "{freights.proposal_request.negotiated}", "occurred_at", "data"}`,
  the name in braces, `id` a string in the example though documented as an integer (orders-api v1.113.4).
Fields outside these go to `WebhookEvent.unknown` (for the drift report), never an error.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

#: The keys each vendor's event is read from; any other key lands in `unknown`.
KNOWN_KEYS = {
    "spotgo": frozenset({"id", "subscriptionId", "event"}),
    "quivo": frozenset({"id", "entity", "lastModified", "version"}),
    "transeu": frozenset({"id", "event_name", "occurred_at", "data"}),
    "transeu_platform": frozenset({"id", "event_name", "occurred_at", "data"}),
}


#: Keys of a SpotGo delivery that name what it is about: not in any public example (so they stay in
#: `unknown`), but when present they tell two events with one id apart (see `WebhookEvent.key`).
SPOTGO_SUBJECT = ("orderId", "documentId")


class WebhookParseError(ValueError):
    """A delivery body that is not the vendor's event shape (answered 400: the vendor's retry will not help)."""


@dataclass(frozen=True)
class WebhookEvent:
    """One event of a delivery. `key` identifies it for deduplication; for a thin event (Quivo)
    `entity`/`entity_id`/`version` say what to read back and in which order."""

    api: str
    id: str
    name: str
    subscription_id: str | None = None
    entity: str | None = None
    entity_id: str | None = None
    version: int | None = None
    occurred_at: str | None = None
    data: Any = None
    unknown: Mapping[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> str:
        """What makes a delivery of this event a duplicate. Quivo: the entity and its version (the
        id names the entity). SpotGo: the id *with* the event name, and the document or order the
        event names if it does: SpotGo's public examples give the registration test event and an
        `order.process.failure` the same id (ff79b7b2...), so the id alone would drop a real event.
        That the pair identifies an event is inferred from those examples (research/spotgo.md §7.1).
        An event naming a document is keyed by the name and the document without the id: 001 lets a
        document be uploaded once and move InReview -> Accepted or Rejected once, so the pair names
        one state change whatever id a delivery (or the reconciler, which cannot know the id) gave
        it (inferred from 001's transitions). Trans.eu: the id names the object the event is about,
        so its name and time go with it (an order's "updated" is not a repeat of its "created")."""
        if self.api == "quivo":
            return f"quivo:{self.entity}:{self.entity_id}:{self.version}"
        if self.api == "spotgo":
            subject = [str(self.unknown[name]) for name in SPOTGO_SUBJECT if self.unknown.get(name) is not None]
            if self.unknown.get("documentId") is not None:
                return ":".join(["spotgo", self.name, *subject])
            return ":".join(["spotgo", self.name, self.id, *subject])
        if self.api in ("transeu", "transeu_platform"):
            return f"{self.api}:{self.id}:{self.name}:{self.occurred_at}"
        return f"{self.api}:{self.id}"


def _text(item: Mapping[str, Any], name: str, *, required: bool = True) -> str | None:
    value = item.get(name)
    if value is None and not required:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int) or value == "":
        raise WebhookParseError(f"{name} must be a non-empty string or integer, not {value!r}"[:200])
    return str(value)


def _unknown(api: str, item: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in item.items() if key not in KNOWN_KEYS[api]}


def _spotgo(body: Any) -> list[WebhookEvent]:
    if not isinstance(body, dict):
        raise WebhookParseError("a SpotGo delivery is one JSON object")
    return [
        WebhookEvent(
            "spotgo",
            str(_text(body, "id")),
            str(_text(body, "event")),
            subscription_id=_text(body, "subscriptionId", required=False),
            unknown=_unknown("spotgo", body),
        )
    ]


def _quivo(body: Any) -> list[WebhookEvent]:
    events = body.get("events") if isinstance(body, dict) else None
    if not isinstance(events, list) or not all(isinstance(item, dict) for item in events):
        raise WebhookParseError('a Quivo delivery is {"events": [{...}, ...]}')
    parsed = []
    for item in events:
        version = item.get("version")
        if isinstance(version, bool) or not isinstance(version, int):
            raise WebhookParseError(f"a Quivo event's version must be an integer, not {version!r}"[:200])
        entity = str(_text(item, "entity"))
        entity_id = str(_text(item, "id"))
        parsed.append(
            WebhookEvent(
                "quivo",
                entity_id,
                f"{entity.lower()}.changed",
                entity=entity,
                entity_id=entity_id,
                version=version,
                occurred_at=_text(item, "lastModified", required=False),
                unknown=_unknown("quivo", item),
            )
        )
    return parsed


def _transeu(body: Any, api: str = "transeu") -> list[WebhookEvent]:
    if not isinstance(body, dict):
        raise WebhookParseError("a Trans.eu callback is one JSON object")
    name = str(_text(body, "event_name"))
    if name.startswith("{") and name.endswith("}"):
        name = name[1:-1]
    return [
        WebhookEvent(
            api,
            str(_text(body, "id")),
            name,
            occurred_at=_text(body, "occurred_at", required=False),
            data=body.get("data"),
            unknown=_unknown(api, body),
        )
    ]


PARSERS: dict[str, Callable[[Any], list[WebhookEvent]]] = {
    "spotgo": _spotgo,
    "quivo": _quivo,
    "transeu": _transeu,
    # The callbacks are the platform API's (`callback_url` in its create); the same shape either name.
    "transeu_platform": lambda body: _transeu(body, "transeu_platform"),
}


def parse_events(api: str, body: bytes | str) -> list[WebhookEvent]:
    """The events of one delivery to `api`'s receiver; a WebhookParseError for anything else."""
    try:
        parser = PARSERS[api]
    except KeyError:
        raise ValueError(f"no webhook deliveries are known for {api!r}; expected one of {sorted(PARSERS)}") from None
    try:
        decoded = json.loads(body)
    except (ValueError, RecursionError) as error:
        raise WebhookParseError(f"the delivery is not JSON: {error}"[:200]) from None
    return parser(decoded)
