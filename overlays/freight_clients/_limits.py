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
    """A limit of at least one request per positive, finite period, else ConfigurationError."""
    if isinstance(requests, bool) or not isinstance(requests, int) or requests < 1:
        raise ConfigurationError(f"{kind}: requests must be an integer >= 1, got {requests!r}", api="rate_limit")
    if isinstance(period, bool) or not isinstance(period, int | float) or not (0 < period < math.inf):
        raise ConfigurationError(f"{kind}: period must be a number of seconds > 0, got {period!r}", api="rate_limit")


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
    """pyrate-limiter's rates for `requests` per `period`: the limit itself, and at most a quarter
    of it in any quarter period. The long-run rate is the same; the bursts are a quarter as big.
    A sliding window alone lets a whole window's requests out at once at each boundary, so a
    service counting with a token bucket of the same size (or a window a little out of step)
    turns a request that arrives 150 ms late into a 429 when the client limit is 5% under the
    service's; with quarter bursts two seconds of lateness do not (see test_limits)."""
    from pyrate_limiter import Duration, Rate

    whole = Rate(requests, Duration.SECOND * period)
    quarter = math.ceil(requests / 4)
    quarter_ms = round(1000 * period / 4)
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
