"""Trans.eu platform sandbox: the OAuth server (authorization code, Api-key, single-use refresh
tokens), the orders-api rules (duplicate numbers, the deprecated path, pages from 1, 424) and the
callbacks (delivered by the shared engine, `freight_sandbox._webhooks`), over HTTP."""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from freight_clients import registry
from freight_sandbox import InProcessSandbox, RunningSandbox
from freight_sandbox._auth import s256 as _s256
from freight_sandbox.transeu_platform import API_KEY, PAGE_SIZE, TransEuPlatformSandbox
from freight_sandbox.transeu_platform import example_order as sandbox_example

NAME = "transeu_platform"
ORDERS, CREATED = "/ext/orders-api/v1/orders", "/ext/orders-api/v1/orders-created"
TOKEN = "/ext/auth-api/accounts/token"


@contextlib.contextmanager
def registered() -> Iterator[None]:
    """The API's registry row and sandbox for the duration, when the registry does not list it yet
    (its row is added once the whole API is in; until then its own tests still run)."""
    if NAME in registry._BY_NAME:  # listed, or registered by an enclosing use
        yield
        return
    from freight_sandbox import _factory

    row = registry.ApiInfo(
        NAME,
        "TransEuPlatform",
        "Trans.eu platform Orders",
        "transeu-platform-orders.yaml",
        ("TransEuPlatform", "AsyncTransEuPlatform"),
    )
    registry._BY_NAME[NAME] = row
    _factory.SANDBOXES[NAME] = TransEuPlatformSandbox
    try:
        yield
    finally:
        del registry._BY_NAME[NAME]
        del _factory.SANDBOXES[NAME]


def platform(box: InProcessSandbox | RunningSandbox) -> TransEuPlatformSandbox:
    """The sandbox's API object (its state), typed."""
    api = box.api
    assert isinstance(api, TransEuPlatformSandbox)
    return api


def example_order() -> dict[str, Any]:
    """The spec's create example (a full truck load, Warsaw to Berlin, with a callback URL)."""
    with registered():
        return sandbox_example()


@pytest.fixture
def box() -> Iterator[InProcessSandbox]:
    with registered():
        created = InProcessSandbox(TransEuPlatformSandbox(validate_responses=True))
        yield created
        assert created.api.response_violations == []


def refresh(box: InProcessSandbox, token: str, *, basic: bool = True, api_key: str | None = API_KEY) -> httpx.Response:
    creds = box.credentials
    form = {"grant_type": "refresh_token", "refresh_token": token}
    if not basic:
        form |= {"client_id": creds["client_id"], "client_secret": creds["client_secret"]}
    headers = {"Api-key": api_key} if api_key else {}
    client = box.client()
    if basic:
        return client.post(TOKEN, data=form, auth=(creds["client_id"], creds["client_secret"]), headers=headers)
    return client.post(TOKEN, data=form, headers=headers)


def api(box: InProcessSandbox, user: int = 0) -> httpx.Client:
    issued = refresh(box, box.credentials["users"][user]["refresh_token"]).json()
    return box.client(headers={"Authorization": f"Bearer {issued['access_token']}", "Api-key": API_KEY})


def test_refresh_tokens_are_single_use_and_rotate(box: InProcessSandbox) -> None:
    bootstrap = box.credentials["users"][0]["refresh_token"]
    first = refresh(box, bootstrap).json()["refresh_token"]  # the published one is never spent...
    assert refresh(box, bootstrap).status_code == 200
    answer = refresh(box, first)  # ...every issued one is single use
    assert answer.status_code == 200, answer.text
    issued = answer.json()
    assert issued["token_type"] == "Bearer" and issued["expires_in"] == 3600 and issued["refresh_token"] != first
    again = refresh(box, first)
    assert again.status_code == 400 and again.json()["error"] == "invalid_grant"
    assert refresh(box, issued["refresh_token"], basic=False).status_code == 200  # client fields in the form
    assert platform(box).grants["refresh_token"] == 4 and platform(box).refused_refreshes == 1


def test_the_token_endpoint_needs_the_api_key_and_the_client(box: InProcessSandbox) -> None:
    token = box.credentials["users"][0]["refresh_token"]
    assert refresh(box, token, api_key=None).status_code == 401
    assert refresh(box, token, api_key="wrong").json()["error"] == "invalid_client"
    anonymous = box.client().post(
        TOKEN, data={"grant_type": "refresh_token", "refresh_token": token}, headers={"Api-key": API_KEY}
    )
    assert anonymous.status_code == 401
    password = box.client().post(
        TOKEN,
        data={"grant_type": "password", "username": "u", "password": "p"},
        auth=(box.credentials["client_id"], box.credentials["client_secret"]),
        headers={"Api-key": API_KEY},
    )
    assert password.status_code == 400 and password.json()["error"] == "unsupported_grant_type"  # code grant only
    assert refresh(box, token).status_code == 200  # none of the refused attempts spent it


def _code(box: InProcessSandbox, **params: str) -> dict[str, list[str]]:
    creds = box.credentials
    query = {"client_id": creds["client_id"], "response_type": "code", "redirect_uri": creds["redirect_uri"], **params}
    answer = box.client().get("/oauth2/auth", params=query)
    assert answer.status_code == 302, answer.text
    return parse_qs(urlsplit(answer.headers["location"]).query)


def _exchange(box: InProcessSandbox, code: str, **extra: str) -> httpx.Response:
    creds = box.credentials
    form = {"grant_type": "authorization_code", "code": code, "redirect_uri": creds["redirect_uri"], **extra}
    return box.client().post(
        TOKEN, data=form, auth=(creds["client_id"], creds["client_secret"]), headers={"Api-key": API_KEY}
    )


def test_authorization_code_once_with_state_and_optional_pkce(box: InProcessSandbox) -> None:
    plain = _code(box, state="state-1234")
    assert plain["state"] == ["state-1234"]
    assert _exchange(box, plain["code"][0]).status_code == 200
    assert _exchange(box, plain["code"][0]).json()["error"] == "invalid_grant"  # a code is used once
    verifier = "v" * 50
    pkce = _code(box, state="state-5678", code_challenge=_s256(verifier), code_challenge_method="S256")
    assert _exchange(box, pkce["code"][0], code_verifier="w" * 50).json()["error"] == "invalid_grant"
    assert _exchange(box, pkce["code"][0], code_verifier=verifier).status_code == 200
    assert platform(box).grants["authorization_code"] == 2


def test_authorization_refuses_a_plain_http_redirect_and_other_clients(box: InProcessSandbox) -> None:
    creds = box.credentials
    base = {"client_id": creds["client_id"], "response_type": "code"}
    assert box.client().get("/oauth2/auth", params={**base, "redirect_uri": "http://app.example/cb"}).status_code == 400
    assert (
        box.client()
        .get("/oauth2/auth", params={**base, "client_id": "x", "redirect_uri": creds["redirect_uri"]})
        .status_code
        == 400
    )
    loopback = box.client().get("/oauth2/auth", params={**base, "redirect_uri": "http://127.0.0.1:9/cb"})
    assert loopback.status_code == 302


def test_every_call_needs_the_api_key_and_a_live_token(box: InProcessSandbox) -> None:
    client = api(box)
    token = client.headers["authorization"]
    no_key = box.client(headers={"Authorization": token}).get(f"{CREATED}/x")
    assert no_key.status_code == 401 and "Api-key" in no_key.json()["detail"]
    assert box.client(headers={"Api-key": API_KEY}).get(f"{CREATED}/x").status_code == 401
    platform(box).clock.advance(3601)
    expired = client.get(f"{CREATED}/x")
    assert expired.status_code == 401 and "expired" in expired.json()["detail"]


def test_a_number_is_unique_per_company_and_a_missing_one_is_assigned(box: InProcessSandbox) -> None:
    client, other = api(box, 0), api(box, 1)
    order = example_order()
    created = client.post(ORDERS, json=order)
    assert created.status_code == 201 and created.json()["number"] == order["number"]
    duplicate = client.post(ORDERS, json=order)
    assert duplicate.status_code == 409 and "inferred rule" in duplicate.json()["detail"]
    assert other.post(ORDERS, json=order).status_code == 201  # another company's book
    unnumbered = {**order, "number": None}
    first, second = client.post(ORDERS, json=unnumbered).json(), client.post(ORDERS, json=unnumbered).json()
    assert first["number"] != second["number"] and first["number"].startswith("TE/")


def test_the_deprecated_create_path_still_answers(box: InProcessSandbox) -> None:
    client = api(box)
    created = client.post(CREATED, json=example_order())
    assert created.status_code == 201
    assert client.get(f"{CREATED}/{created.json()['id']}").json()["number"] == example_order()["number"]
    assert client.post(ORDERS, json=example_order()).status_code == 409  # one order book for both paths


def test_a_create_breaking_an_inferred_rule_is_422_and_says_so(box: InProcessSandbox) -> None:
    order = example_order()
    del order["freight"]["spots"][0]["place"]["address"]["postal_code"]
    refused = api(box).post(ORDERS, json=order)
    assert refused.status_code == 422
    messages = refused.json()["validation_messages"]
    assert "inferred rule" in str(messages) and any("postal_code" in field for field in messages)


def test_pages_are_numbered_from_1_and_a_page_past_the_last_is_404(box: InProcessSandbox) -> None:
    client = api(box)
    for index in range(PAGE_SIZE + 3):
        assert client.post(ORDERS, json={**example_order(), "number": f"P-{index:03d}"}).status_code == 201
    query = {"sortBy": "number", "order": "asc"}
    first = client.get(CREATED, params={**query, "page": 1}).json()
    second = client.get(CREATED, params={**query, "page": 2}).json()
    assert len(first) == PAGE_SIZE and len(second) == 3 and first[0]["number"] == "P-000"
    assert second[-1]["number"] == f"P-{PAGE_SIZE + 2:03d}"
    past = client.get(CREATED, params={**query, "page": 3})
    assert past.status_code == 404 and past.json()["detail"] == "Page not found."
    assert client.get(CREATED, params={**query, "page": 0}).status_code == 400
    assert client.get(CREATED, params={"sortBy": "number", "page": 1}).status_code == 400  # `order` is required
    assert api(box, 1).get(CREATED, params={**query, "page": 1}).json() == []  # page 1 of an empty book


def test_patch_and_amendments(box: InProcessSandbox) -> None:
    client = api(box)
    order_id = client.post(ORDERS, json=example_order()).json()["id"]
    assert client.patch(f"{ORDERS}/{order_id}", json={"freight": {"shipment_external_id": "SHIP-1"}}).status_code == 204
    assert client.get(f"{CREATED}/{order_id}").json()["freight"]["shipment_external_id"] == "SHIP-1"
    assert client.patch(f"{ORDERS}/{order_id}", json={"freight": {}}).status_code == 422  # the vendor requires it
    amendment = {"id": "0b7c2f1e-4a1d-4f43-9d8e-6c2a3b1f5e90", "payment": {"days": 14}}
    for _ in range(2):  # the same id twice is the same amendment
        assert client.post(f"{ORDERS}/{order_id}/amendments", json=amendment).status_code == 204
    assert list(platform(box).amendments[order_id]) == [amendment["id"]]
    unknown = "6f1d3c1e-0000-4000-8000-000000000000"
    assert client.patch(f"{ORDERS}/{unknown}", json={"freight": {"shipment_external_id": None}}).status_code == 404
    assert api(box, 1).get(f"{CREATED}/{order_id}").status_code == 404  # another company's order


def test_reads_answer_424_while_a_dependency_is_down(box: InProcessSandbox) -> None:
    client = api(box)
    order_id = client.post(ORDERS, json=example_order()).json()["id"]
    platform(box).dependency_down = True
    down = client.get(f"{CREATED}/{order_id}")
    assert down.status_code == 424 and down.json()["title"] == "Failed Dependency"
    assert client.get(CREATED, params={"sortBy": "created_at", "order": "desc", "page": 1}).status_code == 424
    assert client.patch(f"{ORDERS}/{order_id}", json={"freight": {"shipment_external_id": "X"}}).status_code == 204
    platform(box).dependency_down = False
    assert client.get(f"{CREATED}/{order_id}").status_code == 200


def test_an_outage_rate_answers_that_share_of_reads_424() -> None:
    with registered():
        flaky = InProcessSandbox(TransEuPlatformSandbox(outage=0.5, seed=7))
        client = api(flaky)
        order_id = client.post(ORDERS, json=example_order()).json()["id"]
        statuses = [client.get(f"{CREATED}/{order_id}").status_code for _ in range(200)]
    assert set(statuses) == {200, 424} and 60 < statuses.count(424) < 140
    with pytest.raises(ValueError, match="outage"):
        TransEuPlatformSandbox(outage=2)


@contextlib.contextmanager
def callback_receiver(answers: Callable[[int], int] = lambda n: 200) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """A loopback HTTP receiver for the callbacks: its URL and the bodies POSTed to it, in order;
    the n-th POST (from 1) is answered `answers(n)`."""
    received: list[dict[str, Any]] = []
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            with lock:
                received.append(body)
                status = answers(len(received))
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/events", received
    finally:
        server.shutdown()
        server.server_close()


def flushed(box: InProcessSandbox) -> None:
    assert platform(box).webhooks.flush(timeout=30), "callbacks still queued"


def test_callback_events_in_braces_go_through_the_shared_engine_to_loopback_only(box: InProcessSandbox) -> None:
    """Each event of an order with a `callback_url` is POSTed there by `_webhooks.Deliveries` (the
    engine of SpotGo's and Quivo's subscriptions) and journaled; a URL off this machine is never
    sent to (the spec's example URL is example.com)."""
    with callback_receiver() as (url, received):
        client = api(box)
        order_id = client.post(ORDERS, json={**example_order(), "callback_url": url}).json()["id"]
        client.patch(f"{ORDERS}/{order_id}", json={"freight": {"shipment_external_id": "S"}})
        remote = client.post(ORDERS, json={**example_order(), "number": "REMOTE-1"}).json()["id"]
        client.post(ORDERS, json={**example_order(), "number": "NO-CALLBACK", "callback_url": None})
        flushed(box)
    assert [e["event_name"] for e in received] == ["{orders.order.created}", "{orders.order.updated}"]
    assert received[0]["id"] == order_id and set(received[0]) == {"id", "event_name", "occurred_at", "data"}
    assert received[1]["data"] == {"shipment_external_id": "S"}
    log = platform(box).webhooks.log
    assert [(d.subscription_id, d.status) for d in log] == [(order_id, 200), (order_id, 200), (remote, -1)]


def test_a_callback_answered_503_is_retried_and_delivered(box: InProcessSandbox) -> None:
    """A receiver that answers 503 once gets the same event again (the shared engine's retries),
    and the journal shows both attempts. (Before the shared engine, the platform's own outbox
    POSTed each event once and dropped it whatever the answer.)"""
    with callback_receiver(lambda n: 503 if n == 1 else 200) as (url, received):
        order_id = api(box).post(ORDERS, json={**example_order(), "callback_url": url}).json()["id"]
        deadline = time.monotonic() + 30
        while len(received) < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
        flushed(box)
    assert len(received) == 2 and received[0] == received[1] and received[0]["id"] == order_id
    assert [(d.status, d.attempt) for d in platform(box).webhooks.log] == [(503, 0), (200, 1)]


def test_a_reset_forgets_the_callback_targets(box: InProcessSandbox) -> None:
    with callback_receiver() as (url, received):
        client = api(box)
        order_id = client.post(ORDERS, json={**example_order(), "callback_url": url}).json()["id"]
        flushed(box)
        assert platform(box).webhooks.target_of(order_id) is not None
        platform(box).reset()
        assert platform(box).webhooks.target_of(order_id) is None and platform(box).webhooks.log == []
    assert len(received) == 1


def test_an_operations_loads_are_answered_as_the_whole_loads_they_name(box: InProcessSandbox) -> None:
    """The vendor's entity (OrderApiFreightSpotOperationLoad) gives each load of an operation as the
    whole load (name, type, amount, stackable, exchangeable, plain numbers), not the create's
    `{load_id, weight}` reference; an operation's own weight wins over the load's."""
    order = example_order()
    order["freight"]["spots"][0]["operations"][0]["loads"] = [{"load_id": "load-1", "weight": 11000}]
    client = api(box)
    created = client.post(ORDERS, json=order).json()
    read = client.get(f"{CREATED}/{created['id']}").json()
    assert created["freight"]["spots"] == read["freight"]["spots"]
    loading, unloading = (spot["operations"][0]["loads"] for spot in read["freight"]["spots"])
    whole = {"load_id": "load-1", "name": "Electronics", "type_of_load": "pallets", "amount": 33}
    assert loading == [{**whole, "is_stackable": True, "is_exchangeable": False, "weight": 11000}]
    assert unloading == [{**whole, "is_stackable": True, "is_exchangeable": False, "weight": 12000}]
