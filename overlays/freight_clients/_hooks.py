"""Event hooks: what a client does, as typed events, for logs, metrics, tracing and drift reports.

Subclass `Hook`, override the methods you need and pass `hooks=[MyHook()]` to any client, sync or
async (hooks are plain functions in both). Events hold redacted copies only: no API key, token,
client secret, password or subscription key reaches a hook. `RequestEvent.add_header` is the one
way a hook changes what is sent. A hook that raises is logged and ignored: observing a call must
never lose its outcome.

An *operation* is one public call (`spotgo.orders.create(...)`); it may send several requests
(a reconciliation after a lost answer queries, then gets), each named by its spec operationId.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ._redact import logger_for

if TYPE_CHECKING:
    from ._exceptions import FreightError

_log = logger_for("hooks")  # redacting, tracebacks included (review-3 R3-17)


@dataclass(frozen=True)
class OperationStarted:
    """A public call began (`operation` is the client's name for it, e.g. `orders.create`)."""

    api: str
    operation: str
    call_id: int


@dataclass(frozen=True)
class OperationFinished:
    """A public call ended: with a result, a typed error, or interrupted (see `interrupted`)."""

    api: str
    operation: str
    call_id: int
    #: HTTP requests sent (every attempt of every request, token fetches included).
    attempts: int
    #: Status of the last answer, if any arrived.
    status_code: int | None
    #: The vendor's error code of the failure, if any.
    code: str | None
    error: FreightError | None
    #: Seconds spent waiting for the client-side rate limit.
    rate_limit_wait: float
    elapsed: float
    #: Set when the call ended by neither a result nor a FreightError: `cancelled` for a Ctrl-C or a
    #: cancellation (an asyncio task's, or a bulk run's), else the exception's class name (a bug).
    interrupted: str | None = None

    @property
    def ok(self) -> bool:
        """The call returned a result (neither failed nor was interrupted)."""
        return self.error is None and self.interrupted is None


@dataclass
class RequestEvent:
    """An attempt is about to be sent. `headers` is a redacted copy; use `add_header` to add one."""

    api: str
    operation: str
    call_id: int
    attempt: int
    method: str
    url: str
    headers: Mapping[str, str]
    added_headers: dict[str, str] = field(default_factory=dict)

    def add_header(self, name: str, value: str) -> None:
        """Send `name: value` with this attempt (it cannot replace an authentication header)."""
        self.added_headers[name] = value


@dataclass(frozen=True)
class ResponseEvent:
    """An answer arrived (any status). `content` is empty for a streamed download's body."""

    api: str
    operation: str
    call_id: int
    attempt: int
    method: str
    url: str
    status_code: int
    headers: Mapping[str, str]
    content: bytes
    elapsed: float


@dataclass(frozen=True)
class RetryEvent:
    """An attempt failed and another follows after `delay` seconds."""

    api: str
    operation: str
    call_id: int
    attempt: int
    delay: float
    #: Why: `429`, `5xx`, `timeout`, `connection` or `reauthenticate` (a 401 and a fresh token).
    reason: str
    status_code: int | None
    code: str | None


@dataclass(frozen=True)
class ErrorEvent:
    """A request failed for good (the operation may still recover, e.g. by reconciliation)."""

    api: str
    operation: str
    call_id: int
    attempts: int
    error: FreightError


@dataclass(frozen=True)
class TokenEvent:
    """A token or session was fetched (`operation` is `token` or `login`)."""

    api: str
    operation: str
    call_id: int
    attempt: int
    status_code: int | None


class Hook:
    """Override any of these; each receives one event and returns nothing."""

    def on_operation_start(self, event: OperationStarted) -> None:
        """A public call began."""

    def on_request(self, event: RequestEvent) -> None:
        """An attempt is about to be sent."""

    def on_response(self, event: ResponseEvent) -> None:
        """An answer arrived."""

    def on_retry(self, event: RetryEvent) -> None:
        """Another attempt follows."""

    def on_error(self, event: ErrorEvent) -> None:
        """A request failed for good."""

    def on_token(self, event: TokenEvent) -> None:
        """A token or session was fetched."""

    def on_operation_end(self, event: OperationFinished) -> None:
        """A public call ended."""


def emit(hooks: Sequence[Hook], method: str, event: object) -> None:
    """Call `method` on every hook with `event`; a hook's exception is logged, never raised."""
    for hook in hooks:
        try:
            getattr(hook, method)(event)
        except Exception:
            _log.exception("hook %s.%s raised; ignored", type(hook).__name__, method)
