"""The sandboxes' webhook side: subscriptions stored per tenant, each change delivered at least once
to the subscriptions that want it, with their credentials, retried, and SpotGo's deactivation after
repeated failures until `reset`; every delivery valid against the spec's `webhooks` schema. The
deliveries go to a stand-in sender here (no socket); contract_tests/integration/test_webhook_delivery.py
sends them over real sockets (issue 26, sandbox part)."""

from __future__ import annotations

import base64
import json
import threading
from collections.abc import Callable, Mapping
from typing import Any

import httpx
import jsonschema
import pytest

from contract_tests.support.speclib import pointer, validator
from freight_sandbox import examples

MEDIA = {"Content-Type": "application/json; x-api-version=1.0"}
HOOK = "http://127.0.0.1:9/hooks"


class Sender:
    """A stand-in for the delivery's HTTP POST: records each attempt, answers `status(n)` for the n-th."""

    def __init__(self, status: Callable[[int], int] = lambda n: 200) -> None:
        self.status = status
        self.sent: list[tuple[str, dict[str, str], dict[str, Any]]] = []
        self.lock = threading.Lock()

    def __call__(self, url: str, headers: Mapping[str, str], body: bytes) -> int:
        with self.lock:
            self.sent.append((url, dict(headers), json.loads(body)))
            return self.status(len(self.sent))

    def events(self, name: str | None = None) -> list[dict[str, Any]]:
        return [body for _, _, body in self.sent if name is None or body.get("event") == name]


def spotgo(
    freight_sandbox: Callable[..., Any], sender: Sender, **delivery: Any
) -> tuple[Any, httpx.Client, httpx.Client]:
    """A SpotGo sandbox delivering through `sender` (no waits between attempts), and two raw
    clients: company A's and company B's."""
    box = freight_sandbox("spotgo")
    box.api.webhooks.configure(send=sender, backoff=0.0, **delivery)
    keys = box.credentials["api_keys"]
    return box, box.client(headers={"X-Api-Key": keys[0]}), box.client(headers={"X-Api-Key": keys[1]})


def subscribe(client: httpx.Client, event_type: str = "All", url: str = HOOK, **extra: Any) -> str:
    body = {"eventType": event_type, "callbackUrl": url, **extra}
    answer = client.post("/api/v1/webhooks", content=json.dumps(body), headers=MEDIA)
    assert answer.status_code == 200, answer.text
    return str(answer.json()["subscriptionId"])


def new_order(client: httpx.Client, number: str) -> str:
    answer = client.post("/api/v1/orders", content=json.dumps(examples.spotgo_order(number)), headers=MEDIA)
    assert answer.status_code == 200, answer.text
    return str(answer.json()["orderId"])


def upload(client: httpx.Client, order_id: str, kind: str = "cmr") -> str:
    files = {"file": ("cmr.pdf", b"%PDF-1.4 carrier cmr", "application/pdf")}
    answer = client.post(f"/api/v1/orders/{order_id}/documents", files=files, data={"documentType": kind})
    assert answer.status_code == 200, answer.text
    return str(answer.json()["documentId"])


def set_status(client: httpx.Client, order_id: str, document_id: str, status: str) -> None:
    path = f"/api/v1/orders/{order_id}/documents/{document_id}/status"
    answer = client.post(path, content=json.dumps({"status": status}), headers=MEDIA)
    assert answer.status_code == 200, answer.text


def flushed(box: Any) -> None:
    assert box.api.webhooks.flush(timeout=30), "deliveries still queued"


def webhook_schema(api: str, name: str) -> jsonschema.protocols.Validator:
    """A validator (formats checked) of the request body of the spec's webhook `name`."""
    return validator(api, pointer("webhooks", name, "post", "requestBody", "content", "application/json", "schema"))


# --- SpotGo: the subscription store ----------------------------------------------------------------


def test_subscriptions_are_per_company_and_read_back_without_their_credential(
    freight_sandbox: Callable[..., Any],
) -> None:
    _, company_a, company_b = spotgo(freight_sandbox, Sender())
    auth = {"type": "Basic", "basic": {"username": "spotgo", "password": "pw-5e1f0c"}}
    sub = subscribe(company_a, "DocumentAccepted", authentication=auth)
    listed = company_a.get("/api/v1/webhooks").json()["items"]
    assert [item["subscriptionId"] for item in listed] == [sub]
    assert listed[0]["eventType"] == "DocumentAccepted" and listed[0]["authenticationType"] == "Basic"
    assert listed[0]["isActive"] is True and listed[0]["failureCount"] == 0
    assert "pw-5e1f0c" not in company_a.get(f"/api/v1/webhooks/{sub}").text
    assert company_b.get("/api/v1/webhooks").json()["items"] == []
    assert company_b.get(f"/api/v1/webhooks/{sub}").status_code == 404
    assert company_b.delete(f"/api/v1/webhooks/{sub}").status_code == 404
    assert company_a.delete(f"/api/v1/webhooks/{sub}").status_code == 204
    assert company_a.get(f"/api/v1/webhooks/{sub}").status_code == 404


def test_a_new_subscription_gets_the_test_event(freight_sandbox: Callable[..., Any]) -> None:
    """SpotGo's webhook-flow page: a test event `example.event.publish.test` on registration."""
    sender = Sender()
    box, company_a, _ = spotgo(freight_sandbox, sender)
    sub = subscribe(company_a, "DocumentAccepted")
    flushed(box)
    [test] = sender.events()
    assert test["event"] == "example.event.publish.test" and test["subscriptionId"] == sub


def test_each_document_event_goes_to_the_subscriptions_that_want_it(freight_sandbox: Callable[..., Any]) -> None:
    """Workflow A subscribes to accepted documents, Workflow B to uploads (001); `All` gets both."""
    sender = Sender()
    box, company_a, company_b = spotgo(freight_sandbox, sender)
    subs = {kind: subscribe(company_a, kind) for kind in ("All", "DocumentUploaded", "DocumentAccepted")}
    subscribe(company_b, "All")  # another company's: told nothing of company A's orders
    order_id = new_order(company_a, "WH-1")
    document_id = upload(company_a, order_id)
    set_status(company_a, order_id, document_id, "Accepted")
    flushed(box)
    got = {(body["subscriptionId"], body["event"]) for body in sender.events() if body["event"].startswith("document.")}
    assert got == {
        (subs["All"], "document.uploaded"),
        (subs["All"], "document.accepted"),
        (subs["DocumentUploaded"], "document.uploaded"),
        (subs["DocumentAccepted"], "document.accepted"),
    }
    for body in sender.events("document.accepted"):
        assert (body["orderId"], body["documentId"]) == (order_id, document_id)


def test_deliveries_carry_the_subscriptions_credential(freight_sandbox: Callable[..., Any]) -> None:
    sender = Sender()
    box, company_a, _ = spotgo(freight_sandbox, sender)
    basic = subscribe(company_a, authentication={"type": "Basic", "basic": {"username": "u", "password": "p-1"}})
    keyed = subscribe(
        company_a, authentication={"type": "ApiKey", "apiKey": {"headerName": "X-Webhook-Key", "apiKey": "k-1"}}
    )
    bare = subscribe(company_a)
    flushed(box)
    headers = {body["subscriptionId"]: sent for _, sent, body in sender.sent}
    assert headers[basic]["Authorization"] == "Basic " + base64.b64encode(b"u:p-1").decode()
    assert headers[keyed]["X-Webhook-Key"] == "k-1" and "Authorization" not in headers[keyed]
    assert headers[bare] == {}


def test_every_spotgo_delivery_is_valid_against_the_specs_webhook_schema(freight_sandbox: Callable[..., Any]) -> None:
    sender = Sender()
    box, company_a, _ = spotgo(freight_sandbox, sender)
    subscribe(company_a)
    order_id = new_order(company_a, "WH-2")
    first, second = upload(company_a, order_id), upload(company_a, order_id, "invoice")
    set_status(company_a, order_id, first, "Accepted")
    set_status(company_a, order_id, second, "Rejected")
    flushed(box)
    schema = webhook_schema("spotgo", "carrierPortalEvent")
    assert {body["event"] for body in sender.events()} == {
        "example.event.publish.test",
        "document.uploaded",
        "document.accepted",
        "document.rejected",
    }
    for body in sender.events():
        schema.validate(body)


# --- SpotGo: delivery rules ----------------------------------------------------------------------


def test_a_failed_attempt_is_retried_three_times_with_the_same_body(freight_sandbox: Callable[..., Any]) -> None:
    """SpotGo's webhook-flow page: "retried 3 times"; the retries repeat the event, id included."""
    sender = Sender(lambda n: 200 if n == 4 else 503)
    box, company_a, _ = spotgo(freight_sandbox, sender)
    sub = subscribe(company_a)
    flushed(box)
    assert [body for _, _, body in sender.sent] == [sender.sent[0][2]] * 4
    assert company_a.get(f"/api/v1/webhooks/{sub}").json()["failureCount"] == 0


def test_five_failed_deliveries_deactivate_the_subscription_until_reset(freight_sandbox: Callable[..., Any]) -> None:
    failing = True
    sender = Sender(lambda n: 500 if failing else 200)
    box, company_a, _ = spotgo(freight_sandbox, sender, retries=0)
    sub = subscribe(company_a, "DocumentUploaded")  # its test event is failed delivery 1
    order_id = new_order(company_a, "WH-3")
    for _ in range(4):
        upload(company_a, order_id)
        flushed(box)
    view = company_a.get(f"/api/v1/webhooks/{sub}").json()
    assert view["isActive"] is False and view["failureCount"] == 5

    failing = False
    upload(company_a, order_id)  # not delivered: the subscription is off
    flushed(box)
    assert len(sender.sent) == 5
    assert company_a.put(f"/api/v1/webhooks/{sub}/reset").status_code == 204
    view = company_a.get(f"/api/v1/webhooks/{sub}").json()
    assert view["isActive"] is True and view["failureCount"] == 0
    upload(company_a, order_id)
    flushed(box)
    assert len(sender.sent) == 6 and box.api.webhooks.log[-1].status == 200


def test_a_success_clears_the_failure_count(freight_sandbox: Callable[..., Any]) -> None:
    """Failures count in a row: four, a success, four more leave the subscription active."""
    answers = iter([500] * 4 + [200] + [500] * 4)
    sender = Sender(lambda n: next(answers))
    box, company_a, _ = spotgo(freight_sandbox, sender, retries=0)
    sub = subscribe(company_a, "DocumentUploaded")
    order_id = new_order(company_a, "WH-4")
    for _ in range(8):
        upload(company_a, order_id)
        flushed(box)
    view = company_a.get(f"/api/v1/webhooks/{sub}").json()
    assert view["isActive"] is True and view["failureCount"] == 4


def test_seeding_duplicates_keeps_the_deactivation_threshold(freight_sandbox: Callable[..., Any]) -> None:
    """`configure` changes only what it is given: seeding duplicates does not switch deactivation off."""
    sender = Sender(lambda n: 500)
    box, company_a, _ = spotgo(freight_sandbox, sender, retries=0)
    box.api.webhooks.configure(seed=3, duplicates=0.5)
    sub = subscribe(company_a, "DocumentUploaded")
    order_id = new_order(company_a, "WH-5")
    for _ in range(6):
        upload(company_a, order_id)
        flushed(box)
    assert company_a.get(f"/api/v1/webhooks/{sub}").json()["isActive"] is False


def test_seeded_duplicates_repeat_an_event_and_nothing_else(freight_sandbox: Callable[..., Any]) -> None:
    sender = Sender()
    box, company_a, _ = spotgo(freight_sandbox, sender, seed=11, duplicates=1.0)
    subscribe(company_a, "DocumentUploaded")
    order_id = new_order(company_a, "WH-6")
    for _ in range(5):
        upload(company_a, order_id)
    flushed(box)
    ids = [body["id"] for body in sender.events("document.uploaded")]
    assert len(ids) == 10 and all(ids.count(i) == 2 for i in ids)


def test_deleting_a_subscription_drops_its_queued_deliveries(freight_sandbox: Callable[..., Any]) -> None:
    """DELETE means no more deliveries, also of the events queued before it (found by this test:
    retries of a deleted subscription went on being sent)."""
    gate = threading.Event()
    first = threading.Event()

    def status(n: int) -> int:
        first.set()
        gate.wait(30)
        return 500

    sender = Sender(status)
    box, company_a, _ = spotgo(freight_sandbox, sender)
    sub = subscribe(company_a)  # its test event is being sent, and fails: three retries queued
    assert first.wait(30)
    assert company_a.delete(f"/api/v1/webhooks/{sub}").status_code == 204
    gate.set()
    flushed(box)
    assert len(sender.sent) == 1
    assert [d.status for d in box.api.webhooks.log] == [500, -1]


# --- Quivo: /subscriptions and thin events -------------------------------------------------------


def quivo(freight_sandbox: Callable[..., Any], sender: Sender) -> tuple[Any, httpx.Client]:
    box = freight_sandbox("quivo")
    box.api.webhooks.configure(send=sender, backoff=0.0)
    creds = box.credentials
    raw = box.client(headers={"X-Api-Key": creds["api_key"]})
    login = raw.post("/login", json={"username": creds["username"], "password": creds["password"]})
    assert login.status_code == 200, login.text
    raw.headers["Authorization"] = login.json().get("token") or login.json()["Token"]
    return box, raw


def test_quivo_subscriptions_are_stored_and_told_each_new_version(freight_sandbox: Callable[..., Any]) -> None:
    sender = Sender()
    box, raw = quivo(freight_sandbox, sender)
    seller = box.credentials["seller_id"]
    endpoint = {"type": "WEBHOOK", "url": HOOK, "headers": {"X-Webhook-Key": "k-2"}}
    created = raw.post("/subscriptions", json={"sellerId": seller, "entity": "ORDERS", "endpoint": endpoint})
    assert created.status_code == 200, created.text
    uuid = created.json()["uuid"]
    assert created.json()["endpoint"] == {"type": "WEBHOOK", "url": HOOK}
    assert [s["uuid"] for s in raw.get("/subscriptions").json()] == [uuid]
    assert raw.get(f"/subscriptions/{uuid}").json()["entity"] == "ORDERS"
    other = raw.post("/subscriptions", json={"sellerId": seller, "entity": "SHIPMENTS", "endpoint": endpoint})
    assert other.status_code == 200

    submitted = raw.post("/orders", json=examples.quivo_order(seller, "WH-Q-1"))
    assert submitted.status_code in (200, 201), submitted.text
    order_id = submitted.json()["orderId"]
    assert box.api.change_order(order_id) == 2
    flushed(box)
    schema = webhook_schema("quivo", "entityChanged")
    for url, headers, body in sender.sent:
        schema.validate(body)
        assert url == HOOK and headers == {"X-Webhook-Key": "k-2"}
    assert [(e["id"], e["entity"], e["version"]) for body in sender.events() for e in body["events"]] == [
        (order_id, "ORDERS", 1),
        (order_id, "ORDERS", 2),
    ]


def test_quivo_a_seller_the_user_lacks_cannot_be_subscribed(freight_sandbox: Callable[..., Any]) -> None:
    box, raw = quivo(freight_sandbox, Sender())
    others = {s for user in box.credentials["users"] for s in user["seller_ids"]} - set(
        next(u["seller_ids"] for u in box.credentials["users"] if u["username"] == box.credentials["username"])
    )
    seller = min(others) if others else 999_999
    answer = raw.post(
        "/subscriptions", json={"sellerId": seller, "entity": "ORDERS", "endpoint": {"type": "WEBHOOK", "url": HOOK}}
    )
    assert answer.status_code == 403 and "inferred" in answer.text


@pytest.mark.parametrize("api", ["spotgo", "quivo"])
def test_a_delivery_off_this_machine_is_never_sent(api: str, freight_sandbox: Callable[..., Any]) -> None:
    sender = Sender()
    if api == "spotgo":
        box, company_a, _ = spotgo(freight_sandbox, sender)
        subscribe(company_a, url="https://example.com/hooks")
    else:
        box, raw = quivo(freight_sandbox, sender)
        body = {
            "sellerId": box.credentials["seller_id"],
            "entity": "ORDERS",
            "endpoint": {"type": "WEBHOOK", "url": "https://example.com/h"},
        }
        assert raw.post("/subscriptions", json=body).status_code == 200
        raw.post("/orders", json=examples.quivo_order(box.credentials["seller_id"], "WH-Q-2"))
    flushed(box)
    assert sender.sent == [] and [d.status for d in box.api.webhooks.log] == [-1]


def test_a_callback_url_that_does_not_parse_is_not_sent_and_deliveries_go_on(
    freight_sandbox: Callable[..., Any],
) -> None:
    """`http://[` (Schemathesis makes such URLs) made `urlsplit` raise inside the delivery thread,
    which died: that sandbox sent no webhook again. It is now a delivery not sent, and the next
    subscription still gets its events."""
    sender = Sender()
    box, company_a, _ = spotgo(freight_sandbox, sender)
    subscribe(company_a, url="http://[")
    flushed(box)
    subscribe(company_a)
    flushed(box)
    assert len(sender.sent) == 1  # the good subscription's test event
    assert box.api.webhooks.log[0].status == -1
