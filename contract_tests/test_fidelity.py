"""The audit's rule changes (specs/README.md, "Audit responses") through the public clients, over
HTTP to the in-process sandboxes: what the seeds state is enforced, what they do not is not."""

from __future__ import annotations

import warnings
from typing import Any

import pytest

from freight_clients import (
    BadRequestError,
    ClientValidationError,
    Smouv,
    SpotGo,
    TransEu,
    _guesses,
)
from freight_clients._guesses import InferredConstraintWarning
from freight_clients.sandbox._auth import TokenStore

from .guess_cases import BASES
from .smouv_orders import export_order, import_order


def test_spotgo_rejects_without_a_reason_or_with_the_vendors_own(spotgo_sandbox: Any) -> None:
    """001: "with optional reasoning / rejection reason"; our reason values are guesses."""
    with SpotGo.for_sandbox(spotgo_sandbox) as spotgo:
        order = spotgo.orders.create(BASES["spotgo", "OrderSubmitModel"]())
        first = spotgo.documents.upload(order.order_id, ("a.pdf", b"%PDF-1.4 a"), "cmr")
        second = spotgo.documents.upload(order.order_id, ("b.pdf", b"%PDF-1.4 b"), "cmr")
        assert str(spotgo.documents.reject(order.order_id, first.document_id).status) == "Rejected"
        vendor = spotgo.documents.reject(order.order_id, second.document_id, "SignatureMissing")
        assert vendor.rejection_reason == "SignatureMissing"  # open: the value is kept as sent


def test_spotgo_active_status_filter(spotgo_sandbox: Any) -> None:
    with SpotGo.for_sandbox(spotgo_sandbox) as spotgo:
        order = spotgo.orders.create(BASES["spotgo", "OrderSubmitModel"]())
        assert [row.order_id for row in spotgo.orders.query({"statuses": ["Active"]})] == [order.order_id]


def test_smouv_documented_rules_refuse_before_sending(smouv_sandbox: Any) -> None:
    with Smouv.for_sandbox(smouv_sandbox) as smouv:
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
    with Smouv.for_sandbox(smouv_sandbox) as smouv:
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
        Smouv.for_sandbox(smouv_sandbox) as smouv,
        pytest.warns(InferredConstraintWarning, match=r"events\[1\]\.location"),
        pytest.raises(BadRequestError) as refused,
    ):
        smouv.customer_orders.create(order)
    assert refused.value.code == "EVENT_LOCATION_FIELDS_REQUIRED" and "inferred rule" in str(refused.value.message)


def test_transeu_renews_a_token_refused_with_403(transeu_sandbox: Any) -> None:
    """The seed's 403 for a wrong token: the client renews it once, as it does on a 401."""
    with TransEu.for_sandbox(transeu_sandbox) as transeu:
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
