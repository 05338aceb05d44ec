"""`nox -s live_standin`: a user's live runs, twice, against sandboxes standing in for the vendors.

The four sandboxes start once on loopback ports and keep their state (like a vendor test account,
which is never reset); their base URLs and credentials are exported in the variables the README
documents. Then, twice each: the demo with writes (`nox -s demo -- --writes`) and the live
contract run with writes (`FREIGHT_CONTRACT_WRITES=1 nox -s contract -- --target live`), as the
commands those sessions run. Fails unless all four runs pass and no SpotGo order is left and no
S'mouv order is left uncancelled (what the runs could remove); prints what stays by design, and the
drift tables of the last contract run (`reports/drift-<api>.json`).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from freight_clients.sandbox import RunningSandbox, sandbox
from freight_clients.sandbox.standin import vendor_environment

ROOT = Path(__file__).resolve().parent.parent
APIS = ("spotgo", "smouv", "transeu", "quivo")
LIVE_CONTRACT_TESTS = ["contract_tests/test_contract_sandboxes.py", "contract_tests/test_contract_stateful.py"]


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
        ("demo --writes", [sys.executable, "-m", "freight_clients.demo", "--writes"], {}),
        ("contract --target live (writes)", [sys.executable, *pytest_args], contract_env),
    ]


def leftovers(boxes: dict[str, RunningSandbox]) -> tuple[list[str], list[str]]:
    """(objects a run could have removed and did not, objects that stay because the API has no delete)."""
    api: Any = {name: box.api for name, box in boxes.items()}
    removable = [f"spotgo order {o.number}" for orders in api["spotgo"].companies.values() for o in orders.values()]
    removable += [
        f"smouv order {o.body['transportOrderNumber']} ({o.status})"
        for o in api["smouv"].orders.values()
        if o.status != "Cancelled"
    ]
    stays = [
        f"transeu: {sum(len(orders) for orders in api['transeu'].orders.values())} orders",
        f"quivo: {len(api['quivo'].orders)} orders",
        f"smouv: {len(api['smouv'].orders)} cancelled orders",
    ]
    return removable, stays


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="nox -s live_standin --", description=__doc__)
    parser.add_argument("--rounds", type=int, default=2, help="times each run is repeated (default 2)")
    parser.add_argument("--examples", type=int, default=5, help="contract examples per operation (default 5)")
    args = parser.parse_args(argv)
    boxes = {api: sandbox(api).serve() for api in APIS}
    failed: list[str] = []
    try:
        env = dict(os.environ)
        for api, box in boxes.items():
            env |= vendor_environment(api, box.base_url, box.credentials)
        for round_ in range(1, args.rounds + 1):
            for name, argv_, extra in commands(args.examples):
                started = time.monotonic()
                print(f"\n=== round {round_}: {name}", flush=True)
                code = subprocess.run(argv_, env=env | extra, cwd=ROOT, check=False).returncode
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
    if removable:
        failed.append(f"{len(removable)} object(s) not cleaned up")
    print("live stand-in: " + ("all runs passed" if not failed else "FAILED: " + "; ".join(failed)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
