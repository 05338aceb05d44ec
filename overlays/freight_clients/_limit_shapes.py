"""The shapes of a client-side rate limit: the configs a client takes (`RateLimit`, `RedisRateLimit`,
`"adaptive"`) and `rates()`, the windows both the in-process and the Redis backend count.

Layer: a leaf of pacing. It imports `_exceptions` only (pyrate-limiter inside `rates`, for the
Redis backend, on first use); the dispatcher `_limits` and each backend import it, so the backends need not import each
other or the dispatcher.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from ._exceptions import ConfigurationError

if TYPE_CHECKING:
    from pyrate_limiter import Rate


def _check_limit(kind: str, requests: object, period: object) -> None:
    """A limit of at least one request per finite period of at least 1 ms, else ConfigurationError."""
    if isinstance(requests, bool) or not isinstance(requests, int) or requests < 1:
        raise ConfigurationError(f"{kind}: requests must be an integer >= 1, got {requests!r}", api="rate_limit")
    # pyrate-limiter counts in whole milliseconds: a shorter period would be a window of none.
    if isinstance(period, bool) or not isinstance(period, int | float) or not (0.001 <= period < math.inf):
        raise ConfigurationError(
            f"{kind}: period must be a number of seconds >= 0.001, got {period!r}", api="rate_limit"
        )


@dataclass(frozen=True)
class RateLimit:
    """At most `requests` per `period` seconds. SpotGo documents a default of 100 per API key."""

    requests: int
    period: float = 60.0

    def __post_init__(self) -> None:
        _check_limit("RateLimit", self.requests, self.period)


@dataclass(frozen=True)
class RedisRateLimit:
    """At most `requests` per `period` seconds per credential, counted in the Redis server at `url`
    so that every process and machine using the credential shares one limit."""

    url: str
    requests: int
    period: float = 60.0

    def __post_init__(self) -> None:
        _check_limit("RedisRateLimit", self.requests, self.period)

    def __repr__(self) -> str:  # the URL may carry a password
        return f"RedisRateLimit(<url>, requests={self.requests}, period={self.period})"


Limit = RateLimit | Literal["adaptive"] | RedisRateLimit | None


def windows(requests: int, period: float) -> list[tuple[int, int]]:
    """(requests, milliseconds) windows for `requests` per `period`: the limit, and at most a quarter
    of it in any quarter period (same long-run rate, bursts a quarter as big). Against a token bucket
    of N per T, a client's N per T' in bursts of N/m absorbs requests arriving up to T' - T/m late:
    T' - T in one window (0.1 s for 40 per 2.1 s against 40 per 2 s), T' - T/4 in quarters (1.6 s),
    while a batch of a quarter of the limit still leaves at once. A service that counts a window of N
    per T is late-proof only up to T' - T, in either shape (test_limit_shape works both)."""
    # In whole milliseconds, never shorter than asked (`round` first: 1000 * 2.1 is 2100.0000000000005).
    whole_ms = math.ceil(round(1000 * period, 6))
    # Floor the quarter period and ceil its count: pyrate-limiter (the Redis backend) refuses a
    # shorter window that allows a lower rate than a longer one (e.g. 25 per 288 ms beside 100 per 1150 ms).
    quarter, quarter_ms = math.ceil(requests / 4), whole_ms // 4
    if quarter >= requests or quarter_ms < 1:  # one request per period, or a period under 4 ms
        return [(requests, whole_ms)]
    return [(quarter, quarter_ms), (requests, whole_ms)]


def rates(requests: int, period: float) -> list[Rate]:
    """`windows` as pyrate-limiter's rates (the Redis backend's buckets count them)."""
    from pyrate_limiter import Rate

    return [Rate(limit, interval) for limit, interval in windows(requests, period)]
