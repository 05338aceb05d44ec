"""Trans.eu sandbox: the OAuth2 server and the two order operations, over HTTP."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlparse

import httpx
import pytest

ORDER: dict[str, Any] = {
    "number": "DE/3455/4460",
    "payment": {"price": {"value": 34, "currency": "PLN"}, "interval_of_days": "P10D"},
    "route": {
        "events": [
            {"place": {"address": {"locality": "Berlin", "postal_code": "3456", "country": "DE"}}, "type": "loading"},
            {
                "place": {"address": {"locality": "Wysoka", "postal_code": "12345", "country": "PL"}},
                "type": "unloading",
            },
        ]
    },
    "loads": [{"weight": {"value": 12.5, "unit_code": "TNE"}}],
}


@pytest.fixture
def box(freight_sandbox: Callable[..., Any]) -> Any:
    created = freight_sandbox("transeu", validate_responses=True)
    yield created
    assert created.api.response_violations == []


def token(box: Any, user: int = 0, scope: str | None = None, basic: bool = True) -> dict[str, Any]:
    creds = box.credentials
    form = {
        "grant_type": "password",
        "username": creds["users"][user]["username"],
        "password": creds["users"][user]["password"],
        **({"scope": scope} if scope else {}),
    }
    auth = (creds["client_id"], creds["client_secret"]) if basic else None
    if not basic:
        form |= {"client_id": creds["client_id"], "client_secret": creds["client_secret"]}
    response = box.client().post("/oauth2/token", data=form, auth=auth)
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


def client(box: Any, access_token: str) -> httpx.Client:
    result: httpx.Client = box.client(
        headers={"Authorization": f"Bearer {access_token}", "Accept": "application/hal+json"}
    )
    return result


def test_password_grant_with_basic_or_body_client_auth(box: Any) -> None:
    for basic in (True, False):
        issued = token(box, basic=basic)
        assert issued["token_type"] == "Bearer" and issued["expires_in"] == 3600
        assert set(issued["scope"].split()) == {"orders.orders.basic.read", "orders.shipping-orders.basic.create"}
    raw = box.client()
    wrong = raw.post(
        "/oauth2/token",
        data={"grant_type": "password", "username": "x", "password": "y"},
        auth=(box.credentials["client_id"], box.credentials["client_secret"]),
    )
    assert wrong.status_code == 400 and wrong.json()["error"] == "invalid_grant"
    no_client = raw.post("/oauth2/token", data={"grant_type": "password", "username": "x", "password": "y"})
    assert no_client.status_code == 401 and no_client.json()["error"] == "invalid_client"


def test_refresh_tokens_rotate_and_are_single_use(box: Any) -> None:
    first = token(box)
    creds = (box.credentials["client_id"], box.credentials["client_secret"])
    form = {"grant_type": "refresh_token", "refresh_token": first["refresh_token"]}
    second = box.client().post("/oauth2/token", data=form, auth=creds)
    assert second.status_code == 200 and second.json()["refresh_token"] != first["refresh_token"]
    reused = box.client().post("/oauth2/token", data=form, auth=creds)
    assert reused.status_code == 400 and reused.json()["error"] == "invalid_grant"
    assert client(box, second.json()["access_token"]).post("/shipping-orders", json=ORDER).status_code == 201


def test_authorization_code_grant(box: Any) -> None:
    creds = box.credentials
    redirect = box.client().get(
        "/oauth2/authorize",
        params={
            "response_type": "code",
            "client_id": creds["client_id"],
            "redirect_uri": "https://app.example/cb",
            "state": "xyz",
            "scope": "orders.orders.basic.read",
        },
    )
    assert redirect.status_code == 302
    query = parse_qs(urlparse(redirect.headers["location"]).query)
    assert query["state"] == ["xyz"]
    form = {"grant_type": "authorization_code", "code": query["code"][0], "redirect_uri": "https://app.example/cb"}
    auth = (creds["client_id"], creds["client_secret"])
    issued = box.client().post("/oauth2/token", data=form, auth=auth)
    assert issued.status_code == 200 and issued.json()["scope"] == "orders.orders.basic.read"
    assert box.client().post("/oauth2/token", data=form, auth=auth).status_code == 400  # codes are single use


def test_access_tokens_expire_after_an_hour(box: Any) -> None:
    api = client(box, token(box)["access_token"])
    assert api.post("/shipping-orders", json=ORDER).status_code == 201
    box.api.clock.advance(3601)
    expired = api.get("/orders/123e4567-e89b-12d3-a456-426655440000")
    assert expired.status_code == 401 and expired.headers["content-type"] == "application/problem+json"
    assert "inferred rule" in expired.json()["detail"]  # the seed gives 401 no meaning


def test_a_wrong_or_missing_token_is_403_as_the_seed_says(box: Any) -> None:
    """003: "403 | Forbidden (i.e. wrong or missing access token)"."""
    for headers in ({}, {"Authorization": "Bearer not-a-token"}):
        refused = box.client(headers=headers).post("/shipping-orders", json=ORDER)
        assert refused.status_code == 403 and refused.json()["status"] == 403, headers
        assert refused.headers["www-authenticate"] == 'Bearer error="invalid_token"'


def test_scopes_are_enforced(box: Any) -> None:
    read_only = client(box, token(box, scope="orders.orders.basic.read")["access_token"])
    refused = read_only.post("/shipping-orders", json=ORDER)
    assert refused.status_code == 403 and refused.json()["status"] == 403
    create_only = client(box, token(box, scope="orders.shipping-orders.basic.create")["access_token"])
    created = create_only.post("/shipping-orders", json=ORDER).json()
    assert create_only.get(f"/orders/{created['id']}").status_code == 403
    assert read_only.get(f"/orders/{created['id']}").status_code == 200


def test_create_get_and_duplicate(box: Any) -> None:
    api = client(box, token(box)["access_token"])
    created = api.post("/shipping-orders", json=ORDER)
    assert created.status_code == 201 and created.headers["content-type"] == "application/hal+json"
    body = created.json()
    assert body["number"] == ORDER["number"] and body["shipper"]["company"]["name"]
    assert body["_links"]["self"]["href"].endswith(f"/orders/{body['id']}")
    fetched = api.get(f"/orders/{body['id']}")
    assert fetched.status_code == 200 and fetched.json() == body
    duplicate = api.post("/shipping-orders", json=ORDER)
    assert duplicate.status_code == 409 and duplicate.headers["content-type"] == "application/problem+json"


def test_companies_are_isolated(box: Any) -> None:
    mine = client(box, token(box, user=0)["access_token"]).post("/shipping-orders", json=ORDER).json()
    theirs = client(box, token(box, user=1)["access_token"])
    assert theirs.get(f"/orders/{mine['id']}").status_code == 404
    assert theirs.post("/shipping-orders", json=ORDER).status_code == 201  # numbers are unique per company


def test_invalid_input(box: Any) -> None:
    api = client(box, token(box)["access_token"])
    bad = copy.deepcopy(ORDER)
    bad["payment"]["price"] = {"value": -1, "currency": "XXX"}
    del bad["number"]
    response = api.post("/shipping-orders", json=bad)
    assert response.status_code == 422
    messages = response.json()["validation_messages"]
    assert {"number", "payment.price.value", "payment.price.currency"} <= set(messages)
    assert messages["number"] == {"isEmpty": "'number' is a required property"}
    wrong_unit = copy.deepcopy(ORDER)
    wrong_unit["loads"][0]["weight"]["unit_code"] = "T"  # the seed example's value is not accepted
    assert api.post("/shipping-orders", json=wrong_unit).status_code == 422
    assert (
        api.post(
            "/shipping-orders", content=b"number=1", headers={"Content-Type": "application/x-www-form-urlencoded"}
        ).status_code
        == 415
    )
    assert api.post("/shipping-orders", content=b"{", headers={"Content-Type": "application/json"}).status_code == 400
    assert api.get("/orders/not-a-uuid").status_code == 400
    assert api.get("/orders/123e4567-e89b-12d3-a456-426655440000").status_code == 404


def test_another_companys_order_is_404_with_the_inference_said(box: Any) -> None:
    """A3-20: 003 gives 404 only for "Order not found"; answering another company's order so is ours."""
    mine = client(box, token(box, user=0)["access_token"]).post("/shipping-orders", json=ORDER).json()
    theirs = client(box, token(box, user=1)["access_token"]).get(f"/orders/{mine['id']}")
    assert theirs.status_code == 404 and "inferred rule" in theirs.text
    unknown = client(box, token(box, user=1)["access_token"]).get("/orders/00000000-0000-4000-8000-000000000000")
    assert unknown.status_code == 404 and "inferred" not in unknown.text  # the seed's own case
