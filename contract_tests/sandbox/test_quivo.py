"""Quivo sandbox: sessions, per-seller order identifiers and both error bodies, over HTTP."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

ORDER: dict[str, Any] = {
    "sellerId": 1001,
    "orderIdentifier": "SHOP-1",
    "orderReference": "#DE38678",
    "deliveryAddress": {"name": "Anna Muster", "street": "Ring 1", "zip": "1010", "city": "Wien", "countryIso2": "AT"},
    "positions": [{"sku": "SKU-1", "quantity": 2, "price": 9.9}],
}


@pytest.fixture
def box(freight_sandbox: Callable[..., Any]) -> Any:
    created = freight_sandbox("quivo", validate_responses=True)
    yield created
    assert created.api.response_violations == []


def session(box: Any, user: int = 0, bearer: bool = False) -> httpx.Client:
    creds = box.credentials
    login = box.client(headers={"X-Api-Key": creds["api_key"]}).post(
        "/login", json={"username": creds["users"][user]["username"], "password": creds["users"][user]["password"]}
    )
    assert login.status_code == 200, login.text
    value = login.json()["token"]
    result: httpx.Client = box.client(
        headers={"X-Api-Key": creds["api_key"], "Authorization": f"Bearer {value}" if bearer else value}
    )
    return result


def test_login_needs_the_api_key_and_the_password(box: Any) -> None:
    creds = box.credentials
    body = {"username": creds["username"], "password": creds["password"]}
    assert box.client().post("/login", json=body).status_code == 403
    wrong = box.client(headers={"X-Api-Key": creds["api_key"]}).post("/login", json={**body, "password": "x"})
    assert wrong.status_code == 401 and wrong.json() == {"message": "Invalid username or password"}


def test_submit_with_raw_or_bearer_token(box: Any) -> None:
    for i, bearer in enumerate((False, True)):
        response = session(box, bearer=bearer).post("/orders", json={**ORDER, "orderIdentifier": f"S-{i}"})
        assert response.status_code == 200
        assert response.json()["status"] == "OK" and isinstance(response.json()["orderId"], int)


def test_every_call_needs_the_api_key_and_a_live_session(box: Any) -> None:
    api = session(box)
    no_key = box.client(headers={"Authorization": api.headers["Authorization"]}).post("/orders", json=ORDER)
    assert no_key.status_code == 403
    no_session = box.client(headers={"X-Api-Key": box.credentials["api_key"]}).post("/orders", json=ORDER)
    assert no_session.status_code == 401 and no_session.json() == {"message": "Unauthorized"}
    box.api.clock.advance(3601)
    expired = api.post("/orders", json=ORDER)
    assert expired.status_code == 401 and expired.json() == {"message": "The incoming token has expired"}


def test_validation_names_the_field_path(box: Any) -> None:
    api = session(box)
    bad_country = api.post("/orders", json={**ORDER, "deliveryAddress": {"name": "A", "countryIso2": "Austria"}})
    assert bad_country.status_code == 400
    assert bad_country.json()["field"] == "deliveryAddress.countryIso2" and bad_country.json()["orderId"] is None
    assert "inferred rule" in bad_country.json()["message"]  # neither the seed nor the docs state the check
    nobody = api.post("/orders", json={**ORDER, "deliveryAddress": {"city": "Wien", "countryIso2": "AT"}})
    assert nobody.json()["field"] == "deliveryAddress.name" and "inferred rule" in nobody.json()["message"]
    empty_identifier = api.post("/orders", json={**ORDER, "orderIdentifier": ""})
    assert empty_identifier.status_code == 400 and "inferred rule" in empty_identifier.json()["message"]
    too_long = api.post("/orders", json={**ORDER, "orderIdentifier": "x" * 41})
    assert too_long.json()["field"] == "orderIdentifier"
    priority = api.post("/orders", json={**ORDER, "orderPriority": 4})
    assert priority.json()["field"] == "orderPriority"
    nameless = api.post("/orders", json={**ORDER, "deliveryAddress": {"city": "Wien"}})
    assert nameless.json()["field"] == "deliveryAddress.name"


def test_missing_required_fields_answer_in_plain_text(box: Any) -> None:
    response = session(box).post("/orders", json={k: v for k, v in ORDER.items() if k != "positions"})
    assert response.status_code == 400 and response.headers["content-type"].startswith("text/plain")
    assert response.text == "positions: must not be null"


@pytest.mark.parametrize(("mode", "status"), [("conflict", 409), ("existing", 200), ("reject", 400)])
def test_duplicate_identifier_modes(freight_sandbox: Callable[..., Any], mode: str, status: int) -> None:
    box = freight_sandbox("quivo", duplicates=mode, validate_responses=True)
    api = session(box)
    first = api.post("/orders", json=ORDER).json()
    again = api.post("/orders", json=ORDER)
    assert again.status_code == status
    assert again.json()["orderId"] == (None if mode == "reject" else first["orderId"])
    if mode != "existing":
        assert again.json()["field"] == "orderIdentifier"
    assert len(box.api.orders) == 1
    assert box.api.response_violations == []


def test_sellers_are_isolated(box: Any) -> None:
    mine = session(box, user=0).post("/orders", json=ORDER).json()
    theirs = session(box, user=1)
    assert theirs.post("/orders", json=ORDER).status_code == 403  # not their seller
    other = theirs.post("/orders", json={**ORDER, "sellerId": 2002})
    assert other.status_code == 200 and other.json()["orderId"] != mine["orderId"]  # same identifier, other seller


def test_unknown_duplicate_mode_is_refused(freight_sandbox: Callable[..., Any]) -> None:
    with pytest.raises(ValueError, match="duplicates must be one of"):
        freight_sandbox("quivo", duplicates="maybe")


def test_refusals_the_docs_do_not_describe_say_they_are_inferred(box: Any) -> None:
    """A3-26: a seller the user lacks (403) and a duplicate orderIdentifier (409) are the sandbox's
    answers; the seed's own sample uses sellerId 123."""
    api = session(box)
    other_seller = api.post("/orders", json={**ORDER, "sellerId": 123})
    assert other_seller.status_code == 403 and "inferred rule" in other_seller.text
    assert api.post("/orders", json={**ORDER, "orderIdentifier": "DUP-1"}).status_code == 200
    duplicate = api.post("/orders", json={**ORDER, "orderIdentifier": "DUP-1"})
    assert duplicate.status_code == 409 and "inferred rule" in duplicate.json()["message"]


def test_the_undocumented_answers_can_be_played_both_ways(freight_sandbox: Callable[..., Any]) -> None:
    """anchors-3 §3.2 and A3-24: a login token under `Token`, a create answered 201."""
    box = freight_sandbox("quivo", created_status=201, token_key="Token")  # answers the spec does not list
    creds = box.credentials
    login = box.client(headers={"X-Api-Key": creds["api_key"]}).post(
        "/login", json={"username": creds["users"][0]["username"], "password": creds["users"][0]["password"]}
    )
    assert set(login.json()) == {"Token"}
    api = box.client(headers={"X-Api-Key": creds["api_key"], "Authorization": login.json()["Token"]})
    created = api.post("/orders", json=ORDER)
    assert created.status_code == 201 and isinstance(created.json()["orderId"], int)
    with pytest.raises(ValueError, match="created_status"):
        freight_sandbox("quivo", created_status=202)
