"""The audit's rule changes (specs/README.md, "Audit responses") through the public clients, over
HTTP to the in-process sandboxes: what the seeds state is enforced, what they do not is not."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from contract_tests.support.guess_cases import BASES
from freight_clients import (
    APIStatusError,
    BadRequestError,
    ClientValidationError,
    Quivo,
    Smouv,
    SpotGo,
    TransEu,
    _guesses,
)
from freight_clients._guesses import InferredConstraintWarning
from freight_sandbox import TokenStore, connect
from freight_sandbox.examples import export_order, import_order


def test_spotgo_rejects_without_a_reason_or_with_the_vendors_own(spotgo_sandbox: Any) -> None:
    """001: "with optional reasoning / rejection reason"; our reason values are guesses."""
    with connect(SpotGo, spotgo_sandbox) as spotgo:
        order = spotgo.orders.create(BASES["spotgo", "OrderSubmitModel"]())
        first = spotgo.documents.upload(order.order_id, ("a.pdf", b"%PDF-1.4 a"), "cmr")
        second = spotgo.documents.upload(order.order_id, ("b.pdf", b"%PDF-1.4 b"), "cmr")
        assert str(spotgo.documents.reject(order.order_id, first.document_id).status) == "Rejected"
        vendor = spotgo.documents.reject(order.order_id, second.document_id, "SignatureMissing")
        assert vendor.rejection_reason == "SignatureMissing"  # open: the value is kept as sent


def test_spotgo_active_status_filter(spotgo_sandbox: Any) -> None:
    with connect(SpotGo, spotgo_sandbox) as spotgo:
        order = spotgo.orders.create(BASES["spotgo", "OrderSubmitModel"]())
        assert [row.order_id for row in spotgo.orders.query({"statuses": ["Active"]})] == [order.order_id]


def test_smouv_documented_rules_refuse_before_sending(smouv_sandbox: Any) -> None:
    with connect(Smouv, smouv_sandbox) as smouv:
        export = export_order()
        export["containers"][0]["reference"] = "CSQU3054384"  # ISO 6346 holds for any flow
        with pytest.raises(ClientValidationError) as iso:
            smouv.customer_orders.create(export)
        assert iso.value.code == "HANDLING_UNIT_REFERENCE_INVALID"
        export = export_order()
        del export["containers"][0]["bookingNumber"]
        with pytest.raises(ClientValidationError) as booking:
            smouv.customer_orders.create(export)
        assert booking.value.code is None and booking.value.field == "containers[0].bookingNumber"  # no seed code
    assert smouv_sandbox.api.journal == []


def test_smouv_service_side_rules(smouv_sandbox: Any) -> None:
    """Rules only the service can check: GEDMOUV's contractors, R0005 on update."""
    with connect(Smouv, smouv_sandbox) as smouv:
        stranger = import_order("C-1")
        stranger["contractor"] = {"code": "NOBODY"}
        with pytest.raises(BadRequestError) as contractor:
            smouv.customer_orders.create(stranger)
        assert contractor.value.code == "CONTRACTOR_UNAUTHORIZED_BY_GEDMOUV"
        created = smouv.customer_orders.create(import_order("C-2"))
        moved = import_order("C-2")["containers"]
        moved[0]["events"][3]["startDate"] = "2026-03-09T08:00:00+00:00"
        with pytest.raises(BadRequestError) as r0005:
            smouv.customer_orders.update(str(created.id), {"containers": moved})
        assert r0005.value.code == "R0005" and "inferred rule" in str(r0005.value.message)


def test_smouv_guessed_rule_is_sent_and_refused_as_inferred(smouv_sandbox: Any) -> None:
    _guesses.forget_reported()
    order = import_order("G-1")
    order["containers"][0]["events"][1]["location"] = {"name": "Entrepot", "contact": {"name": "Desk"}}
    with (
        connect(Smouv, smouv_sandbox) as smouv,
        pytest.warns(InferredConstraintWarning, match=r"events\[1\]\.location"),
        pytest.raises(BadRequestError) as refused,
    ):
        smouv.customer_orders.create(order)
    assert refused.value.code == "EVENT_LOCATION_FIELDS_REQUIRED" and "inferred rule" in str(refused.value.message)


def test_transeu_renews_a_token_refused_with_403(transeu_sandbox: Any) -> None:
    """The seed's 403 for a wrong token: the client renews it once, as it does on a 401."""
    with connect(TransEu, transeu_sandbox) as transeu:
        transeu.shipping_orders.create(BASES["transeu", "ShippingOrder"]())
        api = transeu_sandbox.api
        api.access = TokenStore(api.clock, "te-at-")  # the service forgot every token: "wrong"
        api._issued.clear()
        with warnings.catch_warnings():
            warnings.simplefilter("error", InferredConstraintWarning)  # the base order breaks no guess
            created = transeu.shipping_orders.create({**BASES["transeu", "ShippingOrder"](), "number": "GUESS/2"})
        assert created.number == "GUESS/2"
    statuses = [entry.status for entry in api.journal if entry.operation_id == "addShippingOrder"]
    assert statuses == [201, 403, 201]


@contextmanager
def _guess_warnings() -> Iterator[list[str]]:
    """The InferredConstraintWarning messages raised inside the block (each guess reported afresh)."""
    _guesses.forget_reported()
    found: list[str] = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield found
    found.extend(str(w.message) for w in caught if issubclass(w.category, InferredConstraintWarning))


def _sent(box: Any, operation: str) -> int:
    return sum(1 for entry in box.api.journal if entry.operation_id == operation)


@pytest.mark.parametrize("value", ["2023-06-25T08:00:00", "2023-06-25T08:00Z"])
def test_spotgo_sends_a_location_date_in_another_form_with_a_warning(spotgo_sandbox: Any, value: str) -> None:
    """A3-1: no seed states a date format (SpotGo's own APIs write local date-times): the client
    warns and sends; the sandbox's refusal says the rule is inferred."""
    body = BASES["spotgo", "OrderSubmitModel"]()
    body["locations"][0]["startDate"] = value
    with connect(SpotGo, spotgo_sandbox) as spotgo, _guess_warnings() as warned, pytest.raises(APIStatusError) as no:
        spotgo.orders.create(body)
    assert _sent(spotgo_sandbox, "createOrder") == 1
    assert warned and all("locations[0].startDate" in w for w in warned)
    assert "inferred rule" in no.value.response.text


def _quivo_order(**changes: Any) -> dict[str, Any]:
    return {**BASES["quivo", "OrderRequest"](), **changes}


def test_quivo_takes_the_seeds_own_string_for_a_positions_custom_attributes(quivo_sandbox: Any) -> None:
    """A3-22: a position's customAttributes is typed only by the seed's sample, a JSON string."""
    order = _quivo_order()
    order["positions"][0]["customAttributes"] = '{"attr1":"val1"}'
    with connect(Quivo, quivo_sandbox) as quivo, _guess_warnings() as warned:
        created = quivo.orders.submit(order)
    assert warned == [] and created.order_id
    order = _quivo_order(orderIdentifier="GUESS-OBJ")
    order["positions"][0]["customAttributes"] = {"attr1": "val1"}  # the order-level table's object, too
    with connect(Quivo, quivo_sandbox) as quivo, _guess_warnings() as warned:
        assert quivo.orders.submit(order).order_id
    assert warned == []


@pytest.mark.parametrize(
    ("field", "value"),
    [("expirationDate", "2023-12-25T00:00:00Z"), ("quantity", 1.5), ("sku", 42)],
)
def test_quivo_sends_a_position_value_that_breaks_only_a_sample_type_with_a_warning(
    quivo_sandbox: Any, field: str, value: Any
) -> None:
    """A3-23: the types and formats of sample-only sub-fields are guesses: warned, sent, and the
    sandbox names its refusal inferred."""
    order = _quivo_order()
    order["positions"][0][field] = value
    with connect(Quivo, quivo_sandbox) as quivo, _guess_warnings() as warned, pytest.raises(APIStatusError) as no:
        quivo.orders.submit(order)
    assert _sent(quivo_sandbox, "submitOrder") == 1 and any(f"positions[0].{field}" in w for w in warned)
    assert "inferred rule" in no.value.response.text


def test_a_local_date_time_is_sent_with_a_warning(smouv_sandbox: Any, quivo_sandbox: Any) -> None:
    """A3-16: "ISO 8601 extended format" (S'mouv) and `string<date-time>` (Quivo) admit a local
    time; requiring an offset is the RFC 3339 reading, a guess."""
    order = import_order("LOCAL-1")
    order["date"] = "2022-03-02T18:00:00"
    with connect(Smouv, smouv_sandbox) as smouv, _guess_warnings() as warned, pytest.raises(BadRequestError) as no:
        smouv.customer_orders.create(order)
    assert _sent(smouv_sandbox, "createCustomerOrder") == 1 and any("date" in w for w in warned)
    assert "inferred rule" in str(no.value.message)
    with connect(Quivo, quivo_sandbox) as quivo, _guess_warnings() as warned, pytest.raises(APIStatusError):
        quivo.orders.submit(_quivo_order(orderDate="2022-03-02T18:00:00"))
    assert _sent(quivo_sandbox, "submitOrder") == 1 and any("orderDate" in w for w in warned)


def test_smouv_sends_an_update_with_a_field_outside_the_update_model_with_a_warning(smouv_sandbox: Any) -> None:
    """A3-13: the public docs state the closure for the create page only."""
    with connect(Smouv, smouv_sandbox) as smouv:
        created = smouv.customer_orders.create(import_order("UPD-1"))
        body = {"containers": import_order("UPD-1")["containers"], "carrier": {"code": "MSC"}}
        with _guess_warnings() as warned, pytest.raises(BadRequestError) as no:
            smouv.customer_orders.update(str(created.id), body)
    assert _sent(smouv_sandbox, "updateCustomerOrder") == 1 and warned
    assert "inferred rule" in str(no.value.message)


def test_smouv_import_order_with_export_fields_is_warned_about_and_created(smouv_sandbox: Any) -> None:
    """A3-12: the seed's own Import example carries bookingNumber and etd; the sandbox takes them."""
    order = import_order("FLOW-1")
    order["containers"][0]["bookingNumber"] = "BCK-03-03-2022"
    order["voyage"] = {"etd": "2022-03-02T18:00:00+00:00"}
    with connect(Smouv, smouv_sandbox) as smouv, _guess_warnings() as warned:
        created = smouv.customer_orders.create(order)
    assert created.id and len(warned) == 2


@pytest.mark.parametrize("location_code", ["MTDF", "FRLEH", "ABCDEFGHIJKLMNOPQRST"])
def test_smouv_client_sends_a_sone_location_code_it_does_not_know_without_a_word(
    smouv_sandbox: Any, location_code: str
) -> None:
    """anchors-3 §3.4: S'mouv location codes are S)ONE codes up to 20 characters, not UN/LOCODEs."""
    order = import_order(f"LOC-{location_code}")
    for event in order["containers"][0]["events"]:
        event["location"] = {"code": location_code}
    with connect(Smouv, smouv_sandbox) as smouv, _guess_warnings() as warned:
        assert smouv.customer_orders.create(order).id
    assert warned == []


def test_a_code_longer_than_the_seeds_twenty_characters_is_still_refused(smouv_sandbox: Any) -> None:
    """The seed's `maxLength: 20` on a location code stays documented: refused before sending."""
    order = import_order("LOC-LONG")
    order["containers"][0]["events"][0]["location"] = {"code": "X" * 21}
    with connect(Smouv, smouv_sandbox) as smouv, pytest.raises(ClientValidationError):
        smouv.customer_orders.create(order)
    assert _sent(smouv_sandbox, "createCustomerOrder") == 0


def _vendor_duplicates(box: Any, status: int) -> None:
    """Make the sandbox answer a duplicate number as a vendor might: another status, no code of ours."""
    from freight_sandbox import ApiError

    original = box.api.op_createOrder

    def answer(call: Any) -> Any:
        try:
            return original(call)
        except ApiError as error:
            if error.code != "ORDER_NUMBER_DUPLICATE":
                raise
            raise ApiError(status, "Order number must be unique.", code="Validation") from None

    box.api.op_createOrder = answer


@pytest.mark.parametrize("status", [400, 409, 422])
def test_spotgo_recognises_a_duplicate_number_by_the_situation_not_our_code(status: int) -> None:
    """A3-9: 001 says a create "fails if an order with the same order number already exists" and
    names no status or code; a refusal while the number exists, read back, is the duplicate."""
    from contract_tests.integration.test_every_operation_under_faults import box_of
    from freight_clients import DuplicateOrderError

    box = box_of("spotgo")
    _vendor_duplicates(box, status)
    with connect(SpotGo, box, rate_limit=None) as spotgo:
        spotgo.orders.create(BASES["spotgo", "OrderSubmitModel"]())
        with pytest.raises(DuplicateOrderError) as duplicate:
            spotgo.orders.create(BASES["spotgo", "OrderSubmitModel"]())
        assert not duplicate.value.outcome_unknown and duplicate.value.status_code == status
        other = {**BASES["spotgo", "OrderSubmitModel"](), "orderNumber": "GUESS-2", "locations": "not a list"}
    loose = connect(SpotGo, box, rate_limit=None, validate=False)  # the sandbox refuses it, not us
    with loose, pytest.raises(APIStatusError) as refused:  # a refusal of a number nobody has is no duplicate
        loose.orders.create(other)
    assert not isinstance(refused.value, DuplicateOrderError)


def test_spotgo_reconciles_a_lost_create_whatever_code_the_duplicate_answer_carries() -> None:
    """A3-9: after an attempt whose answer was lost, the retry's refusal is read back and, being
    our own order, returned: the documented reconciliation runs against a vendor's code too."""
    from contract_tests.integration.test_every_operation_under_faults import Script, box_of, sync_client

    box = box_of("spotgo")
    _vendor_duplicates(box, 400)
    with sync_client(SpotGo, box, Script(["5xx-after", "ok"])) as spotgo:
        created = spotgo.orders.create(BASES["spotgo", "OrderSubmitModel"]())
    assert created.order_number == "GUESS-1"
    assert [o.number for o in box.api.companies["company-a"].values()] == ["GUESS-1"]


def test_quivo_counts_a_201_with_an_order_id_as_created(freight_sandbox: Any) -> None:
    """A3-24: the seed names no success status; a 201 Created with an orderId raised APIStatusError,
    and the caller's retry then got a DuplicateOrderError for its own order."""
    box = freight_sandbox("quivo", created_status=201)
    with connect(Quivo, box) as quivo:
        created = quivo.orders.submit(_quivo_order(orderIdentifier="Q-201"))
    assert created.order_id == next(iter(box.api.orders.values()))["orderId"]


def test_quivo_reads_the_login_token_as_token_or_Token(freight_sandbox: Any) -> None:
    """anchors-3 §3.2: third-party code reads the login answer's `Token`, the docs' client `token`."""
    for key in ("token", "Token"):
        box = freight_sandbox("quivo", token_key=key)
        with connect(Quivo, box) as quivo:
            assert quivo.orders.submit(_quivo_order(orderIdentifier=f"Q-{key}")).order_id
