"""OpenTelemetryHook with the SDK's in-memory exporter: one span per operation with its attributes,
retries and token fetches as events, error status, sync and async; no secret in any span."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

from contract_tests.integration.test_hooks import CLIENTS, MODES, create_everywhere, run
from freight_clients import DuplicateOrderError, OpenTelemetryHook, RateLimit, RateLimitError
from freight_sandbox import connect


@pytest.fixture
def traced() -> Iterator[tuple[OpenTelemetryHook, InMemorySpanExporter]]:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    yield OpenTelemetryHook(provider), exporter
    provider.shutdown()


@pytest.mark.parametrize("mode", MODES)
def test_one_span_per_operation_with_its_attributes(
    freight_sandbox: Callable[..., Any], traced: tuple[OpenTelemetryHook, InMemorySpanExporter], mode: str
) -> None:
    hook, exporter = traced
    run("quivo", mode, freight_sandbox("quivo"), hooks=[hook])
    [span] = exporter.get_finished_spans()
    assert span.name == "Quivo orders.submit" and span.kind is SpanKind.CLIENT
    assert span.status.status_code is StatusCode.UNSET
    attributes = dict(span.attributes or {})
    assert isinstance(attributes.pop("freight.rate_limit_wait_seconds"), float)
    assert attributes == {
        "freight.api": "Quivo",
        "freight.operation": "orders.submit",
        "http.response.status_code": 200,
        "freight.attempts": 2,  # the login and the submit
    }
    assert [(e.name, dict(e.attributes or {})) for e in span.events] == [
        ("token", {"freight.operation": "login", "http.response.status_code": 200})
    ]


@pytest.mark.parametrize("mode", MODES)
def test_retries_are_events_and_a_failure_sets_the_status(
    freight_sandbox: Callable[..., Any], traced: tuple[OpenTelemetryHook, InMemorySpanExporter], mode: str
) -> None:
    hook, exporter = traced
    with pytest.raises(RateLimitError):
        run("spotgo", mode, freight_sandbox("spotgo", faults="429=1:0"), hooks=[hook])
    [span] = exporter.get_finished_spans()
    assert span.status.status_code is StatusCode.ERROR and span.status.description == "RateLimitError"
    attributes = dict(span.attributes or {})
    assert (attributes["freight.attempts"], attributes["http.response.status_code"]) == (3, 429)
    assert attributes["error.type"] == "RateLimitError"
    retries = [dict(e.attributes or {}) for e in span.events if e.name == "retry"]
    assert [(r["freight.attempt"], r["freight.retry.reason"], r["http.response.status_code"]) for r in retries] == [
        (1, "429", 429),
        (2, "429", 429),
    ]
    assert [e.name for e in span.events] == ["retry", "retry", "error"]


def test_vendor_error_code_and_rate_limit_wait(
    freight_sandbox: Callable[..., Any], traced: tuple[OpenTelemetryHook, InMemorySpanExporter]
) -> None:
    hook, exporter = traced
    box = freight_sandbox("quivo", duplicates="reject")
    client = connect(CLIENTS["quivo"][0], box, hooks=[hook], rate_limit=RateLimit(1, 1.0))
    with client:
        CLIENTS["quivo"][2](client)
        with pytest.raises(DuplicateOrderError) as refused:
            CLIENTS["quivo"][2](client)  # the same order identifier again
    first, second = exporter.get_finished_spans()
    code = getattr(refused.value, "code", None)
    assert code and dict(second.attributes or {})["freight.error_code"] == code
    assert second.status.description == f"{type(refused.value).__name__} [{code}]"
    # only the second call waited for the client-side limit (1 request a second)
    waits = [dict(span.attributes or {})["freight.rate_limit_wait_seconds"] for span in (first, second)]
    assert isinstance(waits[0], float) and isinstance(waits[1], float) and waits[1] > waits[0]
    assert "freight.error_code" not in dict(first.attributes or {})


def test_spans_nest_under_the_current_span(freight_sandbox: Callable[..., Any]) -> None:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    with provider.get_tracer("checkout").start_as_current_span("checkout") as parent:
        run("spotgo", "sync", freight_sandbox("spotgo"), hooks=[OpenTelemetryHook(provider)])
    operation = next(s for s in exporter.get_finished_spans() if s.name != "checkout")
    assert operation.parent is not None and operation.parent.span_id == parent.get_span_context().span_id
    assert operation.context is not None and operation.context.trace_id == parent.get_span_context().trace_id


def _span_text(span: ReadableSpan) -> str:
    return json.dumps(
        {
            "span": json.loads(span.to_json()),
            "events": [[e.name, dict(e.attributes or {})] for e in span.events],
            "status": span.status.description,
        },
        default=str,
    )


@pytest.mark.parametrize("mode", MODES)
def test_no_secret_in_any_span_attribute_or_event(
    freight_sandbox: Callable[..., Any], traced: tuple[OpenTelemetryHook, InMemorySpanExporter], mode: str
) -> None:
    hook, exporter = traced
    secrets = create_everywhere(freight_sandbox, mode, hook)
    spans = exporter.get_finished_spans()
    assert len(spans) == 4 and len(secrets) >= 8
    assert any(e.name == "token" for s in spans for e in s.events)
    leaks = [(s.name, secret[:4] + "...") for s in spans for secret in secrets if secret in _span_text(s)]
    assert leaks == []
