"""OpenTelemetry tracing as a hook: one span per public call, retries and token fetches as its events.

    from freight_clients import OpenTelemetryHook, SpotGo
    spotgo = SpotGo(api_key=..., hooks=[OpenTelemetryHook()])  # needs the [otel] extra

Spans are children of whatever span is current when the call starts. Attributes come from the
hook events, which hold no credential, token or body, so no span can carry one either.
"""

from __future__ import annotations

import threading
from typing import Any

try:
    from opentelemetry import trace
except ImportError:  # without the [otel] extra: a MissingExtraError naming the pip command instead
    from ._extras import require

    require("otel")
    raise

from ._hooks import ErrorEvent, Hook, OperationFinished, OperationStarted, RetryEvent, TokenEvent

#: Attribute names (OpenTelemetry's semantic conventions where one exists, else `freight.*`).
API = "freight.api"
OPERATION = "freight.operation"
STATUS = "http.response.status_code"
ATTEMPTS = "freight.attempts"
ERROR_CODE = "freight.error_code"
RATE_LIMIT_WAIT = "freight.rate_limit_wait_seconds"
ERROR_TYPE = "error.type"


class OpenTelemetryHook(Hook):
    """One CLIENT span per operation, named `<API> <operation>` (e.g. `SpotGo orders.create`).

    Attributes: `freight.api`, `freight.operation`, `http.response.status_code` (the last answer),
    `freight.attempts` (HTTP requests, token fetches included), `freight.error_code` (the vendor's),
    `freight.rate_limit_wait_seconds` and, on failure, `error.type` and an ERROR status. Events:
    `retry` (attempt, delay, reason, status, code), `token` (a token or login fetch) and `error` (a
    request that failed for good; the operation may still recover).
    """

    def __init__(self, tracer_provider: trace.TracerProvider | None = None) -> None:
        self._tracer = trace.get_tracer("freight_clients", tracer_provider=tracer_provider)
        self._spans: dict[int, trace.Span] = {}
        self._lock = threading.Lock()

    def _span(self, call_id: int) -> trace.Span | None:
        with self._lock:
            return self._spans.get(call_id)

    def on_operation_start(self, event: OperationStarted) -> None:
        span = self._tracer.start_span(
            f"{event.api} {event.operation}",
            kind=trace.SpanKind.CLIENT,
            attributes={API: event.api, OPERATION: event.operation},
        )
        with self._lock:
            self._spans[event.call_id] = span

    def on_retry(self, event: RetryEvent) -> None:
        span = self._span(event.call_id)
        if span is not None:
            span.add_event(
                "retry",
                _present(
                    {
                        "freight.attempt": event.attempt,
                        "freight.retry.delay_seconds": event.delay,
                        "freight.retry.reason": event.reason,
                        STATUS: event.status_code,
                        ERROR_CODE: event.code,
                    }
                ),
            )

    def on_token(self, event: TokenEvent) -> None:
        span = self._span(event.call_id)
        if span is not None:
            span.add_event("token", _present({OPERATION: event.operation, STATUS: event.status_code}))

    def on_error(self, event: ErrorEvent) -> None:
        span = self._span(event.call_id)
        if span is not None:
            code = getattr(event.error, "code", None)
            attributes = {OPERATION: event.operation, ERROR_TYPE: type(event.error).__name__, ERROR_CODE: code}
            span.add_event("error", _present(attributes))

    def on_operation_end(self, event: OperationFinished) -> None:
        with self._lock:
            span = self._spans.pop(event.call_id, None)
        if span is None:
            return
        span.set_attributes(
            _present(
                {
                    STATUS: event.status_code,
                    ATTEMPTS: event.attempts,
                    ERROR_CODE: event.code,
                    RATE_LIMIT_WAIT: event.rate_limit_wait,
                }
            )
        )
        if event.interrupted is not None:  # cancelled, Ctrl-C or a bug: never a success
            span.set_attribute(ERROR_TYPE, event.interrupted)
            span.set_status(trace.Status(trace.StatusCode.ERROR, event.interrupted))
        elif event.error is not None:
            kind = type(event.error).__name__
            span.set_attribute(ERROR_TYPE, kind)
            # The class and the vendor's code, never the message: a message may quote the request.
            described = f"{kind} [{event.code}]" if event.code else kind
            span.set_status(trace.Status(trace.StatusCode.ERROR, described))
        span.end()


def _present(attributes: dict[str, Any]) -> dict[str, Any]:
    """The attributes that have a value (OpenTelemetry refuses None)."""
    return {name: value for name, value in attributes.items() if value is not None}
