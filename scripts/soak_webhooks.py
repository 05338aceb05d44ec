"""Webhook soak (`nox -s soak_webhooks`, issue 26's proof): state changes made in the SpotGo and
Quivo sandboxes (served on loopback ports) are delivered over sockets to `freight_clients.webhooks`
receivers (uvicorn on 127.0.0.1), with seeded duplicates and reordering (the sandboxes') and
receiver 5xx (a seeded share of deliveries answered 503 before the receiver sees them, so the
sandbox retries). Then:

- final state seen: for every order, what the handlers last read equals the sandbox's state
  (SpotGo: the handler refreshes the order with GET on every event, as Workflow A does; Quivo: the
  newest version handled), after one reconciler pass;
- processed twice: events whose key reached a handler more than once (0 expected);
- regressions: a SpotGo document read back in an earlier state than before, a Quivo version
  handled after a newer one;
- deactivation: the SpotGo receiver is down for 5 deliveries; the subscription must be found
  deactivated and reset by one `Reconciler` pass, which also hands over the missed events;
- forged: deliveries without or with wrong credentials sent to both receivers; refused share.

    python scripts/soak_webhooks.py [--changes 10000] [--seed 26] [--output bench/results.json]

Writes its figures under the key `webhooks_soak` of the output (other keys kept).
"""

from __future__ import annotations

import argparse
import base64
import collections
import datetime
import json
import random
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from freight_clients import Quivo, SpotGo
from freight_clients.webhooks import (
    ApiKeyAuth,
    BasicAuth,
    Receiver,
    Reconciler,
    SQLiteEventStore,
    WebhookEvent,
    asgi_app,
)
from freight_sandbox import ServedApp, sandbox
from freight_sandbox.examples import quivo_order, spotgo_order

ROOT = Path(__file__).resolve().parent.parent
USER, PASSWORD, HOOK_KEY = "soak-hooks", "pw-5c1e0a77", "whk-soak-91d2"
RANK = {"InReview": 1, "Processing": 1, "Accepted": 2, "Rejected": 2}


class Flaky:
    """An ASGI wrapper answering 503 to a seeded share of requests (or every one while `down`)."""

    def __init__(self, app: Any, share: float, seed: int) -> None:
        self.app, self.share, self.random = app, share, random.Random(seed)
        self.down = False
        self.refused = 0
        self.lock = threading.Lock()

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            with self.lock:
                fail = self.down or self.random.random() < self.share
                self.refused += fail
            if fail:
                await send({"type": "http.response.start", "status": 503, "headers": []})
                await send({"type": "http.response.body", "body": b""})
                return
        await self.app(scope, receive, send)


class Served(ServedApp):
    """An ASGI app on a free 127.0.0.1 port; `url` is its delivery URL."""

    def __init__(self, app: Any) -> None:
        super().__init__(app, "soak-receiver")
        self.start()
        self.url = f"{self.base_url}/hooks"


class Seen:
    """What a handler processed: each key's count, and the state it read per order."""

    def __init__(self) -> None:
        self.counts: collections.Counter[str] = collections.Counter()
        self.state: dict[str, dict[str, str]] = {}
        self.regressions = 0
        self.lock = threading.Lock()

    def processed(self, event: WebhookEvent) -> None:
        with self.lock:
            self.counts[event.key] += 1

    @property
    def twice(self) -> int:
        return sum(1 for count in self.counts.values() if count > 1)


def spotgo_handler(spotgo: SpotGo, seen: Seen) -> Callable[[WebhookEvent], None]:
    def handle(event: WebhookEvent) -> None:
        order_id = event.unknown.get("orderId")
        if order_id is not None:  # Workflow A step 3: refresh the order, never trust the event order
            order = spotgo.orders.get(order_id)
            read = {str(d.document_id): str(getattr(d.status, "value", d.status)) for d in order.documents or []}
            with seen.lock:
                before = seen.state.get(order_id, {})
                seen.regressions += sum(
                    1 for doc, status in before.items() if RANK.get(read.get(doc, ""), 0) < RANK.get(status, 0)
                )
                seen.state[order_id] = read
        seen.processed(event)

    return handle


def quivo_handler(seen: Seen) -> Callable[[WebhookEvent], None]:
    def handle(event: WebhookEvent) -> None:
        with seen.lock:
            last = int(seen.state.get(str(event.entity_id), {}).get("version", "0"))
            seen.regressions += int(event.version or 0) < last
            seen.state[str(event.entity_id)] = {"version": str(event.version)}
        seen.processed(event)

    return handle


def delivery_figures(log: list[Any]) -> dict[str, int]:
    """From a sandbox's delivery log: attempts, events, seeded duplicate sends (first attempts of
    a body already sent), answers 5xx (each retried), and thin events delivered after a newer
    version of their entity, or SpotGo uploads after their document's review (the reordering the
    receiver must absorb)."""
    first = [json.dumps(d.body, sort_keys=True) for d in log if d.attempt == 0]
    newest: dict[str, int] = {}
    late = 0
    decided: set[str] = set()
    for d in log:
        document = d.body.get("documentId") if d.status == 200 else None
        if document is not None:  # SpotGo: an upload delivered after its document's review
            late += d.body["event"] == "document.uploaded" and document in decided
            if d.body["event"] != "document.uploaded":
                decided.add(document)
        for event in d.body.get("events", []) if d.status == 200 else []:
            key = f"{event['entity']}:{event['id']}"
            late += event["version"] < newest.get(key, 0)
            newest[key] = max(newest.get(key, 0), event["version"])
    return {
        "attempts": len(log),
        "events": len(set(first)),
        "duplicate_sends": len(first) - len(set(first)),
        "answered_5xx": sum(1 for d in log if 500 <= d.status < 600),
        "delivered_after_a_later_change": late,
    }


def forged(url: str, body: bytes, genuine: dict[str, str]) -> tuple[int, int]:
    """Deliveries without, or with wrong, credentials: (sent, refused)."""
    ((name, value),) = genuine.items()
    attempts: list[dict[str, str] | list[tuple[str, str]]] = [
        {},
        {name: value + "x"},
        {name: value[:-1]},
        {name: ""},
        {"Authorization": "Bearer " + value},
        {"X-Forwarded-Authorization": value},
        [(name, "forged"), (name, value)],
        {name: value.upper() if value.upper() != value else value.lower()},
    ]
    refused = 0
    with httpx.Client(trust_env=False, timeout=10) as client:
        for headers in attempts:
            refused += client.post(url, content=body, headers=headers).status_code == 401
    return len(attempts), refused


def run(
    changes: int = 10_000,
    seed: int = 26,
    duplicates: float = 0.1,
    reorder: float = 0.1,
    failures: float = 0.05,
    workdir: Path | None = None,
) -> dict[str, Any]:
    """The soak: `changes` state changes, about 60% SpotGo document changes, 40% Quivo versions."""
    started = time.monotonic()
    workdir = workdir or Path(tempfile.mkdtemp(prefix="soak-webhooks-"))  # the receivers' SQLite stores
    spotgo_orders = max(1, changes * 6 // 10 // 4)  # upload, upload, accept, reject
    quivo_orders = max(1, (changes - spotgo_orders * 4) // 10)  # created, then 9 versions more
    figures: dict[str, Any] = {"seed": seed, "duplicates": duplicates, "reorder": reorder, "receiver_5xx": failures}
    with (
        sandbox("spotgo").serve() as sg_box,
        sandbox("quivo").serve() as q_box,
        sg_box.connect(SpotGo, max_retries=5) as spotgo,
        q_box.connect(Quivo) as quivo,
    ):
        sg_api: Any = sg_box.api  # SpotGoSandbox, QuivoSandbox: their test hooks (carrier, change_order)
        q_api: Any = q_box.api
        for api, n in ((sg_api, 1), (q_api, 2)):
            api.webhooks.configure(seed=seed + n, duplicates=duplicates, reorder=reorder, backoff=0.005)
        sg_seen, q_seen = Seen(), Seen()
        sg_receiver = Receiver(
            "spotgo",
            BasicAuth(USER, PASSWORD),
            SQLiteEventStore(workdir / "spotgo.db"),
            spotgo_handler(spotgo, sg_seen),
        )
        q_receiver = Receiver(
            "quivo",
            ApiKeyAuth("X-Webhook-Key", HOOK_KEY),
            SQLiteEventStore(workdir / "quivo.db"),
            quivo_handler(q_seen),
        )
        sg_flaky, q_flaky = (
            Flaky(asgi_app(sg_receiver), failures, seed),
            Flaky(asgi_app(q_receiver), failures, seed + 1),
        )
        sg_served, q_served = Served(sg_flaky), Served(q_flaky)
        try:
            sub = spotgo.webhooks.subscribe(sg_served.url, "All", authentication=spotgo.webhooks.basic(USER, PASSWORD))
            seller = q_box.credentials["seller_id"]
            quivo.subscriptions.create(seller, "ORDERS", q_served.url, headers={"X-Webhook-Key": HOOK_KEY})

            # -- the changes: SpotGo's carrier uploads and SpotGo's review; Quivo's orders moving on
            made = 0
            order_ids = [str(spotgo.orders.create(spotgo_order(f"WS-{n}")).order_id) for n in range(spotgo_orders)]
            q_ids = [quivo.orders.submit(quivo_order(seller, f"WQ-{n}")).order_id for n in range(quivo_orders)]
            made += quivo_orders
            for order_id in order_ids:
                cmr = sg_api.carrier.upload(order_id, b"%PDF-1.4 cmr", "cmr", "cmr.pdf")
                invoice = sg_api.carrier.upload(order_id, b"%PDF-1.4 invoice", "invoice", "invoice.pdf")
                sg_api.carrier.accept(order_id, cmr)
                sg_api.carrier.reject(order_id, invoice, "blurred")
                made += 4
            for _ in range(9):
                for q_id in q_ids:
                    q_api.change_order(q_id)
                    made += 1
            for api in (sg_api, q_api):
                if not api.webhooks.flush(timeout=1800):
                    raise RuntimeError("deliveries still queued after 30 minutes")
            figures["state_changes"] = made
            figures["deliveries"] = {
                name: delivery_figures(api.webhooks.log) for name, api in (("spotgo", sg_api), ("quivo", q_api))
            }

            # -- deactivation: the SpotGo receiver is down for 5 deliveries, then one reconciler pass
            sg_flaky.down = True
            missed_order = str(spotgo.orders.create(spotgo_order("WS-DOWN")).order_id)
            missed = [sg_api.carrier.upload(missed_order, b"%PDF-1.4", "cmr", f"m{n}.pdf") for n in range(5)]
            sg_api.carrier.accept(missed_order, missed[0])
            sg_api.webhooks.flush(timeout=600)
            deactivated = spotgo.webhooks.is_active(sub.subscription_id) is False
            sg_flaky.down = False
            report = Reconciler(spotgo, sg_receiver, [sub.subscription_id]).run()
            sg_api.webhooks.flush(timeout=600)
            figures["deactivation"] = {
                "deactivated_after_5_failures": deactivated,
                "detected_in_one_pass": str(sub.subscription_id) in report.deactivated,
                "reset_in_one_pass": str(sub.subscription_id) in report.reset,
                "active_after_pass": spotgo.webhooks.is_active(sub.subscription_id),
                "missed_events_replayed": len(report.replayed),
                "orders_read_by_pass": report.orders,
                "events_already_seen": report.already_seen,
            }

            # -- final state: every order as the handlers last saw it, against the sandboxes
            truth = {
                order.id: {d.id: d.status for d in order.documents}
                for orders in sg_api.companies.values()
                for order in orders.values()
            }
            q_truth = {str(o["orderId"]): {"version": str(o["version"])} for o in q_api.orders.values()}
            sg_right = sum(1 for order_id, docs in truth.items() if sg_seen.state.get(order_id) == docs)
            q_right = sum(1 for order_id, state in q_truth.items() if q_seen.state.get(order_id) == state)
            figures["orders"] = len(truth) + len(q_truth)
            figures["final_state_seen_percent"] = round(100 * (sg_right + q_right) / (len(truth) + len(q_truth)), 3)
            figures["processed_twice"] = sg_seen.twice + q_seen.twice
            figures["regressions"] = sg_seen.regressions + q_seen.regressions
            figures["events_processed"] = sum(sg_seen.counts.values()) + sum(q_seen.counts.values())
            figures["quivo_older_versions_skipped"] = figures["deliveries"]["quivo"]["events"] - sum(
                q_seen.counts.values()
            )

            # -- forged deliveries, each with a body whose event no handler has seen
            before = figures["events_processed"]
            sent = refused = 0
            for url, body, genuine in (
                (
                    sg_served.url,
                    json.dumps(
                        {
                            "id": "f0",
                            "subscriptionId": str(sub.subscription_id),
                            "event": "document.accepted",
                            "orderId": "x",
                            "documentId": "forged",
                        }
                    ),
                    {"Authorization": "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()},
                ),
                (
                    q_served.url,
                    json.dumps({"events": [{"id": "forged", "entity": "ORDERS", "version": 99}]}),
                    {"X-Webhook-Key": HOOK_KEY},
                ),
            ):
                for flaky in (sg_flaky, q_flaky):
                    flaky.share = 0.0  # the forgeries meet the receiver itself, not the injected 503
                n, r = forged(url, body.encode(), genuine)
                sent, refused = sent + n, refused + r
            after = sum(sg_seen.counts.values()) + sum(q_seen.counts.values())
            figures["forged"] = {
                "sent": sent,
                "refused": refused,
                "refused_percent": round(100 * refused / sent, 3),
                "handled": after - before,
            }
            figures["injected_5xx_including_outage"] = sg_flaky.refused + q_flaky.refused
        finally:
            sg_served.stop()
            q_served.stop()
    figures["seconds"] = round(time.monotonic() - started, 1)
    figures["ok"] = (
        figures["final_state_seen_percent"] == 100
        and figures["processed_twice"] == 0
        and figures["regressions"] == 0
        and figures["forged"]["refused_percent"] == 100
        and figures["forged"]["handled"] == 0
        and all(
            figures["deactivation"][k]
            for k in ("deactivated_after_5_failures", "detected_in_one_pass", "reset_in_one_pass", "active_after_pass")
        )
    )
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=26)
    parser.add_argument("--output", default=str(ROOT / "bench" / "results.json"))
    args = parser.parse_args()
    figures = run(args.changes, args.seed)
    figures["measured_at"] = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
    print(json.dumps(figures, indent=2))
    output = Path(args.output)
    results = json.loads(output.read_text()) if output.exists() else {}
    results["webhooks_soak"] = figures
    output.write_text(json.dumps(results, indent=2) + "\n")
    return 0 if figures["ok"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
