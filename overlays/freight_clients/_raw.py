"""What `client.raw_responses()` collects: every httpx response of the block, token requests included.

Layer: a leaf; it imports httpx and the standard library only.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterator

import httpx

_captured: contextvars.ContextVar[list[httpx.Response] | None] = contextvars.ContextVar("freight_raw", default=None)


@contextlib.contextmanager
def capture() -> Iterator[list[httpx.Response]]:
    seen: list[httpx.Response] = []
    token = _captured.set(seen)
    try:
        yield seen
    finally:
        _captured.reset(token)


def record(response: httpx.Response) -> httpx.Response:
    """Add `response` to the collecting block of this thread or task, if there is one."""
    seen = _captured.get()
    if seen is not None:
        seen.append(response)
    return response
