"""An answer that arrived counts (issue 23, cause 1): any answer other than a 429 means the request
may have been processed, so a non-idempotent call is never sent again after one, and every error
that leaves a call whose outcome is unknown says so, whatever failed after it (review-3 R3-1, R3-2,
R3-5; newcomer-3 #7 for documents).

The faults come from the call-path property test's `Script`: `unreadable-after` (the service's
2xx, its body mangled), `short-after` (a 2xx cut short of its Content-Length), `html-after`.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx
import pytest

from contract_tests.integration.test_every_operation_under_faults import (
    NO_WAIT,
    Script,
    async_client,
    box_of,
    quivo_order,
    smouv_changes,
    spotgo_order,
    sync_client,
    uploaded,
)
from freight_clients import (
    APIConnectionError,
    AsyncSmouv,
    FreightError,
    Hook,
    Quivo,
    ResponseValidationError,
    Smouv,
    SpotGo,
)
from freight_clients._hooks import ErrorEvent
from freight_clients._limits import RateLimit
from freight_sandbox import connect
from freight_sandbox.examples import import_order

UNREADABLE = ["unreadable-after", "html-after", "short-after"]


def _documents(box: Any, order_id: str) -> int:
    return sum(len(o.documents) for company in box.api.companies.values() for o in company.values() if o.id == order_id)


@pytest.mark.parametrize("fault", UNREADABLE)
def test_an_upload_answered_by_an_unreadable_2xx_is_sent_once_and_its_outcome_is_unknown(fault: str) -> None:
    """R3-1: the upload was sent again and stored two documents."""
    box = box_of("spotgo")
    order_id, _ = uploaded(box)
    script = Script([fault])
    with sync_client(SpotGo, box, script) as spotgo, pytest.raises(FreightError) as lost:
        spotgo.documents.upload(order_id, ("b.pdf", b"%PDF b"), "pod")
    assert script.sent == [fault]
    assert lost.value.outcome_unknown and lost.value.attempts == 1
    assert _documents(box, order_id) == 2  # the one uploaded() made, and this one, once


@pytest.mark.parametrize("fault", UNREADABLE)
def test_a_smouv_create_answered_by_an_unreadable_2xx_is_not_replayed(fault: str) -> None:
    """R3-1: the create was sent again and reported ORDER_DUPLICATED, its id lost."""
    box = box_of("smouv")
    script = Script([fault])
    with sync_client(Smouv, box, script) as smouv, pytest.raises(FreightError) as lost:
        smouv.customer_orders.create(import_order("ARR-1"))
    assert script.sent == [fault]
    assert lost.value.outcome_unknown and getattr(lost.value, "code", None) != "ORDER_DUPLICATED"
    assert [o.body["transportOrderNumber"] for o in box.api.orders.values()] == ["ARR-1"]


def test_a_smouv_update_answered_by_an_unreadable_2xx_is_not_reported_as_a_stale_version() -> None:
    """R3-1: the applied update was replayed and reported as PreconditionFailedError (412)."""
    box = box_of("smouv")
    with connect(Smouv, box, rate_limit=None) as smouv:
        order_id = str(smouv.customer_orders.create(import_order("ARR-2")).id)
    script = Script(["ok", "unreadable-after"])  # the GET of the version, then the PUT
    with sync_client(Smouv, box, script) as smouv, pytest.raises(ResponseValidationError) as lost:
        smouv.customer_orders.update(order_id, smouv_changes("ARR-2"))
    assert [method for method, _, _ in script.requests] == ["GET", "PUT"]
    assert lost.value.outcome_unknown
    assert box.api.orders[order_id].body.get("comment") == "updated"


def test_an_async_create_answered_by_an_unreadable_2xx_is_not_replayed() -> None:
    box = box_of("smouv")
    script = Script(["unreadable-after"])

    async def run() -> FreightError:
        async with async_client(AsyncSmouv, box, script) as smouv:
            try:
                await smouv.customer_orders.create(import_order("ARR-3"))
            except FreightError as error:
                return error
        raise AssertionError("the create succeeded")

    assert asyncio.run(run()).outcome_unknown and script.sent == ["unreadable-after"]


# --- Documents: a body cut short, or a JSON answer, is not the document ------------------------


def test_a_document_cut_short_of_its_content_length_is_never_saved(tmp_path: Path) -> None:
    """newcomer-3 #7: half the PDF was saved as the file."""
    box = box_of("spotgo")
    order_id, document_id = uploaded(box)
    script = Script(["short-after"] * 4)
    with sync_client(SpotGo, box, script) as spotgo:
        with pytest.raises(APIConnectionError) as cut:
            spotgo.documents.download_to(order_id, document_id, tmp_path / "cmr.pdf")
        assert "Content-Length" in str(cut.value) and cut.value.outcome_unknown
        assert script.sent == ["short-after"]  # bytes reached the file: not retried into it
    with sync_client(SpotGo, box, Script(["short-after"] * 4)) as spotgo, pytest.raises(APIConnectionError):
        spotgo.documents.download(order_id, document_id)
    assert list(tmp_path.iterdir()) == []
    with sync_client(SpotGo, box, Script(["short-after"])) as spotgo:  # retried: a read is idempotent
        assert spotgo.documents.download(order_id, document_id).content == b"%PDF-1.4 cmr"


def test_a_document_answered_with_a_json_body_is_not_the_document(tmp_path: Path) -> None:
    """newcomer-3 #7: `["malformed body (injected)"]` was saved as the PDF."""
    box = box_of("spotgo", faults="malformed=1,only=getOrderDocumentContent")
    order_id, document_id = uploaded(box)
    with connect(SpotGo, box, rate_limit=None, max_retries=1) as spotgo:
        with pytest.raises(ResponseValidationError) as refused:
            spotgo.documents.download_to(order_id, document_id, tmp_path / "cmr.pdf")
        assert refused.value.attempts == 2 and "JSON" in str(refused.value)
        with pytest.raises(ResponseValidationError):
            spotgo.documents.download(order_id, document_id)
    assert list(tmp_path.iterdir()) == []


# --- R3-2: a lookup that fails after an unknown outcome ------------------------------------------


@pytest.mark.parametrize("failure", ["refused", "429"])
def test_a_failed_reconciliation_lookup_still_says_the_create_may_have_happened(failure: str) -> None:
    """R3-2: the query's own error escaped with outcome_unknown=False, though the order existed."""
    box = box_of("spotgo")
    script = Script(["5xx-after", "ok"] + [failure] * 4)  # created, 503; the retry's 409; the lookups fail
    with sync_client(SpotGo, box, script) as spotgo, pytest.raises(FreightError) as failed:
        spotgo.orders.create(spotgo_order("REC-1"))
    assert failed.value.outcome_unknown, failed.value
    assert [o.number for o in box.api.companies["company-a"].values()] == ["REC-1"]


# --- R3-5: errors raised outside the loop's typed paths carry the ledger -------------------------


class _Errors(Hook):
    def __init__(self) -> None:
        self.events: list[ErrorEvent] = []

    def on_error(self, event: ErrorEvent) -> None:
        self.events.append(event)


class _NoOrderId(httpx.BaseTransport):
    """The first submit is processed and answered 500; the second is answered 200 without an orderId."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner, self.submits = inner, 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if request.url.path.endswith("/orders"):
            self.submits += 1
            response.read()
            if self.submits == 1:
                return httpx.Response(500, json={"message": "gateway"})
            return httpx.Response(200, json={"orderId": None, "status": "ERROR", "message": "not stored"})
        return response


def test_a_200_without_an_order_id_after_a_lost_attempt_carries_the_ledger() -> None:
    """R3-5: the error escaped with attempts=1, outcome_unknown=False and no on_error event."""
    from freight_sandbox import SyncASGITransport

    box = box_of("quivo")
    errors = _Errors()
    transport = _NoOrderId(SyncASGITransport(box.app))
    client = connect(Quivo, box, transport=transport, rate_limit=None, hooks=[errors], retry=NO_WAIT)
    with client as quivo, pytest.raises(FreightError) as failed:
        quivo.orders.submit(quivo_order("ARR-Q1"))
    assert transport.submits == 2
    assert failed.value.attempts == 2 and failed.value.outcome_unknown
    assert [event.error for event in errors.events] == [failed.value]


class _FailingLimiter:
    """A shared limiter (Redis, say) that works once, then fails."""

    limit = RateLimit(100, 1.0)

    def __init__(self) -> None:
        self.calls = 0

    def acquire(self, key: str) -> float:
        from freight_clients._exceptions import APIConnectionError as Failure

        self.calls += 1
        if self.calls > 1:
            raise Failure(api="rate_limit", operation="acquire", cause=ConnectionError("redis is gone"))
        return 0.0

    def feedback(self, key: str, *, throttled: bool, retry_after: float | None) -> None:
        pass


def test_a_rate_limiter_failure_before_a_retry_names_the_call_and_its_unknown_outcome() -> None:
    """R3-5: a RedisRateLimit failure on the retry escaped as api='rate_limit', unstamped."""
    box = box_of("spotgo")
    errors = _Errors()
    with sync_client(SpotGo, box, Script(["5xx-after"]), hooks=[errors]) as spotgo:
        spotgo.limiter = _FailingLimiter()
        with pytest.raises(APIConnectionError) as failed:
            spotgo.orders.create(spotgo_order("ARR-R1"))
    assert (failed.value.api, failed.value.operation) == ("SpotGo", "createOrder")
    assert failed.value.outcome_unknown and failed.value.attempts == 1
    assert [event.error for event in errors.events] == [failed.value]


class _CutRefusal(httpx.BaseTransport):
    """The service refuses (409), and the connection drops in the refusal's body."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner, self.sent = inner, 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if not request.url.path.endswith("/shipping-orders"):
            return response
        self.sent += 1
        body = response.read()

        class Cut(httpx.SyncByteStream):
            def __iter__(self) -> Any:
                yield body[:10]
                raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")

        return httpx.Response(response.status_code, headers=response.headers, stream=Cut())


def test_a_refusal_whose_body_is_cut_is_still_a_refusal_not_an_unknown_outcome() -> None:
    """A 409 for a number that existed before, its body cut: reported as AlreadyCreatedError
    ("probably created by an earlier attempt") after a retry, though nothing of this call wrote."""
    from contract_tests.integration.test_every_operation_under_faults import transeu_order
    from freight_clients import AlreadyCreatedError, ConflictError, TransEu
    from freight_sandbox import SyncASGITransport

    box = box_of("transeu")
    with connect(TransEu, box, rate_limit=None) as first:
        first.shipping_orders.create(transeu_order("CUT/1"))
    transport = _CutRefusal(SyncASGITransport(box.app))
    transeu = connect(TransEu, box, transport=transport, rate_limit=None)
    with transeu, pytest.raises(ConflictError) as refused:
        transeu.shipping_orders.create(transeu_order("CUT/1"))
    assert not isinstance(refused.value, AlreadyCreatedError) and not refused.value.outcome_unknown
    assert transport.sent == 1


@pytest.mark.parametrize("types", ["cmr,pod", "CMR, POD"])
def test_a_lost_create_is_reconciled_though_the_service_split_a_list_field(types: str) -> None:
    """R3-3: `requiredDocumentTypes: "cmr,pod"` is stored as ["cmr", "pod"]; the reconciliation
    refused the caller's own order as a DuplicateOrderError."""
    box = box_of("spotgo")
    with sync_client(SpotGo, box, Script(["5xx-after"])) as spotgo:
        created = spotgo.orders.create({**spotgo_order("REC-L1"), "requiredDocumentTypes": types})
    assert [o.id for o in box.api.companies["company-a"].values()] == [str(created.order_id)]
