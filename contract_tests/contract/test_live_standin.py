"""Live runs on an account that is never reset (`contract_tests/support/live.py`): each write gets a
run-unique order number, a write to an object the run did not create goes to a random id, and the
run's own data echoed back is not reported as drift, and what it created and the API can remove
(orders, SpotGo's webhook subscriptions) is removed. `nox -s live_standin` runs the whole thing."""

from __future__ import annotations

import re
from typing import Any

import pytest
import schemathesis
from schemathesis.generation.case import Case

from contract_tests.support import live as live_support
from freight_clients import SpotGo, spec_path
from freight_sandbox import sandbox
from freight_sandbox.standin import vendor_environment


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


class _Answer:
    """What `after_call` reads of a response."""

    def __init__(self, status_code: int, body: Any) -> None:
        self.status_code, self._body, self.content = status_code, body, b""
        self.headers: dict[str, list[str]] = {}

    def json(self) -> Any:
        return self._body


def test_the_webhook_subscriptions_a_run_created_are_deleted_at_the_end(monkeypatch: pytest.MonkeyPatch) -> None:
    """A SpotGo subscription a live run created would keep receiving the account's events at a
    callback URL Hypothesis drew: `clean_up` deletes it, and one the run deleted itself is not
    deleted twice; the run may address its own subscription (its id is the run's)."""
    box = sandbox("spotgo").serve()
    try:
        for name, value in vendor_environment("spotgo", box.base_url, box.credentials).items():
            monkeypatch.setenv(name, value)
        with SpotGo() as client:
            kept, deleted = (
                client.webhooks.subscribe("http://127.0.0.1:9/drawn", "All").subscription_id for _ in range(2)
            )
        subscribe = _case(
            "spotgo", "subscribeWebhook", body={"eventType": "All", "callbackUrl": "http://127.0.0.1:9/drawn"}
        )
        for subscription_id in (kept, deleted):
            live_support.after_call(None, subscribe, _Answer(200, {"subscriptionId": str(subscription_id)}))
        assert {str(kept), str(deleted)} <= live_support.SUBSCRIBED["spotgo"]
        assert str(kept) in live_support.OWNED["spotgo"]
        with SpotGo() as client:
            client.webhooks.delete(deleted)
        gone = _case("spotgo", "deleteWebhook", path_parameters={"subscriptionId": str(deleted)})
        live_support.after_call(None, gone, _Answer(204, None))
        assert live_support.SUBSCRIBED["spotgo"] == {str(kept)}
        assert live_support.clean_up() == []
        api: Any = box.api
        assert api.webhooks.of("company-a") == [] and live_support.SUBSCRIBED["spotgo"] == set()
    finally:
        live_support.SUBSCRIBED["spotgo"].clear()
        box.stop()
