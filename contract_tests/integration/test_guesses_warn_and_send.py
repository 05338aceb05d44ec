"""A guess never refuses: every inferred constraint of the specs, broken alone, through the public
clients to the in-process sandboxes.

Each case (`guess_cases.cases`) breaks one constraint the specs mark inferred, or one guessed
S'mouv rule. The client must send it (the sandbox's journal has it) and warn with
`InferredConstraintWarning`; the sandbox must either refuse it saying the rule is inferred, or,
for an open enum whose values are guesses or a guessed S'mouv rule the seed's own example breaks
(`smouv_rules.ACCEPTED_GUESSES`), accept it.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Callable
from typing import Any

import pytest

from contract_tests.support import guess_cases
from contract_tests.support.guess_cases import BASES, Case
from freight_clients import (
    APIStatusError,
    ClientValidationError,
    FreightError,
    Quivo,
    Smouv,
    SpotGo,
    TransEu,
    TransEuPlatform,
    _guesses,
    registry,
)
from freight_clients._guesses import InferredConstraintWarning
from freight_clients.smouv_rules import ACCEPTED_GUESSES, check_order
from freight_sandbox import connect

#: Operations whose bodies the clients check before sending (the others go out unchecked, so
#: they neither refuse nor warn; see the issue-12 report).
PREFLIGHT = {
    "createOrder",
    "updateOrder",
    "upsertOrder",
    "createCustomerOrder",
    "updateCustomerOrder",
    "addShippingOrder",
    "submitOrder",
    "queryOrders",
    "changeOrderDocumentStatus",
    "subscribeWebhook",
    "setWebhookNotifications",
    "createSubscription",
}
APIS = registry.NAMES
ALL_CASES = [case for api in APIS for case in guess_cases.cases(api)]


def _raw(client: Any, case: Case, method: str, path: str) -> None:
    """Send a case's body as it is: the subscription resources build their bodies from typed
    arguments, which cannot carry a malformed one. The client's pre-flight check still runs on it."""
    data = client._body(case.operation, case.guess.root, case.body)
    response = client._http.request(method, path, json=data, headers=client.auth_headers())
    if response.status_code >= 400:
        raise client.status_error(case.operation, response)


def _spotgo(box: Any, case: Case) -> None:
    with connect(SpotGo, box) as client:
        if case.operation == "createOrder":
            client.orders.create(case.body)
        elif case.operation == "queryOrders":
            list(client.orders.query(case.body))
        elif case.operation == "subscribeWebhook":
            _raw(client, case, "POST", "/api/v1/webhooks")
        elif case.operation == "setWebhookNotifications":
            subscribed = client.webhooks.subscribe("http://127.0.0.1:9/hook")
            _raw(client, case, "PUT", f"/api/v1/webhooks/{subscribed.subscription_id}/notify")
        else:
            order = client.orders.create(BASES["spotgo", "OrderSubmitModel"]())
            if case.operation == "uploadOrderDocument":
                client.documents.upload(order.order_id, ("cmr.pdf", b"%PDF-1.4"), case.body["documentType"])
                return
            document = client.documents.upload(order.order_id, ("cmr.pdf", b"%PDF-1.4"), "cmr")
            body = case.body
            client.documents.reject(
                order.order_id, document.document_id, body.get("rejectionReason"), comment=body.get("comment")
            )


def _smouv(box: Any, case: Case) -> None:
    with connect(Smouv, box) as client:
        if case.operation == "createCustomerOrder":
            client.customer_orders.create(case.body["order"])
        else:
            created = client.customer_orders.create(BASES["smouv", "CustomerOrderCreateForm"]()["order"])
            client.customer_orders.update(str(created.id), case.body)


def _transeu(box: Any, case: Case) -> None:
    with connect(TransEu, box) as client:
        client.shipping_orders.create(case.body)


def _transeu_platform(box: Any, case: Case) -> None:
    with connect(TransEuPlatform, box) as client:
        client.orders.create(case.body)


def _quivo(box: Any, case: Case) -> None:
    with connect(Quivo, box) as client:
        if case.operation == "createSubscription":
            _raw(client, case, "POST", "/subscriptions")
        else:
            client.orders.submit(case.body)


SEND: dict[str, Callable[[Any, Case], None]] = {
    "spotgo": _spotgo,
    "smouv": _smouv,
    "transeu": _transeu,
    "transeu_platform": _transeu_platform,
    "quivo": _quivo,
}


def test_every_inferred_constraint_has_a_case() -> None:
    """The cases are built from the specs' annotations, and none is left out."""
    for api in APIS:
        built = {(c.guess.root, c.guess.field, c.guess.keyword) for c in guess_cases.cases(api)}
        wanted = {(g.root, g.field, g.keyword) for g in guess_cases.inferred(api)}
        assert built == wanted, api
    assert len(ALL_CASES) >= 40  # the specs' guesses, counted when this test was written


@pytest.mark.parametrize("case", ALL_CASES, ids=lambda case: case.id)
def test_a_guess_is_sent_with_a_warning_and_the_sandbox_names_it(
    freight_sandbox: Callable[..., Any], case: Case
) -> None:
    box = freight_sandbox(case.guess.api)
    _guesses.forget_reported()
    refused: FreightError | None = None
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            SEND[case.guess.api](box, case)
        except FreightError as error:
            refused = error
    sent = [entry for entry in box.api.journal if entry.operation_id == case.operation]
    assert sent and sent[-1].status != 0, "the client did not send the request"
    guesses = [w for w in caught if issubclass(w.category, InferredConstraintWarning)]
    if case.operation in PREFLIGHT:
        assert len(guesses) == 1, [str(w.message) for w in caught]
        assert case.operation in str(guesses[0].message) and case.guess.why in str(guesses[0].message)
    if case.guess.open or case.guess.keyword.removeprefix("rule ") in ACCEPTED_GUESSES:
        assert refused is None, refused  # an open enum, or a field the seed's example sends: taken
        assert sent[-1].applied
    else:
        assert isinstance(refused, APIStatusError), refused  # the sandbox refused, not the client
        assert "inferred rule" in refused.response.text, refused.response.text
        assert not sent[-1].applied


def test_a_guess_is_reported_once_per_field_with_a_log_line(
    smouv_sandbox: Any, caplog: pytest.LogCaptureFixture
) -> None:
    _guesses.forget_reported()
    order = BASES["smouv", "CustomerOrderCreateForm"]()["order"]
    order["containers"][0]["events"][0]["location"] = {"name": "Quai sans adresse"}
    with caplog.at_level(logging.WARNING, logger="freight_clients.smouv"), warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        assert check_order(order) == []  # documented rules pass: the guess is left out...
        assert check_order(order) == []
    assert [str(x.message) for x in w if issubclass(x.category, InferredConstraintWarning)] == [
        caplog.records[0].getMessage()
    ]  # ...and reported once, as a warning and a log line naming API, operation, field and reason
    message = caplog.records[0].getMessage()
    assert message.startswith("S'mouv createCustomerOrder: containers[0].events[0].location")
    assert "a name with an address or city" in message
    assert [v.guess for v in check_order(order, guesses=True)] == ["event-location-criterion"]  # the sandbox's view


def test_documented_constraints_still_refuse_before_sending(transeu_sandbox: Any) -> None:
    """Only guesses go out: a constraint the seed states is still refused by the client."""
    body = BASES["transeu", "ShippingOrder"]()
    body["payment"]["price"]["currency"] = "XXX"  # the seed's 23 currencies
    with connect(TransEu, transeu_sandbox) as client, pytest.raises(ClientValidationError) as refused:
        client.shipping_orders.create(body)
    assert "currency" in str(refused.value.field)
    assert transeu_sandbox.api.journal == []
