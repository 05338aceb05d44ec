"""Benchmarks (`nox -s bench`): each figure is a ratio against a baseline measured in the same
process, in interleaved rounds (so machine noise hits both sides alike), medians of the rounds.

1. Call overhead: SpotGo create and get through the overlay, the bare generated client and raw
   httpx + json, on the same in-process transport (the sandbox app) and the same payload (the seed
   example); and, to show the client's own cost, on a transport that replays a canned answer.
2. Parsing: a 1,000-row SpotGo query page, generated `from_dict` against a pydantic v2 model of the
   same schema (generated for the benchmark by datamodel-code-generator from the same spec); from
   JSON bytes, the client's decoder (jiter, `freight_clients._json`) and, for reference, json.loads.
3. Bulk sync: `orders.sync` of 10,000 orders against a sandbox on a loopback port whose rate limit
   is R per second; achieved rate against R, and the 429s the sandbox sent.
4. Contract suite: wall time of the default `nox -s contract` run (its pytest command).
5. Adaptive rate limit: `rate_limit="adaptive"` against sandbox processes limited to 40/s, 250/s
   and 100/min, none of which the client is told: the rate sustained after 30 s as a share of the
   limit, and the share of requests answered 429.
6. Async throughput: `AsyncSpotGo.orders.sync` against raw `httpx.AsyncClient` at the same
   concurrency, on a sandbox process with no limit.

Writes bench/results.json (with the machine's description) and prints a table.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import copy
import functools
import gc
import importlib.util
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
import yaml

from freight_clients import AsyncSpotGo, SpotGo, spec_path
from freight_clients._json import loads
from freight_clients._limits import RateLimit as ClientRateLimit
from freight_sandbox import RateLimit as SandboxRateLimit
from freight_sandbox import SyncASGITransport, connect, sandbox
from spotgo_client import Client
from spotgo_client.api.carrier_portal import create_order, get_order
from spotgo_client.models import OrderQueryViewModel, OrderSubmitModel

ROOT = Path(__file__).resolve().parent.parent
MEDIA = "application/json; x-api-version=1.0"


def _lines(path: str) -> list[str]:
    return Path(path).read_text().splitlines() if Path(path).exists() else []


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    cpu = next(
        (line.split(":", 1)[1].strip() for line in _lines("/proc/cpuinfo") if "model name" in line),
        platform.processor() or "unknown",
    )
    memory = next(
        (line.split()[1] for line in _lines("/proc/meminfo") if line.startswith("MemTotal")),
        "0",
    )
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gib": round(int(memory) / 2**20, 1),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "httpx": httpx.__version__,
    }


@functools.cache
def spotgo_spec() -> dict[str, Any]:
    """The SpotGo spec, parsed once (read-only: callers copy what they change)."""
    spec: dict[str, Any] = yaml.safe_load(spec_path("spotgo").read_text(encoding="utf-8"))
    return spec


def seed_examples() -> tuple[dict[str, Any], dict[str, Any]]:
    """The SpotGo create request and response examples from the spec (the seed's)."""
    spec = spotgo_spec()
    create = spec["paths"]["/api/v1/orders"]["post"]
    request = create["requestBody"]["content"][MEDIA]["examples"]["seedRequest"]["value"]
    response = create["responses"]["200"]["content"][MEDIA]["examples"]["seedResponse"]["value"]
    return request, response


def interleaved(variants: dict[str, Callable[[], object]], rounds: int, calls: int) -> dict[str, float]:
    """Median seconds per call of each variant: `rounds` rounds of `calls` calls, variants in turn."""
    samples: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(rounds):
        for name, call in variants.items():
            started = time.perf_counter()
            for _ in range(calls):
                call()
            samples[name].append((time.perf_counter() - started) / calls)
    return {name: statistics.median(values) for name, values in samples.items()}


# -- 1. call overhead ---------------------------------------------------------------------------


def call_overhead(rounds: int, calls: int) -> dict[str, Any]:
    request, response = seed_examples()
    box = sandbox("spotgo").in_process()
    key = box.credentials["api_keys"][0]
    canned = json.dumps({**response, "orderId": str(uuid.uuid4())}).encode()

    def answer(_: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=canned, headers={"Content-Type": MEDIA})

    results: dict[str, Any] = {}
    for where, transport in {"sandbox": SyncASGITransport(box.app), "canned": httpx.MockTransport(answer)}.items():
        for operation, variants in _variants(transport, key, request).items():
            for call in variants.values():  # warm up: imports, validators, connection
                call()
            medians = interleaved(variants, rounds, calls)
            base = medians["raw httpx"]
            results[f"{operation} ({where})"] = {
                "microseconds_per_call": {name: round(value * 1e6, 1) for name, value in medians.items()},
                "ratio_to_raw_httpx": {name: round(value / base, 3) for name, value in medians.items()},
            }
    return results


def _variants(
    transport: httpx.BaseTransport, key: str, request: dict[str, Any]
) -> dict[str, dict[str, Callable[[], object]]]:
    """Create and get as raw httpx + json, the bare generated client and the overlay (defaults)."""
    numbers = (f"B-{n}" for n in range(10**9))
    overlay = SpotGo(api_key=key, base_url="http://127.0.0.1", transport=transport, rate_limit=None)
    generated = Client(base_url="http://127.0.0.1", headers={"X-Api-Key": key}, httpx_args={"transport": transport})
    raw = httpx.Client(base_url="http://127.0.0.1", transport=transport, headers={"X-Api-Key": key})
    order_id = overlay.orders.create({**request, "orderNumber": next(numbers)}).order_id

    def raw_create() -> None:
        body = json.dumps({**request, "orderNumber": next(numbers)}).encode()
        answer = raw.post("/api/v1/orders", content=body, headers={"Content-Type": MEDIA})
        assert answer.status_code == 200, answer.text
        json.loads(answer.content)

    def generated_create() -> None:
        body = OrderSubmitModel.from_dict({**request, "orderNumber": next(numbers)})
        assert create_order.sync_detailed(client=generated, body=body).status_code == 200

    def overlay_create() -> None:
        overlay.orders.create({**request, "orderNumber": next(numbers)})

    def raw_get() -> None:
        answer = raw.get(f"/api/v1/orders/{order_id}")
        assert answer.status_code == 200, answer.text
        json.loads(answer.content)

    def generated_get() -> None:
        assert get_order.sync_detailed(order_id, client=generated).status_code == 200

    def overlay_get() -> None:
        overlay.orders.get(order_id)

    return {
        "create": {"raw httpx": raw_create, "generated": generated_create, "overlay": overlay_create},
        "get": {"raw httpx": raw_get, "generated": generated_get, "overlay": overlay_get},
    }


# -- 2. parsing ---------------------------------------------------------------------------------


def pydantic_models() -> Any:
    """Pydantic v2 models of the SpotGo spec, generated by datamodel-code-generator (bench only)."""
    folder = Path(tempfile.mkdtemp(prefix="freight-bench-"))
    target = folder / "spotgo_pydantic.py"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "datamodel_code_generator",
            "--input",
            str(spec_path("spotgo")),
            "--input-file-type",
            "openapi",
            "--output-model-type",
            "pydantic_v2.BaseModel",
            "--formatters",
            "ruff-format",
            "--output",
            str(target),
        ],
        check=True,
        capture_output=True,
    )
    loaded = importlib.util.spec_from_file_location("spotgo_pydantic", target)
    assert loaded is not None and loaded.loader is not None
    module = importlib.util.module_from_spec(loaded)
    sys.modules["spotgo_pydantic"] = module
    loaded.loader.exec_module(module)
    return module


def query_page(rows: int) -> dict[str, Any]:
    """A page of `rows` query rows built from the seed's order view (the fields a row has)."""
    spec = spotgo_spec()
    fields = spec["components"]["schemas"]["OrderQueryItemViewModel"]["properties"]
    _, view = seed_examples()
    row = {name: value for name, value in view.items() if name in fields}
    items = []
    for n in range(rows):
        item = copy.deepcopy(row)
        item["orderId"], item["orderNumber"] = str(uuid.uuid4()), f"Q-{n}"
        items.append(item)
    return {"items": items, "continuationToken": "next-page"}


def parsing(rounds: int, rows: int) -> dict[str, Any]:
    page = query_page(rows)
    encoded = json.dumps(page).encode()
    model = pydantic_models().OrderQueryViewModel
    # Both parse every row (the generated model's dates come back normalised, so no == on dicts).
    assert [row["orderNumber"] for row in OrderQueryViewModel.from_dict(page).to_dict()["items"]] == [
        row.orderNumber for row in model.model_validate(page).items
    ]
    # The objects the earlier sections left (sandboxes, journals, generated pydantic code) stay out
    # of the garbage collector's scans: a parse should pay for its own allocations, not for
    # rescanning this benchmark's heap (json.loads allocates a dict per row, which set off full
    # collections that cost it 2x in a run after the others, and nothing when run alone).
    gc.collect()
    gc.freeze()
    medians = interleaved(
        {
            "pydantic model_validate": lambda: model.model_validate(page),
            "generated from_dict": lambda: OrderQueryViewModel.from_dict(page),
            "pydantic model_validate_json": lambda: model.model_validate_json(encoded),
            "json.loads + generated from_dict": lambda: OrderQueryViewModel.from_dict(json.loads(encoded)),
            "client decode (jiter) + generated from_dict": lambda: OrderQueryViewModel.from_dict(loads(encoded)),
        },
        rounds,
        1,
    )
    gc.unfreeze()
    return {
        "rows": rows,
        "milliseconds_per_page": {name: round(value * 1e3, 2) for name, value in medians.items()},
        "ratio_from_dict_to_pydantic": round(medians["generated from_dict"] / medians["pydantic model_validate"], 3),
        # What the client does with an answer's bytes: its decoder (freight_clients._json), then from_dict.
        "ratio_from_json_to_pydantic": round(
            medians["client decode (jiter) + generated from_dict"] / medians["pydantic model_validate_json"], 3
        ),
        "ratio_json_loads_from_json_to_pydantic": round(
            medians["json.loads + generated from_dict"] / medians["pydantic model_validate_json"], 3
        ),
    }


# -- 3. bulk sync -------------------------------------------------------------------------------


def bulk_sync(orders: int, rate: int, concurrency: int) -> dict[str, Any]:
    request, _ = seed_examples()
    with sandbox("spotgo", rate_limit=f"{rate}/s").serve() as box:
        batch = [{**request, "orderNumber": f"SYNC-{n}"} for n in range(orders)]
        with connect(SpotGo, box, rate_limit=ClientRateLimit(rate, 1.0)) as spotgo:
            started = time.perf_counter()
            outcomes = spotgo.orders.sync(batch, concurrency=concurrency)
            elapsed = time.perf_counter() - started
        statuses = [entry.status for entry in box.api.journal]
        state: Any = box.api  # SpotGo's own shape
        stored = sum(len(company) for company in state.companies.values())
    achieved = orders / elapsed
    return {
        "orders": orders,
        "rate_limit_per_second": rate,
        "concurrency": concurrency,
        "seconds": round(elapsed, 2),
        "achieved_per_second": round(achieved, 1),
        "ratio_to_rate_limit": round(achieved / rate, 3),
        "failed": sum(1 for outcome in outcomes if not outcome.ok),
        "requests": len(statuses),
        "rejected_429": statuses.count(429),
        "orders_in_sandbox": stored,
    }


# -- 5. adaptive rate limit ----------------------------------------------------------------------


@contextlib.contextmanager
def sandbox_process(api: str, *options: str) -> Iterator[SimpleNamespace]:
    """`freight-sandbox API OPTIONS` in its own process (the clients measured here keep this one busy)."""
    command = [sys.executable, "-m", "freight_sandbox.cli", api, *options]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert process.stdout is not None
        yield SimpleNamespace(**json.loads(process.stdout.readline()))
    finally:
        process.terminate()
        process.wait(timeout=10)


def _hammer(limit: str | None, rate_limit: Any, seconds: float, concurrency: int) -> tuple[list[float], list[int], Any]:
    """SpotGo gets of one order from `concurrency` threads for `seconds`, against a sandbox process
    limited to `limit`: when each call was answered (seconds from the start), every status the
    sandbox sent (429s the client retried included) and the paces the client's limiter ended at."""
    request, _ = seed_examples()
    with sandbox_process("spotgo", *(["--rate-limit", limit] if limit else [])) as box:
        with connect(SpotGo, box, rate_limit=None) as setup:
            order_id = setup.orders.create({**request, "orderNumber": "HAMMER-1"}).order_id
        with connect(SpotGo, box, rate_limit=rate_limit, max_retries=10) as spotgo:
            started = time.monotonic()
            answered: list[float] = []
            statuses: list[int] = []

            def worker() -> None:
                while time.monotonic() - started < seconds:
                    with spotgo.raw_responses() as raw:
                        spotgo.orders.get(order_id)
                    answered.append(time.monotonic() - started)
                    statuses.extend(response.status_code for response in raw)

            threads = [threading.Thread(target=worker) for _ in range(concurrency)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            return answered, statuses, spotgo.limiter.paces()


def adaptive_limit(limits: list[str], seconds: float, warmup: float, concurrency: int) -> dict[str, Any]:
    """`rate_limit="adaptive"` against sandboxes limited to each of `limits` (the client is not
    told): the rate of answered calls after `warmup` seconds as a share of the limit, and the
    share of all requests the sandbox refused. Also the rate the same threads reach with no limit
    anywhere, for a limit above what this machine can send."""
    answered, _, _ = _hammer(None, None, 10.0, concurrency)
    results: dict[str, Any] = {"unlimited_per_second": round(len(answered) / 10.0, 1), "limits": {}}
    for limit in limits:
        parsed = SandboxRateLimit.parse(limit)
        assert parsed is not None
        rate = parsed.requests / parsed.period
        # A per-minute limit allows few requests: give it two periods to count its 429s over.
        duration = max(seconds, 2 * parsed.period) if parsed.period > 1 else seconds
        answered, statuses, paces = _hammer(limit, "adaptive", duration, concurrency)
        sustained = sum(1 for at in answered if warmup <= at < duration) / (duration - warmup)
        results["limits"][limit] = {
            "limit_per_second": round(rate, 3),
            "seconds": duration,
            "after_seconds": warmup,
            "concurrency": concurrency,
            "requests": len(statuses),
            "rejected_429": statuses.count(429),
            "share_429": round(statuses.count(429) / len(statuses), 4),
            "sustained_per_second": round(sustained, 2),
            "ratio_to_limit": round(sustained / rate, 3),
            "paced_at_end_per_second": [round(pace, 2) for pace in paces.values()],
        }
    return results


# -- 6. async throughput ---------------------------------------------------------------------


def async_throughput(orders: int, concurrency: int, rounds: int) -> dict[str, Any]:
    """`AsyncSpotGo.orders.sync` of `orders` orders against a sandbox process with no limit, and
    raw `httpx.AsyncClient` posting the same upserts from `concurrency` tasks, in interleaved
    rounds (the same order numbers each round: updates after the first): orders per second."""
    request, _ = seed_examples()
    batch = [{**request, "orderNumber": f"ASYNC-{n}"} for n in range(orders)]
    with sandbox_process("spotgo") as box:
        key = box.credentials["api_keys"][0]

        async def client_round() -> float:
            async with connect(AsyncSpotGo, box, rate_limit=None) as spotgo:
                started = time.perf_counter()
                outcomes = await spotgo.orders.sync(batch, concurrency=concurrency)
                elapsed = time.perf_counter() - started
            assert all(outcome.ok for outcome in outcomes)
            return elapsed

        async def raw_round() -> float:
            headers = {"X-Api-Key": key, "x-api-version": "1.0", "Content-Type": MEDIA}
            pending = iter(batch)
            async with httpx.AsyncClient(base_url=box.base_url, headers=headers) as http:

                async def worker() -> None:
                    for order in pending:
                        answer = await http.post("/api/v1/orders/upsert", content=json.dumps(order).encode())
                        assert answer.status_code == 200, answer.text
                        json.loads(answer.content)

                started = time.perf_counter()
                await asyncio.gather(*(worker() for _ in range(concurrency)))
                return time.perf_counter() - started

        asyncio.run(raw_round())  # warm up: the orders exist from here on, connections, imports
        asyncio.run(client_round())
        samples: dict[str, list[float]] = {"raw httpx.AsyncClient": [], "AsyncSpotGo orders.sync": []}
        for _ in range(rounds):
            samples["raw httpx.AsyncClient"].append(asyncio.run(raw_round()))
            samples["AsyncSpotGo orders.sync"].append(asyncio.run(client_round()))
    rates = {name: orders / statistics.median(values) for name, values in samples.items()}
    return {
        "orders": orders,
        "concurrency": concurrency,
        "rounds": rounds,
        "orders_per_second": {name: round(rate, 1) for name, rate in rates.items()},
        "ratio_to_raw": round(rates["AsyncSpotGo orders.sync"] / rates["raw httpx.AsyncClient"], 3),
    }


# -- 4. contract suite --------------------------------------------------------------------------


def contract_run(files: list[str]) -> dict[str, Any]:
    """The default `nox -s contract` run, timed: its pytest command on `files`, in this environment."""
    env = {
        **os.environ,
        "FREIGHT_CONTRACT_EXAMPLES": "100",
        "FREIGHT_PRISM_EXAMPLES": "10",
        "FREIGHT_PRISM_SHARED": "1",
        "FREIGHT_CONTRACT_TARGET": "sandbox",
    }
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-n", "2", *files],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - started
    summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr[-500:]
    return {"seconds": round(elapsed, 1), "budget_seconds": 120, "passed": done.returncode == 0, "summary": summary}


SECTIONS = ("call_overhead", "parsing", "bulk_sync", "contract_suite", "adaptive_limit", "async_throughput")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--calls", type=int, default=100, help="calls per round and variant (overhead)")
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--parse-rounds", type=int, default=61, help="rounds of the parsing figure (one page each)")
    parser.add_argument("--orders", type=int, default=10_000)
    parser.add_argument("--rate", type=int, default=100, help="sandbox rate limit R, per second")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--contract-tests", nargs="*", default=[], help="time the contract run of these files")
    parser.add_argument(
        "--limits",
        default="40/s,250/s,100/min",
        help="sandbox limits the adaptive client is not told (comma separated)",
    )
    parser.add_argument("--adaptive-seconds", type=float, default=60.0, help="per limit (a per-minute one: 2 periods)")
    parser.add_argument("--async-orders", type=int, default=1000)
    parser.add_argument(
        "--async-rounds", type=int, default=11, help="interleaved rounds of the async figure (it varies 10%% a round)"
    )
    parser.add_argument(
        "--only", nargs="*", choices=SECTIONS, help="measure these sections; keep the others from --output"
    )
    parser.add_argument("--output", default=str(ROOT / "bench" / "results.json"))
    args = parser.parse_args()

    output = Path(args.output)
    results: dict[str, Any] = json.loads(output.read_text()) if args.only and output.exists() else {}
    results.update(machine=machine(), measured_at=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()))
    results.pop("partial_run_of", None)
    if args.only:
        results["partial_run_of"] = args.only
    chosen = set(args.only or SECTIONS)
    measure: dict[str, Callable[[], Any]] = {
        "call_overhead": lambda: call_overhead(args.rounds, args.calls),
        "parsing": lambda: parsing(args.parse_rounds, args.rows),
        "bulk_sync": lambda: bulk_sync(args.orders, args.rate, args.concurrency),
        "contract_suite": lambda: contract_run(args.contract_tests),
        "adaptive_limit": lambda: adaptive_limit(args.limits.split(","), args.adaptive_seconds, 30.0, args.concurrency),
        "async_throughput": lambda: async_throughput(args.async_orders, args.concurrency, args.async_rounds),
    }
    for section in SECTIONS:
        if section in chosen and (section != "contract_suite" or args.contract_tests):
            results[section] = measure[section]()
    results["targets"] = targets(results)
    report(results)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(results, indent=2) + "\n")
    print(f"\nwritten: {output}")
    return 0


def targets(results: dict[str, Any]) -> dict[str, Any]:
    """Each target of the benchmark issues, with the measured figure and whether it is met."""
    out: dict[str, Any] = {}
    call_targets = {
        "sandbox": ("overlay <= 1.15x raw httpx (sandbox transport)", 1.15),
        "canned": ("overlay <= 1.2x raw httpx + json (canned answer: the client's own cost)", 1.2),
    }
    if "call_overhead" in results:
        for where, (label, bound) in call_targets.items():
            ratios = {
                name: figure["ratio_to_raw_httpx"]["overlay"]
                for name, figure in results["call_overhead"].items()
                if f"({where})" in name
            }
            out[label] = {"measured": ratios, "met": max(ratios.values()) <= bound}
    if "parsing" in results:
        parse = results["parsing"]
        out["from_dict <= 1.0x pydantic model_validate"] = {
            "measured": parse["ratio_from_dict_to_pydantic"],
            "met": parse["ratio_from_dict_to_pydantic"] <= 1.0,
        }
        out["JSON bytes to models <= 1.2x pydantic model_validate_json"] = {
            "measured": parse["ratio_from_json_to_pydantic"],
            "met": parse["ratio_from_json_to_pydantic"] <= 1.2,
        }
    if "bulk_sync" in results:
        sync = results["bulk_sync"]
        out["sync >= 95% of R, zero 429"] = {
            "measured": {"ratio": sync["ratio_to_rate_limit"], "429": sync["rejected_429"]},
            "met": sync["ratio_to_rate_limit"] >= 0.95 and sync["rejected_429"] == 0,
        }
    if "contract_suite" in results:
        suite = results["contract_suite"]
        met = suite["passed"] and suite["seconds"] <= 120
        out["contract suite <= 120 s"] = {"measured": suite["seconds"], "met": met}
    if "adaptive_limit" in results:
        for limit, figure in results["adaptive_limit"]["limits"].items():
            out[f"adaptive, untold {limit}: >= 90% of it after 30 s, <= 1% 429"] = {
                "measured": {"ratio": figure["ratio_to_limit"], "share_429": figure["share_429"]},
                "met": figure["ratio_to_limit"] >= 0.9 and figure["share_429"] <= 0.01,
            }
    if "async_throughput" in results:
        ratio = results["async_throughput"]["ratio_to_raw"]
        out["AsyncSpotGo sync >= 0.9x raw httpx.AsyncClient"] = {"measured": ratio, "met": ratio >= 0.9}
    return out


def report(results: dict[str, Any]) -> None:
    print(f"machine: {results['machine']}")
    if "call_overhead" in results:
        print("\n1. call overhead (median microseconds per call; ratio to raw httpx)")
        for name, figure in results["call_overhead"].items():
            cells = ", ".join(
                f"{variant} {us:.0f} us ({figure['ratio_to_raw_httpx'][variant]:.2f}x)"
                for variant, us in figure["microseconds_per_call"].items()
            )
            print(f"   {name:18} {cells}")
    if "parsing" in results:
        parse = results["parsing"]
        print(f"\n2. parsing a {parse['rows']}-row query page (ms): {parse['milliseconds_per_page']}")
        print(f"   from_dict / pydantic: {parse['ratio_from_dict_to_pydantic']}x;", end=" ")
        print(f"from JSON bytes: {parse['ratio_from_json_to_pydantic']}x", end=" ")
        print(f"(with json.loads: {parse.get('ratio_json_loads_from_json_to_pydantic')}x)")
    if "bulk_sync" in results:
        sync = results["bulk_sync"]
        print(
            f"\n3. bulk sync: {sync['orders']} orders in {sync['seconds']} s = {sync['achieved_per_second']}/s "
            f"against R = {sync['rate_limit_per_second']}/s ({sync['ratio_to_rate_limit']:.1%}); "
            f"429s: {sync['rejected_429']}; failed: {sync['failed']}"
        )
    if "contract_suite" in results:
        suite = results["contract_suite"]
        print(f"\n4. contract suite: {suite['seconds']} s ({suite['summary']})")
    if "adaptive_limit" in results:
        adaptive = results["adaptive_limit"]
        print(f"\n5. adaptive limit (no limit anywhere: {adaptive['unlimited_per_second']}/s)")
        for limit, figure in adaptive["limits"].items():
            print(
                f"   {limit:8} after 30 s: {figure['sustained_per_second']}/s = {figure['ratio_to_limit']:.1%}; "
                f"429: {figure['rejected_429']} of {figure['requests']} ({figure['share_429']:.2%})"
            )
    if "async_throughput" in results:
        rates = results["async_throughput"]
        print(f"\n6. async bulk sync (orders/s): {rates['orders_per_second']}; ratio {rates['ratio_to_raw']}")
    print("\ntargets:")
    for name, target in results["targets"].items():
        print(f"   {'met   ' if target['met'] else 'MISSED'} {name}: {target['measured']}")


if __name__ == "__main__":
    raise SystemExit(main())
