"""Each contract check catches a deliberately broken sandbox (a mutated copy): the suite is only
worth its green if it turns red when the service drifts from the spec."""

from __future__ import annotations

import warnings
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
import schemathesis
from hypothesis.errors import NonInteractiveExampleWarning
from schemathesis import GenerationMode
from schemathesis.core.failures import Failure, FailureGroup
from schemathesis.engine.recorder import ScenarioRecorder
from schemathesis.generation.meta import CoverageScenario
from schemathesis.specs.openapi.checks import (
    allow_header_conformance,
    ensure_resource_availability,
    missing_required_header,
    object_level_authorization,
    response_headers_conformance,
    unsupported_method,
    use_after_free,
)
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from contract_tests.contract.test_schemathesis import CHECKS
from contract_tests.support.contract import Target, configure, credentials, target
from freight_clients import spec_path
from freight_sandbox import ApiError

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
        from freight_sandbox import Call

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


def given(t: Target, path: str, method: str, **values: Any) -> Any:
    """A positive case of an operation with the given values (the rest generated), sent as the
    schema's first tenant."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NonInteractiveExampleWarning)
        return t.schema[path][method].as_strategy(generation_mode=GenerationMode.POSITIVE, **values).example()


def scenario(t: Target, check: Any, *steps: tuple[str, str]) -> set[str]:
    """Create an order, then run `steps` (method, path) on it as one recorded scenario, the way
    a stateful run links them; the failures `check` finds in the last step's answer.

    The stateful checks look back through the scenario (the create, a delete), so a random
    stateful run only exercises them when it happens to draw that sequence; this runs it every time."""
    recorder = ScenarioRecorder(label="mutation")
    create = given(t, "/api/v1/orders", "POST", body=ORDER, media_type="application/json; x-api-version=1.0")
    response = create.call(base_url=t.base_url, headers=t.headers)
    recorder.record_case(case=create)
    recorder.record_response(case_id=create.id, response=response)
    order_id = response.json()["orderId"]
    for method, path in steps:
        # Given, not generated: the check treats the id as coming from a link.
        case = given(t, path, method, path_parameters={"orderId": order_id})
        response = case.call(base_url=t.base_url, headers=t.headers)
        recorder.record_case(case=case, parent_id=create.id)
        recorder.record_response(case_id=case.id, response=response)
    try:
        transport = {"base_url": t.base_url, "headers": t.headers}
        case.validate_response(response, checks=[check], recorder=recorder, transport_kwargs=transport)
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


# -- the checks of Schemathesis's coverage phase: a missing header, an undeclared method, OPTIONS --


def coverage_failures(
    t: Target, path: str, method: str, check: Any, scenario: CoverageScenario
) -> tuple[int, set[str]]:
    """How many of an operation's coverage-phase cases of one scenario ran, and the kinds of
    failure `check` found in their answers."""
    operation = t.schema[path][method]
    config = t.schema.config.generation_for(operation=operation, phase="coverage")
    ran, found = 0, set()
    for case in t.schema.iter_coverage_cases(
        operation, generation_modes=[GenerationMode.NEGATIVE], generation_config=config
    ):
        assert case.meta is not None
        if getattr(case.meta.phase.data, "scenario", None) != scenario:
            continue
        ran += 1
        response = case.call(base_url=t.base_url, headers=t.headers)
        try:
            case.validate_response(response, checks=[check])
        except FailureGroup as group:
            found |= {type(failure).__name__ for failure in group.exceptions}
        except Failure as failure:
            found.add(type(failure).__name__)
    return ran, found


Asgi = Callable[[dict[str, Any], Any, Any], Awaitable[None]]


def rewriting(app: Asgi, status: dict[int, int] | None = None, allow: str | None = None) -> Asgi:
    """A broken copy of an ASGI app: some statuses swapped, the Allow header of a 405 replaced."""

    async def broken(scope: dict[str, Any], receive: Any, send: Any) -> None:
        async def patched(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                code = message["status"]
                headers = list(message.get("headers") or [])
                if allow is not None and code == 405:
                    headers = [(k, v) for k, v in headers if k.lower() != b"allow"] + [(b"allow", allow.encode())]
                message = {**message, "status": (status or {}).get(code, code), "headers": headers}
            await send(message)

        await app(scope, receive, patched)

    return broken


QUERY = "/api/v1/orders/query"
UNDECLARED = CoverageScenario.UNSPECIFIED_HTTP_METHOD


def test_unsupported_method_passes_the_sandboxes_405(spotgo: Target) -> None:
    ran, found = coverage_failures(spotgo, QUERY, "POST", unsupported_method, UNDECLARED)
    assert ran >= 3 and found == set(), (ran, found)


def test_put_on_a_literal_path_beside_a_template_is_405(spotgo: Target) -> None:
    """`PUT /api/v1/orders/query` is not `PUT /api/v1/orders/{orderId}` with the id "query"."""
    assert spotgo.box is not None
    with spotgo.box.client(headers=spotgo.headers) as client:
        response = client.put(QUERY, json=ORDER)
    assert (response.status_code, response.headers.get("allow")) == (405, "POST")


def test_unsupported_method_catches_a_sandbox_that_answers_an_undeclared_method_400(spotgo: Target) -> None:
    spotgo.schema.app = rewriting(spotgo.schema.app, status={405: 400})
    ran, found = coverage_failures(spotgo, QUERY, "POST", unsupported_method, UNDECLARED)
    assert "UnsupportedMethodResponse" in found, (ran, found)


@pytest.mark.parametrize("broken", [False, True])
def test_allow_header_conformance_catches_a_wrong_allow_header(spotgo: Target, broken: bool) -> None:
    """The healthy sandbox's OPTIONS answer says `Allow: POST`; a copy that lists more is caught."""
    if broken:
        spotgo.schema.app = rewriting(spotgo.schema.app, allow="GET, POST, PUT")
    ran, found = coverage_failures(
        spotgo, QUERY, "POST", allow_header_conformance, CoverageScenario.UNSPECIFIED_HTTP_METHOD
    )
    assert ran and found == ({"AllowHeaderMismatch"} if broken else set()), (ran, found)


UPDATE = "/customer-orders/{orderId}"


@pytest.mark.parametrize("broken", [False, True])
def test_missing_required_header_catches_an_update_without_if_match(broken: bool) -> None:
    """S'mouv's update requires If-Match: the sandbox refuses an update without it (400); a broken
    copy that takes it is caught."""
    smouv = target("smouv")
    app = smouv.schema.app

    async def no_precondition(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["method"] == "PUT" and not any(k.lower() == b"if-match" for k, _ in scope["headers"]):
            await Response(b"{}", media_type="application/json")(scope, receive, send)
        else:
            await app(scope, receive, send)

    if broken:
        smouv.schema.app = no_precondition
    ran, found = coverage_failures(smouv, UPDATE, "PUT", missing_required_header, CoverageScenario.MISSING_PARAMETER)
    assert ran and found == ({"MissingHeaderNotRejected"} if broken else set()), (ran, found)


@pytest.mark.parametrize("broken", [False, True])
def test_object_level_authorization_catches_a_sandbox_serving_another_tenants_order(broken: bool) -> None:
    """Tenant A creates and reads an order; the check reads it again as tenant B: the sandbox
    answers 404, a broken copy that looks orders up across tenants serves it."""
    spotgo = target("spotgo")
    assert spotgo.box is not None
    if broken:
        api = spotgo.box.api
        own = api._order  # type: ignore[attr-defined]

        def anyones(call: Any) -> Any:
            order_id = str(call.path["orderId"])
            return next((o[order_id] for o in api.companies.values() if order_id in o), None) or own(call)  # type: ignore[attr-defined]

        api._order = anyones  # type: ignore[attr-defined]
    found = scenario(spotgo, object_level_authorization, ("GET", ORDER_PATH))
    assert found == ({"ObjectLevelAuthorizationViolation"} if broken else set()), found
