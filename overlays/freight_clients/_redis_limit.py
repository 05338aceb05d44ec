"""The per-credential limit kept in Redis (`RedisRateLimit`): pyrate-limiter's Redis bucket, a
sliding-window log in one sorted set per credential, checked against the windows of `_limit_shapes.rates`
(the limit, and a quarter of it per quarter period) and written by one Lua script, so every process
and machine that uses the credential counts against the same limit. Needs the `redis` package
(`pip install freight-order-clients[redis]`).

Layer: a pacing backend. It imports the leaves (`_exceptions`, `_extras`, `_limit_shapes`) only.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ._exceptions import APIConnectionError
from ._extras import require

if TYPE_CHECKING:
    from pyrate_limiter import Limiter

    from ._limit_shapes import RedisRateLimit

#: Prefix of the Redis keys (one sorted set per credential hash, never the credential itself).
KEY_PREFIX = "freight_clients:rate:"


class RedisLimiters:
    """One pyrate-limiter Limiter per credential, each on its own Redis key, one connection pool."""

    def __init__(self, limit: RedisRateLimit) -> None:
        require("redis")
        import redis

        self.limit = limit
        self._redis = redis.Redis.from_url(limit.url)
        self._errors: tuple[type[BaseException], ...] = (redis.RedisError,)
        self._lock = threading.Lock()
        self._limiters: dict[str, Limiter] = {}

    @contextlib.contextmanager
    def _typed_errors(self) -> Iterator[None]:
        """An unreachable or failing Redis server is a typed APIConnectionError."""
        try:
            yield
        except self._errors as error:
            raise APIConnectionError(api="rate_limit", operation="acquire", cause=error) from error

    def _get(self, key: str) -> Limiter:
        from pyrate_limiter import Limiter, RedisBucket

        from ._limit_shapes import rates

        with self._lock:
            found = self._limiters.get(key)
            if found is None:
                bucket = RedisBucket.init(rates(self.limit.requests, self.limit.period), self._redis, KEY_PREFIX + key)
                # 5 ms after a wait, as for the in-process limit (pyrate-limiter's default is 50 ms).
                found = self._limiters[key] = Limiter(bucket, buffer_ms=5)
            return found

    def acquire(self, key: str) -> None:
        with self._typed_errors():
            self._get(key).try_acquire(key)

    async def acquire_async(self, key: str) -> None:
        with self._typed_errors():
            await self._get(key).try_acquire_async(key)
