"""The SpotGo sandbox's carrier side: Workflows A and B as 001 writes them, with no stand-in for the
carrier in the integrator's API calls. The carrier uploads through the order's share link (or the
`box.api.carrier` hook) and SpotGo's side accepts; each step delivers the webhooks the API's own
calls do (issue 26, item 4)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlsplit

from freight_clients import SpotGo
from freight_clients.webhooks import BasicAuth, MemoryEventStore, Receiver, WebhookEvent
from freight_sandbox import examples

USER, PASSWORD = "carrier-hooks", "pw-71c2"
URL = "http://127.0.0.1:9/hooks"


def wired(freight_sandbox: Callable[..., Any]) -> tuple[Any, list[WebhookEvent]]:
    box = freight_sandbox("spotgo")
    events: list[WebhookEvent] = []
    receiver = Receiver("spotgo", BasicAuth(USER, PASSWORD), MemoryEventStore(), events.append)

    def send(url: str, headers: Mapping[str, str], body: bytes) -> int:
        return receiver.receive(headers, body).status

    box.api.webhooks.configure(send=send, backoff=0.0)
    return box, events


def test_workflow_a_the_carrier_delivers_and_the_integrator_downloads_on_the_accepted_event(
    freight_sandbox: Callable[..., Any],
) -> None:
    box, events = wired(freight_sandbox)
    with box.connect(SpotGo) as spotgo:
        spotgo.webhooks.subscribe(URL, "DocumentAccepted", authentication=spotgo.webhooks.basic(USER, PASSWORD))
        order = spotgo.orders.create(examples.spotgo_order("CAR-A"))
        document_id = box.api.carrier.upload(order.order_id, b"%PDF-1.4 the carrier's cmr")
        assert box.api.webhooks.flush(30)
        assert [e.name for e in events] == ["example.event.publish.test"]  # an upload is not an acceptance
        box.api.carrier.accept(order.order_id, document_id)
        assert box.api.webhooks.flush(30)
        [event] = [e for e in events if e.name == "document.accepted"]
        refreshed = spotgo.orders.get(event.unknown["orderId"])
        [document] = refreshed.documents or []
        assert str(document.document_id) == event.unknown["documentId"] == document_id
        assert spotgo.documents.download(refreshed.order_id, document.document_id).content == (
            b"%PDF-1.4 the carrier's cmr"
        )
        assert getattr(refreshed.status, "value", refreshed.status) == "Completed"  # its one required CMR accepted


def test_workflow_b_the_carrier_uploads_through_the_share_link_and_the_integrator_reviews(
    freight_sandbox: Callable[..., Any],
) -> None:
    box, events = wired(freight_sandbox)
    with box.connect(SpotGo) as spotgo:
        spotgo.webhooks.subscribe(URL, "DocumentUploaded", authentication=spotgo.webhooks.basic(USER, PASSWORD))
        result = spotgo.orders.upsert(examples.spotgo_order("CAR-B"))
        share = urlsplit(str(result.share_url)).path
        with box.client() as carrier:
            answer = carrier.post(
                share, files={"file": ("cmr.jpg", b"\xff\xd8 photo", "image/jpeg")}, data={"documentType": "cmr"}
            )
            assert answer.status_code == 200, answer.text
            assert (
                carrier.post("/share/not-a-link", files={"file": ("x", b"x")}, data={"documentType": "cmr"}).status_code
                == 404
            )
        assert box.api.webhooks.flush(30)
        [event] = [e for e in events if e.name == "document.uploaded"]
        assert event.unknown["documentId"] == answer.json()["documentId"]
        order = spotgo.orders.get(event.unknown["orderId"])
        [document] = order.documents or []
        assert spotgo.documents.download(order.order_id, document.document_id).content == b"\xff\xd8 photo"
        spotgo.documents.reject(order.order_id, document.document_id, comment="blurred")
        assert box.api.webhooks.flush(30)
    assert [e.name for e in events] == ["example.event.publish.test", "document.uploaded"]  # rejections not asked for


def test_a_review_the_rules_refuse_is_refused_on_the_carrier_side_too(freight_sandbox: Callable[..., Any]) -> None:
    box, _ = wired(freight_sandbox)
    with box.connect(SpotGo) as spotgo:
        order = spotgo.orders.create(examples.spotgo_order("CAR-C"))
        document_id = box.api.carrier.deliver(order.order_id)
        try:
            box.api.carrier.reject(order.order_id, document_id)
        except Exception as error:
            assert getattr(error, "status", None) == 409
        else:
            raise AssertionError("an accepted document was rejected")
        [document] = spotgo.orders.get(order.order_id).documents or []
        assert str(getattr(document.status, "value", document.status)) == "Accepted"
