"""Secrets at the edges the review found (review-3 R3-16, R3-17, R3-18, R3-22): a hook header that
differs from a credential only in case, the hooks logger and tracebacks in log records, auth headers
in the locals a traceback shows, and a secret registry that grows with every token."""

from __future__ import annotations

import logging
import traceback
from typing import Any

import httpx
import pytest

from contract_tests.integration.test_every_operation_under_faults import box_of
from freight_clients import Hook, NotFoundError, SpotGo
from freight_clients._hooks import RequestEvent
from freight_clients._redact import ROTATING_KEPT, register_secret, registered_count
from freight_sandbox import connect

KEY = "real-api-key-123-secret"
ORDER_ID = "00000000-0000-0000-0000-000000000001"


class _Recording(httpx.BaseTransport):
    def __init__(self) -> None:
        self.sent: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        return httpx.Response(404, json={"title": "Not Found"})


class _OtherTenant(Hook):
    def on_request(self, event: RequestEvent) -> None:
        event.add_header("x-api-key", "other-tenant-key")
        event.add_header("X-Trace", "kept")


def test_a_hook_header_differing_from_a_credential_only_in_case_is_not_sent() -> None:
    """R3-16: two `x-api-key` headers went out, the hook's first."""
    transport = _Recording()
    spotgo = SpotGo(api_key=KEY, transport=transport, rate_limit=None, hooks=[_OtherTenant()])
    with spotgo, pytest.raises(NotFoundError):
        spotgo.orders.get(ORDER_ID)
    [request] = transport.sent
    assert request.headers.get_list("x-api-key") == [KEY] and request.headers["x-trace"] == "kept"


class _Signing(Hook):
    def on_request(self, event: RequestEvent) -> None:
        raise ValueError(f"could not sign request with key {KEY}")


def test_a_hook_that_raises_is_logged_with_its_traceback_redacted(caplog: pytest.LogCaptureFixture) -> None:
    """R3-17: the hooks logger had no redacting filter, and no filter saw tracebacks."""
    register_secret(KEY)
    spotgo = SpotGo(api_key=KEY, transport=_Recording(), rate_limit=None, hooks=[_Signing()])
    with spotgo, caplog.at_level(logging.ERROR, "freight_clients"), pytest.raises(NotFoundError):
        spotgo.orders.get(ORDER_ID)
    [record] = [r for r in caplog.records if r.name == "freight_clients.hooks"]
    formatted = logging.Formatter().format(record)
    assert "could not sign" in formatted and "ValueError" in formatted and KEY not in formatted


def test_no_sdk_frame_of_a_traceback_holds_a_credential_in_its_locals() -> None:
    """R3-18: the request loop's frame held the API key in a `headers` local (pytest --showlocals,
    rich and Sentry print locals)."""
    spotgo = SpotGo(api_key=KEY, transport=_Recording(), rate_limit=None)
    with spotgo, pytest.raises(NotFoundError) as failed:
        spotgo.orders.get(ORDER_ID)
    frames = traceback.TracebackException.from_exception(failed.value, capture_locals=True).stack
    leaking = [
        (frame.filename.rsplit("/", 1)[-1], frame.lineno)
        for frame in frames
        if "freight_clients" in frame.filename and KEY in repr(frame.locals)
    ]
    assert leaking == []


def test_the_registry_of_rotating_secrets_is_bounded() -> None:
    """R3-22: 3,000 sessions left 3,003 registered values (and a slower redaction each time)."""
    before = registered_count()
    for number in range(3 * ROTATING_KEPT):
        register_secret(f"session-token-{number:08d}", rotating=True)
    assert registered_count() <= before + ROTATING_KEPT


def test_quivo_sessions_are_registered_as_rotating(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each login's token replaces the last: a long-lived client keeps the registry bounded."""
    from freight_clients import Quivo
    from freight_sandbox.examples import quivo_order
    from freight_sandbox.quivo import USERS

    box = box_of("quivo")
    seen: list[tuple[Any, bool]] = []
    import freight_clients._auth as auth
    import freight_clients._redact as redact

    def recording(value: str | None, rotating: bool = False) -> None:
        seen.append((value, rotating))
        redact.register_secret(value, rotating=rotating)

    monkeypatch.setattr(auth, "register_secret", recording)
    with connect(Quivo, box, rate_limit=None) as quivo:
        quivo.orders.submit(quivo_order(min(USERS[0].seller_ids), "ROT-1"))
    assert [rotating for _, rotating in seen] == [False, True]  # the API key (constructed), the session


class _Echo(httpx.BaseTransport):
    """A 403 whose vendor code and field quote the API key it was sent."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        key = request.headers["x-api-key"]
        body = {"code": f"KEY_REVOKED:{key}", "errors": [{"field": key, "message": "key revoked"}]}
        return httpx.Response(403, json=body)


class _Responses(Hook):
    def __init__(self) -> None:
        self.contents: list[bytes] = []

    def on_response(self, event: Any) -> None:
        self.contents.append(event.content)


def test_a_secret_the_server_echoes_is_masked_in_code_field_spans_and_events() -> None:
    """R3-9: the API key appeared in `error.code`/`error.field`, the span's `freight.error_code`
    and status, and `on_response` content."""
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    from freight_clients import OpenTelemetryHook, PermissionDeniedError

    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    responses = _Responses()
    spotgo = SpotGo(api_key=KEY, transport=_Echo(), rate_limit=None, hooks=[OpenTelemetryHook(provider), responses])
    with spotgo, pytest.raises(PermissionDeniedError) as refused:
        spotgo.orders.get(ORDER_ID)
    assert refused.value.code == "KEY_REVOKED:***" and refused.value.field == "***"
    [span] = exporter.get_finished_spans()
    assert KEY not in repr(dict(span.attributes or {})) and KEY not in str(span.status.description)
    assert responses.contents and all(KEY.encode() not in content for content in responses.contents)
    provider.shutdown()
