"""Live runs on an account that is never reset (`contract_tests/live_support.py`): each write gets a
run-unique order number, a write to an object the run did not create goes to a random id, and the
run's own data echoed back is not reported as drift. `nox -s live_standin` runs the whole thing."""

from __future__ import annotations

import re
from typing import Any

import pytest
import schemathesis
from schemathesis.generation.case import Case

from freight_clients import spec_path

from . import live_support


def _case(api: str, operation_id: str, **parts: Any) -> Case[Any]:
    schema = schemathesis.openapi.from_path(str(spec_path(api)))
    return schema.find_operation_by_id(operation_id).Case(**parts)


def test_every_create_gets_a_run_unique_number() -> None:
    numbers = []
    for api, operation_id, body, field in (
        ("spotgo", "createOrder", {"orderNumber": "0"}, "orderNumber"),
        ("spotgo", "upsertOrder", {"orderNumber": "0"}, "orderNumber"),
        ("transeu", "addShippingOrder", {"number": "0"}, "number"),
        ("quivo", "submitOrder", {"orderIdentifier": "0"}, "orderIdentifier"),
    ):
        case = _case(api, operation_id, body=body)
        live_support.before_call(None, case, {})
        sent: Any = case.body
        numbers.append(sent[field])
    smouv = _case("smouv", "createCustomerOrder", body={"order": {"transportOrderNumber": "0"}})
    live_support.before_call(None, smouv, {})
    form: Any = smouv.body
    numbers.append(form["order"]["transportOrderNumber"])
    assert all(re.fullmatch(rf"fc-{live_support.RUN_ID}-\d+", n) for n in numbers), numbers
    assert len(set(numbers)) == len(numbers)


@pytest.mark.parametrize(
    ("api", "operation_id", "generated"),
    [
        ("smouv", "cancelCustomerOrder", "CDE0000000001"),
        ("smouv", "updateCustomerOrder", "CDE0000000001"),
        ("spotgo", "deleteOrder", "00000000-0000-0000-0000-000000000000"),
    ],
)
def test_a_write_never_reaches_an_object_the_run_did_not_create(api: str, operation_id: str, generated: str) -> None:
    case = _case(api, operation_id, path_parameters={"orderId": generated})
    live_support.before_call(None, case, {})
    sent = case.path_parameters["orderId"]
    digits = "0123456789abcdef-"  # the same form: S'mouv's prefix and 10 digits, or a UUID
    assert sent != generated and len(sent) == len(generated) and sent.rstrip(digits) == generated.rstrip(digits)
    assert case.id in live_support.REWRITTEN  # its ensure_resource_availability is not applied
    live_support.OWNED[api].add(generated)  # once the run created it, the write goes through
    try:
        again = _case(api, operation_id, path_parameters={"orderId": generated})
        live_support.before_call(None, again, {})
        assert again.path_parameters["orderId"] == generated
    finally:
        live_support.OWNED[api].discard(generated)


def test_reads_are_left_alone() -> None:
    case = _case("spotgo", "getOrder", path_parameters={"orderId": "00000000-0000-0000-0000-000000000000"})
    live_support.before_call(None, case, {})
    assert case.path_parameters["orderId"] == "00000000-0000-0000-0000-000000000000"


def test_the_run_remembers_what_it_sent() -> None:
    names, strings = live_support._remember("transeu", [{"route": {"events": [{"odd": "x-1", "type": "e"}]}}, None])
    assert {"route", "events", "odd", "type"} <= names and {"x-1", "e"} <= strings
