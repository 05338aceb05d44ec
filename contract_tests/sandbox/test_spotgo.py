"""SpotGo sandbox: every rule of `001_10353d48e07b817d.txt`, over HTTP, with responses checked
against the spec (`validate_responses`)."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

MEDIA = {"Content-Type": "application/json; x-api-version=1.0"}
ORDER: dict[str, Any] = {
    "orderNumber": "SG-1001",
    "carrier": {"name": "Fast Trucks", "email": "ops@fast.example", "vatCode": "LT100001"},
    "internalComments": "fragile",
    "requiredDocumentTypes": "cmr",
    "details": {"weight": 1200, "licensePlates": ["ABC123"]},
    "locations": [
        {
            "sequence": 1,
            "type": "Loading",
            "startDate": "2026-03-01T08:00:00Z",
            "endDate": "2026-03-01T12:00:00Z",
            "name": "Depot",
            "countryCode": "LT",
            "postalCode": "01001",
            "city": "Vilnius",
            "street": "Main 1",
            "position": {"latitude": 54.68, "longitude": 25.27},
        },
        {
            "sequence": 2,
            "type": "Unloading",
            "startDate": "2026-03-03T08:00:00Z",
            "countryCode": "DE",
            "city": "Berlin",
        },
    ],
}


def order(number: str = "SG-1001", vat: str = "LT100001", **changes: Any) -> dict[str, Any]:
    body = copy.deepcopy(ORDER)
    body["orderNumber"] = number
    body["carrier"]["vatCode"] = vat
    body.update(changes)
    return body


@pytest.fixture
def box(freight_sandbox: Callable[..., Any]) -> Any:
    return freight_sandbox("spotgo", validate_responses=True)


@pytest.fixture
def api(box: Any) -> Iterator[httpx.Client]:
    with box.client(headers={"X-Api-Key": box.credentials["api_keys"][0], "x-api-version": "1.0"}) as client:
        yield client
    assert box.api.response_violations == []


def create(api: httpx.Client, body: dict[str, Any]) -> dict[str, Any]:
    response = api.post("/api/v1/orders", json=body, headers=MEDIA)
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


def upload(
    api: httpx.Client,
    order_id: str,
    data: bytes = b"%PDF-1.4 cmr",
    kind: str = "cmr",
    name: str = "cmr.pdf",
    media: str = "application/pdf",
) -> dict[str, Any]:
    response = api.post(
        f"/api/v1/orders/{order_id}/documents", files={"file": (name, data, media)}, data={"documentType": kind}
    )
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


def test_create_returns_the_full_order_in_the_versioned_media_type(api: httpx.Client) -> None:
    response = api.post("/api/v1/orders", json=order(), headers=MEDIA)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json; x-api-version=1.0"
    body = response.json()
    assert body["status"] == "Created" and body["orderNumber"] == "SG-1001"
    assert body["requiredDocumentTypes"] == ["cmr"]  # sent as a string, returned as an array
    assert body["documents"] == [] and body["share"]["shareUrl"].startswith("http")


def test_create_refuses_a_duplicate_after_normalisation(api: httpx.Client) -> None:
    create(api, order("SG-1001"))
    for duplicate in ("SG-1001", " sg-1001 ", "Sg-1001"):
        response = api.post("/api/v1/orders", json=order(duplicate), headers=MEDIA)
        assert response.status_code == 409, duplicate
        assert response.json()["code"] == "ORDER_NUMBER_DUPLICATE"
        assert response.json()["errors"][0]["field"] == "orderNumber"
    assert create(api, order("SG-1002"))["orderNumber"] == "SG-1002"


def test_upsert_creates_then_updates_then_changes_carrier(api: httpx.Client) -> None:
    first = api.post("/api/v1/orders/upsert", json=order(), headers=MEDIA).json()
    assert (first["created"], first["updated"], first["linkChanged"]) == (True, False, True)
    second = api.post("/api/v1/orders/upsert", json=order(internalComments="v2"), headers=MEDIA).json()
    assert (second["created"], second["updated"], second["linkChanged"]) == (False, True, False)
    assert second["orderId"] == first["orderId"] and second["share"] == first["share"]
    assert api.get(f"/api/v1/orders/{first['orderId']}").json()["internalComments"] == "v2"
    third = api.post("/api/v1/orders/upsert", json=order(vat="DE999"), headers=MEDIA).json()
    assert (third["updated"], third["linkChanged"]) == (True, True)
    assert third["share"]["shareUrl"] != first["share"]["shareUrl"]


def test_upsert_refuses_a_carrier_change_once_documents_exist(api: httpx.Client) -> None:
    created = create(api, order())
    upload(api, created["orderId"])
    response = api.post("/api/v1/orders/upsert", json=order(vat="DE999"), headers=MEDIA)
    assert response.status_code == 409 and response.json()["code"] == "CARRIER_CHANGE_NOT_ALLOWED"
    same_carrier = api.post("/api/v1/orders/upsert", json=order(internalComments="ok"), headers=MEDIA)
    assert same_carrier.status_code == 200 and same_carrier.json()["updated"] is True


def test_completed_orders_refuse_upsert_and_put(api: httpx.Client) -> None:
    created = create(api, order())
    document = upload(api, created["orderId"])
    accepted = api.post(
        f"/api/v1/orders/{created['orderId']}/documents/{document['documentId']}/status",
        json={"status": "Accepted"},
        headers=MEDIA,
    )
    assert accepted.status_code == 200
    assert api.get(f"/api/v1/orders/{created['orderId']}").json()["status"] == "Completed"
    upsert = api.post("/api/v1/orders/upsert", json=order(internalComments="late"), headers=MEDIA)
    put = api.put(f"/api/v1/orders/{created['orderId']}", json=order(internalComments="late"), headers=MEDIA)
    assert upsert.status_code == put.status_code == 409
    assert upsert.json()["code"] == put.json()["code"] == "ORDER_COMPLETED"


def test_put_updates_but_never_changes_the_carrier(api: httpx.Client) -> None:
    created = create(api, order())
    path = f"/api/v1/orders/{created['orderId']}"
    updated = api.put(path, json=order(internalComments="updated"), headers=MEDIA)
    assert updated.status_code == 200 and updated.json()["internalComments"] == "updated"
    refused = api.put(path, json=order(vat="PL777"), headers=MEDIA)  # no documents, still refused
    assert refused.status_code == 409 and refused.json()["code"] == "CARRIER_CHANGE_NOT_ALLOWED"
    assert api.get(path).json()["carrier"]["vatCode"] == "LT100001"


def test_get_returns_documents_and_delete_removes_the_order(api: httpx.Client) -> None:
    created = create(api, order())
    document = upload(api, created["orderId"], name="invoice.pdf", kind="invoice")
    fetched = api.get(f"/api/v1/orders/{created['orderId']}").json()
    assert fetched["documents"] == [document] and fetched["status"] == "InReview"
    assert api.delete(f"/api/v1/orders/{created['orderId']}").status_code == 204
    missing = api.get(f"/api/v1/orders/{created['orderId']}")
    assert missing.status_code == 404 and missing.headers["content-type"] == "application/problem+json"
    assert api.delete(f"/api/v1/orders/{created['orderId']}").status_code == 404


def test_document_upload_review_and_exact_download(api: httpx.Client) -> None:
    created = create(api, order())
    payload = bytes(range(256)) * 64 + b"\r\n--+++\r\n"
    document = upload(api, created["orderId"], data=payload, name="scan.png", media="image/png")
    assert document["status"] == "InReview" and document["name"] == "scan.png"
    content = api.get(f"/api/v1/orders/{created['orderId']}/documents/{document['documentId']}/content")
    assert content.status_code == 200 and content.content == payload
    assert content.headers["content-type"] == "image/png"
    assert content.headers["content-disposition"] == 'attachment; filename="scan.png"'


def test_status_transitions(api: httpx.Client) -> None:
    created = create(api, order(requiredDocumentTypes=None))
    one, two = upload(api, created["orderId"]), upload(api, created["orderId"], name="b.pdf")
    base = f"/api/v1/orders/{created['orderId']}/documents"
    to_processing = api.post(f"{base}/{one['documentId']}/status", json={"status": "Processing"}, headers=MEDIA)
    assert to_processing.status_code == 409 and to_processing.json()["code"] == "INVALID_STATUS_TRANSITION"
    accepted = api.post(
        f"{base}/{one['documentId']}/status", json={"status": "Accepted", "comment": "ok"}, headers=MEDIA
    )
    assert accepted.status_code == 200 and accepted.json()["status"] == "Accepted"
    again = api.post(
        f"{base}/{one['documentId']}/status", json={"status": "Rejected", "rejectionReason": "Other"}, headers=MEDIA
    )
    assert again.status_code == 409  # a decided document cannot move
    rejected = api.post(
        f"{base}/{two['documentId']}/status",
        json={"status": "Rejected", "rejectionReason": "Unreadable", "comment": "blurred"},
        headers=MEDIA,
    )
    assert rejected.json()["status"] == "Rejected" and rejected.json()["rejectionReason"] == "Unreadable"
    assert api.get(f"/api/v1/orders/{created['orderId']}").json()["status"] == "Rejected"


def test_rejection_reason_is_optional_and_open(api: httpx.Client) -> None:
    """001: "with optional reasoning / rejection reason"; the reason values are not public."""
    created = create(api, order(requiredDocumentTypes=None))
    base = f"/api/v1/orders/{created['orderId']}/documents"
    one, two = upload(api, created["orderId"]), upload(api, created["orderId"], name="b.pdf")
    bare = api.post(f"{base}/{one['documentId']}/status", json={"status": "Rejected"}, headers=MEDIA)
    assert bare.status_code == 200 and bare.json()["status"] == "Rejected" and bare.json()["rejectionReason"] is None
    vendor = {"status": "Rejected", "rejectionReason": "SignatureMissing"}  # a value we never guessed
    assert api.post(f"{base}/{two['documentId']}/status", json=vendor, headers=MEDIA).json()["rejectionReason"] == (
        "SignatureMissing"
    )
    no_status = api.post(f"{base}/{two['documentId']}/status", json={"comment": "?"}, headers=MEDIA)
    assert no_status.status_code == 400 and "inferred rule" in no_status.json()["detail"]


def test_active_status_filter_and_inferred_refusals(api: httpx.Client) -> None:
    created = create(api, order(requiredDocumentTypes=None))
    active = api.post("/api/v1/orders/query", json={"statuses": ["Active"]}, headers=MEDIA)
    assert [row["orderId"] for row in active.json()["items"]] == [created["orderId"]]
    unknown = api.post("/api/v1/orders/query", json={"statuses": ["Archived"]}, headers=MEDIA)  # open: no 400
    assert unknown.status_code == 200 and unknown.json()["items"] == []
    empty_number = api.post("/api/v1/orders", json=order(number=""), headers=MEDIA)
    assert empty_number.status_code == 400 and "inferred rule" in empty_number.text  # minLength is our guess


def test_query_filters(api: httpx.Client) -> None:
    a = create(api, order("ALPHA-1", vat="LT1"))
    create(
        api,
        order(
            "ALPHA-2",
            vat="PL2",
            locations=[
                {"sequence": 1, "type": "Loading", "startDate": "2026-05-01T08:00:00Z"},
                {"sequence": 2, "type": "Unloading", "startDate": "2026-05-09T08:00:00Z"},
            ],
        ),
    )
    create(api, order("BETA-1", vat="LT1"))
    upload(api, a["orderId"])

    def numbers(query: dict[str, Any]) -> list[str]:
        response = api.post("/api/v1/orders/query", json=query, headers=MEDIA)
        assert response.status_code == 200, response.text
        return [item["orderNumber"] for item in response.json()["items"]]

    assert numbers({}) == ["ALPHA-1", "ALPHA-2", "BETA-1"]
    assert numbers({"statuses": ["InReview"]}) == ["ALPHA-1"]
    assert numbers({"carrier": "lt1"}) == ["ALPHA-1", "BETA-1"]
    assert numbers({"orderNumber": "alpha"}) == ["ALPHA-1", "ALPHA-2"]
    assert numbers({"orderNumber": "*-1"}) == ["ALPHA-1", "BETA-1"]
    assert numbers({"loadingDate": {"from": "2026-04-01T00:00:00Z"}}) == ["ALPHA-2"]
    assert numbers({"unloadingDate": {"to": "2026-03-05T00:00:00Z"}}) == ["ALPHA-1", "BETA-1"]
    rows = api.post("/api/v1/orders/query", json={"orderNumber": "ALPHA-1"}, headers=MEDIA).json()["items"]
    assert rows[0]["documents"][0]["documentType"] == "cmr"  # the documents summary


def test_query_pages_stay_correct_while_orders_are_added(api: httpx.Client) -> None:
    for i in range(5):
        create(api, order(f"P-{i}"))
    seen: list[str] = []
    token = None
    added = 0
    while True:
        page = api.post("/api/v1/orders/query", json={"pageSize": 2, "continuationToken": token}, headers=MEDIA).json()
        seen += [item["orderNumber"] for item in page["items"]]
        if added < 2:  # orders created mid-iteration appear later, nothing is skipped or repeated
            create(api, order(f"NEW-{added}"))
            added += 1
        token = page["continuationToken"]
        if token is None:
            break
    assert seen == ["P-0", "P-1", "P-2", "P-3", "P-4", "NEW-0", "NEW-1"]
    bad = api.post("/api/v1/orders/query", json={"continuationToken": "not-a-token"}, headers=MEDIA)
    assert bad.status_code == 400


def test_companies_are_isolated(box: Any, api: httpx.Client) -> None:
    mine = create(api, order())
    with box.client(headers={"X-Api-Key": box.credentials["api_keys"][1]}) as other:
        assert other.get(f"/api/v1/orders/{mine['orderId']}").status_code == 404
        assert other.delete(f"/api/v1/orders/{mine['orderId']}").status_code == 404
        assert other.post("/api/v1/orders/query", json={}, headers=MEDIA).json()["items"] == []
        # the same order number is free in another company
        assert other.post("/api/v1/orders", json=order(), headers=MEDIA).status_code == 200
    assert api.get(f"/api/v1/orders/{mine['orderId']}").status_code == 200


def test_requests_are_validated_against_the_spec(box: Any, api: httpx.Client) -> None:
    missing_number = {k: v for k, v in order().items() if k != "orderNumber"}
    response = api.post("/api/v1/orders", json=missing_number, headers=MEDIA)
    assert response.status_code == 400 and response.headers["content-type"] == "application/problem+json"
    assert "orderNumber" in response.json()["detail"]
    bad_type = order(locations=[{"sequence": "first"}])
    assert "locations[0].sequence" in api.post("/api/v1/orders", json=bad_type, headers=MEDIA).json()["errors"]
    open_enum = order(number="SG-OPEN", locations=[{"type": "Customs"}])  # the stop types are our guess: open
    assert api.post("/api/v1/orders", json=open_enum, headers=MEDIA).status_code == 200
    assert api.get("/api/v1/orders/not-a-guid").status_code == 400
    assert api.post("/api/v1/orders", content=b"{", headers=MEDIA).status_code == 400
    assert api.post("/api/v1/orders", content=b"x", headers={"Content-Type": "text/plain"}).status_code == 415
    no_key = box.client().get("/api/v1/orders/00000000-0000-0000-0000-000000000000")
    assert no_key.status_code == 401 and no_key.headers["content-type"].startswith("text/plain")
    wrong_key = box.client(headers={"X-Api-Key": "nope"}).post("/api/v1/orders", json=order(), headers=MEDIA)
    assert wrong_key.status_code == 401
    file_as_text = api.post(
        f"/api/v1/orders/{create(api, order('V-1'))['orderId']}/documents",
        files={"file": (None, "not a file"), "documentType": (None, "cmr")},
    )
    assert file_as_text.status_code == 400  # a multipart field that is not a file


def test_a_refused_status_transition_says_the_transition_table_is_inferred(api: httpx.Client) -> None:
    """A3-2: 001 allows "transitions appropriate to the document's current state"; which ones is ours."""
    created = create(api, order(requiredDocumentTypes=None))
    document = upload(api, created["orderId"])
    base = f"/api/v1/orders/{created['orderId']}/documents/{document['documentId']}/status"
    assert api.post(base, json={"status": "Rejected"}, headers=MEDIA).status_code == 200
    again = api.post(base, json={"status": "Accepted"}, headers=MEDIA)
    assert again.status_code == 409 and "inferred rule" in again.json()["message"]


def test_a_duplicate_order_number_answer_says_its_status_and_code_are_inferred(api: httpx.Client) -> None:
    """A3-9: 001 says a create fails when the number exists; the 409 and ORDER_NUMBER_DUPLICATE are ours."""
    create(api, order("SG-7"))
    duplicate = api.post("/api/v1/orders", json=order("SG-7"), headers=MEDIA)
    assert duplicate.status_code == 409 and "inferred rule" in duplicate.json()["message"]


@pytest.mark.parametrize("spelling", ["active", "ACTIVE", "Active"])
def test_the_active_filter_matches_in_the_seeds_own_spelling(api: httpx.Client, spelling: str) -> None:
    """A3-5: 001 writes "active"; the filter matched only `Active`."""
    created = create(api, order(requiredDocumentTypes=None))
    rows = api.post("/api/v1/orders/query", json={"statuses": [spelling]}, headers=MEDIA).json()["items"]
    assert [row["orderId"] for row in rows] == [created["orderId"]]
    created_rows = api.post("/api/v1/orders/query", json={"statuses": ["created"]}, headers=MEDIA).json()["items"]
    assert [row["orderId"] for row in created_rows] == [created["orderId"]]


def test_a_location_date_without_an_offset_is_refused_only_as_an_inferred_rule(api: httpx.Client) -> None:
    """A3-1: no seed states a date format; SpotGo's other APIs write `2023-06-25T08:00:00`."""
    body = order("SG-LOCAL")
    body["locations"][0]["startDate"] = "2023-06-25T08:00:00"
    response = api.post("/api/v1/orders", json=body, headers=MEDIA)
    assert response.status_code == 400 and "inferred rule" in response.text


def test_refusals_of_001s_rules_say_their_status_and_code_are_the_sandboxs(api: httpx.Client) -> None:
    """A3-9 (codes): 001 states the carrier and completion rules, never how SpotGo answers them."""
    created = create(api, order("SG-CODES"))
    carrier = api.put(f"/api/v1/orders/{created['orderId']}", json=order("SG-CODES", vat="PL777"), headers=MEDIA)
    assert carrier.status_code == 409 and "inferred code" in carrier.json()["message"]
    upload(api, created["orderId"])
    upsert = api.post("/api/v1/orders/upsert", json=order("SG-CODES", vat="DE999"), headers=MEDIA)
    assert upsert.status_code == 409 and "inferred code" in upsert.json()["message"]
