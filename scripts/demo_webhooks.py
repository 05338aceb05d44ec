"""SpotGo's Workflows A and B as seed 001 writes them, on webhooks: a receiver
(`freight_clients.webhooks`, served by uvicorn on 127.0.0.1) is subscribed with Basic auth, and
each workflow waits for its event instead of assuming the document is there; when no event comes
in time it polls the order instead (001: "or on a poll if you combine with query").

The carrier is not on this API. Against a sandbox it uploads through the share link the create or
upsert returned (`POST /share/{token}`, the sandbox's form: the share site's is not public), and a
document is accepted on SpotGo's side by the sandbox's test hook (`box.api.carrier.accept`: 001
does not say who accepts, and the sandbox has no HTTP route for it); without that hook, and
against a vendor, where nobody plays the carrier, a stand-in uploads through the document endpoint
and accepts through the status endpoint, and says so.

Where deliveries go: a SpotGo on loopback (a sandbox) reaches a receiver on a free loopback port.
A vendor cannot: give `SPOTGO_WEBHOOK_URL`, a public URL that reaches this machine (a tunnel or a
reverse proxy), and `SPOTGO_WEBHOOK_LISTEN` (`host:port` on loopback, default 127.0.0.1:8787),
where the receiver listens for it; without it the webhook part is skipped, with the reason.

    python scripts/demo_webhooks.py            # the SpotGo of SPOTGO_API_KEY / SPOTGO_BASE_URL
    python scripts/demo_webhooks.py --local    # a local sandbox

`scripts/demo.py` runs it against local sandboxes after the four APIs' workflows; `nox -s
live_standin` runs it against the persistent sandbox standing in for SpotGo, every round.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import os
import secrets
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpx

from freight_clients import SpotGo
from freight_clients.support import is_loopback
from freight_clients.webhooks import BasicAuth, MemoryEventStore, Receiver, WebhookEvent, asgi_app
from freight_sandbox import RunningSandbox, ServedApp, connect, examples, sandbox
from freight_sandbox.spotgo import SpotGoSandbox

#: How long a workflow waits for its event before it falls back to polling.
WAIT = 20.0
#: How long the poll fallback polls, and how often.
POLL, POLL_EVERY = 20.0, 0.5
#: The public callback URL a vendor delivers to (it must reach the receiver's loopback address).
WEBHOOK_URL_VARIABLE = "SPOTGO_WEBHOOK_URL"
#: Where the receiver listens for it (`host:port`, loopback only).
WEBHOOK_LISTEN_VARIABLE = "SPOTGO_WEBHOOK_LISTEN"
DEFAULT_LISTEN = "127.0.0.1:8787"
#: The receiver's path on a loopback callback URL.
HOOK_PATH = "/spotgo-hooks"

T = TypeVar("T")


class Inbox:
    """The events the receiver handled, and a wait for the one a workflow expects."""

    def __init__(self) -> None:
        self.events: list[WebhookEvent] = []
        self._arrived = threading.Condition()

    def handle(self, event: WebhookEvent) -> None:
        with self._arrived:
            self.events.append(event)
            self._arrived.notify_all()

    def wait(self, wanted: Callable[[WebhookEvent], bool], count: int = 1, timeout: float = WAIT) -> list[WebhookEvent]:
        """The first `count` handled events that `wanted` keeps; fewer if `timeout` passes first."""
        deadline = time.monotonic() + timeout
        with self._arrived:
            while len(found := [e for e in self.events if wanted(e)]) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self._arrived.wait(left)
            return found[:count]


def about(order_id: object, name: str) -> Callable[[WebhookEvent], bool]:
    """Events named `name` about order `order_id` (the sandbox's `orderId`: no public delivery shows one)."""
    return lambda event: event.name == name and event.unknown.get("orderId") == str(order_id)


def poll(fetch: Callable[[], T], done: Callable[[T], bool], timeout: float = POLL) -> T:
    """`fetch()` until `done` keeps its answer or `timeout` passes; the last answer."""
    deadline = time.monotonic() + timeout
    while not done(answer := fetch()) and time.monotonic() < deadline:
        time.sleep(POLL_EVERY)
    return answer


# -- where deliveries go --------------------------------------------------------------------------


@dataclass(frozen=True)
class Callback:
    """Where the receiver listens (`host`, `port`; 0: a free one) and the URL SpotGo is given
    (`public`; None: the receiver's own loopback URL)."""

    host: str = "127.0.0.1"
    port: int = 0
    public: str | None = None


LOOPBACK = Callback()


def callback_for(base_url: str, environ: Mapping[str, str]) -> Callback | str:
    """Where the deliveries of the SpotGo at `base_url` go, or why the webhook part is skipped:
    `SPOTGO_WEBHOOK_URL` when given (the receiver on `SPOTGO_WEBHOOK_LISTEN`), else a free loopback
    port when SpotGo itself is on loopback (a sandbox), else nowhere (a vendor cannot reach it)."""
    public = (environ.get(WEBHOOK_URL_VARIABLE) or "").strip()
    if public:
        if urlsplit(public).scheme not in ("http", "https") or not urlsplit(public).hostname:
            return f"{WEBHOOK_URL_VARIABLE}={public!r} is no http(s) URL"
        listen = (environ.get(WEBHOOK_LISTEN_VARIABLE) or DEFAULT_LISTEN).strip()
        host, _, port = listen.rpartition(":")
        if not port.isdigit() or not is_loopback(host or "?"):
            return (
                f"{WEBHOOK_LISTEN_VARIABLE}={listen!r} is no loopback host:port (the receiver listens on loopback only)"
            )
        return Callback(host.strip("[]"), int(port), public)
    host = urlsplit(base_url).hostname or ""
    if is_loopback(host):
        return LOOPBACK
    return (
        f"SpotGo at {host} cannot reach a receiver on this machine's loopback: set {WEBHOOK_URL_VARIABLE} to a "
        f"public URL that reaches {WEBHOOK_LISTEN_VARIABLE} (default {DEFAULT_LISTEN}) to run Workflows A and B "
        "on webhooks"
    )


@contextlib.contextmanager
def receiving(receiver: Receiver, callback: Callback = LOOPBACK) -> Iterator[str]:
    """The receiver's ASGI app on the callback's loopback address; yields the URL to subscribe."""
    with ServedApp(asgi_app(receiver), "spotgo-webhook-receiver", callback.host, callback.port) as served:
        yield callback.public or f"{served.base_url}{HOOK_PATH}"


# -- who plays the carrier ------------------------------------------------------------------------


class Carrier:
    """The carrier's uploads (the share link, else the stand-in's document endpoint) and the
    acceptance on SpotGo's side Workflow A waits for (the sandbox's hook, else the stand-in's
    status call). `said` is how the report names what plays it."""

    def __init__(self, client: SpotGo, *, share_link: bool, accept: Callable[[str, str], object] | None) -> None:
        self.client = client
        self.share_link = share_link
        self._accept = accept
        uploads = "the share link (the sandbox's form)" if share_link else "a stand-in: the document endpoint"
        accepts = "the sandbox's hook on SpotGo's side" if accept else "a stand-in: the status endpoint"
        self.said = f"carrier uploads through {uploads}; acceptance by {accepts}"

    @classmethod
    def for_(cls, client: SpotGo, box: RunningSandbox | None = None) -> Carrier:
        """The share link against a SpotGo on loopback (a sandbox; its form is the sandbox's), with
        the sandbox's acceptance when `box` is that sandbox; stand-ins otherwise."""
        on_loopback = is_loopback(urlsplit(str(client.base_url)).hostname or "")
        accept = box.api.carrier.accept if box is not None and isinstance(box.api, SpotGoSandbox) else None
        return cls(client, share_link=on_loopback, accept=accept)

    def upload(self, order_id: Any, share_url: str | None, name: str, kind: str, data: bytes, media: str) -> str:
        """One upload of the carrier to the order; the document id."""
        if self.share_link and share_url:
            try:
                answer = httpx.post(
                    share_url, files={"file": (name, data, media)}, data={"documentType": kind}, timeout=30
                )
                answer.raise_for_status()
                return str(answer.json()["documentId"])
            except (httpx.HTTPError, ValueError, KeyError) as error:
                raise RuntimeError(f"the carrier's share-link upload failed: {error!r}") from error
        return str(self.client.documents.upload(order_id, (name, data), kind).document_id)

    def accept(self, order_id: Any, document_id: str) -> None:
        """The document is accepted on SpotGo's side (Workflow A's "when a document is accepted")."""
        if self._accept is not None:
            self._accept(str(order_id), document_id)
        else:
            self.client.documents.accept(order_id, document_id)


# -- the workflows ---------------------------------------------------------------------------------


@dataclass
class Received:
    """What the webhook part saw: the events handled (by name), how many twice, and per workflow
    whether it was notified or fell back to polling."""

    events: collections.Counter[str] = field(default_factory=collections.Counter)
    twice: int = 0
    notified: dict[str, bool] = field(default_factory=dict)
    active: bool | None = None

    def line(self) -> str:
        names = ", ".join(f"{name} x{count}" for name, count in sorted(self.events.items())) or "none"
        ways = ", ".join(f"Workflow {w}: {'webhook' if ok else 'poll fallback'}" for w, ok in self.notified.items())
        return f"received {sum(self.events.values())} event(s) ({names}), {self.twice} handled twice; {ways}"


def workflow_a(client: SpotGo, step: Any, run: str, inbox: Inbox, carrier: Carrier, wait: float = WAIT) -> bool:
    """001 Workflow A: upsert, be notified when a document is accepted, read the order back,
    download; True when the webhook came, False when the poll found it."""
    number = f"SG-{run}-WA"
    upserted = client.orders.upsert(examples.spotgo_order(number))
    step.undo(f"deleted order {number}", lambda: client.orders.delete(upserted.order_id))
    step(f"Workflow A: upserted {number} (created={upserted.created}), orderId {upserted.order_id}")
    cmr = carrier.upload(
        upserted.order_id, upserted.share_url, "cmr-0001.pdf", "cmr", b"%PDF-1.4 signed CMR", "application/pdf"
    )
    carrier.accept(upserted.order_id, cmr)
    step("Workflow A: the carrier uploaded a CMR and it was accepted")
    notified = inbox.wait(about(upserted.order_id, "document.accepted"), timeout=wait)
    if notified:
        step(f"Workflow A: notified: {notified[0].name} (event {notified[0].id})")
    else:  # 001 step 3: "or on a poll if you combine with query"
        step("Workflow A: no event in time; polling the order instead")

    def accepted_of(order: Any) -> list[Any]:
        return [d for d in order.documents or [] if str(d.status) == "Accepted"]

    order = poll(lambda: client.orders.get(upserted.order_id), lambda o: bool(accepted_of(o)))
    if not accepted_of(order):
        raise RuntimeError(f"Workflow A: no accepted document on {number}, by webhook or poll")
    for document in accepted_of(order):
        downloaded = client.documents.download(upserted.order_id, document.document_id)
        step(f"Workflow A: downloaded {downloaded.filename} ({len(downloaded.content)} bytes); order {order.status}")
    polled = [str(i.order_number) for i in client.orders.query({"orderNumber": number})]
    step(f"Workflow A: the poll fallback (query) finds {polled}")
    own = client.documents.upload(upserted.order_id, ("order.pdf", b"%PDF-1.4 order"), "orderPdf")
    step(f"Workflow A: the customer uploaded its own order PDF ({own.document_type}), 001's optional step")
    return bool(notified)


def workflow_b(client: SpotGo, step: Any, run: str, inbox: Inbox, carrier: Carrier, wait: float = WAIT) -> bool:
    """001 Workflow B: be notified of each upload, review it, accept or reject it; True when both
    uploads were notified, False when the poll found (the rest of) them."""
    number = f"SG-{run}-WB"
    created = client.orders.create({**examples.spotgo_order(number), "requiredDocumentTypes": None})
    step.undo(f"deleted order {number}", lambda: client.orders.delete(created.order_id))
    share = getattr(created.share, "share_url", None)
    carrier.upload(created.order_id, share, "invoice.pdf", "invoice", b"%PDF-1.4 invoice", "application/pdf")
    carrier.upload(created.order_id, share, "cmr-photo.jpg", "cmr", b"\xff\xd8 blurred", "image/jpeg")
    step(f"Workflow B: created {number}; the carrier uploaded two documents")
    notified = inbox.wait(about(created.order_id, "document.uploaded"), count=2, timeout=wait)
    step(f"Workflow B: notified of {len(notified)} upload(s)")
    if len(notified) < 2:
        step("Workflow B: not every upload was notified in time; polling the order instead")
    order = poll(lambda: client.orders.get(created.order_id), lambda o: len(o.documents or []) >= 2)
    if len(order.documents or []) < 2:
        raise RuntimeError(f"Workflow B: {number} has {len(order.documents or [])} document(s), by webhook or poll")
    for document in order.documents or []:  # review each: a readable PDF is accepted, the photo is not
        content = client.documents.download(created.order_id, document.document_id).content
        if content.startswith(b"%PDF"):
            client.documents.accept(created.order_id, document.document_id)
        else:
            client.documents.reject(created.order_id, document.document_id, comment="photo is blurred")
    states = {str(d.name): str(d.status) for d in client.orders.get(created.order_id).documents or []}
    step(f"Workflow B: reviewed {states}")
    return len(notified) == 2


def run_on_webhooks(
    report: Any,
    client: SpotGo,
    run: str,
    carrier: Carrier,
    *,
    title: str,
    where: str,
    callback: Callback = LOOPBACK,
    wait: float = WAIT,
) -> Received:
    """Both workflows on one subscription (`All`, the one public event type) to a receiver that
    checks the Basic credential the subscription was created with; what was received."""
    password = secrets.token_urlsafe(12)
    inbox = Inbox()
    receiver = Receiver("spotgo", BasicAuth("spotgo-demo", password), MemoryEventStore(), inbox.handle)
    received = Received()
    with receiving(receiver, callback) as url, report.section(title, where) as step:
        try:
            step(carrier.said)
            auth = client.webhooks.basic("spotgo-demo", password)
            subscription = client.webhooks.subscribe(url, "All", authentication=auth)
            step.undo("deleted the subscription", lambda: client.webhooks.delete(subscription.subscription_id))
            registered = inbox.wait(lambda e: e.name == "example.event.publish.test", timeout=wait)
            step(f"subscribed {url} (Basic); test event received: {bool(registered)}")
            received.notified["A"] = workflow_a(client, step, run, inbox, carrier, wait)
            received.notified["B"] = workflow_b(client, step, run, inbox, carrier, wait)
            if received.notified["B"]:
                inbox.wait(lambda e: e.name == "document.rejected", timeout=wait)  # Workflow B's last event
            keys = [event.key for event in inbox.events]
            received.events.update(event.name for event in inbox.events)
            received.twice = len(keys) - len(set(keys))
            received.active = client.webhooks.is_active(subscription.subscription_id)
            step(f"{len(keys)} events handled, {received.twice} twice; subscription active: {received.active}")
            step(received.line())
        finally:
            step.clean_up()
    return received


def spotgo_webhook_workflows(report: Any, run: str, wait: float = WAIT) -> Received:
    """The demo's section: both workflows against a local sandbox, its carrier on the share link."""
    box = sandbox("spotgo").serve()
    try:
        with connect(SpotGo, box) as client:
            return run_on_webhooks(
                report,
                client,
                run,
                Carrier.for_(client, box),
                title="SpotGo Carrier Portal: Workflows A and B on webhooks",
                where=box.base_url,
                wait=wait,
            )
    finally:
        box.stop()


def live_webhook_workflows(
    report: Any, run: str, environ: Mapping[str, str], box: RunningSandbox | None = None, wait: float = WAIT
) -> Received | None:
    """Both workflows against the SpotGo `environ` names (`SPOTGO_API_KEY`, `SPOTGO_BASE_URL`), as
    a user's live run: None, and a line saying why, when its deliveries cannot reach a receiver
    here (see `callback_for`). `box`: the sandbox standing in for SpotGo, if it is one (its
    acceptance hook then plays SpotGo's side)."""
    title = "SpotGo Carrier Portal: Workflows A and B on webhooks (live)"
    with SpotGo(environ.get("SPOTGO_API_KEY"), base_url=environ.get("SPOTGO_BASE_URL")) as client:
        callback = callback_for(str(client.base_url), environ)
        if isinstance(callback, str):
            print(f"\n{title}  ({client.base_url})\n  skip {callback}")
            return None
        carrier = Carrier.for_(client, box)
        return run_on_webhooks(
            report, client, run, carrier, title=title, where=str(client.base_url), callback=callback, wait=wait
        )


def main(argv: list[str] | None = None) -> int:
    from demo import Report  # demo imports this module: import it only when run on its own

    parser = argparse.ArgumentParser(
        prog="python scripts/demo_webhooks.py",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--local", action="store_true", help="a local sandbox, whatever the environment says")
    parser.add_argument("--run-id", default=None, help="the id in the order numbers written (default: random)")
    parser.add_argument("--wait", type=float, default=WAIT, help=f"seconds to wait for an event (default {WAIT:g})")
    args = parser.parse_args(argv)
    run = args.run_id or secrets.token_hex(3)
    report = Report()
    if args.local or not os.environ.get("SPOTGO_API_KEY"):
        spotgo_webhook_workflows(report, run, args.wait)
    else:
        live_webhook_workflows(report, run, os.environ, wait=args.wait)
    print(f"\n{'the webhook workflows passed' if not report.failures else 'the webhook workflows FAILED'}")
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main())
