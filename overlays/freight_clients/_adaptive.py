"""A rate limit learned from the service's 429s (`rate_limit="adaptive"`), in the manner of the AWS
SDKs' adaptive retry mode: requests are paced at a client-side rate that rises along a cubic curve
until the service throttles, then drops below the rate the service was found to allow.

Per credential:
- Slow start: the rate starts at START_RATE and doubles every second until the first 429.
- The allowed rate is measured, not guessed: a 429 means the service's bucket is empty, so the
  answers accepted between two counted 429s, over the time between them, are what it refills. The
  first 429 has no predecessor: the accepted answers since the start, over that time, bound it.
- After a 429 the rate is BETA times that estimate W, then follows W * (1 + (1 - BETA) * (x - 1)^3),
  x = seconds since the 429 / scale: back at W after `scale` seconds, flat around W, then probing
  above it. The scale is at least SCALE seconds and at least PROBE_REQUESTS requests' worth at W,
  so probing costs at most about one 429 per few hundred requests, however low the limit.
- Retry-After is honoured, up to MAX_PAUSE (the client's `max_retry_after` when lower): nothing is
  sent on the credential until it has passed, and further 429s answered before then (requests
  that were already on their way) count as the same event.
- The rate never exceeds twice the rate the caller actually sends (measured over half seconds),
  so an idle client does not build up a burst.

Layer: a pacing backend. It imports the standard library only and takes its clock (`clock=`), so
it is tested in virtual time; `_limits` sleeps the waits it returns.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

START_RATE = 10.0
BETA = 0.95
SCALE = 8.0
MAX_SCALE = 120.0
PROBE_REQUESTS = 100
MIN_RATE = 0.1
GROWTH = 0.2
#: Where the cubic is back at W (in units of scale): BETA * W at 0.
GROWTH_KNEE = ((1.0 - BETA) / GROWTH) ** (1.0 / 3.0)
#: A 429 this soon after a counted one, without a Retry-After, is the same event.
SAME_EVENT = 0.2
#: The longest pause one Retry-After imposes on a credential (openai caps its waits at 2 minutes):
#: a hostile or buggy value (a timestamp sent as delta-seconds) must not freeze every caller.
MAX_PAUSE = 120.0


@dataclass
class _Credential:
    started: float
    next_slot: float
    pause_until: float = 0.0
    throttled_at: float | None = None
    w_max: float = 0.0
    scale: float = SCALE
    accepted: int = 0  # non-429 answers since the last counted 429 (or the start)
    sent_window: float = 0.0
    sent_count: int = 0
    sent_rate: float = 0.0  # smoothed requests per second actually sent

    def rate(self, now: float) -> float:
        if self.throttled_at is None:
            rate = START_RATE * math.pow(2.0, min(now - self.started, 30.0))
        else:
            x = (now - self.throttled_at) / self.scale
            rate = self.w_max * (1.0 + GROWTH * (x - GROWTH_KNEE) ** 3)
        return max(MIN_RATE, min(rate, max(2.0 * self.sent_rate, START_RATE)))

    def count_sent(self, now: float) -> None:
        """The AWS SDKs' measured send rate: counts per half second, exponentially smoothed."""
        self.sent_count += 1
        if now - self.sent_window >= 0.5:
            current = self.sent_count / (now - self.sent_window)
            self.sent_rate = current if not self.sent_rate else 0.8 * current + 0.2 * self.sent_rate
            self.sent_count, self.sent_window = 0, now


class AdaptiveRate:
    """Per-credential adaptive pacing; thread-safe, shared by sync threads and async tasks."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._credentials: dict[str, _Credential] = {}

    def _state(self, key: str, now: float) -> _Credential:
        state = self._credentials.get(key)
        if state is None:
            state = self._credentials[key] = _Credential(started=now, next_slot=now, sent_window=now)
        return state

    def paces(self) -> dict[str, float]:
        """The rate (requests per second) each credential seen is paced at now."""
        with self._lock:
            now = self._clock()
            return {key: state.rate(now) for key, state in self._credentials.items()}

    def take(self, key: str) -> float:
        """0.0 when a request may go now (its slot is taken), else the seconds to wait before asking
        again. Slots are not booked ahead, so a 429 or a Retry-After slows down every waiting caller
        at once, not only those that ask after it."""
        with self._lock:
            now = self._clock()
            state = self._state(key, now)
            ready = max(state.next_slot, state.pause_until)
            if ready > now:
                return ready - now
            state.next_slot = max(state.next_slot, now - 1.0 / state.rate(now)) + 1.0 / state.rate(now)
            state.count_sent(now)
            return 0.0

    def feedback(self, key: str, *, throttled: bool, retry_after: float | None) -> None:
        with self._lock:
            now = self._clock()
            state = self._state(key, now)
            if not throttled:
                state.accepted += 1
                return
            pause = min(retry_after, MAX_PAUSE) if retry_after is not None and math.isfinite(retry_after) else 0.0
            same_event = state.throttled_at is not None and now < max(
                state.pause_until, state.throttled_at + SAME_EVENT
            )
            state.pause_until = max(state.pause_until, now + max(0.0, pause))
            state.next_slot = max(state.next_slot, state.pause_until)
            if same_event:
                return
            if state.throttled_at is None:  # slow start overshot: the rate one doubling ago
                estimate = state.rate(now) / 2.0
            else:
                elapsed = max(now - state.throttled_at, 1e-3)
                estimate = (state.accepted + 0.5) / elapsed
                if elapsed >= state.scale * GROWTH_KNEE:  # W held that long: a refilled bucket hid some of R
                    estimate = max(estimate, state.w_max)
            state.w_max = max(MIN_RATE, estimate)
            state.scale = min(MAX_SCALE, max(SCALE, PROBE_REQUESTS / state.w_max))
            state.throttled_at = now
            state.accepted = 0
