"""Interruption is not an outcome (issue 23, cause 2): after a Ctrl-C or a cancellation nothing new is
sent, the interrupt reaches the caller within a second (workers parked on the rate limiter or a
Retry-After wake up and stop), what finished is reported, and a cancelled call is never traced or
hooked as a success (review-3 R3-11, R3-14, R3-15; newcomer-3 #6)."""

from __future__ import annotations

import asyncio
import os
import signal
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import StatusCode

from contract_tests.integration.test_every_operation_under_faults import box_of, spotgo_order
from freight_clients import AsyncSpotGo, Hook, OpenTelemetryHook, RateLimit, SpotGo
from freight_clients._hooks import OperationFinished
from freight_sandbox import AsyncASGITransport, SyncASGITransport, connect


class _Timed(httpx.BaseTransport):
    """Records when each request reached the transport; answers 429 (Retry-After) to the first
    `throttle` of them."""

    def __init__(self, inner: httpx.BaseTransport, throttle: int = 0, retry_after: str = "30") -> None:
        self.inner, self.throttle, self.retry_after = inner, throttle, retry_after
        self.sent: list[float] = []
        self.lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.sent.append(time.monotonic())
            throttled = len(self.sent) <= self.throttle
        if throttled:
            return httpx.Response(429, headers={"Retry-After": self.retry_after}, json={"title": "Too Many"})
        return self.inner.handle_request(request)


@pytest.fixture
def sigint_after() -> Iterator[Any]:
    """`sigint_after(seconds)`: a real SIGINT to this process (as Ctrl-C sends it) from a timer;
    returns a list that receives the moment it was sent."""
    timers: list[threading.Timer] = []

    def arm(seconds: float) -> list[float]:
        moment: list[float] = []

        def fire() -> None:
            moment.append(time.monotonic())
            os.kill(os.getpid(), signal.SIGINT)

        timer = threading.Timer(seconds, fire)
        timers.append(timer)
        timer.start()
        return moment

    yield arm
    for timer in timers:
        timer.cancel()


@pytest.mark.parametrize(
    ("limit", "throttle"),
    [(RateLimit(2, 6.0), 0), (None, 4)],
    ids=["parked-on-the-rate-limit", "parked-on-a-retry-after"],
)
def test_ctrl_c_during_a_bulk_sync_sends_nothing_more_and_reaches_the_caller_at_once(
    sigint_after: Any, limit: RateLimit | None, throttle: int
) -> None:
    """R3-11 / newcomer-3 #6: 4-8 orders went out after Ctrl-C, which reached the caller 5.7-6.7 s
    late (the workers parked on the limiter or a Retry-After finished first)."""
    box = box_of("spotgo")
    transport = _Timed(SyncASGITransport(box.app), throttle=throttle)
    orders = [spotgo_order(f"INT-{i}") for i in range(20)]
    with connect(SpotGo, box, transport=transport, rate_limit=limit) as spotgo:
        fired = sigint_after(0.5)
        with pytest.raises(KeyboardInterrupt):
            spotgo.orders.sync(orders, concurrency=4)
        caught = time.monotonic()
        time.sleep(0.6)  # a worker that would still send does so by now (the limit's next slot is at 1.5 s)
    assert fired and caught - fired[0] < 1.0, caught - fired[0]
    assert [moment for moment in transport.sent if moment > fired[0]] == []


def test_a_stopped_sync_iter_sends_nothing_more() -> None:
    """The caller stops reading `sync_iter` (it closes the iterator): the workers parked on the
    limit stop too, at once."""
    box = box_of("spotgo")
    transport = _Timed(SyncASGITransport(box.app))
    with connect(SpotGo, box, transport=transport, rate_limit=RateLimit(2, 6.0)) as spotgo:
        stream = spotgo.orders.sync_iter((spotgo_order(f"IT-{i}") for i in range(20)), concurrency=4)
        first = next(stream)
        assert first.ok
        started = time.monotonic()
        stream.close()  # type: ignore[attr-defined]
        closed = time.monotonic()
        time.sleep(1.8)  # past the limit's next slot (1.5 s)
    assert closed - started < 1.0 and len(transport.sent) == 1


def test_async_cancellation_of_a_bulk_sync_sends_nothing_more() -> None:
    box = box_of("spotgo")
    sent: list[float] = []

    class Timed(httpx.AsyncBaseTransport):
        def __init__(self) -> None:
            self.inner = AsyncASGITransport(app=box.app)

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            sent.append(time.monotonic())
            return await self.inner.handle_async_request(request)

    async def run() -> float:
        async with connect(AsyncSpotGo, box, transport=Timed(), rate_limit=RateLimit(2, 6.0)) as spotgo:
            task = asyncio.ensure_future(spotgo.orders.sync([spotgo_order(f"AI-{i}") for i in range(20)]))
            await asyncio.sleep(0.5)
            cancelled = time.monotonic()
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            assert time.monotonic() - cancelled < 1.0
            await asyncio.sleep(1.2)
            return cancelled

    cancelled = asyncio.run(run())
    assert [moment for moment in sent if moment > cancelled] == []


# --- R3-14: an on_progress that raises loses nothing ---------------------------------------------


def test_an_on_progress_that_raises_loses_no_outcome(caplog: pytest.LogCaptureFixture) -> None:
    """R3-14: a RuntimeError from on_progress aborted the batch: 0 of 12 outcomes returned, 6
    orders already stored."""
    box = box_of("spotgo")
    orders = [spotgo_order(f"PR-{i}") for i in range(12)]

    def closed_bar(done: int, total: int | None) -> None:
        raise RuntimeError("progress bar closed")

    with connect(SpotGo, box, rate_limit=None) as spotgo:
        outcomes = spotgo.orders.sync(orders, concurrency=3, on_progress=closed_bar)
    assert [o.order_number for o in outcomes if o.ok] == [f"PR-{i}" for i in range(12)]
    assert "on_progress raised" in caplog.text

    async def run() -> list[Any]:
        async with connect(AsyncSpotGo, box, rate_limit=None) as spotgo:
            return await spotgo.orders.sync([spotgo_order(f"PA-{i}") for i in range(12)], on_progress=closed_bar)

    assert len([o for o in asyncio.run(run()) if o.ok]) == 12


# --- R3-15: a cancelled call is not a success -----------------------------------------------------


class _Ends(Hook):
    def __init__(self) -> None:
        self.ends: list[OperationFinished] = []

    def on_operation_end(self, event: OperationFinished) -> None:
        self.ends.append(event)


class _Stalling(httpx.AsyncBaseTransport):
    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(30)
        raise AssertionError("not cancelled")


class _Interrupting(httpx.BaseTransport):
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        raise KeyboardInterrupt


def test_a_cancelled_or_interrupted_call_is_traced_and_hooked_as_such() -> None:
    """R3-15: the span ended with status UNSET and on_operation_end said error=None."""
    box = box_of("spotgo")
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    ends = _Ends()
    hooks = [OpenTelemetryHook(provider), ends]
    order_id = "00000000-0000-0000-0000-000000000001"
    spotgo = connect(SpotGo, box, transport=_Interrupting(), rate_limit=None, hooks=hooks)
    with spotgo, pytest.raises(KeyboardInterrupt):
        spotgo.orders.get(order_id)

    async def run() -> None:
        async with connect(AsyncSpotGo, box, transport=_Stalling(), rate_limit=None, hooks=hooks) as spotgo:
            task = asyncio.ensure_future(spotgo.orders.get(order_id))
            await asyncio.sleep(0.1)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task

    asyncio.run(run())
    assert [(end.interrupted, end.ok, end.error) for end in ends.ends] == [("cancelled", False, None)] * 2
    statuses = [(span.status.status_code, span.status.description) for span in exporter.get_finished_spans()]
    assert statuses == [(StatusCode.ERROR, "cancelled")] * 2
    provider.shutdown()


def test_a_call_that_waits_over_a_second_on_the_limit_says_so(caplog: pytest.LogCaptureFixture) -> None:
    """newcomer-3 #10: 200 upserts took 106 s under SpotGo's default limit and nothing said why."""
    box = box_of("spotgo")
    with connect(SpotGo, box, rate_limit=RateLimit(1, 1.2)) as spotgo, caplog.at_level("INFO", "freight_clients"):
        spotgo.orders.upsert(spotgo_order("LOG-1"))
        spotgo.orders.upsert(spotgo_order("LOG-2"))
    [line] = [r.getMessage() for r in caplog.records if "client-side rate limit" in r.getMessage()]
    assert line.startswith("SpotGo upsertOrder waited 1.") and "RateLimit(requests=1, period=1.2)" in line


def test_an_async_client_used_on_a_second_event_loop_fails_typed_naming_the_fix() -> None:
    """R3-19: the second `asyncio.run` failed with a bare `RuntimeError: Event loop is closed`."""
    from freight_clients import ConfigurationError

    box = box_of("spotgo")
    spotgo = connect(AsyncSpotGo, box, rate_limit=None)

    async def upsert(number: str) -> Any:
        return await spotgo.orders.upsert(spotgo_order(number))

    assert asyncio.run(upsert("LOOP-1")).created
    with pytest.raises(ConfigurationError, match="one client per event loop"):
        asyncio.run(upsert("LOOP-2"))
