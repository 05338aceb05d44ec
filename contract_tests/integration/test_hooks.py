"""Event hooks (`hooks=[...]`): every event, sync and async, against the in-process sandboxes; hooks
may add headers but never replace credentials, a failing hook never changes a call's outcome, and no
event of any API carries a key, token, secret, password or subscription key."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from contract_tests.integration.test_smouv_transeu_quivo_clients import QUIVO_ORDER, SHIPPING
from contract_tests.integration.test_spotgo_client import order
from freight_clients import (
    AsyncQuivo,
    AsyncSmouv,
    AsyncSpotGo,
    AsyncTransEu,
    ErrorEvent,
    Hook,
    OperationFinished,
    OperationStarted,
    Quivo,
    RateLimitError,
    RequestEvent,
    ResponseEvent,
    RetryEvent,
    RetryPolicy,
    Smouv,
    SpotGo,
    TokenEvent,
    TransEu,
)
from freight_sandbox import connect
from freight_sandbox.examples import import_order

FAST_RETRIES = RetryPolicy(max_retries=2, initial_delay=0.001, max_delay=0.01, jitter=0.001)
#: Per API: the sync and async client, and a create call.
CLIENTS: dict[str, tuple[Any, Any, Callable[[Any], Any]]] = {
    "spotgo": (SpotGo, AsyncSpotGo, lambda c: c.orders.create(order("H-1"))),
    "smouv": (Smouv, AsyncSmouv, lambda c: c.customer_orders.create(import_order())),
    "transeu": (TransEu, AsyncTransEu, lambda c: c.shipping_orders.create(SHIPPING)),
    "quivo": (Quivo, AsyncQuivo, lambda c: c.orders.submit(QUIVO_ORDER)),
}
MODES = ["sync", "async"]


class Recorder(Hook):
    """Keeps every event in order, with the name of the method that received it."""

    def __init__(self) -> None:
        self.events: list[tuple[str, Any]] = []

    def methods(self) -> list[str]:
        return [method for method, _ in self.events]

    def of(self, method: str) -> list[Any]:
        return [event for name, event in self.events if name == method]

    def on_operation_start(self, event: OperationStarted) -> None:
        self.events.append(("on_operation_start", event))

    def on_request(self, event: RequestEvent) -> None:
        self.events.append(("on_request", event))

    def on_response(self, event: ResponseEvent) -> None:
        self.events.append(("on_response", event))

    def on_retry(self, event: RetryEvent) -> None:
        self.events.append(("on_retry", event))

    def on_error(self, event: ErrorEvent) -> None:
        self.events.append(("on_error", event))

    def on_token(self, event: TokenEvent) -> None:
        self.events.append(("on_token", event))

    def on_operation_end(self, event: OperationFinished) -> None:
        self.events.append(("on_operation_end", event))


def run(api: str, mode: str, box: Any, action: Callable[[Any], Any] | None = None, **options: Any) -> Any:
    """Run `action(client)` (default: the API's create) on a fresh sync or async client of `box`."""
    sync_cls, async_cls, create = CLIENTS[api]
    act = action or create
    if mode == "sync":
        with connect(sync_cls, box, retry=FAST_RETRIES, **options) as client:
            return act(client)

    async def go() -> Any:
        async with connect(async_cls, box, retry=FAST_RETRIES, **options) as client:
            return await act(client)

    return asyncio.run(go())


@pytest.mark.parametrize("mode", MODES)
def test_a_call_reports_start_request_response_and_end(freight_sandbox: Callable[..., Any], mode: str) -> None:
    box = freight_sandbox("spotgo")
    recorder = Recorder()
    run("spotgo", mode, box, hooks=[recorder])
    assert recorder.methods() == ["on_operation_start", "on_request", "on_response", "on_operation_end"]
    [started], [request], [response], [finished] = (
        recorder.of(m) for m in ("on_operation_start", "on_request", "on_response", "on_operation_end")
    )
    assert {e.call_id for _, e in recorder.events} == {started.call_id}
    assert (started.api, request.api, response.api, finished.api) == ("SpotGo",) * 4
    assert (request.operation, request.attempt, request.method) == ("createOrder", 1, "POST")
    assert request.url.startswith(box.base_url) and (request.url, request.method) == (response.url, response.method)
    assert 200 <= response.status_code < 300 and b"H-1" in response.content
    assert finished.operation == started.operation and finished.error is None
    assert (finished.attempts, finished.status_code, finished.code) == (1, response.status_code, None)


@pytest.mark.parametrize("mode", MODES)
def test_hooks_add_headers_but_cannot_replace_credentials(freight_sandbox: Callable[..., Any], mode: str) -> None:
    box = freight_sandbox("spotgo")

    class Tagger(Hook):
        def on_request(self, event: RequestEvent) -> None:
            event.add_header("X-Request-Id", f"req-{event.attempt}")
            event.add_header("X-Api-Key", "forged")  # never replaces the client's own key

    sent: list[httpx.Request] = []

    def create(client: Any) -> Any:
        with client.raw_responses() as raw:
            result = CLIENTS["spotgo"][2](client)
        sent.extend(r.request for r in raw)
        return result

    def create_async(client: Any) -> Any:
        async def go() -> Any:
            with client.raw_responses() as raw:
                result = await CLIENTS["spotgo"][2](client)
            sent.extend(r.request for r in raw)
            return result

        return go()

    created = run("spotgo", mode, box, create if mode == "sync" else create_async, hooks=[Tagger()])
    assert created.order_number == "H-1"  # authenticated with the real key
    assert [r.headers["x-request-id"] for r in sent] == ["req-1"]
    assert [r.headers["x-api-key"] for r in sent] == [box.credentials["api_keys"][0]]


@pytest.mark.parametrize("mode", MODES)
def test_retries_and_a_final_error_are_reported(freight_sandbox: Callable[..., Any], mode: str) -> None:
    box = freight_sandbox("spotgo", faults="429=1:0")  # every answer a 429 with Retry-After: 0
    recorder = Recorder()
    with pytest.raises(RateLimitError):
        run("spotgo", mode, box, hooks=[recorder])
    attempt = ["on_request", "on_response"]
    assert recorder.methods() == [
        "on_operation_start",
        *attempt,
        "on_retry",
        *attempt,
        "on_retry",
        *attempt,
        "on_error",
        "on_operation_end",
    ]
    retries = recorder.of("on_retry")
    assert [(r.attempt, r.reason, r.status_code) for r in retries] == [(1, "429", 429), (2, "429", 429)]
    assert all(r.delay >= 0 and r.operation == "createOrder" for r in retries)
    assert [r.attempt for r in recorder.of("on_request")] == [1, 2, 3]
    [error] = recorder.of("on_error")
    assert isinstance(error.error, RateLimitError) and error.attempts == 3
    [finished] = recorder.of("on_operation_end")
    assert isinstance(finished.error, RateLimitError)
    assert (finished.attempts, finished.status_code) == (3, 429)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("api", "fetch"), [("smouv", "token"), ("transeu", "token"), ("quivo", "login")])
def test_token_and_login_fetches_are_reported(
    freight_sandbox: Callable[..., Any], api: str, fetch: str, mode: str
) -> None:
    box = freight_sandbox(api)
    recorder = Recorder()
    run(api, mode, box, hooks=[recorder])
    [token] = recorder.of("on_token")
    assert (token.operation, token.status_code, token.api) == (fetch, 200, recorder.of("on_operation_start")[0].api)
    methods = recorder.methods()
    assert methods.index("on_token") < methods.index("on_request")  # the fetch precedes the create it serves
    [finished] = recorder.of("on_operation_end")
    assert finished.error is None and finished.attempts == 2  # the fetch and the create


@pytest.mark.parametrize("mode", MODES)
def test_a_failing_hook_never_changes_the_outcome(
    freight_sandbox: Callable[..., Any], mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    class Broken(Hook):
        def __getattribute__(self, name: str) -> Any:
            if name.startswith("on_"):
                raise RuntimeError(f"{name} is broken")
            return super().__getattribute__(name)

    recorder = Recorder()
    with caplog.at_level(logging.ERROR, logger="freight_clients.hooks"):
        created = run("spotgo", mode, freight_sandbox("spotgo"), hooks=[Broken(), recorder])
    assert created.order_number == "H-1"
    assert len(recorder.of("on_operation_end")) == 1  # the hooks after the broken one still ran
    assert sum("Broken" in record.getMessage() for record in caplog.records) == 4  # start, request, response, end


def _texts(event: Any) -> list[str]:
    """Everything a hook can read from an event, as text."""
    texts = [repr(event)]
    for name in ("headers", "added_headers"):
        texts += [f"{k}: {v}" for k, v in dict(getattr(event, name, None) or {}).items()]
    if isinstance(event, ResponseEvent):
        texts.append(event.content.decode("utf-8", "replace"))
    error = getattr(event, "error", None)
    if error is not None:
        texts += [str(error), repr(error), repr(vars(error))]
        response = getattr(error, "response", None)
        if response is not None:
            request = response.request
            texts += [repr(dict(response.headers)), repr(dict(request.headers)), str(request.url)]
            with contextlib.suppress(httpx.RequestNotRead):  # a streamed upload keeps no body
                texts.append(request.content.decode("utf-8", "replace"))
    return texts


def _issued_tokens(responses: list[httpx.Response]) -> list[str]:
    """Tokens the sandboxes handed out (token and login answers), from the raw responses."""
    found: list[str] = []
    for response in responses:
        if not any(word in response.request.url.path for word in ("token", "login")):
            continue
        body = json.loads(response.content)
        found += [v for k, v in body.items() if "token" in k.lower() and k != "token_type" and isinstance(v, str)]
    return found


def _creating(api: str, mode: str, raw: list[httpx.Response]) -> Callable[[Any], Any]:
    """The API's create call, keeping every raw response (token and login answers too) in `raw`."""
    create = CLIENTS[api][2]

    def sync(client: Any) -> Any:
        with client.raw_responses() as seen:
            try:
                return create(client)
            finally:
                raw.extend(seen)

    async def in_async(client: Any) -> Any:
        with client.raw_responses() as seen:
            try:
                return await create(client)
            finally:
                raw.extend(seen)

    return sync if mode == "sync" else in_async


def create_everywhere(freight_sandbox: Callable[..., Any], mode: str, hook: Hook) -> list[str]:
    """A create on each API's sandbox under 429 and 5xx faults (retries and errors are seen too); returns
    every secret involved: the sandboxes' credentials and the tokens they issued."""
    secrets: list[str] = []
    for api in CLIENTS:
        box = freight_sandbox(api, faults="429=0.5:0,5xx=0.2", seed=5)
        for name in ("api_keys", "api_key", "client_secret", "subscription_key", "access_token", "password"):
            value = box.credentials.get(name)
            secrets += value if isinstance(value, list) else [value] if value else []
        raw: list[httpx.Response] = []
        try:
            run(api, mode, box, _creating(api, mode, raw), hooks=[hook])
        except Exception as error:  # a create may fail under faults; what the hook saw is checked too
            assert type(error).__module__.startswith("freight_clients"), error
        secrets += _issued_tokens(raw)
    return secrets


@pytest.mark.parametrize("mode", MODES)
def test_no_secret_reaches_any_event(freight_sandbox: Callable[..., Any], mode: str) -> None:
    recorder = Recorder()
    secrets = create_everywhere(freight_sandbox, mode, recorder)
    assert {"on_token", "on_retry", "on_request", "on_response"} <= set(recorder.methods())
    assert len(secrets) >= 8
    leaks = {
        (method, event.api, event.operation, secret[:4] + "...")
        for method, event in recorder.events
        for text in _texts(event)
        for secret in secrets
        if secret in text
    }
    assert sorted(leaks) == []
