"""The in-process fixed limit (`_limits.Windows`, issue 25: no pyrate-limiter, so a blocking client
loads no asyncio) sends at most N per period and a quarter of N per quarter period, per credential,
and wastes nothing: each wait ends exactly when a request may go. Worked in virtual time (the
limiter is given a virtual clock; nothing sleeps)."""

from __future__ import annotations

import pytest

from freight_clients import RateLimit, _limits
from freight_clients._limit_shapes import windows as windows_of


class Clock:
    now = 1000.0

    def monotonic(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


def _send(windows: _limits.Windows, clock: Clock, key: str, count: int) -> list[float]:
    """The times `count` requests go out when each caller sleeps exactly the wait it is told."""
    sent: list[float] = []
    while len(sent) < count:
        wait = windows.take(key)
        if wait > 0:
            clock.now += wait
        else:
            sent.append(clock.now)
    return sent


@pytest.mark.parametrize(("requests", "period"), [(100, 60.0), (8, 1.0), (40, 2.1), (3, 0.5), (1, 1.0)])
def test_a_fixed_limit_never_exceeds_its_windows_and_loses_no_time(clock: Clock, requests: int, period: float) -> None:
    windows = _limits.Windows(RateLimit(requests, period), clock.monotonic)
    sent = _send(windows, clock, "key", 3 * requests)
    shape = windows_of(requests, period)
    for limit, milliseconds in shape:
        interval = milliseconds / 1000
        for index, start in enumerate(sent):
            inside = [t for t in sent[index:] if t < start + interval - 1e-9]
            assert len(inside) <= limit, (limit, interval, start)
    # and loses no time: each request goes the moment the windows allow it, no margin after a wait
    earliest: list[float] = []
    for index in range(len(sent)):
        earliest.append(max([sent[0]] + [earliest[index - n] + ms / 1000 for n, ms in shape if index >= n]))
    assert sent == pytest.approx(earliest, abs=1e-9)
    assert sent[-1] - sent[0] >= 2 * max(ms for _, ms in shape) / 1000 - 1e-9  # 3 N take two periods at least


def test_each_credential_has_its_own_windows(clock: Clock) -> None:
    windows = _limits.Windows(RateLimit(4, 1.0), clock.monotonic)
    assert windows.take("a") == 0 and windows.take("b") == 0
    assert windows.take("a") > 0  # a quarter of 4 per quarter second: one each
    assert windows.take("b") > 0
    clock.now += 0.25
    assert windows.take("a") == 0
