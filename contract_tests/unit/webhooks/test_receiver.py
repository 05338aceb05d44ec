"""The webhook receiver: only authenticated deliveries, each event handled once, versions never
backwards, a failing handler answered so that the vendor retries; no socket, no sandbox."""

from __future__ import annotations

import asyncio
import base64
import json
import multiprocessing
import random
import threading
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from freight_clients.webhooks import (
    ApiKeyAuth,
    BasicAuth,
    BearerAuth,
    MemoryEventStore,
    Receiver,
    SQLiteEventStore,
    WebhookEvent,
    WebhookParseError,
    asgi_app,
    parse_events,
)

KEY = "whk-5d1c0f3e9a"
AUTH = [("X-Webhook-Key", KEY)]


def quivo_delivery(*events: tuple[str, int]) -> bytes:
    items = [
        {"id": entity, "entity": "ORDERS", "lastModified": "2026-12-07T10:00:00Z", "version": v} for entity, v in events
    ]
    return json.dumps({"events": items}).encode()


def basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


# --- authentication ------------------------------------------------------------------------------


def test_each_kind_of_credential_accepts_only_its_own_value() -> None:
    assert BasicAuth("spotgo", "s3cret!").authenticate([("authorization", basic("spotgo", "s3cret!"))])
    assert not BasicAuth("spotgo", "s3cret!").authenticate([("Authorization", basic("spotgo", "s3cret?"))])
    assert not BasicAuth("spotgo", "s3cret!").authenticate([("Authorization", "Basic !!not-base64")])
    assert ApiKeyAuth("X-Webhook-Key", KEY).authenticate([("x-webhook-key", KEY)])
    assert not ApiKeyAuth("X-Webhook-Key", KEY).authenticate([("X-Webhook-Key", KEY + "x")])
    assert BearerAuth("tok-123456").authenticate([("Authorization", "Bearer tok-123456")])
    assert BearerAuth(verify=lambda token: token.startswith("ok-")).authenticate([("Authorization", "bearer ok-1")])
    assert not BearerAuth("tok-123456").authenticate([("Authorization", "Bearer ")])


def test_a_repeated_credential_header_is_refused() -> None:
    assert not ApiKeyAuth("X-Webhook-Key", KEY).authenticate([("X-Webhook-Key", "forged"), ("x-webhook-key", KEY)])


def test_no_secret_is_in_a_repr() -> None:
    for auth in (BasicAuth("u", "pw-123456"), ApiKeyAuth("X-K", KEY), BearerAuth("tok-123456")):
        assert "pw-123456" not in repr(auth) and KEY not in repr(auth) and "tok-123456" not in repr(auth)


@given(headers=st.lists(st.tuples(st.sampled_from(["X-Webhook-Key", "Authorization", "X-Other"]), st.text())))
def test_every_forged_delivery_is_refused_before_it_is_parsed(headers: list[tuple[str, str]]) -> None:
    handled: list[WebhookEvent] = []
    receiver = Receiver("quivo", ApiKeyAuth("X-Webhook-Key", KEY), handler=handled.append)
    answer = receiver.receive(headers, quivo_delivery(("O-1", 1)))
    genuine = [value for name, value in headers if name.lower() == "x-webhook-key"] == [KEY]
    assert answer.status == (200 if genuine else 401)
    assert len(handled) == (1 if genuine else 0)


# --- parsing -------------------------------------------------------------------------------------


def test_each_vendors_delivery_parses_into_events_open_to_unknown_fields() -> None:
    (spotgo,) = parse_events(
        "spotgo", b'{"id": "771de42b", "subscriptionId": "53559882", "event": "order.process.success", "extra": 1}'
    )
    assert (spotgo.name, spotgo.subscription_id, dict(spotgo.unknown)) == (
        "order.process.success",
        "53559882",
        {"extra": 1},
    )
    (transeu,) = parse_events(
        "transeu",
        b'{"id": "7", "event_name": "{freights.proposal_request.negotiated}", "occurred_at": "x", "data": {}}',
    )
    assert (transeu.name, transeu.id, transeu.data) == ("freights.proposal_request.negotiated", "7", {})
    first, second = parse_events("quivo", quivo_delivery(("O-1", 3), ("O-2", 1)))
    assert (first.entity, first.entity_id, first.version, second.key) == ("ORDERS", "O-1", 3, "quivo:ORDERS:O-2:1")


@pytest.mark.parametrize(
    "api, body",
    [
        ("spotgo", b"[]"),
        ("spotgo", b'{"id": "", "event": "x"}'),
        ("quivo", b'{"events": {}}'),
        ("quivo", b'{"events": [{"id": "O-1", "entity": "ORDERS", "version": "3"}]}'),
        ("transeu", b"not json"),
        ("transeu", b'{"id": true, "event_name": "{x}"}'),
    ],
)
def test_a_body_that_is_not_the_vendors_shape_is_a_parse_error(api: str, body: bytes) -> None:
    with pytest.raises(WebhookParseError):
        parse_events(api, body)
    assert Receiver(api, ApiKeyAuth("X-Webhook-Key", KEY)).receive(AUTH, body).status == 400


# --- deduplication and order ---------------------------------------------------------------------


def test_a_repeated_delivery_is_handled_once() -> None:
    handled: list[WebhookEvent] = []
    receiver = Receiver("quivo", ApiKeyAuth("X-Webhook-Key", KEY), handler=handled.append)
    for _ in range(3):
        assert receiver.receive(AUTH, quivo_delivery(("O-1", 1))).status == 200
    assert [event.key for event in handled] == ["quivo:ORDERS:O-1:1"]


#: SpotGo's three public example deliveries, verbatim (research/spotgo.md §7.1): the registration
#: test event and the failure share one id.
SPOTGO_EXAMPLES = [
    {"id": "ff79b7b2fb354571b845397a726038e6", "subscriptionId": "53559882-b8cd-4f08-b3f4-efc71a9e0254", "event": name}
    for name in ("example.event.publish.test", "order.process.failure")
] + [
    {
        "id": "771de42bf63f48f6b6e2ffaf253170cd",
        "subscriptionId": "53559882-b8cd-4f08-b3f4-efc71a9e0254",
        "event": "order.process.success",
    }
]


def test_spotgo_events_sharing_an_id_are_all_handled_and_each_repeat_is_not() -> None:
    """The dedupe key of a SpotGo event is its id and its event name (and the document it names, if
    any): keyed by the id alone, the public examples' failure event was dropped as a duplicate of
    the test event (inferred from those examples; issue 26)."""
    handled: list[WebhookEvent] = []
    receiver = Receiver("spotgo", ApiKeyAuth("X-Webhook-Key", KEY), handler=handled.append)
    for body in SPOTGO_EXAMPLES * 2:
        assert receiver.receive(AUTH, json.dumps(body).encode()).status == 200
    assert [event.name for event in handled] == [
        "example.event.publish.test",
        "order.process.failure",
        "order.process.success",
    ]
    one, other = (
        parse_events("spotgo", json.dumps({**SPOTGO_EXAMPLES[0], "event": "document.accepted", "documentId": d}))[0]
        for d in ("doc-1", "doc-2")
    )
    assert one.key != other.key and one.unknown["documentId"] == "doc-1"


def test_an_older_version_arriving_late_never_moves_state_backwards() -> None:
    seen: dict[str, int] = {}
    auth = ApiKeyAuth("X-Webhook-Key", KEY)
    receiver = Receiver("quivo", auth, handler=lambda e: seen.__setitem__(str(e.entity_id), int(e.version or 0)))
    receiver.receive(AUTH, quivo_delivery(("O-1", 2)))
    answer = receiver.receive(AUTH, quivo_delivery(("O-1", 1)))
    assert answer.status == 200 and [reason for _, reason in answer.skipped] == ["stale"] and seen == {"O-1": 2}


def test_an_older_version_arriving_while_a_newer_one_is_handled_waits_and_is_then_stale() -> None:
    """Two deliveries of one entity at once (a vendor's retry beside its next event): the older one
    is answered 503 while the newer one's handler runs, and skipped as stale on its retry. Found by
    this test: both passed the version check, so version 1 was handled after version 2 began."""
    handling = threading.Event()
    release = threading.Event()
    handled: list[int] = []

    def handler(event: WebhookEvent) -> None:
        if event.version == 2:
            handling.set()
            assert release.wait(30)
        handled.append(int(event.version or 0))

    receiver = Receiver("quivo", ApiKeyAuth("X-Webhook-Key", KEY), MemoryEventStore(), handler)
    newer = threading.Thread(target=receiver.receive, args=(AUTH, quivo_delivery(("O-1", 2))))
    newer.start()
    assert handling.wait(30)
    assert receiver.receive(AUTH, quivo_delivery(("O-1", 1))).status == 503
    release.set()
    newer.join(30)
    retried = receiver.receive(AUTH, quivo_delivery(("O-1", 1)))
    assert retried.status == 200 and [reason for _, reason in retried.skipped] == ["stale"]
    assert handled == [2]


def test_a_failing_handler_is_answered_500_and_the_retry_handles_the_event() -> None:
    calls: list[str] = []

    def flaky(event: WebhookEvent) -> None:
        calls.append(event.id)
        if len(calls) == 1:
            raise RuntimeError("database down")

    receiver = Receiver("spotgo", ApiKeyAuth("X-Webhook-Key", KEY), handler=flaky)
    body = b'{"id": "e1", "subscriptionId": "s", "event": "document.accepted"}'
    assert receiver.receive(AUTH, body).status == 500
    assert receiver.receive(AUTH, body).status == 200
    assert receiver.receive(AUTH, body).status == 200
    assert calls == ["e1", "e1"]


def test_an_event_another_handler_holds_is_answered_503_until_its_lease_ends() -> None:
    now = [0.0]
    store = MemoryEventStore(clock=lambda: now[0])
    receiver = Receiver("spotgo", ApiKeyAuth("X-Webhook-Key", KEY), store)
    body = b'{"id": "e1", "event": "document.accepted"}'
    assert store.claim(parse_events("spotgo", body)[0].key, 60) == "claimed"  # a handler elsewhere is on it
    assert receiver.receive(AUTH, body).status == 503
    now[0] = 61.0  # that handler died: its lease ran out
    assert receiver.receive(AUTH, body).status == 200


def test_ten_thousand_changes_with_duplicates_reordering_and_failures_end_in_the_final_state() -> None:
    """A simulated vendor: 1,000 orders x 10 versions, 10% of deliveries sent twice, 10% moved later,
    the receiver failing 5% of calls (the vendor retries those). Every order ends at its last version,
    no event is handled twice, and no order's state ever goes backwards."""
    rng = random.Random(20261207)
    changes = [(f"O-{order}", version) for version in range(1, 11) for order in range(1000)]
    queue: list[tuple[str, int]] = []
    for change in changes:
        queue.append(change)
        if rng.random() < 0.10:
            queue.append(change)
    for i in range(len(queue)):
        if rng.random() < 0.10:
            j = min(len(queue) - 1, i + rng.randint(1, 50))
            queue[i], queue[j] = queue[j], queue[i]
    state: dict[str, int] = {}
    handled: set[tuple[str, int]] = set()
    regressions = twice = 0

    def handle(event: WebhookEvent) -> None:
        nonlocal regressions, twice
        if rng.random() < 0.05:
            raise ConnectionError("receiver 5xx")
        assert event.entity_id is not None and event.version is not None
        twice += (event.entity_id, event.version) in handled
        handled.add((event.entity_id, event.version))
        regressions += event.version < state.get(event.entity_id, 0)
        state[event.entity_id] = event.version

    receiver = Receiver("quivo", ApiKeyAuth("X-Webhook-Key", KEY), handler=handle)
    for change in queue:
        while receiver.receive(AUTH, quivo_delivery(change)).status != 200:
            pass  # the vendor retries until it is answered 200
    assert len(queue) >= 10_000 and twice == 0 and regressions == 0
    assert state == {f"O-{order}": 10 for order in range(1000)}


def _worker(path: str, bodies: list[bytes], out: Any) -> None:
    handled: list[str] = []
    receiver = Receiver(
        "quivo", ApiKeyAuth("X-Webhook-Key", KEY), SQLiteEventStore(path), lambda e: handled.append(e.key)
    )
    for body in bodies:
        while receiver.receive(AUTH, body).status == 503:
            pass
    out.put(handled)


def test_processes_sharing_a_sqlite_store_handle_each_event_once(tmp_path: Path) -> None:
    bodies = [quivo_delivery((f"O-{n}", 1)) for n in range(150)]
    context = multiprocessing.get_context("spawn")
    out = context.Queue()
    workers = [context.Process(target=_worker, args=(str(tmp_path / "events.db"), bodies, out)) for _ in range(4)]
    for worker in workers:
        worker.start()
    results = [out.get(timeout=60) for _ in workers]
    for worker in workers:
        worker.join(timeout=10)
    keys = [key for handled in results for key in handled]
    assert sorted(keys) == sorted(f"quivo:ORDERS:O-{n}:1" for n in range(150))


def test_the_asgi_app_answers_as_the_receiver_decides() -> None:
    handled: list[WebhookEvent] = []
    app = asgi_app(Receiver("quivo", ApiKeyAuth("X-Webhook-Key", KEY), handler=handled.append, max_body=4096))

    async def deliveries() -> list[int]:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://receiver") as http:
            return [
                (await http.post("/hook", content=quivo_delivery(("O-1", 1)), headers=dict(AUTH))).status_code,
                (await http.post("/hook", content=quivo_delivery(("O-1", 1)))).status_code,
                (await http.post("/hook", content=b"x" * 5000, headers=dict(AUTH))).status_code,
                (await http.get("/hook")).status_code,
            ]

    assert asyncio.run(deliveries()) == [200, 401, 413, 405]
    assert len(handled) == 1
