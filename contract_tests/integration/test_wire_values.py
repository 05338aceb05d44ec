"""Every value from the wire is bounded and checked before it is used (issue 23, cause 3): waits a
server asks for are capped, tokens it issues are checked before they go into headers, answers read
into memory are bounded (review-3 R3-6, R3-8, R3-10). Mock transports only: no socket."""

from __future__ import annotations

import gzip
import threading
import time
import traceback
from typing import Any

import httpx
import pytest

from freight_clients import (
    APIConnectionError,
    FreightError,
    Quivo,
    RateLimitError,
    ResponseValidationError,
    RetryPolicy,
)
from freight_clients._adaptive import MAX_PAUSE, AdaptiveRate
from freight_clients._http import MAX_ANSWER

LOGIN = {"token": "session-token-1"}
QUIVO: dict[str, Any] = {
    "api_key": "quivo-key-0123456789",
    "username": "ops",
    "password": "quivo-pass-123",
    "base_url": "https://q.example",
}


def _quivo(handler: Any, **options: Any) -> Quivo:
    return Quivo(**QUIVO, transport=httpx.MockTransport(handler), **options)


def _order() -> dict[str, Any]:
    from freight_sandbox.examples import quivo_order

    return quivo_order(1, "W-1")


class _Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize("asked", [31_536_000.0, 99_999_999_999.0, 1e308])
def test_the_adaptive_limit_pauses_a_credential_at_most_max_pause(asked: float) -> None:
    """R3-6: `Retry-After: 31536000` froze the credential for a year; 99999999999 made the next
    call raise a bare OverflowError."""
    clock = _Clock()
    rate = AdaptiveRate(clock)
    assert rate.take("k") == 0.0
    rate.feedback("k", throttled=True, retry_after=asked)
    assert 0 < rate.take("k") <= MAX_PAUSE
    clock.now += MAX_PAUSE + 1
    assert rate.take("k") == 0.0


def test_a_hostile_retry_after_does_not_block_the_next_call_past_max_retry_after() -> None:
    """R3-6, end to end: the adaptive limiter's pause follows the client's max_retry_after."""
    answers = iter([httpx.Response(429, headers={"Retry-After": "99999999999"}, json={"message": "slow down"})])

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/login"):
            return httpx.Response(200, json=LOGIN)
        return next(answers, httpx.Response(200, json={"orderId": 7, "status": "OK"}))

    policy = RetryPolicy(max_retries=0, max_retry_after=0.3)
    with _quivo(handler, retry=policy) as quivo:
        with pytest.raises(RateLimitError):
            quivo.orders.submit(_order())
        started = time.monotonic()
        assert quivo.orders.submit(_order()).order_id == 7
    assert time.monotonic() - started < 2.0


@pytest.mark.parametrize(
    "token",
    ["sess\u00edon-token-secret", "SECRET-TOKEN-2\r\nX-Injected: yes", "tab\there-secret-token", " padded-secret "],
    ids=["non-ascii", "crlf", "control", "spaces"],
)
def test_a_session_token_no_header_can_carry_is_a_typed_error_that_never_shows_it(token: str) -> None:
    """R3-8: a non-ASCII token escaped as a bare UnicodeEncodeError holding it; a CR/LF one as an
    APIConnectionError whose cause printed it in every traceback."""
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"token": token})

    with _quivo(handler, max_retries=0) as quivo, pytest.raises(ResponseValidationError) as refused:
        quivo.orders.submit(_order())
    printed = "".join(traceback.format_exception(refused.value))
    assert token.strip() not in printed and token not in repr(refused.value.body)
    assert [request.url.path for request in sent] == ["/login"]  # nothing sent with it


def test_a_header_value_that_cannot_be_encoded_is_typed_and_redacted() -> None:
    """R3-8, defence in depth: whatever reaches a header unchecked fails typed, the value masked."""
    from freight_clients._redact import register_secret

    register_secret("caf\u00e9-secret-value")

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=LOGIN) if request.url.path.endswith("/login") else httpx.Response(500)

    with _quivo(handler, max_retries=0) as quivo:
        quivo._default_headers["X-Trace"] = "caf\u00e9-secret-value"
        with pytest.raises(APIConnectionError) as failed:
            quivo.orders.submit(_order())
    assert "caf\u00e9-secret-value" not in "".join(traceback.format_exception(failed.value))


def test_an_answer_larger_than_the_limit_is_refused_typed_and_bounded() -> None:
    """R3-10: a 199 KiB gzip answer decoded to 200 MB cost a GiB of memory."""
    bomb = gzip.compress(b" " * (4 * MAX_ANSWER))
    served = {"count": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/login"):
            return httpx.Response(200, json=LOGIN)
        served["count"] += 1
        headers = {"content-type": "application/json", "content-encoding": "gzip"}
        return httpx.Response(200, headers=headers, content=bomb)

    with _quivo(handler) as quivo, pytest.raises(APIConnectionError) as refused:
        quivo.orders.submit(_order())
    assert "larger than" in str(refused.value) and refused.value.outcome_unknown
    assert served["count"] == 1  # not read again


def test_an_answer_declaring_more_than_the_limit_is_not_read() -> None:
    class Endless(httpx.SyncByteStream):
        def __init__(self) -> None:
            self.read = 0

        def __iter__(self) -> Any:
            while True:
                self.read += 1
                yield b" " * 65536

    stream = Endless()

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/login"):
            return httpx.Response(200, json=LOGIN)
        return httpx.Response(200, headers={"content-length": str(MAX_ANSWER * 8)}, stream=stream)

    with _quivo(handler) as quivo, pytest.raises(FreightError):
        quivo.orders.submit(_order())
    assert stream.read == 0


def test_retry_after_as_an_http_date_without_a_zone_is_utc() -> None:
    """An HTTP date without a zone was read in local time (hours off, in either direction)."""
    from email.utils import formatdate

    from freight_clients._http import retry_after_seconds

    soon = formatdate(time.time() + 30, usegmt=True).removesuffix(" GMT")
    waited = retry_after_seconds(httpx.Response(429, headers={"Retry-After": soon}))
    assert waited is not None and 25 < waited <= 31


def test_threads_share_a_capped_pause() -> None:
    """Every thread of the credential waits the capped pause, not the asked one."""
    clock = _Clock()
    rate = AdaptiveRate(clock)
    rate.feedback("k", throttled=True, retry_after=1e12)
    waits: list[float] = []
    threads = [threading.Thread(target=lambda: waits.append(rate.take("k"))) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(waits) == 4 and max(waits) <= MAX_PAUSE
