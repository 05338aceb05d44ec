"""Client-side rate limiting per credential, sync and async: a fixed limit (`Windows`, a sliding
window log counted in this process), one learned from the service's 429s (`"adaptive"`, see
_adaptive.py), or one shared through Redis by every process using the credential
(`RedisRateLimit`, see _redis_limit.py, on pyrate-limiter).

Layer: pacing. It imports the leaves (`_exceptions`, `_limit_shapes`, `_interrupt`) and picks a backend
(`_adaptive`, `_redis_limit`, each loaded on first use); the backends never import it. Waits are
the backends' own (`acquire` blocks or awaits), so the request loop asks for them as one `Acquire`.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING

from . import _interrupt
from ._exceptions import ConfigurationError
from ._limit_shapes import Limit as Limit
from ._limit_shapes import RateLimit as RateLimit
from ._limit_shapes import RedisRateLimit as RedisRateLimit
from ._limit_shapes import rates as rates
from ._limit_shapes import windows

if TYPE_CHECKING:
    from ._adaptive import AdaptiveRate
    from ._redis_limit import RedisLimiters


class Windows:
    """A fixed limit in this process: per key, at most n requests in any interval of each window
    (`_limit_shapes.windows`), counted in a log of send times, as pyrate-limiter's in-memory bucket
    counts them but without its asyncio, sqlite3 and multiprocessing imports (a blocking client
    loads no asyncio) and without a margin after each wait (pyrate-limiter's 5 ms cost 2.5% of a
    bulk run's throughput). `take` is thread-safe and never blocks: the caller sleeps its answer."""

    def __init__(self, limit: RateLimit, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._windows = [(requests, interval / 1000) for requests, interval in windows(limit.requests, limit.period)]
        self._longest = max(interval for _, interval in self._windows)
        self._logs: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def take(self, key: str) -> float:
        """0 after recording a request for `key` now; otherwise the seconds until one may go."""
        with self._lock:
            now = self._clock()
            log = self._logs.setdefault(key, deque())
            while log and log[0] <= now - self._longest:
                log.popleft()
            # a window is full when its n-th latest request is still in it: wait until that one leaves
            wait = max((log[-n] + interval - now for n, interval in self._windows if len(log) >= n), default=0.0)
            if wait > 0:
                return wait
            log.append(now)
            return 0.0


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
        self._windows = Windows(limit) if isinstance(limit, RateLimit) else None
        self._adaptive: AdaptiveRate | None = None
        self._redis: RedisLimiters | None = None
        if limit == "adaptive":
            from ._adaptive import AdaptiveRate

            self._adaptive = AdaptiveRate()
        elif isinstance(limit, RedisRateLimit):
            from ._redis_limit import RedisLimiters

            self._redis = RedisLimiters(limit)

    def acquire(self, key: str) -> float:
        """Block until a request may go; in a bulk run's worker, wake and raise `Interrupted`
        within `_interrupt.SLICE` of the run's interruption (see `_interrupt`)."""
        started = time.monotonic()
        if self._windows is not None:
            while (wait := self._windows.take(key)) > 0:
                _interrupt.sleep(wait)
        elif self._redis is not None:
            self._redis.acquire(key)
        elif self._adaptive is not None:
            while (wait := self._adaptive.take(key)) > 0:
                _interrupt.sleep(wait)
        return time.monotonic() - started

    async def acquire_async(self, key: str) -> float:
        started = time.monotonic()
        if self._windows is not None:
            while (wait := self._windows.take(key)) > 0:
                await _sleep(wait)
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
