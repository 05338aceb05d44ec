"""`nox -s live_standin`: a user's live runs, twice, against sandboxes standing in for the vendors.

The four sandboxes start once on loopback ports and keep their state (like a vendor test account,
which is never reset); their base URLs and credentials are exported in the variables the README
documents. Then, twice each: the demo with writes (`nox -s demo -- --writes`), SpotGo's Workflows A
and B on webhooks (`scripts/demo_webhooks.py`: a receiver on loopback with Basic auth, the carrier on
the share link, a poll when no event comes in time; the run says what it received) and the live
contract run with writes (`FREIGHT_CONTRACT_WRITES=1 nox -s contract -- --target live`), the demo
and the contract run as the commands those sessions run. Fails unless all six runs pass and no
SpotGo order or webhook subscription of the runs is left and no S'mouv order is left uncancelled
(what the runs could remove); prints what stays by design, what each webhook run received, and the
drift tables of the last contract run (`reports/drift-<api>.json`). Nothing leaves the machine: a
`SPOTGO_WEBHOOK_URL` of the environment (a vendor's callback) is not used against the stand-ins.
"""

from __future__ import annotations

import argparse
import os
import secrets
import subprocess
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import demo_webhooks
from demo import Report

from freight_clients import registry
from freight_sandbox import RunningSandbox, sandbox
from freight_sandbox.standin import vendor_environment

ROOT = Path(__file__).resolve().parent.parent
APIS = registry.NAMES
LIVE_CONTRACT_TESTS = ["contract_tests/contract/test_schemathesis.py", "contract_tests/contract/test_stateful.py"]


def commands(examples: int) -> list[tuple[str, list[str], dict[str, str]]]:
    """The demo and the live contract run with writes: (name, argv, extra environment)."""
    contract_env = {
        "FREIGHT_CONTRACT_TARGET": "live",
        "FREIGHT_CONTRACT_WRITES": "1",
        "FREIGHT_CONTRACT_EXAMPLES": str(examples),
        # The sandboxes enforce no rate limit: SpotGo's 100 per minute would only make the run slow.
        "FREIGHT_CONTRACT_RATE_LIMIT": "none",
    }
    pytest_args = ["-m", "pytest", "-q", "-p", "no:cacheprovider", "-n", "2", *LIVE_CONTRACT_TESTS]
    return [
        ("demo --writes", [sys.executable, str(Path(__file__).resolve().parent / "demo.py"), "--writes"], {}),
        ("contract --target live (writes)", [sys.executable, *pytest_args], contract_env),
    ]


def webhooks(env: Mapping[str, str], box: RunningSandbox, round_: int, wait: float) -> tuple[int, str]:
    """SpotGo's Workflows A and B on webhooks against the stand-in `env` names, in this process (so
    the stand-in's acceptance hook plays SpotGo's side): (exit code, what was received)."""
    report = Report()
    run = f"wh{round_}{secrets.token_hex(2)}"
    received = demo_webhooks.live_webhook_workflows(report, run, env, box, wait)
    if received is None:  # the stand-in is on loopback: a skip here is a fault, not a vendor without a URL
        return 1, "skipped"
    return (1 if report.failures or received.twice else 0), received.line()


Run = Callable[[int], int]


def runs(
    env: dict[str, str], boxes: dict[str, RunningSandbox], examples: int, wait: float
) -> tuple[list[tuple[str, Run]], list[str]]:
    """One round's runs in order, (name, round -> exit code), and the list each webhook run adds
    what it received to."""
    received: list[str] = []

    def command(argv: list[str], extra: dict[str, str]) -> Run:
        return lambda round_: subprocess.run(argv, env=env | extra, cwd=ROOT, check=False).returncode

    def webhook_run(round_: int) -> int:
        code, said = webhooks(env, boxes["spotgo"], round_, wait)
        received.append(f"round {round_}: {said}")
        return code

    (first, *rest) = commands(examples)  # the demo, then the webhook workflows, then the contract run
    return [
        (first[0], command(first[1], first[2])),
        ("SpotGo Workflows A and B on webhooks", webhook_run),
        *[(name, command(argv, extra)) for name, argv, extra in rest],
    ], received


def leftovers(boxes: dict[str, RunningSandbox]) -> tuple[list[str], list[str]]:
    """(objects a run could have removed and did not, objects that stay because the API has no delete)."""
    api: Any = {name: box.api for name, box in boxes.items()}
    removable = [f"spotgo order {o.number}" for orders in api["spotgo"].companies.values() for o in orders.values()]
    removable += [
        f"spotgo webhook subscription {s.id} ({s.url!r})"
        for subscriptions in api["spotgo"].webhooks.subscriptions.values()
        for s in subscriptions.values()
    ]
    removable += [
        f"smouv order {o.body['transportOrderNumber']} ({o.status})"
        for o in api["smouv"].orders.values()
        if o.status != "Cancelled"
    ]
    stays = [
        f"transeu: {sum(len(orders) for orders in api['transeu'].orders.values())} orders",
        f"quivo: {len(api['quivo'].orders)} orders",
        f"smouv: {len(api['smouv'].orders)} cancelled orders",
        f"quivo: {sum(len(s) for s in api['quivo'].webhooks.subscriptions.values())} webhook subscriptions",
    ]
    return removable, stays


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="nox -s live_standin --", description=__doc__)
    parser.add_argument("--rounds", type=int, default=2, help="times each run is repeated (default 2)")
    parser.add_argument("--examples", type=int, default=5, help="contract examples per operation (default 5)")
    parser.add_argument(
        "--webhook-wait",
        type=float,
        default=demo_webhooks.WAIT,
        help=f"seconds a webhook workflow waits for its event before it polls (default {demo_webhooks.WAIT:g})",
    )
    args = parser.parse_args(argv)
    boxes = {api: sandbox(api).serve() for api in APIS}
    failed: list[str] = []
    try:
        env = {
            name: value
            for name, value in os.environ.items()
            if name not in (demo_webhooks.WEBHOOK_URL_VARIABLE, demo_webhooks.WEBHOOK_LISTEN_VARIABLE)
        }
        for api, box in boxes.items():
            env |= vendor_environment(api, box.base_url, box.credentials)
        plan, received = runs(env, boxes, args.examples, args.webhook_wait)
        for round_ in range(1, args.rounds + 1):
            for name, run in plan:
                started = time.monotonic()
                print(f"\n=== round {round_}: {name}", flush=True)
                code = run(round_)
                print(f"=== round {round_}: {name}: exit {code} in {time.monotonic() - started:.0f} s", flush=True)
                if code:
                    failed.append(f"round {round_}: {name} (exit {code})")
        reports = sorted(str(path) for path in (ROOT / "reports").glob("drift-*.json"))
        subprocess.run([sys.executable, "-m", "freight_clients._drift", *reports], cwd=ROOT, check=False)
        removable, stays = leftovers(boxes)
    finally:
        for box in boxes.values():
            box.stop()
    print("\nleft behind that a run could have removed: " + (", ".join(removable) or "nothing"))
    print("stays by design (no delete in the API): " + "; ".join(stays))
    print("webhooks received: " + ("; ".join(received) or "no webhook run"))
    polled = [line.split(":", 1)[0] for line in received if "poll fallback" in line]
    if polled:  # not a failure (the fallback is the design), but a stand-in on loopback delivers at once
        print(f"WARNING: no webhook in time in {', '.join(polled)}: the workflows polled; see the sandbox's deliveries")
    if removable:
        failed.append(f"{len(removable)} object(s) not cleaned up")
    print("live stand-in: " + ("all runs passed" if not failed else "FAILED: " + "; ".join(failed)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
