"""The third driver: runs a plan against scripted answers in virtual time, with no socket and no
sleep, as httpx's `MockTransport` answers requests without a network. A `Script` holds the answers
(an httpx response, a transport exception to raise as the send's failure, or a function of the
request giving either) and records what the plan did: the requests sent, the sleeps asked for
(which advance its clock instead of waiting) and the rate-limit waits.

    script = Script(httpx.Response(429, headers={"Retry-After": "2"}), httpx.Response(201, json=order))
    spotgo = script.drive(SpotGo(api_key="k"))       # its plans now run on this script
    spotgo.orders.create(order)
    assert len(script.requests) == 2 and script.sleeps == [2.0] and script.clock == 2.0

`run_scripted(plan, script)` drives any plan directly. Rate-limit waits return at once (the
scripted run is about the loop, not the limiter's clock).

Layer: drivers, beside `_drivers`. It imports httpx, the standard library, `_http` and `_plan` only, and
knows clients only as something with a `_drive` and an `_http` (`drive`).
"""

from __future__ import annotations

import collections
from collections.abc import Callable
from typing import Any, TypeAlias, TypeVar

import httpx

from ._http import drain
from ._plan import Acquire, Drain, Effect, Plan, Read, Releasable, Send, Sleep, TakeLock, run_blocking

T = TypeVar("T")
C = TypeVar("C")

#: One scripted answer: a response, an exception the send raises, or a function of the request.
Answer: TypeAlias = "httpx.Response | Exception | Callable[[httpx.Request], httpx.Response | Exception]"


class ScriptExhausted(AssertionError):
    """The plan sent a request the script has no answer for."""


class Script:
    """Answers in order, and a record of the run: `requests` sent, `sleeps` taken (each advances
    `clock`, in seconds), `acquired` (the credential keys the rate limit was asked for)."""

    def __init__(self, *answers: Answer) -> None:
        self._answers: collections.deque[Answer] = collections.deque(answers)
        self.requests: list[httpx.Request] = []
        self.sleeps: list[float] = []
        self.acquired: list[str] = []
        self.clock = 0.0

    def add(self, *answers: Answer) -> Script:
        """More answers, after the ones already scripted."""
        self._answers.extend(answers)
        return self

    @property
    def unused(self) -> int:
        """Answers no request has taken yet."""
        return len(self._answers)

    def answer(self, request: httpx.Request) -> httpx.Response:
        """The next answer to `request` (recorded), or its scripted exception raised."""
        request.read()  # as a transport does: an upload's stream is consumed by the send
        self.requests.append(request)
        if not self._answers:
            number = len(self.requests)
            raise ScriptExhausted(f"no scripted answer for request {number}: {request.method} {request.url}")
        answer = self._answers.popleft()
        if callable(answer) and not isinstance(answer, httpx.Response | Exception):
            answer = answer(request)
        if isinstance(answer, Exception):
            raise answer
        try:
            answer.request  # noqa: B018 (httpx raises when a response has no request)
        except RuntimeError:  # an answer built bare: give it the request, as a transport does
            answer.request = request
        return answer

    def drive(self, client: C) -> C:
        """`client` (a blocking or asyncio client of this package), with its plans run on this
        script from now on; returns it."""
        if isinstance(getattr(client, "_http", None), httpx.AsyncClient):

            async def drive_async(plan: Plan[T], http: Any) -> T:
                return run_scripted(plan, self)

            client._drive = drive_async  # type: ignore[attr-defined]
        else:
            client._drive = lambda plan, http: run_scripted(plan, self)  # type: ignore[attr-defined]
        return client


def _drain(effect: Drain, script: Script) -> int:
    drain(effect.response, effect.write)
    return effect.written


def _sleep(effect: Sleep, script: Script) -> None:
    script.sleeps.append(effect.seconds)
    script.clock += effect.seconds


def _acquire(effect: Acquire, script: Script) -> float:
    script.acquired.append(effect.key)
    return 0.0


def _take(effect: TakeLock, script: Script) -> Releasable:
    # Only a bulk call's worker threads can hold it meanwhile, for one scripted token fetch.
    if not effect.locks.thread.acquire(timeout=10.0):
        raise RuntimeError("a scripted run waited 10 s for a lock: a plan holds it and never lets go")
    return effect.locks.thread


_SCRIPTED: dict[type[Effect], Callable[[Any, Script], Any]] = {
    Send: lambda effect, script: script.answer(effect.request),
    Read: lambda effect, script: effect.response.read(),
    Drain: _drain,
    Sleep: _sleep,
    Acquire: _acquire,
    TakeLock: _take,
}


def run_scripted(plan: Plan[T], script: Script) -> T:
    """Carry out a plan against `script`: sends take its answers, sleeps advance its clock."""
    return run_blocking(plan, lambda effect: _SCRIPTED[type(effect)](effect, script))
