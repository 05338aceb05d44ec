"""Retry policy (tenacity): exponential backoff with jitter that never waits less than Retry-After."""

from __future__ import annotations

import email.utils
import time
from dataclasses import dataclass
from typing import Any

import httpx
import tenacity

from ._exceptions import APIConnectionError, APIStatusError, RateLimitError

#: Statuses worth retrying: throttling and server failures.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


def retry_after_seconds(response: httpx.Response) -> float | None:
    """Retry-After as seconds (delta-seconds or an HTTP date), or None."""
    value = response.headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        parsed = email.utils.parsedate_to_datetime(value) if value else None
        return max(0.0, parsed.timestamp() - time.time()) if parsed else None


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to retry. `max_retries=0` turns retries off."""

    max_retries: int = 3
    initial_delay: float = 0.5
    max_delay: float = 8.0
    jitter: float = 0.5
    max_retry_after: float = 60.0

    def should_retry(self, error: BaseException, idempotent: bool) -> bool:
        """429 always (nothing was done); 5xx, timeouts and connection errors only when idempotent."""
        if isinstance(error, RateLimitError):
            return True
        if isinstance(error, APIStatusError):
            return idempotent and error.status_code in RETRY_STATUSES
        return idempotent and isinstance(error, APIConnectionError)

    def wait(self, state: tenacity.RetryCallState) -> float:
        backoff = tenacity.wait_exponential_jitter(
            multiplier=self.initial_delay, max=self.max_delay, jitter=self.jitter
        )
        seconds = backoff(state)
        error = state.outcome.exception() if state.outcome else None
        if isinstance(error, APIStatusError) and error.status_code in (429, 503):
            asked = retry_after_seconds(error.response)
            if asked is not None:
                seconds = max(seconds, min(asked, self.max_retry_after))
        return float(seconds)

    def tenacity_kwargs(self, idempotent: bool) -> dict[str, Any]:
        return {
            "stop": tenacity.stop_after_attempt(self.max_retries + 1),
            "wait": self.wait,
            "retry": tenacity.retry_if_exception(lambda e: self.should_retry(e, idempotent)),
            "reraise": True,
        }
