"""Each API's rule for a conflict after an attempt whose answer was lost, on scripted answers: the
lost attempt is reconciled (its result returned, or AlreadyCreatedError where the API cannot read
it back), and the same conflict without a lost attempt stays the error it is."""

from __future__ import annotations

import pytest

from contract_tests.unit.core.scripted_clients import (
    DOC_ID,
    ORDER_ID,
    json,
    lost,
    paths,
    quivo,
    refused,
    smouv,
    spotgo,
    spotgo_order,
    stored,
    token,
    transeu,
)
from freight_clients import (
    AlreadyCreatedError,
    APITimeoutError,
    BadRequestError,
    ConflictError,
    DuplicateOrderError,
    NotFoundError,
)
from freight_clients._scripted import Script

ORDER = spotgo_order("SG-7")
DUPLICATE = {"code": "ORDER_NUMBER_DUPLICATE", "message": "order number exists"}


def _page(*orders: dict[str, object]) -> dict[str, object]:
    return {"items": [{"orderId": o["orderId"], "orderNumber": o["orderNumber"]} for o in orders]}


# --- SpotGo: a duplicate number is looked up and compared with what was sent --------------------


def test_spotgo_create_after_a_lost_attempt_returns_the_order_that_attempt_created() -> None:
    ours = stored(ORDER)
    script = Script(lost, json(409, DUPLICATE), json(200, _page(ours)), json(200, ours))
    with spotgo(script) as client:
        created = client.orders.create(ORDER)
    assert str(created.order_id) == ORDER_ID and created.order_number == "SG-7"
    assert paths(script) == [
        "POST /api/v1/orders",
        "POST /api/v1/orders",
        "POST /api/v1/orders/query",
        f"GET /api/v1/orders/{ORDER_ID}",
    ]
    assert script.sleeps == [1.0]


def test_spotgo_create_after_a_lost_attempt_refuses_an_order_that_differs_from_what_was_sent() -> None:
    theirs = stored(ORDER, carrier={"name": "Someone Else", "vatCode": "PL999"})
    script = Script(lost, json(409, DUPLICATE), json(200, _page(theirs)), json(200, theirs))
    with spotgo(script) as client, pytest.raises(DuplicateOrderError) as failed:
        client.orders.create(ORDER)
    assert not isinstance(failed.value, AlreadyCreatedError) and failed.value.outcome_unknown


def test_spotgo_create_duplicate_without_a_lost_attempt_is_not_looked_up() -> None:
    script = Script(json(409, DUPLICATE))
    with spotgo(script) as client, pytest.raises(DuplicateOrderError) as failed:
        client.orders.create(ORDER)
    assert len(script.requests) == 1 and not failed.value.outcome_unknown


def test_spotgo_create_after_a_refused_connection_does_not_reconcile() -> None:
    """A connection never made cannot have created anything: the duplicate existed before."""
    script = Script(refused, json(409, DUPLICATE))
    with spotgo(script) as client, pytest.raises(DuplicateOrderError) as failed:
        client.orders.create(ORDER)
    assert len(script.requests) == 2 and not failed.value.outcome_unknown


def test_spotgo_delete_answered_404_after_a_lost_attempt_is_done() -> None:
    script = Script(lost, json(404, {"message": "no such order"}))
    with spotgo(script) as client:
        assert client.orders.delete(ORDER_ID) is None
    script = Script(json(404, {"message": "no such order"}))
    with spotgo(script) as client, pytest.raises(NotFoundError):
        client.orders.delete(ORDER_ID)


def test_spotgo_document_accept_conflict_after_a_lost_attempt_reads_the_order_back() -> None:
    accepted = stored(ORDER, documents=[{"documentId": DOC_ID, "status": "Accepted"}])
    script = Script(lost, json(409, {"message": "not in review"}), json(200, accepted))
    with spotgo(script) as client:
        document = client.documents.accept(ORDER_ID, DOC_ID)
    assert str(document.document_id) == DOC_ID and str(document.status) == "Accepted"
    in_review = stored(ORDER, documents=[{"documentId": DOC_ID, "status": "InReview"}])
    script = Script(lost, json(409, {"message": "not in review"}), json(200, in_review))
    with spotgo(script) as client, pytest.raises(ConflictError):
        client.documents.accept(ORDER_ID, DOC_ID)


# --- Trans.eu: no lookup by number, so a duplicate after a lost attempt is AlreadyCreatedError -----

TRANSEU_ORDER = {"number": "TE-1", "load": {"weight": 1000}}


def test_transeu_create_duplicate_after_a_lost_attempt_is_already_created() -> None:
    script = Script(token(), lost, json(409, {"title": "Conflict", "status": 409, "detail": "number exists"}))
    with transeu(script) as client, pytest.raises(AlreadyCreatedError) as failed:
        client.shipping_orders.create(TRANSEU_ORDER)
    assert failed.value.outcome_unknown and failed.value.attempts == 2
    assert [r.url.path for r in script.requests] == ["/token", "/v1/shipping-orders", "/v1/shipping-orders"]


def test_transeu_create_duplicate_without_a_lost_attempt_is_a_duplicate() -> None:
    script = Script(token(), json(409, {"title": "Conflict", "status": 409, "detail": "number exists"}))
    with transeu(script) as client, pytest.raises(DuplicateOrderError) as failed:
        client.shipping_orders.create(TRANSEU_ORDER)
    assert not isinstance(failed.value, AlreadyCreatedError)


# --- Quivo: no read at all; the duplicate's answer names the existing order ------------------------

QUIVO_ORDER = {"orderIdentifier": "Q-1", "positions": []}


def test_quivo_submit_duplicate_after_a_lost_attempt_is_already_created_with_its_id() -> None:
    login = json(200, {"token": "session-1"})
    script = Script(login, lost, json(409, {"status": "DUPLICATE", "message": "exists", "orderId": 4711}))
    with quivo(script, validate=False, rate_limit=None) as client, pytest.raises(AlreadyCreatedError) as failed:
        client.orders.submit(QUIVO_ORDER)
    assert failed.value.order_id == 4711 and failed.value.attempts == 2


def test_quivo_submit_duplicate_identifier_400_without_a_lost_attempt_is_a_duplicate() -> None:
    login = json(200, {"token": "session-1"})
    answer = json(400, {"status": "ERROR", "field": "orderIdentifier", "message": "already used"})
    script = Script(login, answer)
    with quivo(script, validate=False, rate_limit=None) as client, pytest.raises(DuplicateOrderError) as failed:
        client.orders.submit(QUIVO_ORDER)
    assert not isinstance(failed.value, AlreadyCreatedError) and failed.value.field == "orderIdentifier"


# --- S'mouv: create is never replayed; a cancel already done by a lost attempt is done -------------


def test_smouv_create_is_not_replayed_after_a_lost_attempt() -> None:
    script = Script(token(), lost, json(201, {"customerOrderId": "CDE1"}))
    with smouv(script) as client, pytest.raises(APITimeoutError) as failed:
        client.customer_orders.create({"transportOrderNumber": "IMP-1"})
    assert failed.value.outcome_unknown and len(script.requests) == 2 and script.unused == 1


def test_smouv_cancel_already_canceled_after_a_lost_attempt_is_done() -> None:
    canceled = json(400, {"code": "ORDER_ALREADY_CANCELED", "message": "already canceled"})
    script = Script(token(), lost, canceled)
    with smouv(script) as client:
        assert client.customer_orders.cancel("CDE1") is None
    script = Script(token(), canceled)
    with smouv(script) as client, pytest.raises(BadRequestError) as failed:
        client.customer_orders.cancel("CDE1")
    assert failed.value.code == "ORDER_ALREADY_CANCELED"
