"""Fault soak (`nox -s soak`): order operations through the overlays against sandboxes on loopback
ports that inject 5xx, connection resets, 429 with Retry-After and hangs (client timeouts), from a
fixed seed. Afterwards the sandboxes' state is compared with what was sent:

- lost: an order the client reported as created (or AlreadyCreatedError) that is not stored;
- duplicated: an order number stored more than once, or more create writes applied than orders;
- untyped: an exception that is not a FreightError;
- failed: a typed error after every retry (the caller knows; counted apart from lost).

Prints the figures and writes bench/soak.json.
"""

from __future__ import annotations

import argparse
import collections
import concurrent.futures
import json
import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import seed_examples
from freight_clients import AlreadyCreatedError, FreightError, Quivo, SpotGo, TransEu
from freight_clients._retry import RetryPolicy
from freight_clients.demo import TRANSEU_ORDER, quivo_order
from freight_clients.sandbox import RunningSandbox, sandbox

ROOT = Path(__file__).resolve().parent.parent
#: Share of each operation in the run.
MIX = {"spotgo upsert": 0.3, "spotgo create": 0.25, "quivo submit": 0.25, "transeu create": 0.2}
CREATES = {"spotgo": ("createOrder", "upsertOrder"), "quivo": ("submitOrder",), "transeu": ("addShippingOrder",)}


def plan(total: int, seed: int) -> list[tuple[str, str]]:
    """(operation, order number) for each of `total` operations, shuffled with `seed`."""
    operations: list[tuple[str, str]] = []
    for name, share in MIX.items():
        count = round(total * share) if name != list(MIX)[-1] else total - len(operations)
        prefix = name.replace(" ", "-").upper()
        operations += [(name, f"{prefix}-{n}") for n in range(count)]
    random.Random(seed).shuffle(operations)
    return operations


def run(total: int, faults: str, seed: int, concurrency: int, timeout: float, retries: int) -> dict[str, Any]:
    boxes: dict[str, RunningSandbox] = {
        api: sandbox(api, faults=faults, seed=seed + n).serve() for n, api in enumerate(("spotgo", "quivo", "transeu"))
    }
    policy = RetryPolicy(max_retries=retries, initial_delay=0.05, max_delay=2.0, jitter=0.05)
    spotgo = SpotGo.for_sandbox(boxes["spotgo"], rate_limit=None, timeout=timeout)
    quivo = Quivo.for_sandbox(boxes["quivo"], timeout=timeout)
    transeu = TransEu.for_sandbox(boxes["transeu"], timeout=timeout)
    for client in (spotgo, quivo, transeu):
        client.retry = policy
    base, _ = seed_examples()  # the seed's create request
    seller = boxes["quivo"].credentials["seller_id"]
    calls: dict[str, Callable[[str], object]] = {
        "spotgo upsert": lambda number: spotgo.orders.upsert({**base, "orderNumber": number}),
        "spotgo create": lambda number: spotgo.orders.create({**base, "orderNumber": number}),
        "quivo submit": lambda number: quivo.orders.submit({**quivo_order(seller), "orderIdentifier": number}),
        "transeu create": lambda number: transeu.shipping_orders.create({**TRANSEU_ORDER, "number": number}),
    }
    outcomes: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    reported: dict[str, set[str]] = collections.defaultdict(set)  # numbers the client said exist
    untyped: list[str] = []
    failures: list[str] = []

    def one(operation: str, number: str) -> None:
        try:
            calls[operation](number)
        except AlreadyCreatedError:
            outcomes[operation]["already created (typed)"] += 1
        except FreightError as error:
            outcomes[operation][f"failed: {type(error).__name__}"] += 1
            failures.append(f"{operation} {number}: {error}")
            return
        except Exception as error:  # the soak counts these
            outcomes[operation]["untyped"] += 1
            untyped.append(f"{operation} {number}: {type(error).__name__}: {error}")
            return
        else:
            outcomes[operation]["ok"] += 1
        reported[operation.split()[0]].add(number)

    operations = plan(total, seed)
    started = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(max_workers=concurrency) as pool:
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
        sent = {number for operation, number in operations if operation.startswith(api)}
        journal = boxes[api].api.journal
        faults_seen = collections.Counter(entry.fault for entry in journal if entry.fault)
        create_writes = sum(1 for e in journal if e.applied and e.operation_id in CREATES[api][:1])
        creates_sent = sum(1 for operation, _ in operations if operation.startswith(api) and "upsert" not in operation)
        per_api[api] = {
            "sent": len(sent),
            "stored": len(counts),
            "lost": len(reported[api] - set(counts)),
            "duplicated": sum(n - 1 for n in counts.values() if n > 1) + max(0, create_writes - creates_sent),
            "not_sent_but_stored": len(set(counts) - sent),
            "failed_typed": len(sent - reported[api]),
            "failed_but_stored": len((sent - reported[api]) & set(counts)),
            "requests": len(journal),
            "faults_injected": dict(faults_seen),
            "duplicates_refused_by_the_service": sum(
                1 for e in journal if e.status == 409 and e.operation_id in CREATES[api]
            ),
        }
    for client in (spotgo, quivo, transeu):
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
        "seconds": round(elapsed, 1),
        "outcomes": {operation: dict(counter) for operation, counter in sorted(outcomes.items())},
        "per_api": per_api,
        "totals": {
            "lost": sum(a["lost"] for a in per_api.values()),
            "duplicated": sum(a["duplicated"] for a in per_api.values()),
            "untyped_exceptions": len(untyped),
            "failed_typed": sum(a["failed_typed"] for a in per_api.values()),
        },
        "untyped_examples": untyped[:10],
        "failure_examples": failures[:10],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--operations", type=int, default=10_000)
    parser.add_argument("--faults", default="5xx=0.1,reset=0.05,429=0.05:1,hang=0.02:3")
    parser.add_argument("--seed", type=int, default=20261123)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--timeout", type=float, default=1.0, help="client timeout, seconds (below the hang)")
    parser.add_argument("--retries", type=int, default=8)
    parser.add_argument("--output", default=str(ROOT / "bench" / "soak.json"))
    args = parser.parse_args()
    result = run(args.operations, args.faults, args.seed, args.concurrency, args.timeout, args.retries)
    print(f"{result['operations']} operations, faults {result['faults']}, seed {result['seed']}: {result['seconds']} s")
    print(f"{'API':8} {'sent':>6} {'stored':>6} {'lost':>5} {'dup':>4} {'failed':>6} {'requests':>8}  faults injected")
    for api, figures in result["per_api"].items():
        print(
            f"{api:8} {figures['sent']:>6} {figures['stored']:>6} {figures['lost']:>5} {figures['duplicated']:>4} "
            f"{figures['failed_typed']:>6} {figures['requests']:>8}  {figures['faults_injected']}"
        )
    totals = result["totals"]
    print(
        f"lost {totals['lost']}, duplicated {totals['duplicated']}, untyped exceptions {totals['untyped_exceptions']} "
        f"(target 0, 0, 0); failed with a typed error after {args.retries} retries: {totals['failed_typed']}"
    )
    for line in result["untyped_examples"] + result["failure_examples"]:
        print(f"  {line}")
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    Path(args.output).write_text(json.dumps(result, indent=2) + "\n")
    print(f"written: {args.output}")
    met = totals["lost"] == totals["duplicated"] == totals["untyped_exceptions"] == 0
    return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(main())
