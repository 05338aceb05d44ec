"""The drift round trip: a sandbox that drifts on purpose (`freight_sandbox.drift`), the
collector that reports what the spec does not know (`freight_clients._drift`), and the overlay a
maintainer gets from the report (`scripts/drift_overlay.py`) making the contract checks green."""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import drift_overlay
import httpx
import pytest
import schemathesis
from schemathesis.core.failures import Failure, FailureGroup
from schemathesis.core.transport import Response
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from contract_tests.support.contract import credentials
from freight_clients import registry
from freight_clients._drift import DriftCollector
from freight_clients._hooks import ResponseEvent
from freight_clients._specs import load_spec
from freight_sandbox import INJECTED, RENAMED, InProcessSandbox, connect, drift, sandbox
from freight_sandbox.examples import TRANSEU_ORDER, import_order, quivo_order, transeu_platform_order

APIS = list(registry.NAMES)
CHECKS = [status_code_conformance, content_type_conformance, response_headers_conformance, response_schema_conformance]

#: One exchange: (operationId, path parameters, the answer).
Exchange = tuple[str, dict[str, str], httpx.Response]


def _spotgo(http: httpx.Client, box: InProcessSandbox) -> list[Exchange]:
    order = {"orderNumber": "DRIFT-1", "carrier": {"vatCode": "LT100200300"}}
    created = http.post("/api/v1/orders", json=order)
    order_id = {"orderId": created.json()["orderId"]}
    return [
        ("createOrder", {}, created),
        ("createOrder", {}, http.post("/api/v1/orders", json=order)),
        ("getOrder", order_id, http.get(f"/api/v1/orders/{order_id['orderId']}")),
        ("deleteOrder", order_id, http.delete(f"/api/v1/orders/{order_id['orderId']}")),
    ]


def _smouv(http: httpx.Client, box: InProcessSandbox) -> list[Exchange]:
    def create() -> httpx.Response:
        parts = [("order", (None, json.dumps(import_order("DRIFT-1")), "application/json"))]
        return http.post("/customer-orders", files=parts)

    created = create()
    order_id = {"orderId": created.json()["id"]}
    return [
        ("createCustomerOrder", {}, created),
        ("createCustomerOrder", {}, create()),
        ("getCustomerOrder", order_id, http.get(f"/customer-orders/{order_id['orderId']}")),
        ("cancelCustomerOrder", order_id, http.delete(f"/customer-orders/{order_id['orderId']}")),
    ]


def _transeu(http: httpx.Client, box: InProcessSandbox) -> list[Exchange]:
    created = http.post("/shipping-orders", json={**TRANSEU_ORDER, "number": "DRIFT/1"})
    order_id = {"order-id": created.json()["id"]}
    return [("addShippingOrder", {}, created), ("getOrder", order_id, http.get(f"/orders/{order_id['order-id']}"))]


def _transeu_platform(http: httpx.Client, box: InProcessSandbox) -> list[Exchange]:
    created = http.post("/ext/orders-api/v1/orders", json=transeu_platform_order("DRIFT/1"))
    order_id = created.json()["id"]
    orders = "/ext/orders-api/v1/orders"
    patch = {"freight": {"shipment_external_id": "SHIP-1"}}
    amendment = {"id": "0b6f3c1e-5d7a-4e2b-9c8d-1a2b3c4d5e6f", "additional_terms": "Tail lift"}
    return [
        ("createOrder", {}, created),
        ("getCreatedOrder", {"id": order_id}, http.get(f"/ext/orders-api/v1/orders-created/{order_id}")),
        ("updateOrder", {"orderId": order_id}, http.patch(f"{orders}/{order_id}", json=patch)),
        ("addOrderAmendment", {"orderId": order_id}, http.post(f"{orders}/{order_id}/amendments", json=amendment)),
    ]


def _quivo(http: httpx.Client, box: InProcessSandbox) -> list[Exchange]:
    order = quivo_order(box.credentials["seller_id"], "DRIFT-1")
    return [
        ("submitOrder", {}, http.post("/orders", json=order)),
        ("submitOrder", {}, http.post("/orders", json=order)),
    ]


SCENARIOS: dict[str, Callable[[httpx.Client, InProcessSandbox], list[Exchange]]] = {
    "spotgo": _spotgo,
    "smouv": _smouv,
    "transeu": _transeu,
    "transeu_platform": _transeu_platform,
    "quivo": _quivo,
}


def exchanges(api: str, drifted: bool) -> list[Exchange]:
    """The API's scenario against a fresh sandbox, drifted or not."""
    box = sandbox(api)
    if drifted:
        drift(box.api)
    running = box.in_process()
    headers = credentials(api, running) | ({"x-api-version": "1.0"} if api == "spotgo" else {})
    with running.client(headers=headers) as http:
        found = SCENARIOS[api](http, running)
    for *_, response in found:
        response.elapsed = datetime.timedelta(0)  # Schemathesis reads it; the in-process transport sets none
    return found


def collect(api: str, found: list[Exchange], spec: dict[str, Any] | None = None) -> DriftCollector:
    collector = DriftCollector(api, spec, run="test")
    for call_id, (operation, _, response) in enumerate(found):
        request = response.request
        collector.on_response(
            ResponseEvent(
                api, operation, call_id, 1, request.method, str(request.url), response.status_code,
                dict(response.headers), response.content, 0.0,
            )
        )  # fmt: skip
    return collector


def _strings(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [s for item in value.values() for s in _strings(item)]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return [value] if isinstance(value, str) else []


def _renamed(api: str, key: tuple[Any, ...]) -> tuple[Any, ...]:
    kind, operation, status, where, value = key
    return (kind, operation, status, where, RENAMED.get(api, {}).get(value, value))


@pytest.mark.parametrize("api", APIS)
def test_the_drift_report_finds_every_injected_difference_and_nothing_else(api: str) -> None:
    baseline = set(collect(api, exchanges(api, drifted=False)).findings)
    drifted = collect(api, exchanges(api, drifted=True))
    expected = {_renamed(api, key) for key in baseline} | INJECTED[api]
    assert set(drifted.findings) == expected
    # What our own sandboxes send and their specs do not know: only error codes, SpotGo's
    # (ORDER_NUMBER_DUPLICATE: no SpotGo document lists codes) and Quivo's duplicate status
    # (DUPLICATE: duplicates are undocumented). Findings for the specs, not injected differences.
    assert {kind for kind, *_ in baseline} <= {"error-code"} and (api in ("spotgo", "quivo")) == bool(baseline)
    sample = json.dumps(drifted.report())
    assert all(
        secret not in sample
        for secret in json.dumps(sandbox(api).api.credentials("")).split('"')[1::2]
        if len(secret) > 12
    )


def _contract_failures(api: str, spec: dict[str, Any], found: list[Exchange]) -> list[str]:
    """Schemathesis's response checks on the scenario's answers, against `spec`."""
    schema = schemathesis.openapi.from_dict(spec)
    failures = []
    for operation_id, path_parameters, response in found:
        case = schema.find_operation_by_id(operation_id).Case(path_parameters=path_parameters)
        try:
            case.validate_response(Response.from_any(response), checks=CHECKS)
        except (Failure, FailureGroup) as error:
            failures.append(f"{operation_id}: {type(error).__name__}: {str(error)[:200]}")
    return failures


@pytest.mark.parametrize("api", APIS)
def test_applying_the_proposed_overlay_makes_the_drifted_sandbox_conform(api: str, tmp_path: Path) -> None:
    spec = load_spec(api)
    found = exchanges(api, drifted=True)
    collector = collect(api, found, spec)
    report_path = collector.write(tmp_path)
    assert report_path.name == f"drift-{api}.json"
    report = json.loads(report_path.read_text())
    proposal = drift_overlay.overlay(report, spec)
    assert proposal["overlay"] == "1.0.0" and proposal["actions"]
    for action in proposal["actions"]:
        assert action["x-provenance"]["kind"] == "observed" and action["x-provenance"]["run"] == "test"
    patched = drift_overlay.apply(spec, proposal)
    assert collect(api, found, patched).findings == {}  # the spec now knows all of it
    if any(kind == "status" for kind, *_ in INJECTED[api]):  # an undocumented status fails the checks until then
        assert _contract_failures(api, spec, found) != []
    assert _contract_failures(api, patched, found) == []


def test_header_forms_and_content_types_are_reported_and_proposed() -> None:
    """A Retry-After in the HTTP-date form and an HTML answer, where the spec says integer and JSON."""
    spec = load_spec("spotgo")
    collector = DriftCollector("spotgo", spec, run="test")

    def answer(status: int, headers: dict[str, str], content: bytes) -> None:
        collector.on_response(ResponseEvent("spotgo", "getOrder", 1, 1, "GET", "/", status, headers, content, 0.0))

    answer(429, {"retry-after": "Wed, 25 Nov 2026 10:00:00 GMT", "content-type": "application/problem+json"}, b"{}")
    answer(200, {"content-type": "text/html"}, b"<html>maintenance</html>")
    kinds = {(f.kind, f.where, f.value) for f in collector.findings.values()}
    assert kinds == {("header", "Retry-After", "http-date"), ("content-type", "200", "text/html")}
    patched = drift_overlay.apply(spec, drift_overlay.overlay(collector.report(), spec))
    again = DriftCollector("spotgo", patched)
    again.on_response(
        ResponseEvent("spotgo", "getOrder", 1, 1, "GET", "/", 200, {"content-type": "text/html"}, b"x", 0.0)
    )
    assert again.findings == {}


def test_the_collector_is_a_client_hook(freight_sandbox: Callable[..., Any]) -> None:
    """On a client (`hooks=[DriftCollector(api)]`), against the drifted SpotGo on a real port (the
    pytest plugin's `drift=True`): getOrder's added field and new enum value are reported, and the
    client still parses the order."""
    from freight_clients import SpotGo

    box = freight_sandbox("spotgo", server=True, drift=True)
    collector = DriftCollector("spotgo", run="client")
    with connect(SpotGo, box, hooks=[collector]) as spotgo:
        created = spotgo.orders.create({"orderNumber": "HOOK-1", "carrier": {"vatCode": "LT1"}})
        order = spotgo.orders.get(created.order_id)
    assert order.status == "Registered" and order.additional_properties["trackingUrl"].endswith(str(created.order_id))
    assert set(collector.findings) == {
        ("field", "getOrder", 200, "$.trackingUrl", None),
        ("enum", "getOrder", 200, "$.status", "Registered"),
    }
    assert collector.findings[("field", "getOrder", 200, "$.trackingUrl", None)].count == 1


def test_freight_sandbox_drift_serves_the_drifted_answers() -> None:
    """`freight-sandbox spotgo --drift`: the command a maintainer points a live run at."""
    command = [sys.executable, "-m", "freight_sandbox.cli", "spotgo", "--drift"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as server:
        try:
            assert server.stdout is not None
            line = json.loads(server.stdout.readline())
            headers = {"X-Api-Key": line["credentials"]["api_keys"][0], "x-api-version": "1.0"}
            with httpx.Client(base_url=line["base_url"], headers=headers) as http:
                created = http.post("/api/v1/orders", json={"orderNumber": "CLI-1", "carrier": {"vatCode": "LT1"}})
                order_id = created.json()["orderId"]
                assert http.get(f"/api/v1/orders/{order_id}").json()["status"] == "Registered"
                assert http.delete(f"/api/v1/orders/{order_id}").status_code == 202
        finally:
            server.terminate()
