"""A key a request dict's schema does not name, close to one it does (`order_number` for
`orderNumber`), is reported with "did you mean" naming the API, the operation and the field (issue
25): an UnknownFieldWarning, once, and the request is sent (the spec does not close SpotGo's
objects: a guess never refuses); where the spec closes the object as documented (S'mouv's create),
the ClientValidationError carries the same hint. No socket: a MockTransport answers."""

from __future__ import annotations

import json
import warnings
from typing import Any

import httpx
import pytest

from freight_clients import ClientValidationError, Smouv, SpotGo, _encode
from freight_clients._encode import UnknownFieldWarning, suggest
from freight_sandbox import examples


@pytest.fixture(autouse=True)
def _fresh_reports() -> None:
    """Each test starts as a fresh process would: nothing reported yet."""
    _encode._reported.clear()


def _spotgo(sent: list[dict[str, Any]]) -> SpotGo:
    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        return httpx.Response(200, json={**sent[-1], "orderId": "b3e1eced-f2bd-4d8c-9765-fbc9d1d222d5"})

    return SpotGo(api_key="k" * 20, transport=httpx.MockTransport(answer), max_retries=0)


def test_a_misspelt_key_warns_with_a_suggestion_once_and_is_sent_as_it_is() -> None:
    order = examples.spotgo_order()
    order["carrier"]["vatcode"] = order["carrier"].pop("vatCode")
    order["locations"][0]["start_date"] = order["locations"][0].pop("startDate", "2026-03-01T08:00:00Z")
    order["customField"] = "a vendor extension: nothing close, nothing said"
    sent: list[dict[str, Any]] = []
    with _spotgo(sent) as spotgo, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        spotgo.orders.create(order)
        spotgo.orders.create(order)  # the same fields again: no second warning
    messages = [str(w.message) for w in caught if issubclass(w.category, UnknownFieldWarning)]
    assert messages == [
        "SpotGo createOrder: carrier.vatcode is not a field of the spec's CarrierSubmitModel; "
        "did you mean 'vatCode'? (sent as it is)",
        "SpotGo createOrder: locations[0].start_date is not a field of the spec's OrderLocationSubmitModel; "
        "did you mean 'startDate'? (sent as it is)",
    ]
    assert all(w.filename == __file__ for w in caught if issubclass(w.category, UnknownFieldWarning))
    assert len(sent) == 2 and sent[0]["carrier"]["vatcode"] == order["carrier"]["vatcode"]


def test_validate_false_says_nothing_and_a_warnings_filter_makes_it_an_error() -> None:
    order = examples.spotgo_order() | {"ordernumber": "X"}
    sent: list[dict[str, Any]] = []
    with _spotgo(sent) as spotgo, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        spotgo.with_options(validate=False).orders.update("b3e1eced-f2bd-4d8c-9765-fbc9d1d222d5", order)
    assert not [w for w in caught if issubclass(w.category, UnknownFieldWarning)]
    with _spotgo(sent) as spotgo, warnings.catch_warnings():
        warnings.simplefilter("error", UnknownFieldWarning)
        with pytest.raises(UnknownFieldWarning, match=r"SpotGo createOrder: ordernumber .*did you mean 'orderNumber'"):
            spotgo.orders.create(order)
    assert len(sent) == 1  # the error came before any I/O


def test_a_closed_object_refuses_with_the_suggestion_before_any_io() -> None:
    order = examples.import_order()
    order["transport_order_number"] = order.pop("transportOrderNumber")
    requests: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(500)

    transport = httpx.MockTransport(answer)
    smouv = Smouv(access_token="t" * 20, subscription_key="s" * 20, transport=transport)
    with smouv, pytest.raises(ClientValidationError) as raised:
        smouv.customer_orders.create(order)
    error = raised.value
    assert (error.api, error.operation) == ("S'mouv", "createCustomerOrder")
    assert "transport_order_number: did you mean 'transportOrderNumber'?" in str(error)
    assert ("transport_order_number", "did you mean 'transportOrderNumber'?") in error.problems
    assert requests == []


@pytest.mark.parametrize(
    ("key", "meant"),
    [("order_number", "orderNumber"), ("OrderNumber", "orderNumber"), ("ordrNumber", "orderNumber"), ("zzz", None)],
)
def test_suggestions(key: str, meant: str | None) -> None:
    assert suggest(key, frozenset({"orderNumber", "carrier", "details", "locations"})) == meant
