"""The shared request loop: Retry-After, timeouts, retry budgets, raw responses."""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from freight_clients import APITimeoutError, InternalServerError, RateLimitError, RetryPolicy, SpotGo
from freight_sandbox import connect

ORDER_ID = "8c585a79-f0dd-42c3-b4e1-cc0daa99c123"
VIEW = {"orderId": ORDER_ID, "status": "Created", "orderNumber": "A-1"}
MEDIA = "application/json; x-api-version=1.0"


def scripted(*answers: httpx.Response) -> tuple[httpx.MockTransport, list[float]]:
    """A transport answering in turn, recording when each request arrived."""
    arrivals: list[float] = []
    queue = list(answers)

    def handler(request: httpx.Request) -> httpx.Response:
        arrivals.append(time.monotonic())
        return queue.pop(0)

    return httpx.MockTransport(handler), arrivals


def ok() -> httpx.Response:
    return httpx.Response(200, json=VIEW, headers={"content-type": MEDIA})


def test_retry_after_is_honoured_on_429_and_503() -> None:
    transport, arrivals = scripted(
        httpx.Response(429, headers={"Retry-After": "1"}, json={"title": "slow down"}),
        httpx.Response(503, headers={"Retry-After": "1"}, json={"title": "busy"}),
        ok(),
    )
    policy = RetryPolicy(max_retries=3, initial_delay=0.01, max_delay=0.02, jitter=0.0)
    with SpotGo(api_key="k" * 12, transport=transport, rate_limit=None, retry=policy) as spotgo:
        assert spotgo.orders.get(ORDER_ID).order_number == "A-1"
    gaps = [b - a for a, b in itertools.pairwise(arrivals)]
    assert len(arrivals) == 3 and all(gap >= 0.95 for gap in gaps), gaps  # never sooner than asked


def test_backoff_grows_and_the_budget_ends_in_a_typed_error() -> None:
    transport, arrivals = scripted(*[httpx.Response(500, json={"title": "boom"}) for _ in range(4)])
    policy = RetryPolicy(max_retries=3, initial_delay=0.05, max_delay=1.0, jitter=0.0)
    with (
        SpotGo(api_key="k" * 12, transport=transport, rate_limit=None, retry=policy) as spotgo,
        pytest.raises(InternalServerError) as failed,
    ):
        spotgo.orders.get(ORDER_ID)
    assert failed.value.attempts == 4 and len(arrivals) == 4
    gaps = [b - a for a, b in itertools.pairwise(arrivals)]
    assert gaps[0] >= 0.05 and gaps[2] > gaps[0]  # exponential


def test_rate_limit_error_after_the_budget_carries_retry_after() -> None:
    transport, _ = scripted(*[httpx.Response(429, headers={"Retry-After": "0"}, json={}) for _ in range(2)])
    spotgo = SpotGo(api_key="k" * 12, transport=transport, rate_limit=None, max_retries=1)
    with spotgo, pytest.raises(RateLimitError) as limited:
        spotgo.orders.get(ORDER_ID)
    assert limited.value.retry_after == 0.0 and limited.value.status_code == 429


def test_per_call_timeout_over_a_real_socket(freight_sandbox: Callable[..., Any]) -> None:
    box = freight_sandbox("spotgo", server=True, faults="hang=1:3")
    with connect(SpotGo, box, max_retries=0) as spotgo:
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as timed_out:
            spotgo.orders.get(ORDER_ID, timeout=0.3)
        assert time.monotonic() - started < 2.5
    assert timed_out.value.operation == "getOrder" and "ReadTimeout" in str(timed_out.value)


def test_raw_responses_are_available_on_request(spotgo_sandbox: Any) -> None:
    with connect(SpotGo, spotgo_sandbox) as spotgo:
        with spotgo.raw_responses() as raw:
            created = spotgo.orders.create({"orderNumber": "R-1", "carrier": {"vatCode": "LT1"}})
            spotgo.orders.get(created.order_id)
        spotgo.orders.get(created.order_id)  # outside the block: not collected
    assert [r.status_code for r in raw] == [200, 200]
    assert raw[0].headers["content-type"] == MEDIA and raw[0].json()["orderNumber"] == "R-1"

    async def collect() -> list[httpx.Response]:
        from freight_clients import AsyncSpotGo

        async with connect(AsyncSpotGo, spotgo_sandbox) as client:
            with client.raw_responses() as seen:
                await client.orders.get(created.order_id)
            return seen

    assert [r.status_code for r in asyncio.run(collect())] == [200]


def test_preflight_and_sandbox_agree_on_email_addresses() -> None:
    """Found by the Prism contract run: pre-flight refused a punycode domain the service accepts."""
    from contract_tests.support.speclib import schema_validator
    from freight_clients import InferredConstraintWarning
    from freight_clients._validation import check

    person = {"given_name": "A", "family_name": "B", "email": "0@A.XN--54B7FTA0CC"}
    check("transeu", "Trans.eu", "addShippingOrder", "ContactPersonInput", person)  # accepted
    assert not list(schema_validator("transeu", "ContactPersonInput").iter_errors(person))
    # The e-mail syntax is our inference (the seed says only "E-mail address"): pre-flight warns, never refuses.
    with pytest.warns(InferredConstraintWarning, match="email"):
        check("transeu", "Trans.eu", "addShippingOrder", "ContactPersonInput", {**person, "email": "no-at-sign"})
    assert list(schema_validator("transeu", "ContactPersonInput").iter_errors({**person, "email": "no-at-sign"}))
