"""Rate limits: a fixed limit refuses nonsense at construction, and the adaptive limit finds a
limit it is not told, from 429s and Retry-After, in virtual time against the sandbox's own token
bucket and for real through the public client."""

from __future__ import annotations

import asyncio
import math

import pytest

from freight_clients import AsyncSpotGo, ConfigurationError, FreightError, RateLimit, SpotGo
from freight_clients._adaptive import START_RATE, AdaptiveRate
from freight_clients._limits import CredentialLimiter, RedisRateLimit
from freight_sandbox import RateLimit as ServiceLimit
from freight_sandbox import TokenBuckets, connect, retry_after_header, sandbox


@pytest.mark.parametrize(
    ("requests", "period"),
    [(0, 60), (-1, 60), (5, 0), (5, -1.0), (5, math.inf), (5, math.nan), (1.5, 60), (True, 60), ("5", 60)],
)
def test_a_limit_that_allows_nothing_is_refused_at_construction(requests: object, period: object) -> None:
    for kind in (RateLimit, lambda r, p: RedisRateLimit("redis://127.0.0.1:1/0", r, p)):
        with pytest.raises(ConfigurationError) as raised:
            kind(requests, period)  # type: ignore[arg-type]
        assert isinstance(raised.value, FreightError) and isinstance(raised.value, ValueError)


def test_an_unknown_rate_limit_setting_is_refused() -> None:
    with pytest.raises(ConfigurationError):
        CredentialLimiter("fast")  # type: ignore[arg-type]


def simulate(requests: int, period: float, seconds: float, latency: float = 0.002) -> tuple[float, float]:
    """One caller sending as fast as the adaptive limit lets it, in virtual time, to the sandbox's
    token bucket: (answered rate after 30 s / the limit, share of requests answered 429)."""
    now = [0.0]
    service = TokenBuckets(ServiceLimit(requests, period), clock=lambda: now[0])
    limit = AdaptiveRate(clock=lambda: now[0])
    accepted_late = refused = sent = 0
    while now[0] < seconds:
        while (wait := limit.take("key")) > 0:
            now[0] += wait
        now[0] += latency
        sent += 1
        refill = service.take("key")
        if refill > 0:
            refused += 1
            retry_after = float(retry_after_header(refill))
            limit.feedback("key", throttled=True, retry_after=retry_after)
            now[0] += retry_after  # the client's retry waits too
        else:
            accepted_late += now[0] >= 30
            limit.feedback("key", throttled=False, retry_after=None)
    return accepted_late / (seconds - 30) / (requests / period), refused / sent


@pytest.mark.parametrize(("requests", "period", "seconds"), [(40, 1.0, 90), (250, 1.0, 90), (100, 60.0, 150)])
def test_the_adaptive_limit_finds_an_untold_limit(requests: int, period: float, seconds: float) -> None:
    ratio, share_429 = simulate(requests, period, seconds)
    assert 0.9 <= ratio <= 1.01
    assert share_429 <= 0.01


def test_slow_start_paces_the_first_requests() -> None:
    now = [0.0]
    limit = AdaptiveRate(clock=lambda: now[0])
    assert limit.take("key") == 0.0
    assert limit.take("key") == pytest.approx(1 / START_RATE)
    now[0] += 1 / START_RATE + 0.05  # woken late: the next slot keeps the pace, not the delay
    assert limit.take("key") == 0.0
    assert limit.take("key") == pytest.approx(1 / START_RATE - 0.05)


def test_retry_after_holds_every_caller_and_a_429_lowers_the_pace() -> None:
    now = [0.0]
    limit = AdaptiveRate(clock=lambda: now[0])
    for _ in range(50):  # slow start, sending as allowed
        while (wait := limit.take("key")) > 0:
            now[0] += wait
        limit.feedback("key", throttled=False, retry_after=None)
    before = limit.paces()["key"]
    limit.feedback("key", throttled=True, retry_after=2.0)
    assert limit.take("key") == pytest.approx(2.0)
    assert limit.take("other") == 0.0  # another credential is not held
    assert limit.paces()["key"] < before
    now[0] += 2.0
    assert limit.take("key") == 0.0


def test_further_429s_of_one_event_do_not_lower_the_pace_again() -> None:
    now = [10.0]
    limit = AdaptiveRate(clock=lambda: now[0])
    for _ in range(100):
        while (wait := limit.take("key")) > 0:
            now[0] += wait
        limit.feedback("key", throttled=False, retry_after=None)
    limit.feedback("key", throttled=True, retry_after=1.0)
    after_first = limit.paces()["key"]
    now[0] += 0.01
    limit.feedback("key", throttled=True, retry_after=1.0)  # already on its way before the first
    assert limit.paces()["key"] == pytest.approx(after_first, rel=0.01)


def test_acquire_reports_the_seconds_waited() -> None:
    limiter = CredentialLimiter("adaptive")
    assert limiter.acquire("key") >= 0.0
    limiter.feedback("key", throttled=True, retry_after=0.05)
    assert limiter.acquire("key") >= 0.04
    limiter.feedback("key", throttled=True, retry_after=0.05)
    assert asyncio.run(limiter.acquire_async("key")) >= 0.0
    assert CredentialLimiter(None).acquire("key") >= 0.0


def test_the_client_learns_from_the_429s_it_gets() -> None:
    """Through the public client on a real socket: against a sandbox allowing 5 requests a
    second, 25 gets all succeed, and far fewer are refused than the 20 a client that does not
    slow down would collect (each 429 is retried after its Retry-After)."""
    with sandbox("spotgo", rate_limit="5/s").serve() as box:
        with connect(SpotGo, box, rate_limit=None) as setup:
            order_id = setup.orders.create({"orderNumber": "L-1", "carrier": {"vatCode": "LT1"}}).order_id
        with connect(SpotGo, box, rate_limit="adaptive", max_retries=10) as spotgo:
            for _ in range(25):
                spotgo.orders.get(order_id)
            (pace,) = spotgo.limiter.paces().values()
        refused = [entry.status for entry in box.api.journal].count(429)
    assert 1 <= refused <= 5
    assert pace < START_RATE * 2


def test_the_async_client_learns_too() -> None:
    """The same through AsyncSpotGo, four tasks at once: acquire_async and the feedback."""
    with sandbox("spotgo", rate_limit="5/s").serve() as box:
        with connect(SpotGo, box, rate_limit=None) as setup:
            order_id = setup.orders.create({"orderNumber": "L-2", "carrier": {"vatCode": "LT1"}}).order_id

        async def run() -> dict[str, float]:
            async with connect(AsyncSpotGo, box, rate_limit="adaptive", max_retries=10) as spotgo:

                async def task() -> None:
                    for _ in range(6):
                        await spotgo.orders.get(order_id)

                await asyncio.gather(*(task() for _ in range(4)))
                return spotgo.limiter.paces()

        paces = asyncio.run(run())
        refused = [entry.status for entry in box.api.journal].count(429)
    assert 1 <= refused <= 8
    assert len(paces) == 1 and next(iter(paces.values())) < START_RATE * 2
