"""Retry policy: exponential backoff with jitter that never waits less than Retry-After.

The loop is ours rather than tenacity's: driving tenacity cost 32 us per call, retried or not
(9% of a raw httpx call on a canned answer; measured with scripts/bench.py)."""

from __future__ import annotations

import email.utils
import math
import random
import re
import time
from dataclasses import dataclass

import httpx

from ._exceptions import APIConnectionError, APIStatusError, RateLimitError, ResponseValidationError

#: Statuses worth retrying: throttling and server failures.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


_DELTA_SECONDS = re.compile(r"[0-9]{1,12}(?:\.[0-9]{1,6})?")


def retry_after_seconds(response: httpx.Response) -> float | None:
    """Retry-After as seconds (delta-seconds, RFC 9110 §10.2.3, or an HTTP date), or None when it is
    absent or unparseable (`soon`, `-5`, `nan`, `1e309`, a malformed date): never raises."""
    value = response.headers.get("retry-after", "").strip()
    if _DELTA_SECONDS.fullmatch(value):
        return float(value)
    try:
        parsed = email.utils.parsedate_to_datetime(value)
        seconds = parsed.timestamp() - time.time()
    except Exception:  # the email parser raises ValueError, TypeError, IndexError, OverflowError...
        return None
    return max(0.0, seconds) if math.isfinite(seconds) else None


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to retry. `max_retries=0` turns retries off."""

    max_retries: int = 3
    initial_delay: float = 0.5
    max_delay: float = 8.0
    jitter: float = 0.5
    max_retry_after: float = 60.0

    def should_retry(self, error: BaseException, idempotent: bool) -> bool:
        """429 always (nothing was done); 5xx, timeouts and connection errors only when idempotent,
        and never a request that cannot be sent as built (see APIConnectionError.retryable)."""
        if isinstance(error, RateLimitError):
            return True
        if isinstance(error, ResponseValidationError):  # an unreadable success: the request may have acted
            return idempotent
        if isinstance(error, APIStatusError):
            return idempotent and error.status_code in RETRY_STATUSES
        return idempotent and isinstance(error, APIConnectionError) and error.retryable

    def delay(self, attempts: int, error: BaseException, idempotent: bool) -> float | None:
        """Seconds to wait before the next attempt after `attempts` sent ones failed with `error`,
        or None when `error` is final: exponential backoff with jitter, never less than the
        Retry-After of a 429 or 503 (capped at `max_retry_after`)."""
        if attempts > self.max_retries or not self.should_retry(error, idempotent):
            return None
        seconds = min(self.max_delay, self.initial_delay * 2.0 ** (attempts - 1) + random.uniform(0, self.jitter))
        if isinstance(error, APIStatusError) and error.status_code in (429, 503):
            asked = retry_after_seconds(error.response)
            if asked is not None:
                seconds = max(seconds, min(asked, self.max_retry_after))
        return seconds
