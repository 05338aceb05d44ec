"""The documented order workflows of every API, through these clients, with a short report.

    python scripts/demo.py            # local sandboxes it starts on 127.0.0.1; an API whose
                                              # credentials are in the environment runs against the
                                              # vendor instead (read-only unless --writes)
    python scripts/demo.py --local    # local sandboxes for every API, whatever is set

Local runs: SpotGo Workflow A (create, upsert, a carrier document accepted, downloaded) and
Workflow B (manual review: one document accepted, one rejected); S'mouv import, export and transfer
orders with a file; Trans.eu token, create, get and a refused duplicate; the Trans.eu platform's
token (refresh token and Api-key), create, get, patch, amend, one page of the list and a refused
duplicate; Quivo login, submit and a refused duplicate.

Every order it writes carries a short run id (`--run-id`, default random), so a run never meets an
earlier run's orders on a vendor account that is never reset; it says what it will write and how
many requests it will send before it starts, and deletes (SpotGo) or cancels (S'mouv) what it
created at the end. Trans.eu (both APIs) and Quivo have no delete: their orders stay.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import itertools
import os
import secrets
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from demo_webhooks import spotgo_webhook_workflows

import freight_clients
from freight_clients import (
    DuplicateOrderError,
    FreightError,
    NotFoundError,
    PermissionDeniedError,
    Quivo,
    Smouv,
    SpotGo,
    TransEu,
    TransEuPlatform,
    registry,
)
from freight_sandbox import RunningSandbox, connect, examples, sandbox


class Steps:
    """One section's steps: `steps(text)` reports one; `undo(what, action)` registers a clean-up,
    which `clean_up()` runs while the client is still open."""

    def __init__(self) -> None:
        self._undo: list[tuple[str, Callable[[], object]]] = []
        self.failed = 0

    def __call__(self, text: str) -> None:
        print(f"  ok   {text}")

    def undo(self, what: str, action: Callable[[], object]) -> None:
        self._undo.append((what, action))

    def clean_up(self) -> None:
        """Run the clean-ups, newest first, each even if another failed."""
        while self._undo:
            what, action = self._undo.pop()
            try:
                action()
            except FreightError as error:
                self.failed += 1
                print(f"  FAIL clean-up: {what}: {error}")
            else:
                print(f"  ok   clean-up: {what}")


class Report:
    """Collects one line per step and prints them per API."""

    def __init__(self) -> None:
        self.failures = 0

    @contextlib.contextmanager
    def section(self, title: str, where: str) -> Iterator[Steps]:
        print(f"\n{title}  ({where})")
        started = time.monotonic()
        steps = Steps()
        try:
            yield steps
        except (FreightError, RuntimeError, ValueError) as error:
            self.failures += 1
            print(f"  FAIL {error}")
        self.failures += steps.failed
        print(f"  ---- {time.monotonic() - started:.2f} s")


@dataclass(frozen=True)
class Plan:
    """What a workflow writes (`{run}` is the run id), the API requests it sends (token and login
    requests not counted; `contract_tests/integration/test_demo.py` checks the count) and what it cleans up."""

    writes: str
    requests: int
    clean_up: str


PLANS = {
    "spotgo": Plan("orders SG-{run}-1 and SG-{run}-2 with 3 documents", 15, "both orders are deleted at the end"),
    "smouv": Plan(
        "orders TOC-{run}-IMPORT, -EXPORT and -TRANSFER with one file each",
        9,
        "all three are cancelled at the end (S'mouv has no delete)",
    ),
    "transeu": Plan("order TE/{run}/1 (and a duplicate the service refuses)", 3, "stays: Trans.eu has no delete"),
    "transeu_platform": Plan(
        "order TP/{run}/1, its shipment external id and one amendment (and a duplicate the service refuses)",
        6,
        "stays: the platform has no delete",
    ),
    "quivo": Plan("order WEBSHOP-{run} (and a duplicate the service refuses)", 2, "stays: Quivo has no delete"),
}
#: What a read-only run against a vendor does.
READ_ONLY = {
    "spotgo": "query one page of at most 5 orders; 1 request",
    "smouv": "search one page of orders; 1 request plus a token request",
    "transeu": "read a random order id (404 expected); 1 request plus a token request",
    "transeu_platform": "read a random order id (404 expected); 1 request plus a token request",
    "quivo": "log in (Quivo has no read operation); the login is the only request",
}
#: Environment variables a run with writes needs beyond the client's credentials.
WRITE_VARIABLES = {"quivo": ["QUIVO_SELLER_ID"]}


def announce(apis: list[str], where: str, run: str, writes: bool) -> None:
    """Say, before anything is sent, what the run will write and how many requests it will send."""
    for api in apis:
        if writes:
            plan = PLANS[api]
            print(
                f"{api} ({where}): writes {plan.writes.format(run=run)}; {plan.requests} requests "
                f"plus token/login; {plan.clean_up}"
            )
        else:
            print(f"{api} ({where}): read-only: {READ_ONLY[api]}")


def missing_variables(apis: list[str]) -> list[str]:
    """The variables a run with writes against `apis` needs and the environment lacks."""
    return [name for api in apis for name in WRITE_VARIABLES.get(api, []) if not os.environ.get(name)]


def spotgo_workflows(client: SpotGo, step: Steps, run: str) -> None:
    order = examples.spotgo_order(f"SG-{run}-1")
    created = client.orders.create(order)
    step.undo(f"deleted order {created.order_number}", lambda: client.orders.delete(created.order_id))
    step(f"Workflow A: created order {created.order_number} -> orderId {created.order_id} ({created.status})")
    upserted = client.orders.upsert({**order, "internalComments": "tail lift needed"})
    step(
        f"Workflow A: upsert updated={upserted.updated} link_changed={upserted.link_changed}, "
        f"share URL {upserted.share_url}"
    )
    cmr = client.documents.upload(created.order_id, ("cmr-0001.pdf", b"%PDF-1.4 signed CMR"), "cmr")
    step(f"Workflow A: carrier uploaded {cmr.name} ({cmr.status})")
    client.documents.accept(created.order_id, cmr.document_id, comment="stamp and signature present")
    downloaded = client.documents.download(created.order_id, cmr.document_id)
    step(
        f"Workflow A: accepted and downloaded {downloaded.filename} ({len(downloaded.content)} bytes, "
        f"{downloaded.content_type}); order is now {client.orders.get(created.order_id).status}"
    )
    review = client.orders.create({**order, "orderNumber": f"SG-{run}-2", "requiredDocumentTypes": None})
    step.undo(f"deleted order {review.order_number}", lambda: client.orders.delete(review.order_id))
    first = client.documents.upload(review.order_id, ("invoice.pdf", b"%PDF-1.4 invoice"), "invoice")
    second = client.documents.upload(review.order_id, ("cmr-photo.jpg", b"\xff\xd8 blurred"), "cmr")
    client.documents.accept(review.order_id, first.document_id)
    client.documents.reject(review.order_id, second.document_id, "Unreadable", comment="photo is blurred")
    states = {str(d.name): str(d.status) for d in client.orders.get(review.order_id).documents or []}
    step(f"Workflow B: reviewed order {review.order_number}: {states}")
    found = [str(item.order_number) for item in client.orders.query({"orderNumber": f"SG-{run}-"})]
    step(f"query found {found}")


def smouv_orders(client: Smouv, step: Steps, run: str) -> None:
    flows = {"Import": examples.import_order, "Export": examples.export_order, "Transfer": examples.transfer_order}
    for flow, example in flows.items():
        number = f"TOC-{run}-{flow.upper()}"
        order = example(number)
        created = client.customer_orders.create(order, files=[(f"{flow.lower()}-instructions.pdf", b"%PDF-1.4")])
        order_id = str(created.id)
        step.undo(f"cancelled order {number} ({order_id})", functools.partial(client.customer_orders.cancel, order_id))
        segments = [str(s.type_) for s in created.segments or []] if isinstance(created.segments, list) else []
        step(f"{flow}: {order_id} with segments {segments}")
        listed = [
            f"{o.transport_order_number}:{o.status}"
            for o in client.customer_orders.search(transport_order_number=number)
        ]
        step(f"search {number}: {listed}")


def _refused(step: Steps, send: Callable[[], object], said: str) -> None:
    """Sending the same order again must be refused as a duplicate."""
    try:
        send()
    except DuplicateOrderError as error:
        step(f"{said}: {error}")
    else:
        raise RuntimeError(f"a duplicate was accepted (expected: {said})")


def transeu_orders(client: TransEu, step: Steps, run: str) -> None:
    order = examples.transeu_order(f"TE/{run}/1")
    created = client.shipping_orders.create(order)
    step(f"token obtained; created {created.number} -> id {created.id}")
    step(f"get: {client.orders.get(str(created.id)).number}")
    _refused(step, lambda: client.shipping_orders.create(order), "duplicate refused as expected")


def transeu_platform_orders(client: TransEuPlatform, step: Steps, run: str) -> None:
    number = f"TP/{run}/1"
    order = examples.transeu_platform_order(number)
    created = client.orders.create(order)
    step(f"token obtained (refresh token and Api-key); created {created.number} -> id {created.id}")
    step(f"get: {client.orders.get(created.id).number}")
    client.orders.update(created.id, f"SHIP-{run}")
    amendment = client.orders.amend(created.id, {"additional_terms": "tail lift needed"})
    step(f"patched the shipment external id; amendment {amendment} proposed")
    page = list(itertools.islice(client.orders.list(), 30))  # the first page only: one request
    step(f"list: the first page has {len(page)} order(s), {number} among them: {any(o.number == number for o in page)}")
    _refused(step, lambda: client.orders.create(order), "duplicate refused as expected")


def quivo_orders(client: Quivo, step: Steps, seller: int, run: str) -> None:
    order = examples.quivo_order(seller, f"WEBSHOP-{run}")
    first = client.orders.submit(order)
    step(f"logged in; submitted {first.order_identifier} -> orderId {first.order_id}")
    said = "second submit refused as a duplicate (only a retry of a lost attempt resolves)"
    _refused(step, lambda: client.orders.submit(order), said)


LIVE_CREDENTIALS = {
    "spotgo": "SPOTGO_API_KEY",
    "smouv": "SMOUV_SUBSCRIPTION_KEY",
    "transeu": "TRANSEU_CLIENT_ID",
    "transeu_platform": "TRANSEU_PLATFORM_CLIENT_ID",
    "quivo": "QUIVO_API_KEY",
}


def _workflow(api: str, client: Any, step: Steps, run: str, seller: int) -> None:
    """The full workflow of `api`; what it created is cleaned up before the client closes."""
    try:
        if api == "spotgo":
            spotgo_workflows(client, step, run)
        elif api == "smouv":
            smouv_orders(client, step, run)
        elif api == "transeu":
            transeu_orders(client, step, run)
        elif api == "transeu_platform":
            transeu_platform_orders(client, step, run)
        else:
            quivo_orders(client, step, seller, run)
    finally:
        step.clean_up()


def _client(api: str) -> Any:
    """The blocking client class of `api`."""
    return getattr(freight_clients, registry.get(api).clients[0])


def run_local(report: Report, apis: list[str], run: str) -> None:
    """The full workflows against local sandboxes of `apis`, on real sockets."""
    boxes: dict[str, RunningSandbox] = {api: sandbox(api).serve() for api in apis}
    try:
        for api, box in boxes.items():
            with (
                report.section(registry.get(api).full_title, box.base_url) as step,
                connect(_client(api), box) as client,
            ):
                _workflow(api, client, step, run, box.credentials.get("seller_id", 0))
        if "spotgo" in boxes:  # Workflows A and B on webhooks: scripts/demo_webhooks.py
            spotgo_webhook_workflows(report, run)
    finally:
        for box in boxes.values():
            box.stop()


def _read_only(api: str, client: Any, step: Steps, run: str) -> None:
    """One request that shows the credentials work and writes nothing."""
    if api == "spotgo":
        page = next(client.orders.query_pages({"pageSize": 5}))
        step(f"query answered with {len(page.items)} order(s) (read-only)")
    elif api == "smouv":
        first = list(itertools.islice(client.customer_orders.search(), 5))
        step(f"search answered with {len(first)} order(s) (read-only)")
    elif api in ("transeu", "transeu_platform"):
        try:
            client.orders.get(str(uuid.uuid4()))
        except (NotFoundError, PermissionDeniedError) as error:
            step(f"token obtained; an unknown order answered {error.status_code} (read-only)")
        else:
            step("token obtained; an order answered (read-only)")
    else:
        client.auth_headers()  # Quivo has no read operation: log in only
        step("logged in (read-only)")


def run_live(report: Report, apis: list[str], writes: bool, run: str) -> None:
    """The APIs whose credentials are set: read-only checks, or the full workflows with `writes`."""
    for api in apis:
        with report.section(registry.get(api).full_title, "vendor") as step, _client(api)() as client:
            if writes:
                _workflow(api, client, step, run, int(os.environ.get("QUIVO_SELLER_ID") or 0))
            else:
                _read_only(api, client, step, run)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python scripts/demo.py", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--local", action="store_true", help="local sandboxes for every API, credentials or not")
    parser.add_argument("--writes", action="store_true", help="against vendors: create orders (default: read-only)")
    parser.add_argument("--run-id", default=None, help="the id in every order number written (default: random)")
    args = parser.parse_args(argv)
    run = args.run_id or secrets.token_hex(3)
    report = Report()
    live = [] if args.local else [api for api in registry.NAMES if os.environ.get(LIVE_CREDENTIALS[api])]
    local = [api for api in registry.NAMES if api not in live]
    missing = missing_variables(live) if args.writes else []
    if missing:
        print(f"cannot write: {', '.join(missing)} not set (see README, 'Running against a vendor')")
        return 2
    print(f"run {run}")
    if live:
        mode = "with writes" if args.writes else "read-only"
        print(f"vendor credentials found for {', '.join(live)}: running those against the vendors ({mode})")
        announce(live, "vendor", run, args.writes)
    announce(local, "local sandbox", run, True)
    if live:
        run_live(report, live, args.writes, run)
    run_local(report, local, run)
    print(f"\n{'all workflows passed' if not report.failures else f'{report.failures} workflow(s) failed'}")
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main())
