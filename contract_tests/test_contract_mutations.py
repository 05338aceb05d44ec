"""Each contract check catches a deliberately broken sandbox (a mutated copy): the suite is only
worth its green if it turns red when the service drifts from the spec."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Any

import pytest
import schemathesis
from hypothesis.errors import NonInteractiveExampleWarning
from schemathesis import GenerationMode
from schemathesis.core.failures import Failure, FailureGroup
from schemathesis.engine.recorder import ScenarioRecorder
from schemathesis.specs.openapi.checks import (
    ensure_resource_availability,
    response_headers_conformance,
    use_after_free,
)
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from freight_clients import spec_path
from freight_clients.sandbox import ApiError

from .contract_support import Target, configure, credentials, target
from .test_contract_sandboxes import CHECKS

ORDER: dict[str, Any] = {"orderNumber": "M-1", "carrier": {"vatCode": "LT1"}}
ORDER_PATH = "/api/v1/orders/{orderId}"


def failures(
    t: Target, path: str, method: str, mode: GenerationMode, n: int = 15, checks: list[Any] | None = None, **fixed: Any
) -> set[str]:
    """The kinds of check failure met by `n` generated cases of one operation."""
    operation = t.schema[path][method]
    found: set[str] = set()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NonInteractiveExampleWarning)
        for _ in range(n):
            case = operation.as_strategy(generation_mode=mode, **fixed).example()
            try:
                case.call_and_validate(base_url=t.base_url, headers=t.headers, checks=checks or CHECKS)
            except FailureGroup as group:
                found |= {type(failure).__name__ for failure in group.exceptions}
    return found


def created_order(t: Target) -> str:
    assert t.box is not None
    media = {"Content-Type": "application/json; x-api-version=1.0"}
    with t.box.client(headers=t.headers) as client:
        order_id: str = client.post("/api/v1/orders", json=ORDER, headers=media).json()["orderId"]
    return order_id


@pytest.fixture
def spotgo() -> Target:
    return target("spotgo")


def test_a_healthy_sandbox_passes(spotgo: Target) -> None:
    order_id = created_order(spotgo)
    assert failures(spotgo, ORDER_PATH, "GET", GenerationMode.POSITIVE, path_parameters={"orderId": order_id}) == set()


BROKEN_ANSWERS = {
    "response_schema_conformance": (
        lambda call: Response(b'{"orderId": 7}', media_type="application/json; x-api-version=1.0"),
        "JsonSchemaError",
    ),
    "status_code_conformance": (lambda call: Response(b"{}", status_code=418), "UndefinedStatusCode"),
    "content_type_conformance": (lambda call: PlainTextResponse("<html>ok</html>"), "UndefinedContentType"),
}


@pytest.mark.parametrize("check", sorted(BROKEN_ANSWERS))
def test_response_checks_catch_a_broken_answer(spotgo: Target, check: str) -> None:
    broken, caught = BROKEN_ANSWERS[check]
    order_id = created_order(spotgo)
    assert spotgo.box is not None
    spotgo.box.api.op_getOrder = broken  # type: ignore[attr-defined]
    found = failures(spotgo, ORDER_PATH, "GET", GenerationMode.POSITIVE, path_parameters={"orderId": order_id})
    assert caught in found, found


def test_not_a_server_error_catches_a_crash_over_a_real_socket(freight_sandbox: Callable[..., Any]) -> None:
    """In-process a crash reaches the caller as an exception; a real server answers 500."""
    box = freight_sandbox("spotgo", server=True)
    box.api.op_getOrder = lambda call: 1 / 0
    schema = schemathesis.openapi.from_path(str(spec_path("spotgo")))  # no in-process app: the real socket
    configure(schema, "spotgo")
    served = Target("spotgo", None, schema, credentials("spotgo", box), base_url=box.base_url)
    found = failures(
        served,
        ORDER_PATH,
        "GET",
        GenerationMode.POSITIVE,
        n=5,
        path_parameters={"orderId": "00000000-0000-0000-0000-000000000001"},
    )
    assert "ServerError" in found, found


def test_negative_data_rejection_catches_a_sandbox_that_validates_nothing(spotgo: Target) -> None:
    assert spotgo.box is not None

    async def accept_anything(op: Any, request: Request, tenant: str) -> Any:
        from freight_clients.sandbox._core import Call

        return Call(request, op.id, tenant, {}, {}, request.headers, body=ORDER)

    spotgo.box.api._validated_call = accept_anything  # type: ignore[method-assign]
    found = failures(spotgo, "/api/v1/orders/upsert", "POST", GenerationMode.NEGATIVE, n=30)
    assert "AcceptedNegativeData" in found, found


def test_positive_data_acceptance_catches_a_sandbox_that_refuses_valid_data(spotgo: Target) -> None:
    def refuse(call: Any) -> Any:
        raise ApiError(400, "refused for no documented reason", details=[("body", "x", "refused")])

    assert spotgo.box is not None
    spotgo.box.api.op_upsertOrder = refuse  # type: ignore[attr-defined]
    assert "RejectedPositiveData" in failures(spotgo, "/api/v1/orders/upsert", "POST", GenerationMode.POSITIVE, n=5)


def test_ignored_auth_catches_a_sandbox_that_lets_anyone_in(spotgo: Target) -> None:
    assert spotgo.box is not None
    spotgo.box.api.authenticate = lambda request, operation: "company-a"  # type: ignore[method-assign]
    assert "IgnoredAuth" in failures(spotgo, "/api/v1/orders/query", "POST", GenerationMode.POSITIVE, n=5)


def test_response_headers_conformance_catches_a_malformed_retry_after(spotgo: Target) -> None:
    def throttled(call: Any) -> Any:
        raise ApiError(429, "slow down", headers={"Retry-After": "soon"})  # the spec: an integer

    assert spotgo.box is not None
    spotgo.box.api.op_upsertOrder = throttled  # type: ignore[attr-defined]
    found = failures(
        spotgo, "/api/v1/orders/upsert", "POST", GenerationMode.POSITIVE, n=5, checks=[response_headers_conformance]
    )  # this check alone: the header is what broke
    assert found == {"JsonSchemaError"}, found


def scenario(t: Target, check: Any, *steps: tuple[str, str]) -> set[str]:
    """Create an order, then run `steps` (method, path) on it as one recorded scenario, the way
    a stateful run links them; the failures `check` finds in the last step's answer.

    The stateful checks look back through the scenario (the create, a delete), so a random
    stateful run only exercises them when it happens to draw that sequence; this runs it every time."""
    recorder = ScenarioRecorder(label="mutation")
    create = t.schema["/api/v1/orders"]["POST"].Case(body=ORDER, media_type="application/json; x-api-version=1.0")
    response = create.call(base_url=t.base_url, headers=t.headers)
    recorder.record_case(case=create)
    recorder.record_response(case_id=create.id, response=response)
    order_id = response.json()["orderId"]
    for method, path in steps:
        # Given, not generated: the check treats the id as coming from a link.
        case = t.schema[path][method].Case(path_parameters={"orderId": order_id})
        response = case.call(base_url=t.base_url, headers=t.headers)
        recorder.record_case(case=case, parent_id=create.id)
        recorder.record_response(case_id=case.id, response=response)
    try:
        case.validate_response(response, checks=[check], recorder=recorder)
    except FailureGroup as group:
        return {type(failure).__name__ for failure in group.exceptions}
    except Failure as failure:
        return {type(failure).__name__}
    return set()


def test_stateful_checks_pass_on_a_healthy_sandbox(spotgo: Target) -> None:
    assert scenario(spotgo, use_after_free, ("DELETE", ORDER_PATH), ("GET", ORDER_PATH)) == set()
    assert scenario(spotgo, ensure_resource_availability, ("GET", ORDER_PATH)) == set()


def test_use_after_free_catches_a_delete_that_deletes_nothing(spotgo: Target) -> None:
    assert spotgo.box is not None
    spotgo.box.api.op_deleteOrder = lambda call: Response(status_code=204)  # type: ignore[attr-defined]
    found = scenario(spotgo, use_after_free, ("DELETE", ORDER_PATH), ("GET", ORDER_PATH))
    assert found == {"UseAfterFree"}, found


def test_ensure_resource_availability_catches_an_order_that_vanishes(spotgo: Target) -> None:
    def lost(call: Any) -> Any:
        raise ApiError(404, "Order not found", code="ORDER_NOT_FOUND")

    assert spotgo.box is not None
    spotgo.box.api.op_getOrder = lost  # type: ignore[attr-defined]
    found = scenario(spotgo, ensure_resource_availability, ("GET", ORDER_PATH))
    assert found == {"EnsureResourceAvailability"}, found
