"""The request loop on scripted answers: retries and Retry-After in virtual time, the retry budget,
re-authentication after a 401, and what is never replayed. No socket, no sandbox, no sleep."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest

from contract_tests.unit.core.scripted_clients import (
    DOC_ID,
    ORDER_ID,
    async_spotgo,
    json,
    lost,
    paths,
    refused,
    smouv,
    spotgo,
    spotgo_order,
    stored,
    token,
)
from freight_clients import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    InternalServerError,
    RateLimitError,
    RetryPolicy,
)
from freight_clients._scripted import Script, ScriptExhausted

ORDER = spotgo_order()
SMOUV_ORDER = {"customerOrderId": "CDE1", "type": "Master", "status": "Submitted", "version": "1"}


def test_a_429_then_success_waits_the_retry_after_in_virtual_time() -> None:
    script = Script(json(429, {"code": "TOO_MANY"}, **{"Retry-After": "7"}), json(201, stored(ORDER)))
    started = time.monotonic()
    with spotgo(script) as client:
        created = client.orders.create(ORDER)
    assert str(created.order_id) == ORDER_ID
    assert paths(script) == [paths(script)[0]] * 2 and paths(script)[0].startswith("POST ")
    assert script.sleeps == [7.0] and script.clock == 7.0  # Retry-After beats the 1 s backoff
    assert time.monotonic() - started < 1.0  # and nobody waited for it


def test_the_retry_after_wait_is_capped_by_the_policy() -> None:
    script = Script(json(429, None, **{"Retry-After": "3600"}), json(200, stored(ORDER)))
    with spotgo(script, retry=RetryPolicy(initial_delay=0.0, jitter=0.0, max_retry_after=30.0)) as client:
        client.orders.get(ORDER_ID)
    assert script.sleeps == [30.0]


def test_the_same_plan_runs_on_the_async_client() -> None:
    script = Script(json(429, None, **{"Retry-After": "2"}), json(200, stored(ORDER)))

    async def get() -> str:
        async with async_spotgo(script) as client:
            return str((await client.orders.get(ORDER_ID)).order_id)

    assert asyncio.run(get()) == ORDER_ID
    assert script.sleeps == [2.0] and len(script.requests) == 2


def test_max_retries_3_sends_at_most_4_requests() -> None:
    script = Script(*[json(503, {"message": "down"}) for _ in range(6)])
    with spotgo(script) as client, pytest.raises(InternalServerError) as failed:
        client.orders.get(ORDER_ID)
    assert len(script.requests) == 4 and script.unused == 2
    assert failed.value.attempts == 4 and failed.value.outcome_unknown
    assert script.sleeps == [1.0, 2.0, 4.0]  # the backoff doubles, from the policy's initial delay


def test_retry_budget_is_shared_by_429s_and_timeouts() -> None:
    script = Script(json(429, None), lost, json(429, None), lost, json(200, stored(ORDER)))
    with spotgo(script) as client, pytest.raises(APITimeoutError) as failed:
        client.orders.get(ORDER_ID)
    assert len(script.requests) == 4 and failed.value.attempts == 4 and script.unused == 1


def test_max_retries_0_sends_once() -> None:
    script = Script(json(429, None), json(200, stored(ORDER)))
    with spotgo(script, retry=RetryPolicy(max_retries=0)) as client, pytest.raises(RateLimitError):
        client.orders.get(ORDER_ID)
    assert len(script.requests) == 1 and script.sleeps == []


def test_a_401_storm_reauthenticates_once_per_request() -> None:
    """A fresh token that is refused too is final: one re-authentication per request, not a loop."""
    script = Script(token("first"), json(401, {"message": "expired"}), token("second"), json(401, None))
    with smouv(script) as client, pytest.raises(AuthenticationError) as failed:
        client.customer_orders.get("CDE1")
    sent = [(r.url.path, r.headers.get("authorization")) for r in script.requests]
    assert sent == [
        ("/token", None),
        ("/v1/customer-orders/CDE1", "Bearer first"),
        ("/token", None),
        ("/v1/customer-orders/CDE1", "Bearer second"),
    ]
    assert failed.value.attempts == 2 and script.unused == 0 and script.sleeps == []


def test_a_token_refused_after_a_401_is_reused_by_the_next_request() -> None:
    """After one request's re-authentication the new token is kept: the next request fetches none."""
    script = Script(token("first"), json(401, None), token("second"), json(200, SMOUV_ORDER))
    script.add(json(200, SMOUV_ORDER))
    with smouv(script) as client:
        client.customer_orders.get("CDE1")
        client.customer_orders.get("CDE1")
    assert [r.url.path for r in script.requests].count("/token") == 2
    assert script.requests[-1].headers["authorization"] == "Bearer second"


def test_an_upload_is_never_replayed_after_an_attempt_that_may_have_been_processed() -> None:
    for maybe_processed in (lost, json(503, {"message": "down"}), json(502, None)):
        script = Script(maybe_processed, json(201, {"documentId": DOC_ID}))
        with spotgo(script) as client, pytest.raises((APITimeoutError, InternalServerError)) as failed:
            client.documents.upload(ORDER_ID, b"%PDF-1.4", "cmr", filename="cmr.pdf")
        assert len(script.requests) == 1 and script.unused == 1, maybe_processed
        assert failed.value.outcome_unknown


def test_an_upload_is_replayed_after_a_429_or_a_connection_never_made() -> None:
    script = Script(json(429, None, **{"Retry-After": "1"}), refused, json(201, {"documentId": DOC_ID}))
    with spotgo(script) as client:
        document = client.documents.upload(ORDER_ID, b"%PDF-1.4", "cmr", filename="cmr.pdf")
    assert str(document.document_id) == DOC_ID
    assert len(script.requests) == 3 and script.sleeps == [1.0, 2.0]
    # the whole file in every attempt (its stream read again, not left spent by the first send)
    assert all(b'filename="cmr.pdf"' in r.content and b"\r\n%PDF-1.4\r\n" in r.content for r in script.requests)


def test_a_refused_connection_is_retried_and_never_makes_the_outcome_unknown() -> None:
    script = Script(*[refused] * 4)
    with spotgo(script) as client, pytest.raises(APIConnectionError) as failed:
        client.orders.get(ORDER_ID)
    assert len(script.requests) == 4 and not failed.value.outcome_unknown


def test_a_request_the_script_has_no_answer_for_stops_the_run() -> None:
    with spotgo(Script()) as client, pytest.raises(ScriptExhausted):
        client.orders.get(ORDER_ID)


def test_a_scripted_answer_can_be_a_function_of_the_request() -> None:
    def echo(request: httpx.Request) -> httpx.Response:
        return json(200, stored(ORDER, orderId=request.url.path.rsplit("/", 1)[-1]))

    with spotgo(Script(echo)) as client:
        assert str(client.orders.get(ORDER_ID).order_id) == ORDER_ID
