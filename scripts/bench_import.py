"""Import cost of each client against `import httpx`, in a fresh venv with a plain `pip install`.

    python scripts/bench_import.py [--rounds 7] [--python PY] [--merge bench/results.json]

Each round starts one fresh interpreter per statement, in turn (so machine noise hits every
statement alike), and reads the import's own CPU and wall time and `len(sys.modules)` after it.
Figures are medians over the rounds; ratios compare CPU time (user + system of the process), which
time spent waiting for a core on a shared machine does not inflate. Without
`--python` it builds the wheel of this checkout and installs it, without extras, into a new venv
(what an application that only wants a client gets). `--merge` adds the figures and their targets
to the results of `scripts/bench.py`.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BASELINE = "import httpx"
CLIENTS = ("SpotGo", "Smouv", "TransEu", "Quivo")
#: The issue's targets: each client's import at most this many times `import httpx`, and modules.
MAX_RATIO = 1.5
MAX_MODULES = 350
#: Issue 25: a sync client built and its first call made (on a canned answer) within this many
#: modules, none of them asyncio; and the install without extras within this size.
MAX_FIRST_CALL_MODULES = 250
MAX_INSTALL_MB = 25.0
#: Build a SpotGo client, create one order on a canned answer (the seed's examples), and say
#: whether asyncio was loaded: the pre-flight validation, the request and the parsing all run.
FIRST_CALL = (
    "import httpx, json; from freight_clients import SpotGo; "
    "from freight_clients._specs import load_spec; "
    "op = load_spec('spotgo')['paths']['/api/v1/orders']['post']; "
    "media = op['requestBody']['content']; media = media[next(iter(media))]; "
    "answer = op['responses']['200']['content']; answer = answer[next(iter(answer))]; "
    "body = json.dumps(answer['examples']['seedResponse']['value']).encode(); "
    "canned = lambda request: httpx.Response(200, content=body, headers={'Content-Type': 'application/json'}); "
    "client = SpotGo(api_key='k', transport=httpx.MockTransport(canned)); "
    "client.orders.create(media['examples']['seedRequest']['value']); "
    "import sys; assert 'asyncio' not in sys.modules, 'asyncio loaded'"
)
_PROBE = (
    "import time; c, w = time.process_time(), time.perf_counter(); {statement}; "
    "c, w = time.process_time() - c, time.perf_counter() - w; import sys; print(c, w, len(sys.modules))"
)


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=900)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(map(str, args))} failed:\n{done.stderr}")
    return done


def lean_venv(work: Path, *also: str) -> Path:
    """The Python of a new venv under `work` holding this checkout's wheel, installed without
    extras (plus the packages `also` names); built with the pip of the running interpreter."""
    _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", work / "dist", ROOT)
    [wheel] = (work / "dist").glob("freight_order_clients-*.whl")
    _run(sys.executable, "-m", "venv", "--without-pip", work / "venv")
    python = work / "venv" / "bin" / "python"
    _run(sys.executable, "-m", "pip", "--python", python, "install", "--quiet", wheel, *also)
    return python


def _once(python: Path, statement: str) -> tuple[float, float, int]:
    cpu, wall, modules = _run(python, "-c", _PROBE.format(statement=statement)).stdout.split()
    return float(cpu), float(wall), int(modules)


def measure(python: Path, rounds: int) -> dict[str, Any]:
    """Median import time (ms), modules loaded, and ratio to `import httpx` of each client."""
    statements = {
        "httpx": BASELINE,
        **{name: f"from freight_clients import {name}" for name in CLIENTS},
        "first_call": FIRST_CALL,
    }
    for statement in statements.values():  # warm-up: byte-code caches written, files in the page cache
        _once(python, statement)
    samples: dict[str, list[tuple[float, float, int]]] = {name: [] for name in statements}
    for _ in range(rounds):
        for name, statement in statements.items():
            samples[name].append(_once(python, statement))
    baseline = statistics.median(r[0] for r in samples["httpx"])
    figures: dict[str, Any] = {}
    for name, runs in samples.items():
        cpu = statistics.median(r[0] for r in runs)
        figures[name] = {
            "statement": statements[name],
            "cpu_milliseconds": round(cpu * 1e3, 1),
            "wall_milliseconds": round(statistics.median(r[1] for r in runs) * 1e3, 1),
            "modules": int(statistics.median(r[2] for r in runs)),
            "ratio_to_httpx": round(cpu / baseline, 2),
        }
    figures["first_call"]["statement"] = "SpotGo(...) and its first orders.create, on a canned answer"
    return {
        "environment": "fresh venv, pip install of the wheel without extras",
        "rounds": rounds,
        "install_megabytes": install_megabytes(python),
        **figures,
    }


def install_megabytes(python: Path) -> float:
    """The size of the venv's site-packages (the venv is made without pip), in MB (10^6 bytes)."""
    probe = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    site = Path(_run(python, "-c", probe).stdout.strip())
    return round(sum(f.stat().st_size for f in site.rglob("*") if f.is_file()) / 1e6, 1)


def targets(figures: dict[str, Any]) -> dict[str, Any]:
    """Each client against the issue's targets."""
    out: dict[str, Any] = {}
    for name in CLIENTS:
        ratio, modules = figures[name]["ratio_to_httpx"], figures[name]["modules"]
        out[f"from freight_clients import {name} <= {MAX_RATIO}x import httpx, <= {MAX_MODULES} modules"] = {
            "measured": {"ratio": ratio, "modules": modules},
            "met": ratio <= MAX_RATIO and modules <= MAX_MODULES,
        }
    first = figures["first_call"]
    out[f"a sync client and its first canned call <= {MAX_FIRST_CALL_MODULES} modules, no asyncio"] = {
        "measured": {"modules": first["modules"], "import_httpx_modules": figures["httpx"]["modules"]},
        "met": first["modules"] <= MAX_FIRST_CALL_MODULES,  # asyncio: the statement asserts it
    }
    out[f"pip install without extras <= {MAX_INSTALL_MB} MB"] = {
        "measured": {"megabytes": figures["install_megabytes"]},
        "met": figures["install_megabytes"] <= MAX_INSTALL_MB,
    }
    return out


def report(figures: dict[str, Any], met: dict[str, Any]) -> None:
    print(f"import cost ({figures['environment']}; medians of {figures['rounds']} rounds)")
    print(f"   site-packages after pip install without extras: {figures['install_megabytes']} MB")
    for name in ("httpx", *CLIENTS, "first_call"):
        figure = figures[name]
        print(
            f"   {figure['statement']:38} {figure['cpu_milliseconds']:7.1f} ms CPU "
            f"({figure['wall_milliseconds']:.1f} ms wall) {figure['modules']:5} modules "
            f"{figure['ratio_to_httpx']:5.2f}x"
        )
    for name, target in met.items():
        print(f"   {'met   ' if target['met'] else 'MISSED'} {name}: {target['measured']}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--python", type=Path, help="measure in this environment instead of a new lean venv")
    parser.add_argument("--merge", type=Path, help="add the figures to this results file of scripts/bench.py")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="freight-import-") as tmp:
        python = args.python or lean_venv(Path(tmp))
        figures = measure(python, args.rounds)
    met = targets(figures)
    report(figures, met)
    if args.merge:
        results = json.loads(args.merge.read_text()) if args.merge.exists() else {"targets": {}}
        results["import_cost"] = figures
        results.setdefault("targets", {}).update(met)
        args.merge.parent.mkdir(parents=True, exist_ok=True)
        args.merge.write_text(json.dumps(results, indent=2) + "\n")
        print(f"\nmerged into: {args.merge}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
