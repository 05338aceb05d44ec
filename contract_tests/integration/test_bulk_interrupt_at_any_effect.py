"""The bulk runners interrupted at a Hypothesis-chosen effect (issue 23, "interrupt at a random
effect", cause 2): a Ctrl-C (a real SIGINT) for the blocking `orders.sync` and `orders.sync_iter`,
a cancellation for the async ones, struck just before the N-th effect any worker performs (a send,
a read, a rate-limit slot, a retry's sleep), under faults. After every run:

- nothing is sent after the interrupt: no request whose send began once the run's stop was set
  (blocking), none once the caller saw the cancellation (async), and the struck effect is never
  carried out;
- the interrupt reaches the caller (KeyboardInterrupt, CancelledError); an uninterrupted run gives
  one outcome per input, in order, each a result or a FreightError;
- what finished is reported: every operation that started ends exactly once on `on_operation_end`
  (a result, a typed error, or `interrupted`), every outcome the caller received is one whose
  operation ended with it, and every order the service stored belongs to an operation that sent it;
- nothing non-idempotent is sent twice (upserts are keyed by number: the service holds each once).
"""

from __future__ import annotations

import asyncio
import contextvars
import gc
import signal
import sys
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from contract_tests.integration.test_every_operation_under_faults import (
    AsyncFaults,
    Script,
    SyncFaults,
    box_of,
    spotgo_order,
    stored_numbers,
)
from freight_clients import AsyncSpotGo, FreightError, Hook, RateLimit, RetryPolicy, SpotGo, _drivers, _interrupt
from freight_clients._hooks import OperationFinished, OperationStarted
from freight_sandbox import AsyncASGITransport, SyncASGITransport, connect

#: Faults of the first requests: retries (Sleep effects), answers lost after the write.
BULK_FAULTS = ("ok", "429", "5xx-before", "5xx-after", "reset-before", "reset-after", "unreadable-after")
QUICK = RetryPolicy(max_retries=3, initial_delay=0.001, max_delay=0.002, jitter=0.0)
ROOMY = RateLimit(100_000, 1.0)  # never waits, but every attempt takes an Acquire effect

_call: contextvars.ContextVar[int | None] = contextvars.ContextVar("bulk_test_call", default=None)
_late: contextvars.ContextVar[bool] = contextvars.ContextVar("bulk_test_late", default=False)


class _Calls(Hook):
    """Every operation's start and end, by call id; marks the running call in the worker's context."""

    def __init__(self) -> None:
        self.started: list[int] = []
        self.ended: dict[int, list[OperationFinished]] = {}
        self.lock = threading.Lock()

    def on_operation_start(self, event: OperationStarted) -> None:
        _call.set(event.call_id)
        with self.lock:
            self.started.append(event.call_id)

    def on_operation_end(self, event: OperationFinished) -> None:
        with self.lock:
            self.ended.setdefault(event.call_id, []).append(event)


class _Sent:
    """What reached the transport: (call id, order number, sent after the stop)."""

    def __init__(self) -> None:
        self.requests: list[tuple[int | None, str, bool]] = []
        self.lock = threading.Lock()

    def note(self, request: httpx.Request) -> None:
        number = str(httpx.Response(200, content=request.content).json().get("orderNumber"))
        with self.lock:
            self.requests.append((_call.get(), number, _late.get()))


class _SyncRecorder(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, sent: _Sent) -> None:
        self.inner, self.sent = inner, sent

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.sent.note(request)
        return self.inner.handle_request(request)


class _AsyncRecorder(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, sent: _Sent) -> None:
        self.inner, self.sent = inner, sent

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        self.sent.note(request)
        return await self.inner.handle_async_request(request)


class _Strike:
    """Counts the effects the workers perform and strikes before the `at`-th."""

    def __init__(self, at: int) -> None:
        self.at, self.count, self.struck = at, 0, False
        self.struck_kind: str | None = None
        self.stop_seen = True  # blocking: the struck worker saw its run's stop set
        self.main_stack = ""
        self.lock = threading.Lock()

    def due(self, effect: Any) -> bool:
        with self.lock:
            self.count += 1
            if self.struck or self.count != self.at:
                return False
            self.struck, self.struck_kind = True, type(effect).__name__
            return True


def _blocking_effects(strike: _Strike, original: dict[type, Callable[..., Any]]) -> dict[type, Callable[..., Any]]:
    def wrap(kind: type, perform: Callable[..., Any]) -> Callable[..., Any]:
        def run(effect: Any, http: Any) -> Any:
            stop = _interrupt.stop_event()
            if strike.due(effect):
                # Ctrl-C: SIGINT to the main thread, where Python raises KeyboardInterrupt
                signal.pthread_kill(threading.main_thread().ident or 0, signal.SIGINT)
                strike.stop_seen = stop is not None and stop.wait(10)  # the run stops its workers
                if not strike.stop_seen:  # where the main thread was instead, for the failure
                    frame = sys._current_frames().get(threading.main_thread().ident or 0)
                    strike.main_stack = "".join(traceback.format_stack(frame)) if frame else "none"
            _late.set(stop is not None and stop.is_set())  # a send begun now must not go out
            return perform(effect, http)

        return run

    return {kind: wrap(kind, perform) for kind, perform in original.items()}


def _async_effects(
    strike: _Strike, original: dict[type, Callable[..., Any]], outer: list[asyncio.Future[Any]]
) -> dict[type, Callable[..., Any]]:
    def wrap(kind: type, perform: Callable[..., Any]) -> Callable[..., Any]:
        async def run(effect: Any, http: Any) -> Any:
            if strike.due(effect):
                outer[0].cancel()  # the caller cancels the bulk call
                await asyncio.sleep(3600)  # this worker is cancelled with it: the effect never happens
                raise AssertionError("the struck worker was not cancelled")
            return await perform(effect, http)

        return run

    return {kind: wrap(kind, perform) for kind, perform in original.items()}


def _join_new_threads(before: set[threading.Thread]) -> None:
    """Wait for the worker threads started since `before` (the stopped run's) to end."""
    for thread in set(threading.enumerate()) - before:
        if not thread.name.startswith("ThreadPoolExecutor"):
            continue  # the in-process sandbox's own thread lives on
        _join_started(thread, timeout=30)
        assert not thread.is_alive(), f"{thread.name} still running: a stopped worker did not stop"


def _join_started(thread: threading.Thread, timeout: float) -> None:
    """Join a thread that may still be starting: a Ctrl-C that lands in the executor's
    `Thread.start()` ends that call before the new thread says it started, and `join()` refuses
    a thread until it has (RuntimeError). One whose start never began (the interrupt came before
    it) never runs, so it sends nothing: it is left alone."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            thread.join(max(0.0, deadline - time.monotonic()))
            return
        except RuntimeError:
            if time.monotonic() > deadline:
                assert thread.ident is None, f"{thread.name} started and never said so"
                return
            time.sleep(0.001)


def _check(box: Any, calls: _Calls, sent: _Sent, received: list[Any], numbers: list[str]) -> None:
    assert [request for request in sent.requests if request[2]] == [], sent.requests  # nothing after the stop
    assert sorted(calls.started) == sorted(calls.ended) and all(len(e) == 1 for e in calls.ended.values())
    ends = {call_id: events[0] for call_id, events in calls.ended.items()}
    for end in ends.values():
        assert end.error is None or isinstance(end.error, FreightError)
        if end.interrupted is not None:
            assert not end.ok and end.interrupted == "cancelled", end
    for outcome in received:  # what the caller got is what its operation ended with
        assert outcome.error is None or isinstance(outcome.error, FreightError)
    ok_numbers = sorted(o.order_number for o in received if o.ok)
    assert len(ok_numbers) <= sum(1 for e in ends.values() if e.ok)
    stored = stored_numbers("spotgo", box)
    assert len(stored) == len(set(stored))  # none twice
    senders = {number for _, number, _ in sent.requests}
    assert set(stored) <= senders and set(stored) <= set(numbers)  # each stored order was sent by a call
    assert set(ok_numbers) <= set(stored)  # every success the caller holds is stored


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    count=st.integers(1, 6),
    concurrency=st.integers(1, 3),
    at=st.integers(1, 50),
    faults=st.lists(st.sampled_from(BULK_FAULTS), max_size=8),
    stream=st.booleans(),
)
def test_a_blocking_bulk_run_interrupted_at_any_effect_sends_nothing_more_and_reports_what_finished(
    count: int, concurrency: int, at: int, faults: list[str], stream: bool
) -> None:
    box = box_of("spotgo")
    numbers = [f"BI-{i}" for i in range(count)]
    calls, sent, strike = _Calls(), _Sent(), _Strike(at)
    gc.collect()  # earlier examples' garbage finalized now: a finalizer run by the main thread during
    # the run would swallow its Ctrl-C ("Exception ignored in"), as Python does for any finalizer
    asgi = SyncASGITransport(box.app)
    transport = _SyncRecorder(SyncFaults(asgi, Script(faults)), sent)
    received: list[Any] = []
    interrupted = False
    before = set(threading.enumerate())
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_drivers, "_BLOCKING", _blocking_effects(strike, dict(_drivers._BLOCKING)))
        with connect(SpotGo, box, transport=transport, rate_limit=ROOMY, retry=QUICK, hooks=[calls]) as spotgo:
            orders = [spotgo_order(number) for number in numbers]
            try:
                if stream:
                    outcomes = spotgo.orders.sync_iter(orders, concurrency=concurrency)
                    try:
                        for outcome in outcomes:
                            received.append(outcome)
                    finally:
                        outcomes.close()  # type: ignore[attr-defined]
                else:
                    received = spotgo.orders.sync(orders, concurrency=concurrency)
            except KeyboardInterrupt:
                interrupted = True
            _join_new_threads(before)  # an interrupted run does not wait for its workers: the test does
    asgi.close()  # its loop thread stopped here, not by a finalizer in a later example
    event(f"struck before {strike.struck_kind}" if strike.struck else "not struck")
    assert interrupted is strike.struck and strike.stop_seen, (strike.struck_kind, strike.count, strike.main_stack)
    if not strike.struck:
        assert len(received) == count
        if not stream:
            assert [o.order_number for o in received] == numbers
    _check(box, calls, sent, received, numbers)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    count=st.integers(1, 6),
    concurrency=st.integers(1, 3),
    at=st.integers(1, 50),
    faults=st.lists(st.sampled_from(BULK_FAULTS), max_size=8),
    stream=st.booleans(),
)
def test_an_async_bulk_run_cancelled_at_any_effect_sends_nothing_more_and_reports_what_finished(
    count: int, concurrency: int, at: int, faults: list[str], stream: bool
) -> None:
    box = box_of("spotgo")
    numbers = [f"BA-{i}" for i in range(count)]
    calls, sent, strike = _Calls(), _Sent(), _Strike(at)
    transport = _AsyncRecorder(AsyncFaults(AsyncASGITransport(app=box.app), Script(faults)), sent)
    received: list[Any] = []
    outer: list[asyncio.Future[Any]] = []

    async def consume(spotgo: Any) -> list[Any]:
        orders = [spotgo_order(number) for number in numbers]
        if not stream:
            return list(await spotgo.orders.sync(orders, concurrency=concurrency))
        async for outcome in spotgo.orders.sync_iter(orders, concurrency=concurrency):
            received.append(outcome)
        return received

    async def main() -> bool:
        async with connect(
            AsyncSpotGo, box, transport=transport, rate_limit=ROOMY, retry=QUICK, hooks=[calls]
        ) as spotgo:
            outer.append(asyncio.ensure_future(consume(spotgo)))
            try:
                received[:] = await outer[0]
            except asyncio.CancelledError:
                before = len(sent.requests)
                for _ in range(20):  # let every other task run: none may send
                    await asyncio.sleep(0)
                assert len(sent.requests) == before, sent.requests[before:]
                return True
            return False

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_drivers, "_AWAITING", _async_effects(strike, dict(_drivers._AWAITING), outer))
        cancelled = asyncio.run(main())
    event(f"struck before {strike.struck_kind}" if strike.struck else "not struck")
    assert cancelled is strike.struck, (strike.struck_kind, strike.count)
    if not strike.struck:
        assert len(received) == count
        if not stream:
            assert [o.order_number for o in received] == numbers
    _check(box, calls, sent, received, numbers)


@pytest.mark.parametrize("stream", [False, True])
def test_a_ctrl_c_that_lands_just_before_the_main_thread_waits_still_stops_the_run(stream: bool) -> None:
    """CPython handles a signal between instructions: one that arrives just before the main thread
    starts waiting for its workers does not interrupt that wait. `_thread.interrupt_main()` is
    exactly that case (the signal is flagged, no wait is woken): the run must still stop within
    its slice, while the worker that saw the Ctrl-C waits for the stop, instead of when a worker
    ends."""
    import _thread

    box = box_of("spotgo")
    seen: list[bool] = []

    def first_send_interrupts(original: dict[type, Callable[..., Any]]) -> dict[type, Callable[..., Any]]:
        def wrap(perform: Callable[..., Any]) -> Callable[..., Any]:
            def run(effect: Any, http: Any) -> Any:
                stop = _interrupt.stop_event()
                if not seen and type(effect).__name__ == "Send" and stop is not None:
                    seen.append(False)
                    _thread.interrupt_main()
                    seen[0] = stop.wait(5)  # the main thread stops the run, the worker sends nothing
                    _interrupt.check()
                return perform(effect, http)

            return run

        return {kind: wrap(perform) for kind, perform in original.items()}

    gc.collect()  # no finalizer of earlier garbage runs during the run (it would swallow the Ctrl-C)
    before = set(threading.enumerate())
    asgi = SyncASGITransport(box.app)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_drivers, "_BLOCKING", first_send_interrupts(dict(_drivers._BLOCKING)))
        with connect(SpotGo, box, transport=asgi, rate_limit=ROOMY, retry=QUICK) as spotgo:
            orders = [spotgo_order(f"BW-{i}") for i in range(2)]
            with pytest.raises(KeyboardInterrupt):
                if stream:
                    for _ in spotgo.orders.sync_iter(orders, concurrency=1):
                        pass
                else:
                    spotgo.orders.sync(orders, concurrency=1)
        _join_new_threads(before)
    asgi.close()
    assert seen == [True]  # the stop came while the worker waited, not after
    assert stored_numbers("spotgo", box) == []  # and the interrupted send never went out
