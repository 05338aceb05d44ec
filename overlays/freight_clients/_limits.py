"""Client-side rate limiting per credential, sync and async: a fixed limit (pyrate-limiter), one
learned from the service's 429s (`"adaptive"`, see _adaptive.py), or one shared through Redis by
every process using the credential (`RedisRateLimit`, see _redis_limit.py)."""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from ._exceptions import ConfigurationError

if TYPE_CHECKING:
    from pyrate_limiter import Limiter, Rate

    from ._adaptive import AdaptiveRate
    from ._redis_limit import RedisLimiters


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


def rates(requests: int, period: float) -> list[Rate]:
    """pyrate-limiter's rates for `requests` per `period`: the limit, and at most a quarter of it in
    any quarter period (same long-run rate, bursts a quarter as big). Against a token bucket of N per
    T, a client's N per T' in bursts of N/m absorbs requests arriving up to T' - T/m late: T' - T in
    one window (0.1 s for 40 per 2.1 s against 40 per 2 s), T' - T/4 in quarters (1.6 s), while a
    batch of a quarter of the limit still leaves at once. A service that counts a window of N per T
    is late-proof only up to T' - T, in either shape (test_limit_shape works both)."""
    from pyrate_limiter import Rate

    # In whole milliseconds, never shorter than asked (`round` first: 1000 * 2.1 is 2100.0000000000005).
    whole_ms = math.ceil(round(1000 * period, 6))
    # Floor the quarter period and ceil its count: pyrate-limiter refuses a shorter window that
    # allows a lower rate than a longer one (e.g. 25 per 288 ms beside 100 per 1150 ms).
    quarter, quarter_ms = math.ceil(requests / 4), whole_ms // 4
    whole = Rate(requests, whole_ms)
    if quarter >= requests or quarter_ms < 1:  # one request per period, or a period under 4 ms
        return [whole]
    return [Rate(quarter, quarter_ms), whole]


def _limiter(limit: RateLimit) -> Limiter:
    """pyrate-limiter loads on the first limited client, not at import (it brings ~65 modules)."""
    from pyrate_limiter import Limiter

    # pyrate-limiter's default 50 ms margin after each wait cost 5% of a 1-second window's
    # throughput (measured: 94.9% of R over 10,000 orders); 5 ms still absorbs timer jitter.
    return Limiter(rates(limit.requests, limit.period), buffer_ms=5)


class CredentialLimiter:
    """One limiter per client instance; the bucket is keyed by the credential it sends. `acquire`
    blocks until a request may go and returns the seconds it waited; `feedback` is told about
    every answer (only the adaptive limit learns from it)."""

    def __init__(self, limit: Limit) -> None:
        if limit is not None and not isinstance(limit, RateLimit | RedisRateLimit) and limit != "adaptive":
            raise ConfigurationError(
                f"rate_limit must be a RateLimit, a RedisRateLimit, 'adaptive' or None, got {limit!r}", api="rate_limit"
            )
        self.limit = limit
        self._limiter = _limiter(limit) if isinstance(limit, RateLimit) else None
        self._adaptive: AdaptiveRate | None = None
        self._redis: RedisLimiters | None = None
        if limit == "adaptive":
            from ._adaptive import AdaptiveRate

            self._adaptive = AdaptiveRate()
        elif isinstance(limit, RedisRateLimit):
            from ._redis_limit import RedisLimiters

            self._redis = RedisLimiters(limit)

    def acquire(self, key: str) -> float:
        started = time.monotonic()
        if self._limiter is not None:
            self._limiter.try_acquire(key)
        elif self._redis is not None:
            self._redis.acquire(key)
        elif self._adaptive is not None:
            while (wait := self._adaptive.take(key)) > 0:
                time.sleep(wait)
        return time.monotonic() - started

    async def acquire_async(self, key: str) -> float:
        started = time.monotonic()
        if self._limiter is not None:
            await self._limiter.try_acquire_async(key)
        elif self._redis is not None:
            await self._redis.acquire_async(key)
        elif self._adaptive is not None:
            while (wait := self._adaptive.take(key)) > 0:
                await _sleep(wait)
        return time.monotonic() - started

    def paces(self) -> dict[str, float]:
        """Requests per second each credential's adaptive limit paces at now (empty otherwise)."""
        return self._adaptive.paces() if self._adaptive is not None else {}

    def feedback(self, key: str, *, throttled: bool, retry_after: float | None) -> None:
        if self._adaptive is not None:
            self._adaptive.feedback(key, throttled=throttled, retry_after=retry_after)


async def _sleep(seconds: float) -> None:
    import asyncio  # loaded by async clients only: a blocking client does not pay for it

    await asyncio.sleep(seconds)
