"""Fault injection and rate limiting: parsed from the command line, applied per request, seeded."""

from __future__ import annotations

import math
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

#: Faults of the API operations. `malformed` (a 2xx whose JSON fits no schema) and `truncated` (the
#: body cut short of the Content-Length it declares: on a socket the connection then drops) strike
#: after the write; `html` (a gateway's HTML page with status 200) before it.
FAULT_KINDS = ("5xx", "reset", "429", "latency", "hang", "malformed", "html", "truncated")
#: Faults of the token endpoints and login operations: a 503, or `invalid_grant` (the credential or
#: refresh token refused, as OAuth2 servers answer it).
TOKEN_FAULT_KINDS = ("token5xx", "invalid_grant")
_AFTER = frozenset({"malformed", "truncated"})  # always after the write
_EITHER = frozenset({"5xx", "reset"})  # before or after the write, half each


@dataclass(frozen=True)
class FaultSpec:
    """Rates (0..1) of each fault, with its parameter.

    Text form, as for `--faults`: `5xx=0.1,reset=0.05,429=0.05:2,latency=0.2:0.05,hang=0.02:30`
    (`429=rate:retry_after_seconds`, `latency=rate:seconds`, `hang=rate:seconds`), plus
    `malformed`, `html`, `truncated`, `token5xx` and `invalid_grant` (rates only). The operation
    kinds and the token kinds are drawn apart: each group's rates add up to at most 1.
    `only=OPERATION` (repeated, or `only=a+b`) limits the faults to those operations (operationIds;
    `token` is the token endpoint), so a test can fault the download and not its setup.
    """

    rates: dict[str, float] = field(default_factory=dict)
    params: dict[str, float] = field(default_factory=dict)
    #: The operations faults strike; empty: every one.
    operations: frozenset[str] = frozenset()

    @classmethod
    def parse(cls, text: str | None) -> FaultSpec:
        rates: dict[str, float] = {}
        params: dict[str, float] = {}
        operations: set[str] = set()
        for item in filter(None, (part.strip() for part in (text or "").split(","))):
            kind, _, value = item.partition("=")
            if kind == "only":
                names = {name.strip() for name in value.split("+")}
                if "" in names:
                    raise ValueError(f"bad fault {item!r}: expected only=OPERATION[+OPERATION...]")
                operations |= names
                continue
            if kind not in FAULT_KINDS + TOKEN_FAULT_KINDS or not value:
                raise ValueError(
                    f"bad fault {item!r}: expected KIND=RATE[:PARAM] with KIND in {FAULT_KINDS + TOKEN_FAULT_KINDS}"
                )
            rate_text, _, param_text = value.partition(":")
            rate = float(rate_text)
            if not 0 <= rate <= 1:
                raise ValueError(f"fault rate {rate} of {kind} is not between 0 and 1")
            rates[kind] = rate
            if param_text:
                params[kind] = float(param_text)
        for group in (FAULT_KINDS, TOKEN_FAULT_KINDS):
            if sum(rates.get(kind, 0.0) for kind in group) > 1:
                raise ValueError(f"fault rates of {', '.join(group)} add up to more than 1")
        return cls(rates, params, frozenset(operations))

    def __bool__(self) -> bool:
        return any(self.rates.values())

    def param(self, kind: str) -> float:
        defaults = {"429": 1.0, "latency": 0.05, "hang": 30.0}
        return self.params.get(kind, defaults.get(kind, 0.0))


@dataclass
class Fault:
    """The fault drawn for one request; `after` means it strikes once the handler has run."""

    kind: str
    after: bool


class FaultPlan:
    """Draws faults for requests from a seeded generator, so a run can be repeated."""

    def __init__(self, spec: FaultSpec, seed: int | None = None) -> None:
        self.spec = spec
        self._random = random.Random(seed)
        self._lock = threading.Lock()

    def draw(self, kinds: tuple[str, ...] = FAULT_KINDS, operation: str | None = None) -> Fault | None:
        """The fault for one request among `kinds` (the operation kinds, or TOKEN_FAULT_KINDS) of
        `operation` (none drawn for an operation outside the spec's `only=`)."""
        if not any(self.spec.rates.get(kind) for kind in kinds):
            return None
        if self.spec.operations and operation not in self.spec.operations:
            return None
        with self._lock:  # in-process sandboxes serve from several threads; keep the draws repeatable
            roll = self._random.random()
            for kind in kinds:
                rate = self.spec.rates.get(kind, 0.0)
                if roll < rate:
                    # 5xx and resets strike before or after the write, so both outcomes get exercised.
                    after = kind in _AFTER or (kind in _EITHER and self._random.random() < 0.5)
                    return Fault(kind, after)
                roll -= rate
        return None


@dataclass(frozen=True)
class RateLimit:
    """N requests per PERIOD seconds per credential (`--rate-limit 100/60`, `10/s`, `100/min`)."""

    requests: int
    period: float

    @classmethod
    def parse(cls, text: str | None) -> RateLimit | None:
        if not text:
            return None
        count, _, period = text.partition("/")
        seconds = {"s": 1.0, "sec": 1.0, "second": 1.0, "min": 60.0, "minute": 60.0, "h": 3600.0, "hour": 3600.0}
        value = seconds.get(period.strip().lower()) or float(period or 1)
        limit = cls(int(count), value)
        if limit.requests < 1 or limit.period <= 0:
            raise ValueError(f"bad rate limit {text!r}: expected N/PERIOD with N >= 1")
        return limit


class TokenBuckets:
    """One token bucket per credential: a burst of N, refilled at N per period."""

    def __init__(self, limit: RateLimit, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self._clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}

    def take(self, key: str) -> float:
        """Take a token; 0 when allowed, else the seconds to wait for the next one."""
        now = self._clock()
        rate = self.limit.requests / self.limit.period
        tokens, last = self._buckets.get(key, (float(self.limit.requests), now))
        tokens = min(float(self.limit.requests), tokens + (now - last) * rate)
        if tokens >= 1:
            self._buckets[key] = (tokens - 1, now)
            return 0.0
        self._buckets[key] = (tokens, now)
        return (1 - tokens) / rate


def retry_after_header(seconds: float) -> str:
    return str(max(1, math.ceil(seconds)))
