"""The drift report keeps no secret a server echoes (review-3 R3-9, its last part): a finding's
`value` and `where` come from the answer (an error code, an enum value, an unknown field's name),
so they are redacted like its `sample`, also when the answer is fed to the collector as it came
off the wire (the live contract run does: `contract_tests/support/live.py`)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from contract_tests.integration.test_every_operation_under_faults import box_of, spotgo_order
from freight_clients import NotFoundError, SpotGo
from freight_clients._drift import DriftCollector
from freight_clients._hooks import ResponseEvent
from freight_clients._redact import register_secret
from freight_sandbox import connect

KEY = "live-key-7f3a9c2e5b1d-drift"


def _event(operation: str, response: httpx.Response, content: bytes) -> ResponseEvent:
    request = response.request
    return ResponseEvent(
        "spotgo", operation, 0, 1, request.method, str(request.url), response.status_code,
        dict(response.headers), content, 0.0,
    )  # fmt: skip


def _answers() -> list[tuple[str, httpx.Response, bytes]]:
    """A real getOrder answer and a real 404, each rewritten to echo KEY as a server might."""
    box = box_of("spotgo")
    with connect(SpotGo, box, rate_limit=None) as spotgo, spotgo.raw_responses() as raw:
        stop = {"type": "Loading", "name": "Depot", "startDate": "2026-03-01T08:00:00Z"}
        created = spotgo.orders.create({**spotgo_order("DRIFT-1"), "locations": [stop]})
        spotgo.orders.get(created.order_id)
        with pytest.raises(NotFoundError):
            spotgo.orders.get("00000000-0000-0000-0000-00000000dead")
    found, missing = raw[-2], raw[-1]
    order: dict[str, Any] = found.json()
    order[f"extra_{KEY}"] = 1  # an unknown field named after the secret
    order["locations"][0]["type"] = KEY  # an enum value that is the secret
    problem = {**missing.json(), "code": f"KEY_REVOKED:{KEY}"}  # an error code quoting it
    return [("getOrder", found, json.dumps(order).encode()), ("getOrder", missing, json.dumps(problem).encode())]


def test_no_finding_of_the_drift_report_keeps_a_secret_the_server_echoed() -> None:
    register_secret(KEY)  # as a client constructed with it does
    collector = DriftCollector("spotgo", run="test")
    for operation, response, content in _answers():
        collector.observe(_event(operation, response, content))
    findings = collector.report()["findings"]
    kinds = {f["kind"] for f in findings}
    assert {"field", "enum", "error-code"} <= kinds, findings  # the echoes were all seen
    assert KEY not in json.dumps(collector.report()) and KEY not in "\n".join(collector.table())
    assert any("***" in f["where"] for f in findings if f["kind"] == "field")
    assert any(f["value"] and "***" in f["value"] for f in findings if f["kind"] in ("enum", "error-code"))
