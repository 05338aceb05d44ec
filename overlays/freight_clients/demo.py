"""The documented order workflows of all four APIs, through these clients, with a short report.

    python -m freight_clients.demo            # local sandboxes it starts on 127.0.0.1; an API whose
                                              # credentials are in the environment runs against the
                                              # vendor instead (read-only unless --writes)
    python -m freight_clients.demo --local    # local sandboxes for all four, whatever is set

Local runs: SpotGo Workflow A (create, upsert, a carrier document accepted, downloaded) and
Workflow B (manual review: one document accepted, one rejected); S'mouv import, export and transfer
orders with a file; Trans.eu token, create, get and a refused duplicate; Quivo submit and a retry of
the same order resolving to it.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import os
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

from . import DuplicateOrderError, FreightError, Quivo, Smouv, SpotGo, TransEu
from .sandbox import RunningSandbox, sandbox


class Report:
    """Collects one line per step and prints them per API."""

    def __init__(self) -> None:
        self.failures = 0

    @contextlib.contextmanager
    def section(self, title: str, where: str) -> Iterator[Callable[[str], None]]:
        print(f"\n{title}  ({where})")
        started = time.monotonic()

        def step(text: str) -> None:
            print(f"  ok   {text}")

        try:
            yield step
        except (FreightError, RuntimeError, ValueError) as error:
            self.failures += 1
            print(f"  FAIL {error}")
        print(f"  ---- {time.monotonic() - started:.2f} s")


def _container(flow: str) -> dict[str, Any]:
    terminal = {"code": "MTDF", "name": "Terminal de France"}
    warehouse = {"name": "Entrepot Nord", "location": {"city": "Le Havre", "country": "FR"}}
    kinds = {
        "Import": ["LadingImport", "DeliveryImport", "EmptyReleaseImport", "EmptyReturnImport"],
        "Export": ["EmptyReleaseExport", "PositioningExport", "LadingExport", "DeliveryExport"],
        "Transfer": ["LadingTransfer", "DeliveryTransfer"],
    }[flow]
    events = [
        {
            "type": kind,
            "startDate": f"2026-03-0{day + 1}T08:00:00+00:00",
            "location": warehouse if day == 1 else terminal,
        }
        for day, kind in enumerate(kinds)
    ]
    container: dict[str, Any] = {"events": events, "type": "45G1"}
    if flow == "Export":
        container["bookingNumber"] = "BK-2026-001"
    else:
        container["reference"] = "CSQU3054383" if flow == "Import" else "MWCU6059784"
    return container


def spotgo_workflows(client: SpotGo, step: Callable[[str], None]) -> None:
    carrier = {"name": "Baltic Haulage", "email": "ops@baltic.example", "vatCode": "LT100200300"}
    order = {
        "orderNumber": "SG-2026-0001",
        "carrier": carrier,
        "requiredDocumentTypes": "cmr",
        "locations": [
            {
                "sequence": 1,
                "type": "Loading",
                "startDate": "2026-03-01T08:00:00Z",
                "city": "Vilnius",
                "countryCode": "LT",
            },
            {
                "sequence": 2,
                "type": "Unloading",
                "startDate": "2026-03-03T08:00:00Z",
                "city": "Berlin",
                "countryCode": "DE",
            },
        ],
    }
    created = client.orders.create(order)
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
    review = client.orders.create({**order, "orderNumber": "SG-2026-0002", "requiredDocumentTypes": None})
    first = client.documents.upload(review.order_id, ("invoice.pdf", b"%PDF-1.4 invoice"), "invoice")
    second = client.documents.upload(review.order_id, ("cmr-photo.jpg", b"\xff\xd8 blurred"), "cmr")
    client.documents.accept(review.order_id, first.document_id)
    client.documents.reject(review.order_id, second.document_id, "Unreadable", comment="photo is blurred")
    states = {str(d.name): str(d.status) for d in client.orders.get(review.order_id).documents or []}
    step(f"Workflow B: reviewed order {review.order_number}: {states}")
    found = [str(item.order_number) for item in client.orders.query({"orderNumber": "SG-2026"})]
    step(f"query found {found}")


def smouv_orders(client: Smouv, step: Callable[[str], None]) -> None:
    carrier = {"code": "SOGETS.", "name": "SOGET SA", "contact": {"email": "ops@soget.example"}}
    for flow in ("Import", "Export", "Transfer"):
        order = {
            "carrier": carrier,
            "transportOrderNumber": f"TOC-{flow.upper()}-2026",
            "customsFlag": flow,
            "containers": [_container(flow)],
        }
        created = client.customer_orders.create(order, files=[(f"{flow.lower()}-instructions.pdf", b"%PDF-1.4")])
        segments = [str(s.type_) for s in created.segments or []] if isinstance(created.segments, list) else []
        step(f"{flow}: {created.id} with segments {segments}")
    listed = [f"{o.transport_order_number}:{o.status}" for o in client.customer_orders.search()]
    step(f"search: {listed}")


#: A Trans.eu shipping order valid against the spec (the soak sends it with other numbers).
TRANSEU_ORDER: dict[str, Any] = {
    "number": "TE/2026/0001",
    "payment": {"price": {"value": 1250, "currency": "EUR"}, "interval_of_days": "P30D"},
    "route": {
        "events": [
            {
                "place": {"address": {"locality": "Poznan", "postal_code": "60-001", "country": "PL"}},
                "type": "loading",
            },
            {
                "place": {"address": {"locality": "Lyon", "postal_code": "69001", "country": "FR"}},
                "type": "unloading",
            },
        ]
    },
    "loads": [{"weight": {"value": 12.5, "unit_code": "TNE"}}],
}


def transeu_orders(client: TransEu, step: Callable[[str], None]) -> None:
    created = client.shipping_orders.create(TRANSEU_ORDER)
    step(f"token obtained; created {created.number} -> id {created.id}")
    step(f"get: {client.orders.get(str(created.id)).number}")
    try:
        client.shipping_orders.create(TRANSEU_ORDER)
    except DuplicateOrderError as error:
        step(f"duplicate refused as expected: {error}")
    else:
        raise RuntimeError("the duplicate order number was accepted")


def quivo_order(seller: int) -> dict[str, Any]:
    """A Quivo order of `seller`, valid against the spec (the soak sends it with other identifiers)."""
    return {
        "sellerId": seller,
        "orderIdentifier": "WEBSHOP-100045",
        "orderReference": "#DE38678",
        "deliveryAddress": {
            "name": "Anna Muster",
            "street": "Ring 1",
            "zip": "1010",
            "city": "Wien",
            "countryIso2": "AT",
        },
        "positions": [{"sku": "MUG-RED", "quantity": 2, "price": 12.9}],
    }


def quivo_orders(client: Quivo, step: Callable[[str], None], seller: int) -> None:
    order = quivo_order(seller)
    first = client.orders.submit(order)
    step(f"logged in; submitted {first.order_identifier} -> orderId {first.order_id}")
    again = client.orders.submit(order)
    step(f"retry of the same order resolved to orderId {again.order_id} (duplicate={again.duplicate})")


LIVE_CREDENTIALS = {
    "spotgo": "SPOTGO_API_KEY",
    "smouv": "SMOUV_SUBSCRIPTION_KEY",
    "transeu": "TRANSEU_CLIENT_ID",
    "quivo": "QUIVO_API_KEY",
}


def run_local(report: Report, apis: list[str]) -> None:
    """The full workflows against local sandboxes of `apis`, on real sockets."""
    boxes: dict[str, RunningSandbox] = {api: sandbox(api).serve() for api in apis}
    try:
        if "spotgo" in boxes:
            box = boxes["spotgo"]
            with report.section("SpotGo Carrier Portal", box.base_url) as step, SpotGo.for_sandbox(box) as spotgo:
                spotgo_workflows(spotgo, step)
        if "smouv" in boxes:
            box = boxes["smouv"]
            with report.section("SOGET S'mouv", box.base_url) as step, Smouv.for_sandbox(box) as smouv:
                smouv_orders(smouv, step)
        if "transeu" in boxes:
            box = boxes["transeu"]
            with report.section("Trans.eu Orders", box.base_url) as step, TransEu.for_sandbox(box) as transeu:
                transeu_orders(transeu, step)
        if "quivo" in boxes:
            box = boxes["quivo"]
            with report.section("Quivo", box.base_url) as step, Quivo.for_sandbox(box) as quivo:
                quivo_orders(quivo, step, box.credentials["seller_id"])
    finally:
        for box in boxes.values():
            box.stop()


def run_live(report: Report, apis: list[str], writes: bool) -> None:
    """The APIs whose credentials are set: read-only checks, or the full workflows with `writes`."""
    if "spotgo" in apis:
        with report.section("SpotGo Carrier Portal", "vendor") as step, SpotGo() as spotgo:
            if writes:
                spotgo_workflows(spotgo, step)
            else:
                page = next(spotgo.orders.query_pages({"pageSize": 5}))
                step(f"query answered with {len(page.items)} order(s) (read-only)")
    if "smouv" in apis:
        with report.section("SOGET S'mouv", "vendor") as step, Smouv() as smouv:
            if writes:
                smouv_orders(smouv, step)
            else:
                first = list(itertools.islice(smouv.customer_orders.search(), 5))
                step(f"search answered with {len(first)} order(s) (read-only)")
    if "transeu" in apis:
        with report.section("Trans.eu Orders", "vendor") as step, TransEu() as transeu:
            if writes:
                transeu_orders(transeu, step)
            else:
                transeu._auth.headers(transeu._http)
                step("token obtained (read-only: reading an order needs one created first)")
    if "quivo" in apis:
        with report.section("Quivo", "vendor") as step, Quivo() as quivo:
            if writes:
                quivo_orders(quivo, step, int(os.environ.get("QUIVO_SELLER_ID", "0")))
            else:
                quivo._auth.headers(quivo._http)
                step("logged in (read-only)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m freight_clients.demo", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--local", action="store_true", help="local sandboxes for every API, credentials or not")
    parser.add_argument("--writes", action="store_true", help="against vendors: create orders (default: read-only)")
    args = parser.parse_args(argv)
    report = Report()
    live = [] if args.local else [api for api, variable in LIVE_CREDENTIALS.items() if os.environ.get(variable)]
    if live:
        mode = "with writes" if args.writes else "read-only"
        print(f"vendor credentials found for {', '.join(live)}: running those against the vendors ({mode})")
        run_live(report, live, args.writes)
    run_local(report, [api for api in LIVE_CREDENTIALS if api not in live])
    print(f"\n{'all workflows passed' if not report.failures else f'{report.failures} workflow(s) failed'}")
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main())
