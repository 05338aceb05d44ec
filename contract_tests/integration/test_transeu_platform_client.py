"""The Trans.eu platform client against its sandbox: the authorization code flow with the Api-key,
single-use refresh tokens spent once across processes, the orders operations, typed errors."""

from __future__ import annotations

import asyncio
import copy
import json
import multiprocessing
import threading
import uuid
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from contract_tests.sandbox.test_transeu_platform import example_order, platform, registered
from freight_clients import (
    AlreadyCreatedError,
    APITimeoutError,
    AuthenticationError,
    ClientValidationError,
    DuplicateOrderError,
    RetryPolicy,
)
from freight_clients.transeu_platform import (
    PAGE_SIZE,
    AsyncTransEuPlatform,
    FailedDependencyError,
    FileTokenStorage,
    TransEuPlatform,
)
from freight_clients.webhooks import Receiver, WebhookEvent
from freight_sandbox import InProcessSandbox, RunningSandbox
from freight_sandbox.transeu_platform import API_KEY, CLIENT_SECRET, REDIRECT_URI, TransEuPlatformSandbox

FAST = RetryPolicy(max_retries=3, initial_delay=0.001, max_delay=0.01, jitter=0.001)


@pytest.fixture
def box() -> Iterator[InProcessSandbox]:
    with registered():
        created = InProcessSandbox(TransEuPlatformSandbox(validate_responses=True))
        yield created
        assert created.api.response_violations == []


def _bare(box: Any, **options: Any) -> TransEuPlatform:
    """A client with the application's credentials and no token (a user has not consented yet)."""
    creds = box.credentials
    settings = {k: creds[k] for k in ("client_id", "client_secret", "api_key", "token_url", "authorize_url")}
    client: TransEuPlatform = box.connect(
        TransEuPlatform, **{**settings, "refresh_token": None, "retry": FAST, **options}
    )
    return client


def _consent(box: InProcessSandbox, url: str) -> dict[str, str]:
    """What the user's browser does: open the authorization URL, follow the redirect's query."""
    parts = urlsplit(url)
    answer = box.client().get(f"{parts.path}?{parts.query}")
    assert answer.status_code == 302, answer.text
    return {k: v[0] for k, v in parse_qs(urlsplit(answer.headers["location"]).query).items()}


@pytest.mark.parametrize("pkce", [False, True])
def test_the_authorization_code_flow_with_the_api_key_then_orders(box: InProcessSandbox, pkce: bool) -> None:
    with _bare(box, pkce=pkce) as client:
        url, state = client.authorization_url(REDIRECT_URI)
        query = parse_qs(urlsplit(url).query)
        assert query["response_type"] == ["code"] and query["state"] == [state] and len(state) >= 8
        assert ("code_challenge" in query) is pkce  # the vendor documents no PKCE: only on request
        redirect = _consent(box, url)
        assert redirect["state"] == state
        client.complete_authorization(redirect["code"], REDIRECT_URI, state)
        created = client.orders.create(example_order())
        assert client.orders.get(created.id).number == example_order()["number"]
    assert platform(box).grants["authorization_code"] == 1  # the token request carried Api-key and the client


def test_a_state_the_client_did_not_issue_is_refused_before_any_request(box: InProcessSandbox) -> None:
    with _bare(box) as client:
        url, _ = client.authorization_url(REDIRECT_URI)
        redirect = _consent(box, url)
        with pytest.raises(ClientValidationError, match="state"):
            client.complete_authorization(redirect["code"], REDIRECT_URI, "forged-state")
        with pytest.raises(ClientValidationError, match="8 characters"):
            client.authorization_url(REDIRECT_URI, state="short")
    assert platform(box).grants["authorization_code"] == 0


def test_without_a_token_a_call_says_how_to_get_one(box: InProcessSandbox) -> None:
    with _bare(box) as client, pytest.raises(ClientValidationError, match="authorization-code flow") as raised:
        client.orders.get("x")
    assert raised.value.field == "refresh_token" and not platform(box).grants  # nothing was sent


def test_refresh_tokens_rotate_into_the_storage_and_a_spent_one_is_an_authentication_error(
    box: InProcessSandbox, tmp_path: Path
) -> None:
    storage = FileTokenStorage(tmp_path / "token.json")
    with box.connect(TransEuPlatform, token_storage=storage) as client:
        order = client.orders.create(example_order())
        first = storage.load()
        assert first is not None and first["refresh_token"].startswith("tp-rt-")
        platform(box).clock.advance(3601)  # the access token expires at the sandbox: a 401, one renewal
        client.orders.get(order.id)
        second = storage.load()
        assert second is not None and second["refresh_token"] != first["refresh_token"]
    assert platform(box).grants["refresh_token"] == 2 and platform(box).refused_refreshes == 0
    spent = first["refresh_token"]  # rotated away by the renewal
    with box.connect(TransEuPlatform, refresh_token=spent) as stale, pytest.raises(AuthenticationError):
        stale.orders.get(order.id)


def test_orders_create_get_list_update_amend(box: InProcessSandbox) -> None:
    with box.connect(TransEuPlatform, retry=FAST) as client:
        created = client.orders.create(example_order())
        for index in range(PAGE_SIZE + 1):
            client.orders.create({**example_order(), "number": f"L-{index:03d}"})
        listed = list(client.orders.list(sort_by="number", order="asc"))
        assert len(listed) == PAGE_SIZE + 2 and listed[0].number == "L-000"
        client.orders.update(created.id, "SHIP-7")
        assert client.orders.get(created.id).shipment_external_id == "SHIP-7"
        client.orders.update(str(created.id), None)
        assert client.orders.get(created.id).shipment_external_id is None
        amendment_id = client.orders.amend(created.id, {"payment": {"days": 14}})
        assert client.orders.amend(created.id, {"id": amendment_id, "payment": {"days": 14}}) == amendment_id
        assert list(platform(box).amendments[str(created.id)]) == [amendment_id]
        with pytest.raises(ClientValidationError):
            client.orders.update("not-a-uuid", "X")
        with pytest.raises(ClientValidationError):
            client.orders.list(order="sideways")  # type: ignore[arg-type]


class _LostAnswer(httpx.BaseTransport):
    """Hands the first create to the sandbox, then loses its answer (a timeout after the write)."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner, self.lost = inner, 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if request.method == "POST" and request.url.path.endswith("/orders") and not self.lost:
            self.lost += 1
            response.read()
            raise httpx.ReadTimeout("answer lost", request=request)
        return response


def test_a_duplicate_number_is_typed_and_after_a_lost_answer_already_created(box: InProcessSandbox) -> None:
    with box.connect(TransEuPlatform, retry=FAST) as client:
        client.orders.create(example_order())
        with pytest.raises(DuplicateOrderError) as raised:
            client.orders.create(example_order())
        assert not isinstance(raised.value, AlreadyCreatedError)
    numbered = {**example_order(), "number": "LOST-1"}
    lossy = _LostAnswer(box.transport)
    with box.connect(TransEuPlatform, retry=FAST, transport=lossy) as client, pytest.raises(AlreadyCreatedError):
        client.orders.create(numbered)  # retried (the number makes it safe), and met itself
    lossy = _LostAnswer(box.transport)
    with (
        box.connect(TransEuPlatform, retry=FAST, transport=lossy) as client,
        pytest.raises(APITimeoutError) as timed_out,
    ):
        client.orders.create({**example_order(), "number": None})  # no number: not sent again
        assert timed_out.value.outcome_unknown
    numbers = [o["number"] for o in platform(box).orders["company-a"].values()]
    assert numbers.count("LOST-1") == 1 and len(numbers) == 3


def test_424_is_a_typed_error(box: InProcessSandbox) -> None:
    with box.connect(TransEuPlatform) as client:
        created = client.orders.create(example_order())
        platform(box).dependency_down = True
        with pytest.raises(FailedDependencyError) as raised:
            client.orders.get(created.id)
        assert raised.value.status_code == 424


class _Answers424(httpx.BaseTransport):
    """Answers every orders-api request 424 without reaching the sandbox (the token endpoint
    passes through), counting them: what a create meets while a dependent service is down."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner, self.sent = inner, 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not request.url.path.startswith("/ext/orders-api/"):
            return self.inner.handle_request(request)
        self.sent += 1
        problem = {"type": "about:blank", "title": "Failed Dependency", "status": 424, "detail": "dependency down"}
        return httpx.Response(424, json=problem, request=request)


CALLS_424: dict[str, Callable[[TransEuPlatform], object]] = {
    "create without a number": lambda c: c.orders.create({**example_order(), "number": None}),
    "create with a number": lambda c: c.orders.create(example_order()),
    "get": lambda c: c.orders.get("0b6f3c1e-5d7a-4e2b-9c8d-1a2b3c4d5e6f"),
    "list": lambda c: list(c.orders.list()),
    "update": lambda c: c.orders.update("0b6f3c1e-5d7a-4e2b-9c8d-1a2b3c4d5e6f", "SHIP-1"),
    "amend": lambda c: c.orders.amend("0b6f3c1e-5d7a-4e2b-9c8d-1a2b3c4d5e6f", {"payment": {"days": 14}}),
}


@pytest.mark.parametrize("call", list(CALLS_424))
def test_a_424_is_an_answer_that_arrived_and_is_never_sent_again(box: InProcessSandbox, call: str) -> None:
    """A 424 is an answer: the service saw the request. It is raised as FailedDependencyError after
    one attempt, for the non-idempotent create without a number as for the calls that are safe to
    repeat (the retry policy retries 429 and 5xx only; a dependency's outage is the caller's to wait out)."""
    answering = _Answers424(box.transport)
    client: TransEuPlatform = box.connect(TransEuPlatform, retry=FAST, transport=answering)
    with client, pytest.raises(FailedDependencyError) as raised:
        CALLS_424[call](client)
    assert answering.sent == 1 and raised.value.attempts == 1 and raised.value.status_code == 424
    assert raised.value.api == "TransEuPlatform" and "dependency down" in str(raised.value)
    assert not FAST.should_retry(raised.value, idempotent=True)


class _UnguessableUrl:
    """Trans.eu documents no callback authentication: the callback URL's own secret path is the
    credential (checked by the route), so every delivery reaching it is accepted."""

    def authenticate(self, headers: object) -> bool:
        return True


def test_callbacks_reach_a_receiver_once_and_the_order_is_read_back(box: InProcessSandbox) -> None:
    """Create with a callback_url, the sandbox delivers the events over HTTP to a `Receiver`, which
    parses the braces away, handles each event once, and its handler reads the order back (the
    callback is a hint: no signature is documented)."""
    handled: list[WebhookEvent] = []
    receiver = Receiver("transeu_platform", _UnguessableUrl(), handler=handled.append)

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            answer = receiver.receive(list(self.headers.items()), self.rfile.read(int(self.headers["Content-Length"])))
            self.send_response(answer.status)
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/transeu/{uuid.uuid4().hex}"
        platform(box).webhooks.configure(duplicates=1.0)  # the vendor delivers each event twice: handled once
        with box.connect(TransEuPlatform) as client:
            created = client.orders.create({**example_order(), "callback_url": url})
            client.orders.update(created.id, "SHIP-9")
            assert platform(box).webhooks.flush(timeout=30)
            assert [d.status for d in platform(box).webhooks.log] == [200, 200, 200, 200]
            assert [(e.api, e.name, e.id) for e in handled] == [
                ("transeu_platform", "orders.order.created", str(created.id)),
                ("transeu_platform", "orders.order.updated", str(created.id)),
            ]
            assert client.orders.get(handled[-1].id).shipment_external_id == "SHIP-9"
    finally:
        server.shutdown()


def test_the_rate_limit_is_adaptive_by_default_and_secrets_stay_out_of_errors(box: InProcessSandbox) -> None:
    creds = box.credentials
    with TransEuPlatform(
        creds["client_id"], creds["client_secret"], creds["api_key"], refresh_token=creds["users"][0]["refresh_token"]
    ) as default:
        assert default.limiter.limit == "adaptive"
    with box.connect(TransEuPlatform) as client:
        client.orders.create(example_order())
        with pytest.raises(DuplicateOrderError) as raised:
            client.orders.create(example_order())
        shown = f"{raised.value!s} {raised.value!r} {client!r}"
        for secret in (API_KEY, CLIENT_SECRET):
            assert secret not in shown


def test_the_async_client_has_the_same_surface(box: InProcessSandbox) -> None:
    async def run() -> list[str]:
        async with box.connect(AsyncTransEuPlatform) as client:
            created = await client.orders.create(example_order())
            await client.orders.update(created.id, "A-1")
            got = await client.orders.get(created.id)
            return [str(o.number) async for o in client.orders.list()] + [str(got.shipment_external_id)]

    assert asyncio.run(run()) == [example_order()["number"], "A-1"]


def _worker(base_url: str, credentials: dict[str, Any], storage: str, order_id: str, threads: int, start: Any) -> None:
    """One process: a client on the shared token file, `threads` threads reading at once, every
    process starting together (`start`, a barrier)."""
    with registered():
        options = TransEuPlatformSandbox.client_options(credentials, base_url)
        options.update(refresh_token=None, token_storage=FileTokenStorage(storage), rate_limit=None)
        failures: list[str] = []
        with TransEuPlatform(**options) as client:

            def read() -> None:
                try:
                    client.orders.get(order_id)
                except Exception as error:  # reported to the parent by the exit code
                    failures.append(type(error).__name__)

            workers = [threading.Thread(target=read) for _ in range(threads)]
            start.wait(60)
            for worker in workers:
                worker.start()
            for worker in workers:
                worker.join()
    raise SystemExit(1 if failures else 0)


def test_eight_processes_of_eight_threads_spend_a_single_use_refresh_token_once(tmp_path: Path) -> None:
    """Issue 27's proof: token fetches equal expiries (one), no `invalid_grant`."""
    storage = tmp_path / "token.json"
    with registered(), RunningSandbox(TransEuPlatformSandbox(token_latency=0.3), "127.0.0.1", 0) as box:
        with box.connect(TransEuPlatform, token_storage=FileTokenStorage(storage)) as client:
            order_id = str(client.orders.create(example_order()).id)
        token = json.loads(storage.read_text())
        token["expires_at"] = 0  # expired for every process: each needs a new one, one may fetch it
        storage.write_text(json.dumps(token))
        before = platform(box).grants["refresh_token"]
        credentials = copy.deepcopy(box.credentials)
        spawn = multiprocessing.get_context("spawn")
        start = spawn.Barrier(8)
        arguments = (box.base_url, credentials, str(storage), order_id, 8, start)
        processes = [spawn.Process(target=_worker, args=arguments) for _ in range(8)]
        for process in processes:
            process.start()
        for process in processes:
            process.join(120)
        assert [p.exitcode for p in processes] == [0] * 8
        assert platform(box).grants["refresh_token"] - before == 1
        assert platform(box).refused_refreshes == 0
