"""Readers of an answer that every layer shares: the Retry-After wait, whether a body is an HTML
page, and the bounded read of a body into memory (MAX_ANSWER).

Layer: a leaf. It imports httpx, the standard library and the leaf `_dates` only; the errors
(`RateLimitError.retry_after`), the retry policy, the drivers and the request loop import it, never the reverse.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Callable

import httpx

from ._dates import parse_http_date

_DELTA_SECONDS = re.compile(r"[0-9]{1,12}(?:\.[0-9]{1,6})?")


def retry_after_seconds(response: httpx.Response) -> float | None:
    """Retry-After as seconds (delta-seconds, RFC 9110 §10.2.3, or an HTTP date), or None when it is
    absent or unparseable (`soon`, `-5`, `nan`, `1e309`, a malformed date): never raises."""
    value = response.headers.get("retry-after", "").strip()
    if _DELTA_SECONDS.fullmatch(value):
        return float(value)
    parsed = parse_http_date(value)  # a date without a zone is read as UTC, not local time
    try:
        seconds = parsed.timestamp() - time.time() if parsed is not None else math.nan
    except (OverflowError, ValueError, OSError):  # a date the platform's time_t cannot hold
        return None
    return max(0.0, seconds) if math.isfinite(seconds) else None


#: The largest answer the client reads into memory (a download streamed to disk is not bounded).
MAX_ANSWER = 16 * 1024 * 1024


class AnswerTooLarge(httpx.DecodingError):
    """An answer larger than MAX_ANSWER (once decoded): its reading was abandoned (review-3 R3-10)."""


def _too_large(response: httpx.Response, limit: int, size: int | None = None) -> AnswerTooLarge:
    said = f"{size}+ bytes" if size is not None else f"{response.headers.get('content-length')} bytes declared"
    return AnswerTooLarge(f"the answer is larger than {limit} bytes ({said}); not read", request=response.request)


def _declared_too_large(response: httpx.Response, limit: int) -> bool:
    declared = response.headers.get("content-length", "").strip()
    return declared.isdigit() and int(declared) > limit


def read_bounded(response: httpx.Response, limit: int) -> bytes:
    """A streamed answer's body, decoded, at most `limit` bytes (else AnswerTooLarge, before more is
    held: a gzip bomb stops at its first chunks); closes it and keeps it as `response.content`."""
    chunks: list[bytes] = []
    try:
        if _declared_too_large(response, limit):
            raise _too_large(response, limit)
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise _too_large(response, limit, size)
            chunks.append(chunk)
    finally:
        response.close()
    response._content = b"".join(chunks)  # what httpx's own read() keeps: .content, .json() read it
    return response._content


def drain(response: httpx.Response, write: Callable[[bytes], object]) -> None:
    """A streamed download's body into `write`, closing the answer however that ends (the blocking
    and the scripted driver's `Drain`)."""
    try:
        for chunk in response.iter_bytes():
            write(chunk)
    finally:
        response.close()


async def aread_bounded(response: httpx.Response, limit: int) -> bytes:
    """`read_bounded` for an asyncio client's answer."""
    chunks: list[bytes] = []
    try:
        if _declared_too_large(response, limit):
            raise _too_large(response, limit)
        size = 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > limit:
                raise _too_large(response, limit, size)
            chunks.append(chunk)
    finally:
        await response.aclose()
    response._content = b"".join(chunks)
    return response._content


def is_html(response: httpx.Response) -> bool:
    """The answer says it is an HTML page (a gateway's or proxy's, in place of JSON or a document)."""
    media: str = response.headers.get("content-type", "")
    return media.split(";", 1)[0].strip().lower() == "text/html"
