"""Fault soak (`nox -s soak`): order operations through the overlays against sandboxes on loopback
ports that inject, from a fixed seed, 5xx, connection resets, 429 with Retry-After, hangs (client
timeouts), malformed 2xx bodies, HTML gateway pages with status 200, truncated bodies, and token
endpoint 503s and `invalid_grant` (the sandboxes' clocks jump so that tokens and sessions expire
during the run). A share of the order numbers exists before the run, created by a colleague (SpotGo:
another key of the same company; Quivo and Trans.eu: another client of the same user) with other
content. Afterwards the sandboxes' state is compared with what was sent:

- lost: an order the client reported as created (or AlreadyCreatedError) that is not stored;
- duplicated: an order number stored more than once, or more create writes applied than orders;
- wrongly reconciled: a number that existed before the call reported as created by it (success, or
  AlreadyCreatedError although no attempt of the call had an unknown outcome); it must surface as
  DuplicateOrderError (Trans.eu: ConflictError);
- untyped: an exception that is not a FreightError;
- failed: a typed error after every retry (the caller knows; counted apart from lost).

The non-idempotent operations (SpotGo uploads, S'mouv creates and updates) are in the mix too: one
of them applied twice (two documents with the upload's name, two orders with the create's number,
an order's version moved by more than one update) is a duplicate; one reported done and not
applied is lost; a failure after an attempt the service may have processed must say
`outcome_unknown=True` (else it counts as wrongly reconciled: the caller would resend it).

Prints the figures and writes bench/soak.json.
"""

from __future__ import annotations

import argparse
import collections
import concurrent.futures
import json
import random
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from bench import seed_examples
from freight_clients import AlreadyCreatedError, FreightError, Quivo, RetryPolicy, Smouv, SpotGo, TransEu, registry
from freight_sandbox import FaultSpec, RunningSandbox, connect, sandbox
from freight_sandbox._faults import FaultPlan
from freight_sandbox.examples import TRANSEU_ORDER, import_order, quivo_order

ROOT = Path(__file__).resolve().parent.parent
#: Share of each operation in the run.
MIX = {
    "spotgo upsert": 0.25,
    "spotgo create": 0.2,
    "spotgo upload": 0.05,
    "quivo submit": 0.2,
    "smouv create": 0.1,
    "smouv update": 0.05,
    "transeu create": 0.15,
}
#: Operations no request of which may be applied twice (no idempotency key): counted on their own.
NON_IDEMPOTENT = ("spotgo upload", "smouv create", "smouv update")
#: Operations whose numbers may exist before the run (creates; an upsert of an existing number updates it).
CREATE_OPERATIONS = ("spotgo create", "quivo submit", "transeu create")
DEFAULT_FAULTS = (
    "5xx=0.1,reset=0.05,429=0.05:1,hang=0.02:3,malformed=0.01,html=0.01,truncated=0.01,token5xx=0.1,invalid_grant=0.05"
)
#: Paths whose requests are logins or token requests, not attempts of an order operation.
TOKEN_PATHS = ("/oauth2/token", "/login", "/openid-connect/token")


def plan(total: int, seed: int) -> list[tuple[str, str]]:
    """(operation, order number) for each of `total` operations, shuffled with `seed`."""
    operations: list[tuple[str, str]] = []
    for name, share in MIX.items():
        count = round(total * share) if name != list(MIX)[-1] else total - len(operations)
        prefix = name.replace(" ", "-").upper()
        operations += [(name, f"{prefix}-{n}") for n in range(count)]
    random.Random(seed).shuffle(operations)
    return operations


class AttemptLog(httpx.BaseTransport):
    """The real transport, recording per thread what each attempt of an order operation met: its
    status code, or the transport error (reads are left out: they cannot write). The soak reads it
    to tell a call whose earlier attempt's outcome was unknown (timeout, reset, 5xx, a 2xx it could
    not read) from one where it was not."""

    def __init__(self) -> None:
        self._inner = httpx.HTTPTransport()
        self._local = threading.local()

    @contextmanager
    def call(self) -> Iterator[list[str]]:
        attempts: list[str] = []
        self._local.attempts = attempts
        try:
            yield attempts
        finally:
            self._local.attempts = None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempts: list[str] | None = getattr(self._local, "attempts", None)
        # a read cannot write: an S'mouv update's GET of the order, a reconciliation's GET, are not attempts
        if attempts is None or request.url.path.endswith(TOKEN_PATHS) or request.method in ("GET", "HEAD"):
            return self._inner.handle_request(request)
        try:
            response = self._inner.handle_request(request)
        except httpx.TransportError as error:
            attempts.append(type(error).__name__)
            raise
        attempts.append(str(response.status_code))
        return response

    def close(self) -> None:
        self._inner.close()


def unknown_outcome(attempt: str) -> bool:
    """Whether an attempt that was followed by another may have written: anything but a 4xx (a
    transport error, a 5xx, or a 2xx the client could not use: HTML, malformed, truncated)."""
    return not (attempt.isdigit() and 400 <= int(attempt) < 500)


@contextmanager
def expiring_tokens(boxes: list[RunningSandbox], every: float) -> Iterator[None]:
    """Jump the sandboxes' clocks by a day every `every` seconds: every token and session expires."""
    stop = threading.Event()

    def tick() -> None:
        while not stop.wait(every):
            for box in boxes:
                box.api.clock.advance(86_400)

    ticker = threading.Thread(target=tick, name="soak-token-expiry", daemon=True)
    ticker.start()
    try:
        yield
    finally:
        stop.set()
        ticker.join()


def create_preexisting(
    boxes: dict[str, RunningSandbox], numbers: dict[str, list[str]], base: dict[str, Any], seller: int
) -> None:
    """Create the colleague's orders (other content than the soak sends), with faults paused."""
    paused = {api: box.api.faults for api, box in boxes.items()}
    for box in boxes.values():
        box.api.faults = FaultPlan(FaultSpec())
    try:
        with connect(SpotGo, boxes["spotgo"], key_index=2, rate_limit=None) as colleague:
            for number in numbers["spotgo create"]:
                colleague.orders.create({**base, "orderNumber": number, "internalComments": "a colleague's order"})
        with connect(Quivo, boxes["quivo"]) as colleague:
            for number in numbers["quivo submit"]:
                order = quivo_order(seller, number)
                colleague.orders.submit({**order, "orderReference": "#COLLEAGUE"})
        with connect(TransEu, boxes["transeu"]) as colleague:
            for number in numbers["transeu create"]:
                payment = {**TRANSEU_ORDER["payment"], "price": {"value": 1, "currency": "EUR"}}
                colleague.shipping_orders.create({**TRANSEU_ORDER, "number": number, "payment": payment})
    finally:
        for api, box in boxes.items():
            box.api.faults = paused[api]


@contextmanager
def faults_paused(boxes: dict[str, RunningSandbox]) -> Iterator[None]:
    paused = {api: box.api.faults for api, box in boxes.items()}
    for box in boxes.values():
        box.api.faults = FaultPlan(FaultSpec())
    try:
        yield
    finally:
        for api, box in boxes.items():
            box.api.faults = paused[api]


def prepare_targets(boxes: dict[str, RunningSandbox], base: dict[str, Any], updates: list[str]) -> dict[str, str]:
    """The SpotGo order the uploads attach to (key "upload"), and one S'mouv order per update
    number (its id), made with faults paused."""
    targets: dict[str, str] = {}
    with faults_paused(boxes):
        with connect(SpotGo, boxes["spotgo"], rate_limit=None) as spotgo:
            targets["upload"] = str(spotgo.orders.create({**base, "orderNumber": "SOAK-UPLOADS"}).order_id)
        with connect(Smouv, boxes["smouv"], rate_limit=None) as smouv:
            for number in updates:
                targets[number] = str(smouv.customer_orders.create(import_order(f"{number}-TARGET")).id)
    return targets


def non_idempotent_figures(
    boxes: dict[str, RunningSandbox],
    operations: list[tuple[str, str]],
    targets: dict[str, str],
    reported: dict[str, set[str]],
    silent_unknown: dict[str, list[str]],
) -> dict[str, dict[str, int]]:
    """lost / duplicated / wrongly reported (an unknown outcome not said) per non-idempotent operation."""
    spotgo: Any = boxes["spotgo"].api  # each sandbox's own shape
    smouv: Any = boxes["smouv"].api
    names = collections.Counter(
        document.name
        for company in spotgo.companies.values()
        for order in company.values()
        for document in order.documents
    )
    numbers = collections.Counter(order.body["transportOrderNumber"] for order in smouv.orders.values())
    figures: dict[str, dict[str, int]] = {}
    for operation in NON_IDEMPOTENT:
        sent = [number for name, number in operations if name == operation]
        if operation == "spotgo upload":
            applied = {number: names[f"{number}.pdf"] for number in sent}
        elif operation == "smouv create":
            applied = {number: numbers[number] for number in sent}
        else:
            applied = {number: smouv.orders[targets[number]].version - 1 for number in sent}
        figures[operation] = {
            "sent": len(sent),
            "applied": sum(1 for count in applied.values() if count),
            "lost": sum(1 for number in reported[operation] if not applied[number]),
            "duplicated": sum(count - 1 for count in applied.values() if count > 1),
            "wrongly_reconciled": len(silent_unknown[operation]),
        }
    return figures


def run(
    total: int,
    faults: str,
    seed: int,
    concurrency: int,
    timeout: float,
    retries: int,
    preexisting_share: float = 0.05,
    token_expiry: float = 0.5,
) -> dict[str, Any]:
    boxes: dict[str, RunningSandbox] = {
        api: sandbox(api, faults=faults, seed=seed + n).serve() for n, api in enumerate(registry.NAMES)
    }
    operations = plan(total, seed)
    picker = random.Random(seed + 99)
    preexisting: dict[str, list[str]] = {name: [] for name in CREATE_OPERATIONS}
    for operation, number in operations:
        if operation in preexisting and picker.random() < preexisting_share:
            preexisting[operation].append(number)
    base, _ = seed_examples()  # the seed's create request
    seller = boxes["quivo"].credentials["seller_id"]
    create_preexisting(boxes, preexisting, base, seller)
    before = {number for numbers in preexisting.values() for number in numbers}
    targets = prepare_targets(boxes, base, [number for name, number in operations if name == "smouv update"])

    policy = RetryPolicy(max_retries=retries, initial_delay=0.05, max_delay=2.0, jitter=0.05)
    logs = {api: AttemptLog() for api in boxes}
    spotgo = connect(SpotGo, boxes["spotgo"], retry=policy, timeout=timeout, transport=logs["spotgo"])
    quivo = connect(Quivo, boxes["quivo"], retry=policy, timeout=timeout, transport=logs["quivo"])
    transeu = connect(TransEu, boxes["transeu"], retry=policy, timeout=timeout, transport=logs["transeu"])
    smouv = connect(Smouv, boxes["smouv"], retry=policy, timeout=timeout, transport=logs["smouv"])
    pdf = b"%PDF-1.4 soak"
    calls: dict[str, Callable[[str], object]] = {
        "spotgo upsert": lambda number: spotgo.orders.upsert({**base, "orderNumber": number}),
        "spotgo create": lambda number: spotgo.orders.create({**base, "orderNumber": number}),
        "spotgo upload": lambda number: spotgo.documents.upload(targets["upload"], (f"{number}.pdf", pdf), "cmr"),
        "smouv create": lambda number: smouv.customer_orders.create(import_order(number)),
        "smouv update": lambda number: smouv.customer_orders.update(
            targets[number],
            {"containers": import_order(number)["containers"], "customsFlag": "Import", "comment": number},
        ),
        "quivo submit": lambda number: quivo.orders.submit({**quivo_order(seller), "orderIdentifier": number}),
        "transeu create": lambda number: transeu.shipping_orders.create({**TRANSEU_ORDER, "number": number}),
    }
    outcomes: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    reported: dict[str, set[str]] = collections.defaultdict(set)  # numbers the client said exist
    wrongly_reconciled: dict[str, list[str]] = collections.defaultdict(list)
    preexisting_seen: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    untyped: list[str] = []
    failures: list[str] = []
    silent_unknown: dict[str, list[str]] = collections.defaultdict(list)  # non-idempotent, unknown not said

    def one(operation: str, number: str) -> None:
        api = operation.split()[0]
        outcome = "ok"
        with logs[api].call() as attempts:
            try:
                calls[operation](number)
            except AlreadyCreatedError:
                outcome = "already created (typed)"
            except FreightError as error:
                outcome = f"failed: {type(error).__name__}"
                failures.append(f"{operation} {number}: {error}")
                if operation in NON_IDEMPOTENT and not error.outcome_unknown and any(map(unknown_outcome, attempts)):
                    silent_unknown[operation].append(f"{operation} {number}: {error!r}; attempts {attempts}")
            except Exception as error:  # the soak counts these
                outcome = "untyped"
                untyped.append(f"{operation} {number}: {type(error).__name__}: {error}")
        outcomes[operation][outcome] += 1
        if outcome in ("ok", "already created (typed)"):
            reported[operation if operation in NON_IDEMPOTENT else api].add(number)
        if number in before:
            unknown = any(unknown_outcome(attempt) for attempt in attempts[:-1])
            preexisting_seen[api][outcome] += 1
            if attempts[:1] == ["429"]:
                preexisting_seen[api]["met a 429 first"] += 1
            if outcome == "ok" or (outcome == "already created (typed)" and not unknown):
                wrongly_reconciled[api].append(f"{operation} {number}: {outcome}; attempts {attempts}")
            elif outcome == "already created (typed)":
                preexisting_seen[api]["already created after an unknown outcome"] += 1

    started = time.perf_counter()
    with (
        expiring_tokens([boxes["quivo"], boxes["transeu"], boxes["smouv"]], token_expiry),
        concurrent.futures.ThreadPoolExecutor(max_workers=concurrency) as pool,
    ):
        for future in [pool.submit(one, operation, number) for operation, number in operations]:
            future.result()
    elapsed = time.perf_counter() - started
    time.sleep(timeout * 3)  # let hung requests the clients gave up on finish on the server side

    state: dict[str, Any] = {api: box.api for api, box in boxes.items()}  # each sandbox's own shape
    stored = {
        "spotgo": [order.number for company in state["spotgo"].companies.values() for order in company.values()],
        "quivo": [key[1] for key in state["quivo"].orders],
        "transeu": [order["number"] for company in state["transeu"].orders.values() for order in company.values()],
    }
    per_api: dict[str, Any] = {}
    for api, numbers in stored.items():
        counts = collections.Counter(numbers)
        sent = {
            number for operation, number in operations if operation.startswith(api) and operation not in NON_IDEMPOTENT
        }
        journal = boxes[api].api.journal
        first_create = sorted(boxes[api].api.creates)[0]  # SpotGo: createOrder (upserts also update)
        faults_seen = collections.Counter(entry.fault for entry in journal if entry.fault)
        create_writes = sum(1 for e in journal if e.applied and e.operation_id == first_create)
        creates_sent = sum(
            1 for operation, _ in operations if operation.startswith(api) and operation in CREATE_OPERATIONS
        )
        preexisting_here = sum(len(v) for k, v in preexisting.items() if k.startswith(api))
        per_api[api] = {
            "sent": len(sent),
            "preexisting": preexisting_here,
            "stored": len(counts),
            "lost": len(reported[api] - set(counts)),
            "duplicated": sum(n - 1 for n in counts.values() if n > 1)
            + max(0, create_writes - creates_sent - preexisting_here),
            "wrongly_reconciled": len(wrongly_reconciled[api]),
            "not_sent_but_stored": len(set(counts) - sent),
            "failed_typed": len(sent - reported[api]),
            "failed_but_stored": len((sent - reported[api]) & set(counts) - before),
            "requests": journal.total,
            "faults_injected": dict(faults_seen),
            "preexisting_outcomes": dict(preexisting_seen[api]),
            "duplicates_refused_by_the_service": sum(
                1 for e in journal if e.status == 409 and e.operation_id in boxes[api].api.creates
            ),
            "sandbox_errors": sum(1 for e in journal if e.error),
        }
    non_idempotent = non_idempotent_figures(boxes, operations, targets, reported, silent_unknown)
    for client in (spotgo, quivo, transeu, smouv):
        client.close()
    for box in boxes.values():
        box.stop()
    return {
        "operations": total,
        "faults": faults,
        "seed": seed,
        "concurrency": concurrency,
        "client_timeout_seconds": timeout,
        "max_retries": retries,
        "preexisting_share": preexisting_share,
        "token_expiry_seconds": token_expiry,
        "seconds": round(elapsed, 1),
        "outcomes": {operation: dict(counter) for operation, counter in sorted(outcomes.items())},
        "per_api": per_api,
        "non_idempotent": non_idempotent,
        "totals": {
            "lost": sum(a["lost"] for a in [*per_api.values(), *non_idempotent.values()]),
            "duplicated": sum(a["duplicated"] for a in [*per_api.values(), *non_idempotent.values()]),
            "wrongly_reconciled": sum(a["wrongly_reconciled"] for a in [*per_api.values(), *non_idempotent.values()]),
            "untyped_exceptions": len(untyped),
            "failed_typed": sum(a["failed_typed"] for a in per_api.values()),
        },
        "untyped_examples": untyped[:10],
        "wrongly_reconciled_examples": [
            line for lines in [*wrongly_reconciled.values(), *silent_unknown.values()] for line in lines[:5]
        ],
        "failure_examples": failures[:10],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--operations", type=int, default=10_000)
    parser.add_argument("--faults", default=DEFAULT_FAULTS)
    parser.add_argument("--seed", type=int, default=20261123)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--timeout", type=float, default=1.0, help="client timeout, seconds (below the hang)")
    parser.add_argument("--retries", type=int, default=8)
    parser.add_argument("--preexisting", type=float, default=0.05, help="share of create numbers made beforehand")
    parser.add_argument("--token-expiry", type=float, default=0.5, help="seconds between token expiries")
    parser.add_argument("--output", default=str(ROOT / "bench" / "soak.json"))
    args = parser.parse_args()
    result = run(
        args.operations,
        args.faults,
        args.seed,
        args.concurrency,
        args.timeout,
        args.retries,
        args.preexisting,
        args.token_expiry,
    )
    print(f"{result['operations']} operations, faults {result['faults']}, seed {result['seed']}: {result['seconds']} s")
    print(
        f"{'API':8} {'sent':>6} {'pre':>5} {'stored':>6} {'lost':>5} {'dup':>4} {'wrong':>5} {'failed':>6} "
        f"{'requests':>8}  faults injected"
    )
    for api, figures in result["per_api"].items():
        print(
            f"{api:8} {figures['sent']:>6} {figures['preexisting']:>5} {figures['stored']:>6} {figures['lost']:>5} "
            f"{figures['duplicated']:>4} {figures['wrongly_reconciled']:>5} {figures['failed_typed']:>6} "
            f"{figures['requests']:>8}  {figures['faults_injected']}"
        )
        print(f"{'':8} pre-existing numbers: {figures['preexisting_outcomes']}")
    for operation, figures in result["non_idempotent"].items():
        print(f"{operation}: {figures}")
    totals = result["totals"]
    print(
        f"lost {totals['lost']}, duplicated {totals['duplicated']}, wrongly reconciled {totals['wrongly_reconciled']}, "
        f"untyped exceptions {totals['untyped_exceptions']} (target 0, 0, 0, 0); "
        f"failed with a typed error after {args.retries} retries: {totals['failed_typed']}"
    )
    for line in result["untyped_examples"] + result["wrongly_reconciled_examples"] + result["failure_examples"]:
        print(f"  {line}")
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    Path(args.output).write_text(json.dumps(result, indent=2) + "\n")
    print(f"written: {args.output}")
    met = totals["lost"] == totals["duplicated"] == totals["wrongly_reconciled"] == totals["untyped_exceptions"] == 0
    return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(main())
