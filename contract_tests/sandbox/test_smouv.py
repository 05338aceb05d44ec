"""S'mouv sandbox: every rule of the seed and the public docs, over HTTP."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from freight_sandbox.examples import export_order, import_order, transfer_order


@pytest.fixture
def box(freight_sandbox: Callable[..., Any]) -> Any:
    return freight_sandbox("smouv", validate_responses=True)


@pytest.fixture
def api(box: Any) -> Iterator[httpx.Client]:
    creds = box.credentials
    headers = {
        "Authorization": f"Bearer {creds['access_token']}",
        "Ocp-Apim-Subscription-Key": creds["subscription_key"],
    }
    with box.client(headers=headers) as client:
        yield client
    assert box.api.response_violations == []


def post(api: httpx.Client, order: dict[str, Any], part: str = "order", files: int = 0) -> httpx.Response:
    parts: list[tuple[str, Any]] = [(part, (None, json.dumps(order), "application/json"))]
    parts += [("files", (f"doc{i}.pdf", b"%PDF-1.4 " + bytes([i]), "application/pdf")) for i in range(files)]
    return api.post("/customer-orders", files=parts)


def code(response: httpx.Response) -> str:
    assert response.status_code == 400, response.text
    assert set(response.json()) == {"timestamp", "code", "message"}
    return str(response.json()["code"])


@pytest.mark.parametrize(
    ("make", "segments"),
    [
        (import_order, ["SegmentTerminalEntrepot", "SegmentEntrepotDepot"]),
        (export_order, ["SegmentDepotEntrepot", "SegmentEntrepotTerminal"]),
        (transfer_order, ["SegmentTransfer"]),
    ],
)
def test_each_flow_is_created_with_its_segments(api: httpx.Client, make: Any, segments: list[str]) -> None:
    response = post(api, make(), files=1)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["type"] == "Master" and body["id"].startswith("CDE") and len(body["id"]) == 13
    assert [s["type"] for s in body["segments"]] == segments
    assert all(s["id"].startswith("SEG") and s["id"][3:].isdigit() and len(s["id"]) == 13 for s in body["segments"])
    assert body["elementaryOrders"] is None


def test_one_elementary_order_per_container(api: httpx.Client) -> None:
    body = post(api, import_order(references=("CSQU3054383", "MWCU6059784"))).json()
    assert [e["type"] for e in body["elementaryOrders"]] == ["Elementary", "Elementary"]
    assert all(e["id"].startswith("ELM") and len(e["segments"]) == 2 for e in body["elementaryOrders"])


def test_part_names_bind_like_aspnet(api: httpx.Client) -> None:
    assert post(api, import_order("A"), part="Order").status_code == 200
    parts: list[tuple[str, Any]] = [
        ("Order", (None, json.dumps(import_order("B")), "application/json")),
        ("Files[]", ("cmr.pdf", b"%PDF", "application/pdf")),
    ]
    assert api.post("/customer-orders", files=parts).status_code == 200


@pytest.mark.parametrize("text_first", [True, False])
def test_a_text_part_among_the_files_is_a_400_not_a_500(api: httpx.Client, text_first: bool) -> None:
    """A `files` part without a file name (plain text) beside a real file: refused by the schema
    (found by the fuzzer: the sandbox crashed with AttributeError and answered 500)."""
    text = ("files", (None, "", "text/plain"))
    pdf = ("files", ("doc.pdf", b"%PDF-1.4", "application/pdf"))
    order = ("order", (None, json.dumps(import_order()), "application/json"))
    parts: list[tuple[str, Any]] = [order, text, pdf] if text_first else [order, pdf, text]
    code(api.post("/customer-orders", files=parts))


def test_both_credentials_are_required(box: Any) -> None:
    creds = box.credentials
    order = [("order", (None, json.dumps(import_order()), "application/json"))]
    for headers in (
        {"Authorization": f"Bearer {creds['access_token']}"},
        {"Ocp-Apim-Subscription-Key": creds["subscription_key"]},
        {"Authorization": "Bearer forged", "Ocp-Apim-Subscription-Key": creds["subscription_key"]},
    ):
        response = box.client(headers=headers).post("/customer-orders", files=order)
        assert response.status_code == 401 and response.json()["statusCode"] == 401


def test_token_endpoint_issues_tokens_that_expire(box: Any) -> None:
    creds = box.credentials
    raw = box.client()
    bad = raw.post(
        "/soget-connect/v1/openid-connect/token", data={"client_id": creds["client_id"], "client_secret": "x"}
    )
    assert bad.status_code == 401
    issued = raw.post(
        "/soget-connect/v1/openid-connect/token",
        data={"client_id": creds["client_id"], "client_secret": creds["client_secret"]},
    ).json()
    assert issued["token_type"] == "Bearer" and issued["expires_in"] == 3600
    client = box.client(
        headers={
            "Authorization": f"Bearer {issued['access_token']}",
            "Ocp-Apim-Subscription-Key": creds["subscription_key"],
        }
    )
    assert client.get("/customer-orders").status_code == 200
    box.api.clock.advance(3601)
    assert client.get("/customer-orders").status_code == 401


def test_event_count_and_types_per_flow(api: httpx.Client) -> None:
    order = import_order()
    order["containers"][0]["events"] = order["containers"][0]["events"][:3]
    assert code(post(api, order)) == "NOT_SUPPORTED_ORDER_TYPE"
    transfer = transfer_order()
    transfer["containers"][0]["events"][0]["type"] = "LadingImport"
    assert code(post(api, transfer)) == "NOT_SUPPORTED_ORDER_TYPE"


def test_chronological_order(api: httpx.Client) -> None:
    order = export_order()
    order["containers"][0]["events"][2]["startDate"] = "2026-02-01T08:00:00+00:00"  # LadingExport too early
    response = post(api, order)
    assert code(response) == "WRONG_EVENT_DATE_ORDER" and "LadingExport" in response.json()["message"]
    assert "inferred" not in response.json()["message"]  # the seed states the Export order


def test_transfer_chronology_is_refused_as_an_inference(api: httpx.Client) -> None:
    order = transfer_order()
    order["containers"][0]["events"][1]["startDate"] = "2026-02-01T08:00:00+00:00"  # delivered before lading
    response = post(api, order)
    assert code(response) == "WRONG_EVENT_DATE_ORDER" and "inferred rule" in response.json()["message"]


def test_start_date_required_where_the_seed_says(api: httpx.Client) -> None:
    for make, index in ((import_order, 1), (export_order, 1), (transfer_order, 1)):
        order = make()
        order["containers"][0]["events"][index]["startDate"] = None
        assert code(post(api, order)) == "EVENT_START_DATE_REQUIRED", make.__name__


def test_event_location_fields(api: httpx.Client) -> None:
    order = import_order()
    order["containers"][0]["events"][0]["location"] = {"name": None, "code": ""}  # no field set: the seed's rule
    empty = post(api, order)
    assert code(empty) == "EVENT_LOCATION_FIELDS_REQUIRED" and "inferred" not in empty.json()["message"]
    order["containers"][0]["events"][0]["location"] = {"name": "Somewhere"}  # our criterion: code, or name + place
    vague = post(api, order)
    assert code(vague) == "EVENT_LOCATION_FIELDS_REQUIRED" and "inferred rule" in vague.json()["message"]
    for place in ({"address": "Quai 1"}, {"city": "Le Havre"}):  # the spec's and the old rules' readings
        order = import_order(f"LOC-{len(place)}-{next(iter(place))}")
        order["containers"][0]["events"][0]["location"] = {"name": "Quai", "location": place}
        assert post(api, order).status_code == 200, place


def test_container_numbers_follow_iso_6346(api: httpx.Client) -> None:
    for bad in ("CSQU3054384", "CGMU1234567", "CSQ3054383", None):  # wrong check digits, layout, missing
        order = import_order(references=(bad,)) if bad else import_order()
        if bad is None:
            del order["containers"][0]["reference"]
        assert code(post(api, order)) == "HANDLING_UNIT_REFERENCE_INVALID", bad
    transfer = transfer_order()
    transfer["containers"][0]["reference"] = "MWCU6059785"
    assert code(post(api, transfer)) == "HANDLING_UNIT_REFERENCE_INVALID"
    export = export_order()
    export["containers"][0]["reference"] = "BAD"  # "A container number must follow the ISO 6346": any flow
    assert code(post(api, export)) == "HANDLING_UNIT_REFERENCE_INVALID"
    export["containers"][0]["reference"] = "CSQU3054383"
    assert post(api, export).status_code == 200


def test_export_needs_type_and_booking_number(api: httpx.Client) -> None:
    for field in ("type", "bookingNumber"):
        order = export_order()
        del order["containers"][0][field]
        response = post(api, order)
        # the seed names no code for it; WRONG_FORMAT means "Order identifier is in wrong format"
        assert code(response) == "SANDBOX_VALIDATION" and field in response.json()["message"]
        assert "inferred" not in response.json()["message"]  # the requirement itself is the seed's


def test_flow_only_fields_are_taken_on_any_flow(api: httpx.Client) -> None:
    """A3-12: "available for the export flow" is not a refusal: the seed's own example is an
    Import order carrying export fields (clients still warn)."""
    export = export_order()
    export["containers"][0]["billOfLading"] = "BOL-1"  # available for import and transfer
    assert post(api, export).status_code == 200
    imported = import_order()
    imported["voyage"] = {"etd": "2026-03-01T08:00:00+00:00"}  # available for export
    assert post(api, imported).status_code == 200


def _seed_curl_order() -> dict[str, Any]:
    from contract_tests.support.speclib import load

    body = load("smouv")["paths"]["/customer-orders"]["post"]["requestBody"]["content"]["multipart/form-data"]
    order: dict[str, Any] = json.loads(json.dumps(body["x-seed-examples"]["seedCurl"]["value"]["order"]))
    return order


def test_the_seeds_own_import_example_is_taken_once_its_two_stated_rules_are_met(api: httpx.Client) -> None:
    """A3-12: the seed's curl order, with only what its own rules demand changed (the 4 Import
    events, the check digit 2), is created: its export-only fields are not refused."""
    order = _seed_curl_order()
    assert order["customsFlag"] == "Import" and order["voyage"]["etd"] and order["containers"][0]["bookingNumber"]
    order["containers"][0]["reference"] = "CGMU1234562"
    location = order["containers"][0]["events"][0]["location"]
    order["containers"][0]["events"] = [
        {**event, "location": location} for event in import_order()["containers"][0]["events"]
    ]
    response = post(api, order)
    assert response.status_code == 200, response.text


def test_get_answers_the_containers_under_the_cited_field_name(api: httpx.Client) -> None:
    """A3-11: research/smouv.md §3 (S4) names the field `container`, not `containers`."""
    created = post(api, import_order()).json()
    view = api.get(f"/customer-orders/{created['id']}").json()
    assert "containers" not in view
    assert [c["reference"] for c in view["container"]] == [import_order()["containers"][0]["reference"]]


def test_a_code_the_seed_does_not_name_for_a_stated_rule_is_marked_inferred(api: httpx.Client) -> None:
    """A3-15: the event set and a missing container number are the seed's rules, their codes ours."""
    order = import_order()
    order["containers"][0]["events"] = order["containers"][0]["events"][:3]
    refused = post(api, order)
    assert code(refused) == "NOT_SUPPORTED_ORDER_TYPE" and "inferred code" in refused.json()["message"]
    order = import_order()
    del order["containers"][0]["reference"]
    refused = post(api, order)
    assert code(refused) == "HANDLING_UNIT_REFERENCE_INVALID" and "inferred code" in refused.json()["message"]


def test_update_refusals_whose_code_pairing_is_ours_say_so(api: httpx.Client) -> None:
    """A3-17: a PUT of a segment id (NOT_SUPPORTED_ORDER_TYPE) and a stale If-Match (412 with
    CONFLICT) are the sandbox's pairings."""
    created = post(api, import_order()).json()
    containers = import_order()["containers"]
    segment = api.put(
        f"/customer-orders/{created['segments'][0]['id']}", json={"containers": containers}, headers={"If-Match": "1"}
    )
    assert code(segment) == "NOT_SUPPORTED_ORDER_TYPE" and "inferred rule" in segment.json()["message"]
    path = f"/customer-orders/{created['id']}"
    stale = api.put(path, json={"containers": containers}, headers={"If-Match": "999"})
    assert stale.status_code == 412 and "inferred rule" in stale.json()["message"]


@pytest.mark.parametrize("code_", ["MTDF", "FRLEH", "ZZ9", "ABCDEFGHIJKLMNOPQRST"])
def test_a_well_formed_location_code_the_sandbox_does_not_know_is_taken(api: httpx.Client, code_: str) -> None:
    """anchors-3 §3.4: location codes are S)ONE codes (up to 20 characters, with a parent), not
    UN/LOCODEs; nothing refuses one it does not know."""
    order = import_order()
    for event in order["containers"][0]["events"]:
        event["location"] = {"code": code_, "name": "Somewhere"}
    assert post(api, order).status_code == 200


@pytest.mark.parametrize("size_type", ["45G1", "22G1", "L5R1", "42U1"])
def test_any_iso_6346_size_type_code_is_taken(api: httpx.Client, size_type: str) -> None:
    """anchors-3 §3.4: container types are ISO 6346 size/type codes; none is checked against a list."""
    order = export_order()
    order["containers"][0]["type"] = size_type
    assert post(api, order).status_code == 200


def test_unknown_contractor_may_not_create(api: httpx.Client) -> None:
    order = import_order()
    order["contractor"] = {"code": "NOBODY", "name": "Unknown forwarder"}
    assert code(post(api, order)) == "CONTRACTOR_UNAUTHORIZED_BY_GEDMOUV"
    order["contractor"]["code"] = "SOGETS."
    assert post(api, order).status_code == 200


def test_unknown_carrier_needs_an_email(api: httpx.Client) -> None:
    order = import_order()
    order["carrier"] = {"code": "NEWCARRIER", "name": "New"}
    assert code(post(api, order)) == "CARRIER_EMAIL_REQUIRED"
    order["carrier"]["contact"] = {"email": "new@carrier.example"}
    assert post(api, order).status_code == 200
    known = import_order("K-1")
    known["carrier"] = {"code": "SOGETS."}
    assert post(api, known).status_code == 200  # a known carrier needs none


def test_the_same_order_twice_is_a_duplicate(api: httpx.Client) -> None:
    assert post(api, import_order()).status_code == 200
    twice = post(api, import_order())
    assert code(twice) == "ORDER_DUPLICATED" and "inferred rule" in twice.json()["message"]  # our criterion
    assert post(api, import_order(references=("MWCU6059784",))).status_code == 200  # other container


def test_schema_violations_answer_a_sandbox_code(api: httpx.Client) -> None:
    order = import_order()
    order["unexpected"] = 1  # the seed closes the order object
    closed = post(api, order)
    assert code(closed) == "SANDBOX_VALIDATION" and "inferred" not in closed.json()["message"]
    order = import_order()
    order["containers"][0]["unexpected"] = 1  # the seed does not close containers: our guess
    guessed = post(api, order)
    assert code(guessed) == "SANDBOX_VALIDATION" and "inferred rule" in guessed.json()["message"]
    order = import_order()
    order["transportOrderNumber"] = "x" * 257
    assert "transportOrderNumber" in post(api, order).json()["message"]
    assert code(api.post("/customer-orders", json=import_order())) == "SANDBOX_VALIDATION"  # not multipart


def test_get_unknown_and_malformed_ids(api: httpx.Client) -> None:
    assert code(api.get("/customer-orders/CDE9999999999")) == "CUSTOMER_ORDER_NOT_FOUND"
    assert code(api.get("/customer-orders/12345")) == "WRONG_FORMAT"


def test_organisations_are_isolated(box: Any, api: httpx.Client) -> None:
    created = post(api, import_order()).json()
    creds = box.credentials
    other = box.client(
        headers={
            "Authorization": f"Bearer {creds['access_token']}",
            "Ocp-Apim-Subscription-Key": creds["subscription_keys"][1],
        }
    )
    assert code(other.get(f"/customer-orders/{created['id']}")) == "CUSTOMER_ORDER_NOT_FOUND"
    assert code(other.delete(f"/customer-orders/{created['id']}")) == "CUSTOMER_ORDER_NOT_FOUND"
    assert other.get("/customer-orders").json()["total"] == 0


def test_update_needs_the_current_version(api: httpx.Client) -> None:
    created = post(api, import_order()).json()
    path = f"/customer-orders/{created['id']}"
    fetched = api.get(path)
    etag = fetched.headers["etag"]
    assert fetched.json()["version"] == etag.strip('"')
    containers = import_order()["containers"]
    assert code(api.put(path, json={"containers": containers})) == "SANDBOX_VALIDATION"  # If-Match missing
    updated = api.put(path, json={"containers": containers, "comment": "urgent"}, headers={"If-Match": etag})
    assert updated.status_code == 200 and updated.headers["etag"] != etag
    stale = api.put(path, json={"containers": containers}, headers={"If-Match": etag})
    assert stale.status_code == 412 and stale.json()["code"] == "CONFLICT"
    assert api.get(path).json()["comment"] == "urgent"


def test_update_refuses_what_the_codes_forbid(api: httpx.Client) -> None:
    created = post(api, import_order()).json()
    path = f"/customer-orders/{created['id']}"

    def put(body: dict[str, Any]) -> httpx.Response:
        return api.put(path, json=body, headers={"If-Match": api.get(path).headers["etag"]})

    two = import_order(references=("CSQU3054383", "MWCU6059784"))["containers"]
    assert code(put({"containers": two})) == "CANNOT_CHANGE_NUMBER_OF_CONTAINERS"
    assert (
        code(put({"containers": import_order()["containers"], "customsFlag": "Export"}))
        == "CUSTOMS_FLAG_NOT_BE_MODIFIED"
    )
    assert code(put({"containers": import_order(references=("MWCU6059784",))["containers"]})) == "R0007"
    moved = import_order()["containers"]
    moved[0]["events"][3]["startDate"] = "2026-03-09T08:00:00+00:00"
    r0005 = put({"containers": moved})
    assert code(r0005) == "R0005" and "inferred rule" in r0005.json()["message"]  # when R0005 applies is ours
    assert put({"containers": import_order()["containers"], "comment": "same containers"}).status_code == 200
    assert api.delete(path).status_code == 200
    r0006 = put({"containers": import_order()["containers"]})
    assert code(r0006) == "R0006" and "inferred rule" in r0006.json()["message"]


@pytest.mark.parametrize("status", ["Submitted", "InProcess", "InProgress"])
def test_r0008_refuses_both_spellings_of_in_progress(box: Any, api: httpx.Client, status: str) -> None:
    created = post(api, import_order()).json()
    box.api.orders[created["id"]].status = status  # set by the service's workflow, which the sandbox lacks
    assert code(api.delete(f"/customer-orders/{created['id']}")) == "R0008"


def test_cancel_once_and_only_masters(api: httpx.Client) -> None:
    created = post(api, import_order(references=("CSQU3054383", "MWCU6059784"))).json()
    elementary = created["elementaryOrders"][0]["id"]
    assert api.get(f"/customer-orders/{elementary}").json()["type"] == "Elementary"
    assert code(api.delete(f"/customer-orders/{elementary}")) == "CANNOT_CANCEL_NOT_MASTER_ORDER"
    assert code(api.delete(f"/customer-orders/{created['segments'][0]['id']}")) == "CANNOT_CANCEL_NOT_MASTER_ORDER"
    assert api.delete(f"/customer-orders/{created['id']}").status_code == 200
    assert code(api.delete(f"/customer-orders/{created['id']}")) == "ORDER_ALREADY_CANCELED"
    assert api.get(f"/customer-orders/{created['id']}").json()["status"] == "Cancelled"


def test_search_honours_its_parameters(api: httpx.Client) -> None:
    post(api, import_order("IMP-1"))
    post(api, export_order("EXP-1"))
    post(api, transfer_order("TRF-1"))

    def search(**params: Any) -> dict[str, Any]:
        response = api.get("/customer-orders", params=params)
        assert response.status_code == 200, response.text
        result: dict[str, Any] = response.json()
        return result

    assert search()["total"] == 3
    assert [i["transportOrderNumber"] for i in search(processingIndicator="Export")["items"]] == ["EXP-1"]
    assert search(transportOrderNumber="TRF-1")["items"][0]["reference"] == "MWCU6059784"
    assert search(containerNumber="CSQU3054383")["total"] == 1
    assert search(carrierCode="SOGETS.")["total"] == 3 and search(carrierCode="OTHER")["total"] == 0
    page = search(offset=1, limit=1)
    assert (page["total"], page["returned"], page["first"]) == (3, 1, 1)
    assert [i["customerOrderId"] for i in search(desc=True)["items"]] == sorted(
        [i["customerOrderId"] for i in search()["items"]], reverse=True
    )
    assert search(status="Cancelled")["total"] == 0
    assert search(startDate="2000-01-01T00:00:00Z", endDate="2100-01-01T00:00:00Z")["total"] == 3
    assert search(endDate="2000-01-01T00:00:00Z")["total"] == 0
    assert code(api.get("/customer-orders", params={"limit": 0})) == "LIMIT_NONPOSITIVE"
    assert code(api.get("/customer-orders", params={"offset": -1})) == "OFFSET_NEGATIVE"
    assert code(api.get("/customer-orders", params={"limit": 51})) == "SANDBOX_VALIDATION"
    assert (
        code(
            api.get("/customer-orders", params={"startDate": "2026-02-01T00:00:00Z", "endDate": "2026-01-01T00:00:00Z"})
        )
        == "SEARCH_DATE_ERROR"
    )
