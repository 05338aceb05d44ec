"""Issue 14, request-loop half: tokens shared by threads and tasks, refused refresh tokens, per-call
timeouts on token fetches, broken answers and token endpoints, paging that does not move, pre-flight
checks, and calls cancelled mid-token-fetch. Each test goes through the public clients (sync and
async where the finding applies); review ids (review-security.md, review-repros/) are in the names."""

from __future__ import annotations

import asyncio
import datetime
import io
import itertools
import json
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest

from freight_clients import (
    APIConnectionError,
    APIStatusError,
    AsyncQuivo,
    AsyncSmouv,
    AsyncSpotGo,
    AsyncTransEu,
    AuthenticationError,
    ClientValidationError,
    ConfigurationError,
    DuplicateOrderError,
    FileTokenStorage,
    FreightError,
    InferredConstraintWarning,
    Quivo,
    ResponseValidationError,
    RetryPolicy,
    Smouv,
    SpotGo,
    TransEu,
)
from freight_sandbox import AsyncASGITransport, SyncASGITransport, connect
from freight_sandbox import sandbox as make_sandbox

NO_WAIT = RetryPolicy(max_retries=2, initial_delay=0.0, max_delay=0.0, jitter=0.0)
ORDER_ID = "b3e1eced-f2bd-4d8c-9765-fbc9d1d222d5"
SPOTGO_ORDER = {"orderId": ORDER_ID, "orderNumber": "A-1", "status": "Created", "createdAt": "2024-01-01T00:00:00Z"}
TOKEN = {"access_token": "tok-1234567890", "expires_in": 3600}
SMOUV: dict[str, Any] = {"client_id": "cid", "client_secret": "secret-123456", "subscription_key": "sub-123456"}
TRANSEU: dict[str, Any] = {
    "client_id": "cid",
    "client_secret": "secret-123456",
    "username": "user",
    "password": "pw-123456",
}
QUIVO: dict[str, Any] = {"api_key": "k" * 20, "username": "user", "password": "p" * 8}


# --- Helpers: sandboxes behind a transport that counts the token and login requests ----------------


def token_kind(request: httpx.Request) -> str | None:
    """The grant type of a token request ("login" for Quivo's), None for an API request."""
    if request.url.path.endswith("/login"):
        return "login"
    if request.url.path.endswith("/token"):
        return parse_qs(request.content.decode()).get("grant_type", ["client_credentials"])[0]
    return None


class Counting(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner, self.lock = inner, threading.Lock()
        self.tokens: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        kind = token_kind(request)
        if kind:
            with self.lock:
                self.tokens.append(kind)
        return self.inner.handle_request(request)


class AsyncCounting(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.tokens: list[str] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        kind = token_kind(request)
        if kind:
            self.tokens.append(kind)
            await asyncio.sleep(0.01)  # a token endpoint takes time: let the other tasks pile up
        return await self.inner.handle_async_request(request)


def boxed(cls: Any, box: Any, **options: Any) -> tuple[Any, list[str]]:
    """A client of `cls` on the in-process sandbox, and the list its token requests go to. (A 401's
    re-authentication comes out of the retry budget (M4): `max_retries=0` leaves it to the next call.)"""
    if cls.__name__.startswith("Async"):
        transport: Any = AsyncCounting(AsyncASGITransport(app=box.app))
    else:
        transport = Counting(SyncASGITransport(box.app))
    client = connect(cls, box, transport=transport, rate_limit=None, **options)
    return client, transport.tokens


def transeu_box() -> Any:
    """An in-process Trans.eu sandbox (its `api.access` and `api.refresh` hold the live tokens)."""
    return make_sandbox("transeu").in_process()


def transeu_order(number: str) -> dict[str, Any]:
    from freight_sandbox.examples import TRANSEU_ORDER

    return {**TRANSEU_ORDER, "number": number}


def quivo_order(identifier: str) -> dict[str, Any]:
    from freight_sandbox.examples import quivo_order as demo_order
    from freight_sandbox.quivo import USERS

    return demo_order(min(USERS[0].seller_ids), identifier)


def in_threads(count: int, work: Callable[[int], Any]) -> tuple[list[Any], list[BaseException]]:
    """Run `work(i)` in `count` threads released together; their results and their exceptions."""
    barrier = threading.Barrier(count)
    results: list[Any] = []
    failures: list[BaseException] = []

    def worker(i: int) -> None:
        barrier.wait()
        try:
            results.append(work(i))
        except BaseException as failure:
            failures.append(failure)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, failures


def expire(client: Any) -> None:
    """Make the Trans.eu client's access token due (the hour is up)."""
    client._auth._token["expires_at"] = 0


#: The clients that fetch a token: classes, options, a call, and the token operation's name.
TOKEN_CLIENTS: dict[str, tuple[Any, Any, dict[str, Any], Callable[[Any], Any], str]] = {
    "smouv": (Smouv, AsyncSmouv, SMOUV, lambda c: c.customer_orders.get("CDE1"), "token"),
    "transeu": (TransEu, AsyncTransEu, TRANSEU, lambda c: c.orders.get(ORDER_ID), "token"),
    "quivo": (
        Quivo,
        AsyncQuivo,
        {**QUIVO, "validate": False},
        lambda c: c.orders.submit({"orderIdentifier": "X"}),
        "login",
    ),
}


def operation_kind(api: str) -> str:
    return {"smouv": "client_credentials", "transeu": "password", "quivo": "login"}[api]


# --- H3: one refresh at a time; refused refresh tokens fall back to the password grant ------------


def test_H3_threads_sharing_a_due_transeu_token_refresh_it_once() -> None:
    """Repros 14 and 32: 8 threads found the token due at once and all refreshed with the same
    single-use refresh token; 7 of 8 calls failed. Now one refresh, every call succeeds."""
    box = transeu_box()
    client, tokens = boxed(TransEu, box, max_retries=1)
    with client:
        created = client.shipping_orders.create(transeu_order("H3/1"))
        for _ in range(3):
            expire(client)
            tokens.clear()
            _, failures = in_threads(8, lambda i: client.orders.get(created.id))
            assert failures == [] and tokens == ["refresh_token"]
            assert box.api.refresh.lookup(client._auth._token["refresh_token"]) is not None  # the live one


def test_H3_a_401_storm_from_threads_reauthenticates_once() -> None:
    """Repro 32: the service revokes the access token; the threads that meet the 401 renew once."""
    box = transeu_box()
    client, tokens = boxed(TransEu, box, max_retries=1)
    with client:
        created = client.shipping_orders.create(transeu_order("H3/2"))
        box.api.access.clear()
        tokens.clear()
        results, failures = in_threads(6, lambda i: client.orders.get(created.id).id)
    assert failures == [] and results == [created.id] * 6
    assert tokens == ["refresh_token"]  # not one per thread


def test_H3_repro32_quivo_threads_meeting_one_expired_session_log_in_once() -> None:
    """8 threads get 401 for the same expired session: one login, not one per thread (a thread whose
    401 arrives after the renewal no longer throws the new session away); a server that answers 401
    forever still ends each call after one renewal."""
    logins: list[str] = []
    lock = threading.Lock()

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/login"):
            with lock:
                logins.append(f"session-{len(logins) + 1}-xxxxxxxx")
                return httpx.Response(200, json={"token": logins[-1]})
        time.sleep(0.02)  # the answers overlap: some 401s arrive after the renewal
        if request.headers["authorization"] == "session-1-xxxxxxxx":
            return httpx.Response(401, json={"message": "The incoming token has expired"})
        return httpx.Response(200, json={"status": "OK", "orderId": 1})

    with Quivo(**QUIVO, validate=False, transport=httpx.MockTransport(handler)) as quivo:
        quivo.auth_headers()  # the first session, which the service then expires
        results, failures = in_threads(8, lambda i: quivo.orders.submit({"orderIdentifier": f"S-{i}"}))
    assert failures == [] and len(results) == 8 and len(logins) == 2

    sent: list[str] = []

    def always_401(request: httpx.Request) -> httpx.Response:
        sent.append(request.url.path)
        if request.url.path.endswith("/login"):
            return httpx.Response(200, json={"token": "session-xxxxxxxx"})
        return httpx.Response(401, json={"message": "no"})

    quivo = Quivo(**QUIVO, validate=False, transport=httpx.MockTransport(always_401))
    with quivo, pytest.raises(AuthenticationError):
        quivo.orders.submit({"orderIdentifier": "A"})
    assert sent == ["/login", "/orders", "/login", "/orders"]


@pytest.mark.parametrize("asynchronous", [False, True])
def test_H3_repro15_a_refused_refresh_token_falls_back_to_the_password_grant(asynchronous: bool) -> None:
    box = transeu_box()

    async def run_async() -> tuple[str, list[str]]:
        client, tokens = boxed(AsyncTransEu, box, max_retries=1)
        async with client:
            created = await client.shipping_orders.create(transeu_order("H3/3a"))
            box.api.access.clear()
            box.api.refresh.clear()  # server side: both tokens expired or revoked
            tokens.clear()
            return (await client.orders.get(created.id)).id, tokens

    def run_sync() -> tuple[str, list[str]]:
        client, tokens = boxed(TransEu, box, max_retries=1)
        with client:
            created = client.shipping_orders.create(transeu_order("H3/3s"))
            box.api.access.clear()
            box.api.refresh.clear()
            tokens.clear()
            return client.orders.get(created.id).id, tokens

    got, tokens = asyncio.run(run_async()) if asynchronous else run_sync()
    assert got and tokens == ["refresh_token", "password"]


def test_H3_a_refused_refresh_token_without_a_password_is_an_authentication_error() -> None:
    box = transeu_box()
    with connect(TransEu, box, rate_limit=None) as first:
        first.shipping_orders.create(transeu_order("H3/4"))
        stored = dict(first._auth._token or {})
    box.api.refresh.clear()
    creds = box.credentials
    storage = _Preloaded({**stored, "expires_at": 0})
    with (
        TransEu(
            client_id=creds["client_id"],
            client_secret=creds["client_secret"],
            base_url=box.base_url,
            token_url=creds["token_url"],
            token_storage=storage,
            transport=SyncASGITransport(box.app),
            max_retries=0,
        ) as client,
        pytest.raises(AuthenticationError) as refused,
    ):
        client.orders.get(ORDER_ID)
    assert refused.value.operation == "token" and refused.value.status_code == 400


@pytest.mark.parametrize("expires_at", ["soon", [1], None, True])
def test_H3_a_stored_token_whose_expiry_is_not_a_number_is_renewed(expires_at: Any) -> None:
    """A token file written by another tool, with `expires_at` not a number: renewed (here by the
    password grant, it has no refresh token), where needs_token raised ValueError on every call."""
    box = transeu_box()
    storage = _Preloaded({"access_token": "te-at-from-elsewhere", "expires_at": expires_at})
    client, tokens = boxed(TransEu, box, token_storage=storage, max_retries=1)
    with client:
        created = client.shipping_orders.create(transeu_order("H3/7"))
        assert client.orders.get(created.id).id == created.id
    assert tokens == ["password"] and storage.token is not None
    assert isinstance(storage.token["expires_at"], float)


class _Preloaded:
    """A token storage holding one token."""

    def __init__(self, token: dict[str, Any]) -> None:
        self.token: dict[str, Any] | None = token

    def load(self) -> dict[str, Any] | None:
        return self.token

    def save(self, token: dict[str, Any]) -> None:
        self.token = dict(token)


def test_H3_repro39_a_dead_refresh_token_in_the_token_file_at_start_up(tmp_path: Path) -> None:
    """A restarted process finds a token file whose tokens the server no longer accepts: it logs in
    with the password (once) and the file then holds live tokens."""
    box = transeu_box()
    path = tmp_path / "transeu-tokens.json"
    with connect(TransEu, box, token_storage=FileTokenStorage(path), rate_limit=None) as first:
        created = first.shipping_orders.create(transeu_order("H3/5"))
    box.api.access.clear()
    box.api.refresh.clear()
    for restart in range(2):
        client, tokens = boxed(TransEu, box, token_storage=FileTokenStorage(path), max_retries=1)
        with client:
            assert client.orders.get(created.id).id == created.id
        # the stored access token is refused (401), then its refresh token: the password grant
        assert tokens == ([] if restart else ["refresh_token", "password"])  # then the file is live
    saved = json.loads(path.read_text())
    assert box.api.refresh.lookup(saved["refresh_token"]) is not None


def test_H3_a_refresh_token_rotated_by_another_process_is_adopted(tmp_path: Path) -> None:
    """Two clients (two processes) share one token file; A rotates the refresh token. B, finding
    its token due, re-reads the file and uses A's tokens instead of spending a dead refresh token."""
    box = transeu_box()
    path = tmp_path / "shared.json"
    a, a_tokens = boxed(TransEu, box, token_storage=FileTokenStorage(path), max_retries=1)
    b, b_tokens = boxed(TransEu, box, token_storage=FileTokenStorage(path), max_retries=1)
    with a, b:
        created = a.shipping_orders.create(transeu_order("H3/6"))
        assert b.orders.get(created.id).id == created.id and b_tokens == []  # B started from A's file
        expire(a)
        a.orders.get(created.id)  # A refreshes: the refresh token B holds is now spent
        assert a_tokens == ["password", "refresh_token"]
        expire(b)
        assert b.orders.get(created.id).id == created.id
        assert b_tokens == []  # adopted A's rotated token from the file
        expire(a)
        expire(b)
        path.write_text(path.read_text())  # nothing new in the file: B must refresh with the live token
        a.orders.get(created.id)
        b.orders.get(created.id)
    assert a_tokens[-1] == "refresh_token" and "password" not in a_tokens[1:] + b_tokens


# --- M7 / 15c: one login per credential, whatever the number of tasks or threads --------------------

FIRST_CALLS: dict[str, tuple[Any, Any, Callable[[Any, int], Any]]] = {
    "quivo": (Quivo, AsyncQuivo, lambda c, i: c.orders.submit(quivo_order(f"M7-{i}"))),
    "smouv": (Smouv, AsyncSmouv, lambda c, i: c.customer_orders.get(f"CDE-{i}")),
    "transeu": (TransEu, AsyncTransEu, lambda c, i: c.orders.get(ORDER_ID)),
}


@pytest.mark.parametrize("api", sorted(FIRST_CALLS))
def test_M7_concurrent_async_tasks_send_one_login(api: str) -> None:
    """Repros 13 and 15b: 20 tasks on a fresh client sent 20 logins."""
    _, cls, call = FIRST_CALLS[api]
    box = make_sandbox(api).in_process()

    async def run() -> list[Any]:
        client, tokens = boxed(cls, box, max_retries=0)
        async with client:
            results = await asyncio.gather(*(call(client, i) for i in range(20)), return_exceptions=True)
        assert len(tokens) == 1, tokens
        return results

    results = asyncio.run(run())
    untyped = [r for r in results if isinstance(r, BaseException) and not isinstance(r, FreightError)]
    refused = [r for r in results if isinstance(r, AuthenticationError)]
    assert untyped == [] and refused == []


@pytest.mark.parametrize("api", sorted(FIRST_CALLS))
def test_M7_repro15c_threads_on_a_fresh_client_send_one_login(api: str) -> None:
    cls, _, call = FIRST_CALLS[api]
    box = make_sandbox(api).in_process()
    client, tokens = boxed(cls, box, max_retries=0)
    with client:
        _, failures = in_threads(8, lambda i: call(client, i))
    untyped = [f for f in failures if not isinstance(f, FreightError) or isinstance(f, AuthenticationError)]
    assert untyped == [] and len(tokens) == 1, tokens


# --- L7: the per-call timeout covers the token and login request ----------------------------------


def timeouts_seen(handler: Callable[[httpx.Request], httpx.Response]) -> tuple[Any, dict[str, Any]]:
    seen: dict[str, Any] = {}

    def record(request: httpx.Request) -> httpx.Response:
        seen[token_kind(request) or "api"] = request.extensions.get("timeout")
        return handler(request)

    return record, seen


def token_answers(request: httpx.Request) -> httpx.Response:
    """A token endpoint that works (Quivo's login included), and an API that knows no order."""
    if token_kind(request):
        return httpx.Response(200, json={**TOKEN, "token": "tok-1234567890"})
    return httpx.Response(404, json={"code": "NOT_FOUND", "title": "Not Found", "message": "no such order"})


@pytest.mark.parametrize("asynchronous", [False, True])
@pytest.mark.parametrize("api", sorted(TOKEN_CLIENTS))
def test_L7_repro04_a_per_call_timeout_covers_the_token_request(api: str, asynchronous: bool) -> None:
    """`timeout=` of a call bounds each request the call makes, the token fetch included (it was
    the client's 30 s default). It is httpx's per-phase timeout (connect, each read, each write,
    pool), not a deadline for the whole call (repro 30: a server dripping a byte at a time)."""
    sync_class, async_class, options, _, _ = TOKEN_CLIENTS[api]
    handler, seen = timeouts_seen(token_answers)
    transport = httpx.MockTransport(handler)
    call: Callable[[Any], Any] = {
        "smouv": lambda c: c.customer_orders.get("CDE1", timeout=1.5),
        "transeu": lambda c: c.orders.get(ORDER_ID, timeout=1.5),
        "quivo": lambda c: c.orders.submit({"orderIdentifier": "X"}, timeout=1.5),
    }[api]

    async def run_async() -> None:
        async with async_class(**options, transport=transport, max_retries=0) as client:
            with pytest.raises(FreightError):
                await call(client)

    if asynchronous:
        asyncio.run(run_async())
    else:
        with sync_class(**options, transport=transport, max_retries=0) as client, pytest.raises(FreightError):
            call(client)
    expected = {"connect": 1.5, "read": 1.5, "write": 1.5, "pool": 1.5}
    assert seen == {operation_kind(api): expected, "api": expected}


def test_L7_a_token_endpoint_that_never_answers_gives_a_typed_timeout() -> None:
    """A real socket that accepts and never answers: the call's timeout ends the token request,
    as an APITimeoutError of operation `token` (the client's own timeout is 30 s)."""
    import socket

    from freight_clients import APITimeoutError

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(4)
    held: list[Any] = []
    threading.Thread(target=lambda: held.append(server.accept()), daemon=True).start()
    base = f"http://127.0.0.1:{server.getsockname()[1]}"
    try:
        smouv = Smouv(**SMOUV, base_url=base, token_url=f"{base}/token", max_retries=0)
        with smouv, pytest.raises(APITimeoutError) as timed_out:
            smouv.customer_orders.get("CDE1", timeout=0.3)
        assert timed_out.value.operation == "token"
    finally:
        server.close()
        for connection, _ in held:
            connection.close()


# --- M1: an unparseable Retry-After counts as absent, async too -------------------------------------


def test_M1_repro05_async_429_with_a_garbled_retry_after_is_retried() -> None:
    answers = [
        httpx.Response(429, headers={"Retry-After": "Wed, 32 Foo 2015"}, json={"title": "slow down"}),
        httpx.Response(200, json=SPOTGO_ORDER),
    ]

    async def run() -> str:
        transport = httpx.MockTransport(lambda request: answers.pop(0))
        async with AsyncSpotGo(api_key="k" * 20, transport=transport, rate_limit=None, retry=NO_WAIT) as spotgo:
            return str((await spotgo.orders.get(ORDER_ID)).order_number)

    assert asyncio.run(run()) == "A-1" and not answers


# --- M2: broken answers and token endpoints are typed -----------------------------------------------

BROKEN_SUCCESSES: dict[str, Callable[[], httpx.Response]] = {
    "html 200": lambda: httpx.Response(200, text="<html>Login</html>", headers={"content-type": "text/html"}),
    "truncated json": lambda: httpx.Response(
        200, content=b'{"orderId": ', headers={"content-type": "application/json"}
    ),
    "json null": lambda: httpx.Response(200, json=None),
    "json list": lambda: httpx.Response(200, json=[1, 2]),
    "missing required keys": lambda: httpx.Response(200, json={"status": "Created"}),
    "bad gzip": lambda: httpx.Response(
        200, stream=httpx.ByteStream(b"not gzip"), headers={"content-encoding": "gzip", "content-type": "text/json"}
    ),
    "bad gzip decoded by the transport": lambda: httpx.Response(  # content= decodes in the transport
        200, content=b"not gzip", headers={"content-encoding": "gzip", "content-type": "text/json"}
    ),
}
ODD_ERRORS: dict[str, Callable[[], httpx.Response]] = {
    "errors list of strings": lambda: httpx.Response(400, json={"errors": ["orderNumber is bad"]}),
    "errors with number messages": lambda: httpx.Response(400, json={"errors": {"f": [1, 2]}}),
    "deep json": lambda: httpx.Response(400, content=b"[" * 100_000, headers={"content-type": "application/json"}),
    "json list body": lambda: httpx.Response(400, json=[{"code": 1}]),
    "text body": lambda: httpx.Response(400, text="nope"),
    "bad charset": lambda: httpx.Response(
        400, content=b"\xff\xfebad", headers={"content-type": "text/plain; charset=no-such-charset"}
    ),
    "bad gzip error": lambda: httpx.Response(
        400, stream=httpx.ByteStream(b"garbage"), headers={"content-encoding": "gzip"}
    ),
    "html 502": lambda: httpx.Response(502, text="<html>Bad Gateway</html>", headers={"content-type": "text/html"}),
}


def spotgo_get(answer: Callable[[], httpx.Response], asynchronous: bool) -> FreightError:
    """The error a SpotGo get raises when every answer is `answer()` (anything untyped escapes)."""
    transport = httpx.MockTransport(lambda request: answer())

    async def run_async() -> None:
        async with AsyncSpotGo(api_key="k" * 20, transport=transport, max_retries=0, rate_limit=None) as spotgo:
            await spotgo.orders.get(ORDER_ID)

    try:
        if asynchronous:
            asyncio.run(run_async())
        else:
            with SpotGo(api_key="k" * 20, transport=transport, max_retries=0, rate_limit=None) as spotgo:
                spotgo.orders.get(ORDER_ID)
    except FreightError as failure:
        return failure
    raise AssertionError("the broken answer was accepted")


@pytest.mark.parametrize("asynchronous", [False, True])
@pytest.mark.parametrize("case", sorted(BROKEN_SUCCESSES))
def test_M2_repro06_a_broken_success_is_a_typed_error(case: str, asynchronous: bool) -> None:
    error = spotgo_get(BROKEN_SUCCESSES[case], asynchronous)
    expected = APIConnectionError if case.startswith("bad gzip") else ResponseValidationError
    assert isinstance(error, expected), repr(error)
    assert (error.api, error.operation) == ("SpotGo", "getOrder")
    if isinstance(error, ResponseValidationError):
        assert error.response.status_code == 200


@pytest.mark.parametrize("asynchronous", [False, True])
@pytest.mark.parametrize("case", sorted(ODD_ERRORS))
def test_M2_repro06_odd_error_bodies_keep_their_status_class(case: str, asynchronous: bool) -> None:
    error = spotgo_get(ODD_ERRORS[case], asynchronous)
    if case == "bad gzip error":
        assert isinstance(error, APIConnectionError | APIStatusError)
        return
    assert isinstance(error, APIStatusError), repr(error)
    assert error.status_code == ODD_ERRORS[case]().status_code and error.operation == "getOrder"
    assert isinstance(str(error), str) and len(str(error)) < 2000


TOKEN_FAILURES: dict[str, tuple[Callable[[], httpx.Response], type[FreightError] | None, int | None]] = {
    "500": (lambda: httpx.Response(500, json={"error": "server_error"}), APIStatusError, 500),
    "503 html": (lambda: httpx.Response(503, text="<html>Service Unavailable</html>"), APIStatusError, 503),
    "429": (lambda: httpx.Response(429, headers={"Retry-After": "0"}, json={"error": "slow"}), APIStatusError, 429),
    "html 200": (lambda: httpx.Response(200, text="<html>maintenance</html>"), ResponseValidationError, 200),
    "invalid_grant": (
        lambda: httpx.Response(400, json={"error": "invalid_grant", "error_description": "bad credentials"}),
        AuthenticationError,
        400,
    ),
    "401": (lambda: httpx.Response(401, json={"error": "invalid_client"}), AuthenticationError, 401),
    "no access token": (
        lambda: httpx.Response(200, json={"jwt": "x", "token_type": "bearer"}),
        ResponseValidationError,
        200,
    ),
    "token not a string": (
        lambda: httpx.Response(200, json={"access_token": {"x": 1}, "token": [1]}),
        ResponseValidationError,
        200,
    ),
    "expires_in not a number": (
        lambda: httpx.Response(200, json={"access_token": "tok-1234567", "token": "tok-1234567", "expires_in": "1h"}),
        None,  # usable: the default lifetime applies
        None,
    ),
}


@pytest.mark.parametrize("asynchronous", [False, True])
@pytest.mark.parametrize("api", sorted(TOKEN_CLIENTS))
@pytest.mark.parametrize("case", sorted(TOKEN_FAILURES))
def test_M2_repro06_24_token_endpoint_failures_are_typed(case: str, api: str, asynchronous: bool) -> None:
    """A token or login endpoint answering 5xx, 429, HTML, invalid_grant or no token: a FreightError
    with the API, operation `token`/`login` and the status; 429 and 5xx are retried first."""
    sync_class, async_class, options, call, operation = TOKEN_CLIENTS[api]
    answer, expected, status = TOKEN_FAILURES[case]
    sent: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        kind = token_kind(request)
        sent.append(kind or "api")
        if kind:
            return answer()
        return httpx.Response(404, json={"title": "Not Found", "status": 404, "message": "no such order"})

    transport = httpx.MockTransport(handler)
    error: BaseException | None = None

    async def run_async() -> None:
        async with async_class(**options, transport=transport, retry=NO_WAIT) as client:
            await call(client)

    try:
        if asynchronous:
            asyncio.run(run_async())
        else:
            with sync_class(**options, transport=transport, retry=NO_WAIT) as client:
                call(client)
    except BaseException as failure:
        error = failure
    if expected is None:  # the token was usable: the API answered 404
        assert isinstance(error, APIStatusError) and error.status_code == 404 and sent[0] == operation_kind(api)
        return
    assert isinstance(error, expected), repr(error)
    assert isinstance(error, FreightError) and (error.api, error.operation) == (sync_class.title, operation)
    assert getattr(error, "status_code", None) == status
    assert "api" not in sent  # the API request never went out without a token
    retried = status in (200, 429, 500, 503)  # an unreadable token answer is retried like a 5xx
    assert len(sent) == (NO_WAIT.max_retries + 1 if retried else 1), sent
    if retried and status is not None and status != 200:
        from freight_clients._exceptions import status_error_class

        assert type(error) is status_error_class(status)


# --- L1: paging stops when the cursor does not move -------------------------------------------------


def smouv_pages(page: Callable[[int], dict[str, Any]]) -> tuple[Callable[[httpx.Request], httpx.Response], list[int]]:
    offsets: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            return httpx.Response(200, json=TOKEN)
        offset = int(request.url.params.get("offset", "0"))
        offsets.append(offset)
        return httpx.Response(200, json=page(offset))

    return handler, offsets


SMOUV_ITEM = {"customerOrderId": "CDE1"}


@pytest.mark.parametrize("asynchronous", [False, True])
def test_L1_repro22_smouv_returned_zero_with_items_stops_with_a_typed_error(asynchronous: bool) -> None:
    handler, offsets = smouv_pages(lambda offset: {"total": 3, "returned": 0, "first": 0, "items": [SMOUV_ITEM]})
    transport = httpx.MockTransport(handler)

    async def run_async() -> None:
        async with AsyncSmouv(**SMOUV, transport=transport) as smouv:
            [item async for item in smouv.customer_orders.search()]

    with pytest.raises(FreightError) as stopped:
        if asynchronous:
            asyncio.run(run_async())
        else:
            with Smouv(**SMOUV, transport=transport) as smouv:
                list(smouv.customer_orders.search())
    assert stopped.value.operation == "customer_orders.search" and "cursor" in str(stopped.value)
    assert offsets == [0]


def test_L1_smouv_total_never_reached_ends_at_the_first_empty_page() -> None:
    """The server claims 1,000 orders but runs out after two pages: the listing ends there."""
    pages = {0: [SMOUV_ITEM] * 2, 2: [{"customerOrderId": "CDE2"}]}
    handler, offsets = smouv_pages(
        lambda offset: {
            "total": 1000,
            "first": offset,
            "returned": len(pages.get(offset, [])),
            "items": pages.get(offset, []),
        }
    )
    with Smouv(**SMOUV, transport=httpx.MockTransport(handler)) as smouv:
        got = [o.customer_order_id for o in smouv.customer_orders.search()]
    assert got == ["CDE1", "CDE1", "CDE2"] and offsets == [0, 2, 3]


@pytest.mark.parametrize(
    ("returned", "total", "expected"),
    [(-1, 3, FreightError), ("1", 3, APIStatusError), (None, 3, APIStatusError), (1, "x", APIStatusError)],
)
def test_L1_M2_smouv_page_counts_that_go_back_or_are_not_numbers_stop_typed(
    returned: Any, total: Any, expected: type[FreightError]
) -> None:
    """A negative `returned` sent the offset backwards forever; a count that is not an integer
    raised TypeError. Now: the listing stops with a typed error (a ResponseValidationError for
    counts that are not integers, after the page is asked for again: a search is safe to repeat)."""
    handler, offsets = smouv_pages(
        lambda offset: {"total": total, "first": offset, "returned": returned, "items": [SMOUV_ITEM]}
    )
    no_wait = RetryPolicy(max_retries=1, initial_delay=0.0, max_delay=0.0, jitter=0.0)
    smouv = Smouv(**SMOUV, retry=no_wait, transport=httpx.MockTransport(handler))
    with smouv, pytest.raises(expected):
        list(itertools.islice(smouv.customer_orders.search(), 100))
    assert offsets == ([0] if expected is FreightError else [0, 0])


@pytest.mark.parametrize("asynchronous", [False, True])
def test_L1_repro22_spotgo_repeated_continuation_token_stops(asynchronous: bool) -> None:
    tokens = iter(["t1", "t2", "t1"])  # a cycle, not only a repeat
    calls: list[Any] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(json.loads(request.content).get("continuationToken"))
        return httpx.Response(200, json={"items": [SPOTGO_ORDER], "continuationToken": next(tokens, "t1")})

    transport = httpx.MockTransport(handler)

    async def run_async() -> int:
        async with AsyncSpotGo(api_key="k" * 20, transport=transport, rate_limit=None) as spotgo:
            return len([item async for item in spotgo.orders.query()])

    with pytest.raises(FreightError) as stopped:
        if asynchronous:
            asyncio.run(run_async())
        else:
            with SpotGo(api_key="k" * 20, transport=transport, rate_limit=None) as spotgo:
                list(spotgo.orders.query())
    assert stopped.value.api == "SpotGo" and calls == [None, "t1", "t2"]


def test_L1_create_reconciliation_stops_on_a_repeated_continuation_token() -> None:
    """After a lost create, the duplicate answer makes the client look the order up by number; a
    query whose continuation token never moves used to be followed 100 times."""
    queries: list[Any] = []
    creates: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/query"):
            queries.append(json.loads(request.content).get("continuationToken"))
            return httpx.Response(200, json={"items": [], "continuationToken": "same"})
        creates.append(1)
        if len(creates) == 1:
            raise httpx.ReadTimeout("the answer was lost", request=request)
        return httpx.Response(409, json={"code": "ORDER_NUMBER_DUPLICATE", "message": "exists"})

    spotgo = SpotGo(api_key="k" * 20, transport=httpx.MockTransport(handler), rate_limit=None, retry=NO_WAIT)
    with spotgo, pytest.raises(DuplicateOrderError) as refused:
        spotgo.orders.create({"orderNumber": "L1-1", "carrier": {"vatCode": "LT1"}})
    assert refused.value.outcome_unknown and queries == [None, "same"]


# --- L3, L4, L10: pre-flight, before any I/O --------------------------------------------------------


class NoIO(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Fails the test if any request is sent."""

    def __init__(self) -> None:
        self.sent: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(f"{request.method} {request.url.path}")
        return httpx.Response(500)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self.handle_request(request)


PREFLIGHT: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "spotgo get bad uuid": ("spotgo", lambda c: c.orders.get("not-a-uuid")),
    "spotgo delete bad uuid": ("spotgo", lambda c: c.orders.delete("../admin")),
    "spotgo download bad document id": ("spotgo", lambda c: c.documents.download(ORDER_ID, "x")),
    "spotgo create datetime value": (
        "spotgo",
        lambda c: c.orders.create({"orderNumber": "A", "carrier": {"vatCode": "LT1"}, "x": datetime.datetime.now()}),
    ),
    "spotgo create nan": (
        "spotgo",
        lambda c: c.orders.create(
            {"orderNumber": "A", "carrier": {"vatCode": "LT1"}, "details": {"weight": float("nan")}}
        ),
    ),
    "spotgo create set": (
        "spotgo",
        lambda c: c.orders.create({"orderNumber": "A", "carrier": {"vatCode": "LT1"}, "internalComments": {1, 2}}),
    ),
    "spotgo create not a mapping": ("spotgo", lambda c: c.orders.create(42)),
    "spotgo upload missing path": ("spotgo", lambda c: c.documents.upload(ORDER_ID, "/nonexistent/cmr.pdf", "cmr")),
    "spotgo upload text stream": ("spotgo", lambda c: c.documents.upload(ORDER_ID, io.StringIO("text"), "cmr")),
    "spotgo query not a mapping": ("spotgo", lambda c: c.orders.query(42)),
    "spotgo query datetime": ("spotgo", lambda c: c.orders.query({"createdFrom": datetime.datetime.now()})),
    "spotgo query pageSize nan": ("spotgo", lambda c: c.orders.query({"pageSize": float("nan")})),
    "transeu get bad uuid": ("transeu", lambda c: c.orders.get("12")),
    "transeu create nan": ("transeu", lambda c: c.shipping_orders.create({"number": "N", "x": float("inf")})),
    "smouv update datetime": (
        "smouv",
        lambda c: c.customer_orders.update("CDE1", {"comment": datetime.datetime.now()}, version="1"),  # no zone
    ),
    "smouv search bad enum": ("smouv", lambda c: c.customer_orders.search(processing_indicator="Bogus")),
    "smouv search bad status": ("smouv", lambda c: c.customer_orders.search(status="Bogus")),
    "smouv search bad date": ("smouv", lambda c: c.customer_orders.search(start_date="yesterday")),
    "smouv search unknown filter": ("smouv", lambda c: c.customer_orders.search(colour="red")),
    "smouv get empty id": ("smouv", lambda c: c.customer_orders.get("")),
    "smouv get dot": ("smouv", lambda c: c.customer_orders.get(".")),
    "smouv cancel dot dot": ("smouv", lambda c: c.customer_orders.cancel("..")),
    "smouv update dot dot": ("smouv", lambda c: c.customer_orders.update("..", {}, version="1")),
    "smouv get slash": ("smouv", lambda c: c.customer_orders.get("a/b")),
}


def preflight_client(api: str, transport: NoIO, asynchronous: bool) -> Any:
    options: dict[str, Any] = {"transport": transport, "max_retries": 0}
    if api == "spotgo":
        return (AsyncSpotGo if asynchronous else SpotGo)(api_key="k" * 20, rate_limit=None, **options)
    if api == "transeu":
        return (AsyncTransEu if asynchronous else TransEu)(**TRANSEU, **options)
    return (AsyncSmouv if asynchronous else Smouv)(**SMOUV, **options)


@pytest.mark.parametrize("asynchronous", [False, True])
@pytest.mark.parametrize("case", sorted(PREFLIGHT))
def test_L3_L4_repro19_bad_inputs_are_refused_before_any_io(case: str, asynchronous: bool) -> None:
    """A bad id, enum filter, date or non-JSON value: ClientValidationError before any request
    (never a bare ValueError or TypeError; never `DELETE /customer-orders/v1`)."""
    api, call = PREFLIGHT[case]
    transport = NoIO()

    async def run_async() -> None:
        async with preflight_client(api, transport, True) as client:
            result = call(client)
            if hasattr(result, "__anext__"):
                [item async for item in result]
            else:
                await result

    with pytest.raises(ClientValidationError) as refused:
        if asynchronous:
            asyncio.run(run_async())
        else:
            with preflight_client(api, transport, False) as client:
                result = call(client)
                if hasattr(result, "__next__"):
                    list(result)
    assert transport.sent == [] and refused.value.field
    assert refused.value.api in ("SpotGo", "S'mouv", "Trans.eu")


@pytest.mark.parametrize("asynchronous", [False, True])
def test_L3_the_refusal_names_the_field(asynchronous: bool) -> None:
    """Unreadable files and values JSON cannot carry are named (validation off: the check is not
    the spec's, it is whether the request can be built at all)."""
    transport = NoIO()
    today = datetime.datetime.now()  # without a time zone: no RFC 3339 form (an aware one is sent)
    cases: list[tuple[str, Callable[[Any], Any], str]] = [
        ("smouv", lambda c: c.customer_orders.create({}, files=["/nonexistent/cmr.pdf"]), "file"),
        ("smouv", lambda c: c.customer_orders.update("CDE1", {"events": [{"at": today}]}, version="1"), "events[0].at"),
        ("spotgo", lambda c: c.documents.upload(ORDER_ID, "/nonexistent/cmr.pdf", "cmr"), "file"),
        ("spotgo", lambda c: c.orders.upsert({"orderNumber": "A", "tags": {"x"}}), "tags"),
        (
            "transeu",
            lambda c: c.shipping_orders.create({"number": "N", "load": {"weight": float("nan")}}),
            "load.weight",
        ),
    ]
    for api, call, field in cases:

        async def run_async(call: Callable[[Any], Any] = call, api: str = api) -> None:
            async with preflight_client(api, transport, True) as client:
                client.validate = False
                await call(client)

        with pytest.raises(ClientValidationError) as refused:
            if asynchronous:
                asyncio.run(run_async())
            else:
                with preflight_client(api, transport, False) as client:
                    client.validate = False
                    call(client)
        assert refused.value.field == field
    assert transport.sent == []


def test_L3_inferred_constraints_warn_and_send() -> None:
    """Where the spec only infers a constraint (reject reason, document type), the request goes out:
    the issue-12 principle (documented constraints refuse, inferred ones warn)."""
    sent: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.url.path)
        return httpx.Response(404, json={"title": "Not Found", "status": 404})

    with SpotGo(api_key="k" * 20, transport=httpx.MockTransport(handler), rate_limit=None, max_retries=0) as spotgo:
        with pytest.raises(APIStatusError), pytest.warns(InferredConstraintWarning, match="rejectionReason"):
            spotgo.documents.reject(ORDER_ID, ORDER_ID, "Because")
        with pytest.raises(APIStatusError), pytest.warns(InferredConstraintWarning, match="statuses"):
            list(spotgo.orders.query({"statuses": ["Bogus"]}))
        with pytest.raises(APIStatusError), pytest.warns(InferredConstraintWarning, match="documentType"):
            spotgo.documents.upload(ORDER_ID, b"%PDF", "")
        with pytest.raises(ClientValidationError) as refused:  # the type is documented: refused
            spotgo.documents.upload(ORDER_ID, b"%PDF", 5)  # type: ignore[arg-type]
    assert len(sent) == 3 and refused.value.field == "documentType"


@pytest.mark.parametrize("asynchronous", [False, True])
def test_L10_repro34_update_without_a_version_refuses(asynchronous: bool) -> None:
    """The read carries neither `version` nor an ETag: refused, instead of sending
    `If-Match: "<Unset object>"`."""
    sent: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            return httpx.Response(200, json=TOKEN)
        sent.append(request.method)
        if request.method == "GET":
            return httpx.Response(200, json={"customerOrderId": "CDE1", "type": "Master", "status": "Valid"})
        return httpx.Response(412, json={"code": "CONFLICT", "message": "version mismatch"})

    transport = httpx.MockTransport(handler)
    changes = {"comment": "x", "containers": []}

    async def run_async() -> None:
        async with AsyncSmouv(**SMOUV, transport=transport, validate=False) as smouv:
            await smouv.customer_orders.update("CDE1", changes)

    with pytest.raises(ClientValidationError) as refused:
        if asynchronous:
            asyncio.run(run_async())
        else:
            with Smouv(**SMOUV, transport=transport, validate=False) as smouv:
                smouv.customer_orders.update("CDE1", changes)
    assert refused.value.field == "version" and sent == ["GET"]


# --- H1, L8: wiring through the clients -------------------------------------------------------------


@pytest.mark.parametrize("asynchronous", [False, True])
def test_L8_a_callers_http_client_that_follows_redirects_is_refused(asynchronous: bool) -> None:
    http: Any = httpx.AsyncClient(follow_redirects=True) if asynchronous else httpx.Client(follow_redirects=True)
    for make in (
        lambda: (AsyncSpotGo if asynchronous else SpotGo)(api_key="k" * 20, http_client=http),
        lambda: (AsyncSmouv if asynchronous else Smouv)(**SMOUV, http_client=http),
        lambda: (AsyncTransEu if asynchronous else TransEu)(**TRANSEU, http_client=http),
        lambda: (AsyncQuivo if asynchronous else Quivo)(**QUIVO, http_client=http),
    ):
        with pytest.raises(ConfigurationError, match="redirect"):
            make()


@pytest.mark.parametrize(
    "make",
    [
        lambda: Smouv(**SMOUV, token_url="http://auth.example.com/token"),
        lambda: AsyncSmouv(**SMOUV, token_url="http://auth.example.com/token"),
        lambda: TransEu(**TRANSEU, token_url="http://auth.example.com/token"),
        lambda: AsyncTransEu(**TRANSEU, token_url="http://10.0.0.1/token"),
        lambda: TransEu(**TRANSEU, authorize_url="http://auth.example.com/authorize"),
        lambda: Quivo(**QUIVO, base_url="http://api.example.com"),
        lambda: SpotGo(api_key="k" * 20, base_url="http://api.example.com"),
    ],
)
def test_H1_plain_http_secret_urls_to_remote_hosts_are_refused(make: Callable[[], Any]) -> None:
    with pytest.raises(ConfigurationError, match="plain http"):
        make()


def test_H1_plain_http_to_loopback_is_allowed() -> None:
    Smouv(**SMOUV, base_url="http://127.0.0.1:9/v1", token_url="http://localhost:9/token").close()
    TransEu(**TRANSEU, base_url="http://[::1]:9/v1", token_url="http://127.0.0.1:9/token").close()


# --- 18, 35: a cancelled call leaves the client usable ---------------------------------------------


def test_repro18_a_cancelled_async_call_during_the_token_fetch_releases_the_token_lock() -> None:
    stall = asyncio.Event()
    logins: list[int] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            logins.append(1)
            if len(logins) == 1:
                await stall.wait()  # the first token request never answers
            return httpx.Response(200, json=TOKEN)
        return httpx.Response(404, json={"code": "NOT_FOUND", "message": "no such order"})

    async def run() -> None:
        async with AsyncSmouv(**SMOUV, transport=httpx.MockTransport(handler), max_retries=0) as smouv:
            first = asyncio.ensure_future(smouv.customer_orders.get("CDE1"))
            waiting = asyncio.ensure_future(smouv.customer_orders.get("CDE2"))  # queued on the lock
            while not logins:
                await asyncio.sleep(0.01)
            first.cancel()
            with pytest.raises(asyncio.CancelledError):
                await first
            with pytest.raises(APIStatusError) as answered:  # the waiter went on and fetched a token
                await asyncio.wait_for(waiting, 10)
            assert answered.value.status_code == 404
            with pytest.raises(APIStatusError):
                await asyncio.wait_for(smouv.customer_orders.get("CDE3"), 10)
        assert len(logins) == 2
        assert not smouv._auth._locks.task.locked()

    asyncio.run(run())


def test_repro35_ctrl_c_during_a_sync_token_fetch_leaves_the_client_usable() -> None:
    logins: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            logins.append(1)
            if len(logins) == 1:
                raise KeyboardInterrupt
            return httpx.Response(200, json=TOKEN)
        return httpx.Response(404, json={"code": "NOT_FOUND", "message": "no such order"})

    with Smouv(**SMOUV, transport=httpx.MockTransport(handler), max_retries=0) as smouv:
        with pytest.raises(KeyboardInterrupt):
            smouv.customer_orders.get("CDE1")
        assert not smouv._auth._locks.thread.locked()
        with pytest.raises(APIStatusError) as answered:
            smouv.customer_orders.get("CDE1")
    assert answered.value.status_code == 404 and len(logins) == 2


def test_repro35_ctrl_c_during_a_sync_bulk_run_starts_no_queued_order() -> None:
    """Ctrl-C (here raised in the caller's thread by the progress callback) during `orders.sync`:
    the orders still queued are not sent (the executor used to run every queued order before the
    interrupt reached the caller); those in flight finish, and the client stays usable."""
    gate = threading.Event()
    sent: list[str] = []
    lock = threading.Lock()

    def handler(request: httpx.Request) -> httpx.Response:
        with lock:
            sent.append(json.loads(request.content)["orderNumber"])
            first = len(sent) == 1
        if not first:
            gate.wait(10)  # in flight until the interrupt
        body = {"orderId": ORDER_ID, "created": True, "updated": False, "linkChanged": False}
        return httpx.Response(200, json=body)

    def interrupt(done: int, total: int | None) -> None:
        gate.set()
        raise KeyboardInterrupt

    orders = [{"orderNumber": f"K-{i}", "carrier": {"vatCode": "LT1"}} for i in range(40)]
    with SpotGo(api_key="k" * 20, transport=httpx.MockTransport(handler), rate_limit=None, validate=False) as spotgo:
        with pytest.raises(KeyboardInterrupt):
            spotgo.orders.sync(orders, concurrency=4, on_progress=interrupt)
        in_flight = len(sent)
        assert in_flight <= 1 + 4  # the first, and at most one per worker: the queued 3 or 4 never went
        assert spotgo.orders.upsert(orders[-1]).created
    assert len(sent) == in_flight + 1
