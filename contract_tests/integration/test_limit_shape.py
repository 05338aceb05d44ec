"""The shape of a fixed or shared limit (`_limits.rates`, used by `RateLimit` and `RedisRateLimit`):
pyrate-limiter takes it for any valid limit, and its quarter bursts absorb lateness a whole window
cannot, worked in virtual time against the worst arrivals: every request admitted in the `lateness`
before some moment arrives at that moment, every other request on time."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import Any, cast

import pytest
from pyrate_limiter import InMemoryBucket, RedisBucket

from freight_clients import ConfigurationError, RateLimit
from freight_clients._limits import RedisRateLimit, rates
from freight_sandbox import RateLimit as ServiceLimit
from freight_sandbox import TokenBuckets

#: The service's limit, and the clients' 5% under it (as in test_redis_limit).
REQUESTS, PERIOD, CLIENT_PERIOD = 40, 2.0, 2.1


@pytest.mark.parametrize("requests", [1, 2, 3, 4, 5, 7, 10, 40, 95, 100, 1000])
@pytest.mark.parametrize("period", [0.001, 0.003, 0.006, 0.3, 1, 1.15, 2.1, 4.35, 8.7, 60, 86400])
def test_every_limit_builds_a_rate_list_pyrate_limiter_takes(requests: int, period: float) -> None:
    shape = rates(requests, period)
    InMemoryBucket(shape)  # both validate the list (ordered windows, no shorter window at a lower rate)
    RedisBucket(shape, cast(Any, None), "key", "script")
    whole = shape[-1]
    assert whole.limit == requests and whole.interval >= 1000 * period * (1 - 1e-9)  # never faster
    assert all(rate.limit <= max(1, -(-requests // 4)) for rate in shape[:-1])


def test_a_period_under_a_millisecond_is_refused_at_construction() -> None:
    for kind in (RateLimit, lambda r, p: RedisRateLimit("redis://127.0.0.1:1/0", r, p)):
        with pytest.raises(ConfigurationError):
            kind(1, 0.0005)


def _admitted(limits: list[tuple[int, float]], count: int = 400) -> list[float]:
    """When a greedy client admits `count` requests under sliding windows of (limit, seconds)."""
    times: list[float] = []
    for index in range(count):
        start = times[-1] if times else 0.0
        for limit, seconds in limits:
            if index >= limit:
                start = max(start, times[index - limit] + seconds)
        times.append(start)
    return times


def _windows(requests: int, period: float) -> list[tuple[int, float]]:
    return [(rate.limit, rate.interval / 1000) for rate in rates(requests, period)]


Service = Callable[[list[float], int, float], int]


def _by_token_bucket(arrivals: list[float], requests: int, period: float) -> int:
    """The 429s of the sandbox's token bucket (`requests`, refilled at `requests` per `period`)."""
    clock = [0.0]
    buckets = TokenBuckets(ServiceLimit(requests, period), clock=lambda: clock[0])
    refused = 0
    for arrival in arrivals:
        clock[0] = arrival
        refused += buckets.take("key") > 0
    return refused


def _by_window(arrivals: list[float], requests: int, period: float) -> int:
    """The 429s of a service that accepts at most `requests` in any `period` (a sliding-window log)."""
    accepted: list[float] = []
    refused = 0
    for arrival in arrivals:
        if len(accepted) - bisect.bisect_right(accepted, arrival - period) >= requests:
            refused += 1
        else:
            accepted.append(arrival)
    return refused


def _worst(
    limits: list[tuple[int, float]], lateness: float, service: Service, requests: int = REQUESTS, period: float = PERIOD
) -> int:
    """The most 429s over every moment at which late requests may pile up: `lateness` after each
    admission (a moment later would leave that admission out of the pile)."""
    admitted = _admitted(limits)
    worst = 0
    for moment in sorted({t + lateness for t in admitted}):
        arrivals = sorted(moment if moment - lateness <= t <= moment else t for t in admitted)
        worst = max(worst, service(arrivals, requests, period))
    return worst


def test_against_a_token_bucket_quarter_bursts_absorb_three_quarters_of_a_period_more() -> None:
    """Bursts of N/m per T'/m absorb lateness up to T' - T/m: 0.1 s in one window, 1.6 s in quarters."""
    quarters, one = _windows(REQUESTS, CLIENT_PERIOD), [(REQUESTS, CLIENT_PERIOD)]
    assert len(quarters) == 2
    assert _worst(one, 0.09, _by_token_bucket) == 0
    assert _worst(one, 0.15, _by_token_bucket) > 0
    assert _worst(quarters, 1.55, _by_token_bucket) == 0
    assert _worst(quarters, 1.7, _by_token_bucket) > 0


def test_against_a_counted_window_only_the_margin_absorbs_lateness_and_the_excess_is_a_quarter() -> None:
    quarters, one = _windows(REQUESTS, CLIENT_PERIOD), [(REQUESTS, CLIENT_PERIOD)]
    assert _worst(one, 0.09, _by_window) == _worst(quarters, 0.09, _by_window) == 0
    assert 0 < _worst(quarters, 0.5, _by_window) <= _worst(one, 0.5, _by_window) // 4


def test_the_margin_goes_in_the_period() -> None:
    """For a vendor's 100 per minute, 100 per 63 s (the README's advice) absorbs 3 s of lateness
    against a counted window and 48 s against a token bucket; 95 per 60 s sends as much but its
    bursts at 0 and 60 s share a window as soon as the first is late at all."""
    in_period, in_requests = _windows(100, 63), _windows(95, 60)
    assert _worst(in_period, 2.9, _by_window, 100, 60) == 0
    assert _worst(in_period, 45, _by_token_bucket, 100, 60) == 0
    assert _worst(in_requests, 0.5, _by_window, 100, 60) > 0


def test_a_limit_goes_out_in_quarter_bursts_at_the_same_long_run_rate() -> None:
    assert _windows(40, 2.1) == [(10, 0.525), (40, 2.1)]
    assert _windows(100, 60) == [(25, 15.0), (100, 60.0)]
    assert _windows(1, 1) == [(1, 1.0)]
    times = _admitted(_windows(40, 2.1), 401)
    assert times[400] == pytest.approx(21.0)  # 400 more requests take ten periods, as with one window
    assert max(sum(1 for t in times if start <= t < start + 0.525) for start in times) == 10
