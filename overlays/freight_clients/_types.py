"""The request loop's plain values: a call to send (`Call`), the running public operation (`Op`),
what one request's attempts did (`Ledger`) and the `Timeout` every layer takes.

Layer: a leaf. It imports httpx (for types and the `Timeout` alias) and `_exceptions` only, and knows
nothing of plans, drivers, auth, pacing or any API: every other core module may import it.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from ._exceptions import FreightError

#: A call's timeout: seconds, an httpx.Timeout, or None for the client's.
Timeout = float | httpx.Timeout | None

_SUCCESS = range(200, 300)
_call_ids = itertools.count(1)


def success(response: httpx.Response) -> bool:
    """A 2xx answer: what a `Call` accepts unless it says otherwise."""
    return response.status_code in _SUCCESS


@dataclass
class Call:
    """One request through the loop: a generated endpoint's `_get_kwargs()` and how to treat it."""

    operation: str
    kwargs: Mapping[str, Any]
    idempotent: bool
    timeout: Timeout = None
    ok: Callable[[httpx.Response], bool] = success
    #: Stream a successful answer's body into this file instead of reading it (downloads).
    sink: IO[bytes] | None = None
    #: Turn a success answer into the call's result inside the loop, so an unreadable answer (an
    #: HTML page with status 200, a truncated body) is retried like a lost one where that is safe.
    parse: Callable[[httpx.Response], Any] | None = None
    #: The answer is a document's bytes: an HTML page in its place (text/html, status 200: a
    #: gateway's or proxy's page) is unreadable, retried like one, never handed over as the file.
    document: bool = False


class Op:
    """The running public call: its name and id, and what hooks and traces report about it."""

    __slots__ = ("attempts", "call_id", "code", "name", "rate_wait", "started", "status", "unknown")

    def __init__(self, name: str) -> None:
        self.name, self.call_id = name, next(_call_ids)
        self.attempts, self.rate_wait, self.started = 0, 0.0, time.monotonic()
        self.status: int | None = None
        self.code: str | None = None
        #: A write of this call failed with its outcome unknown: every error leaving the call says so,
        #: whatever failed after it (the lookup that reconciles a lost create, say).
        self.unknown = False


class Ledger:
    """What one request's attempts did: how many were sent, how much retry budget is spent, and
    whether any may have been processed unseen."""

    __slots__ = ("attempts", "final", "reauthenticated", "response", "retries", "unknown", "value")

    def __init__(self) -> None:
        self.attempts = self.retries = 0
        self.unknown = self.reauthenticated = self.final = False
        self.response: httpx.Response | None = None
        self.value: Any = None

    def stamp(self, error: FreightError) -> FreightError:
        error.attempts, error.outcome_unknown = self.attempts, self.unknown
        return error
