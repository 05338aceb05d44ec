"""The two real drivers: they carry out a plan's effects (see `_plan`) on an httpx client, blocking
(`run_sync`) or in the running event loop (`run_async`). This is the only module where the plans'
I/O happens: sending, reading and draining answers, sleeping, waiting for the rate limit, locking.

Layer: drivers, above plan. It imports httpx, the standard library, `_plan` and the leaves
`_interrupt` and `_http` only; the clients (`_base_client`) import it. `_scripted` is the third driver, for tests.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import httpx

from . import _interrupt
from ._http import aread_bounded, drain, read_bounded
from ._plan import Acquire, Drain, Effect, Plan, Read, Releasable, Send, Sleep, Stepper, TakeLock, run_blocking

T = TypeVar("T")


def _drain(effect: Drain, http: httpx.Client) -> int:
    drain(effect.response, effect.write)
    return effect.written


def _take(effect: TakeLock, http: httpx.Client) -> Releasable:
    effect.locks.thread.acquire()
    return effect.locks.thread


def _send(effect: Send, http: httpx.Client) -> httpx.Response:
    _interrupt.check()  # a bulk run that was interrupted sends nothing more (see _interrupt)
    return http.send(effect.request, stream=effect.stream)


#: How the blocking driver performs each kind of effect.
_BLOCKING: dict[type[Effect], Callable[[Any, httpx.Client], Any]] = {
    Send: _send,
    Read: lambda effect, http: (
        effect.response.read() if effect.limit is None else read_bounded(effect.response, effect.limit)
    ),
    Drain: _drain,
    Sleep: lambda effect, http: _interrupt.sleep(effect.seconds),
    Acquire: lambda effect, http: float(effect.limiter.acquire(effect.key)),
    TakeLock: _take,
}


def run_sync(plan: Plan[T], http: httpx.Client) -> T:
    """Carry out a plan, blocking."""
    return run_blocking(plan, lambda effect: _BLOCKING[type(effect)](effect, http))


async def _adrain(effect: Drain, http: httpx.AsyncClient) -> int:
    try:
        async for chunk in effect.response.aiter_bytes():
            effect.write(chunk)
    finally:
        await effect.response.aclose()
    return effect.written


async def _asleep(effect: Sleep, http: httpx.AsyncClient) -> None:
    import asyncio  # loaded by async clients only: a blocking client does not pay for it

    await asyncio.sleep(effect.seconds)


async def _aacquire(effect: Acquire, http: httpx.AsyncClient) -> float:
    return float(await effect.limiter.acquire_async(effect.key))


async def _atake(effect: TakeLock, http: httpx.AsyncClient) -> Releasable:
    await effect.locks.task.acquire()
    return effect.locks.task


#: How the asyncio driver performs each kind of effect.
_AWAITING: dict[type[Effect], Callable[[Any, httpx.AsyncClient], Awaitable[Any]]] = {
    Send: lambda effect, http: http.send(effect.request, stream=effect.stream),
    Read: lambda effect, http: (
        effect.response.aread() if effect.limit is None else aread_bounded(effect.response, effect.limit)
    ),
    Drain: _adrain,
    Sleep: _asleep,
    Acquire: _aacquire,
    TakeLock: _atake,
}


async def run_async(plan: Plan[T], http: httpx.AsyncClient) -> T:
    """Carry out a plan in the running event loop."""
    step = Stepper(plan)
    while (effect := step.effect) is not None:
        try:
            value, error = await _AWAITING[type(effect)](effect, http), None
        except BaseException as caught:
            value, error = None, caught
        step.resume(value, error)
    return step.result  # type: ignore[return-value]
