"""Maintainer tasks. `nox -l` lists them; `nox -s NAME -- ARGS` passes ARGS on.

Sessions reuse their virtualenvs (a second run only reinstalls the project itself).
"""

from __future__ import annotations

import argparse
import os
import shutil
import time
from pathlib import Path

import nox

ROOT = Path(__file__).resolve().parent
nox.options.reuse_venv = "yes"
nox.options.sessions = ["lint", "generate", "tests"]
nox.options.error_on_missing_interpreters = False

PYTHON = os.environ.get("FREIGHT_PYTHON") or None  # default: the interpreter running nox


def _npm_tools(session: nox.Session) -> None:
    """Install Prism and Spectral from the committed lockfile, unless they already match it."""
    if not shutil.which("npm"):
        session.error("npm (Node.js 18+) is needed for Spectral and Prism; install Node.js first")
    stamp = ROOT / "node_modules" / ".freight-lock"
    lock = (ROOT / "package-lock.json").read_text()
    if not stamp.exists() or stamp.read_text() != lock:
        session.run("npm", "ci", "--no-audit", "--no-fund", external=True)
        stamp.write_text(lock)


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """Install the project with its test extras (and Prism from npm) and run the test suite."""
    session.install(".[test]")
    _npm_tools(session)
    session.run("pytest", *(session.posargs or ["-q"]))


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff, mypy --strict (generated clients, overlays, scripts, tests) and Spectral on the specs."""
    session.install("-e", ".[dev]")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", "--exclude", "generated", ".")
    session.run("mypy", "generated", "overlays", "scripts", "contract_tests", "noxfile.py")
    _npm_tools(session)
    session.run(
        "node_modules/.bin/spectral",
        "lint",
        "--fail-severity=warn",
        "--ruleset",
        ".spectral.yaml",
        # The OpenAPI specs; the Arazzo workflows beside them are linted by Redocly (test_contract_workflows).
        *sorted(
            str(p.relative_to(ROOT)) for p in (ROOT / "specs").glob("*.yaml") if not p.name.endswith(".arazzo.yaml")
        ),
        external=True,
    )


@nox.session(python=PYTHON)
def generate(session: nox.Session) -> None:
    """Regenerate generated/ from specs/; with `-- --check`, fail listing files if it is out of date."""
    session.install("openapi-python-client==0.29.1", "ruff==0.17.6", "PyYAML>=6.0")
    session.run("python", "scripts/generate.py", *session.posargs)


#: The contract test modules each target runs.
CONTRACT_TESTS = {
    "sandbox": [
        "contract_tests/test_contract_sandboxes.py",
        "contract_tests/test_contract_stateful.py",
        "contract_tests/test_model_round_trip.py",
        "contract_tests/test_contract_mutations.py",
        "contract_tests/test_domain_strategies.py",
        "contract_tests/test_contract_workflows.py",
    ],
    "prism": ["contract_tests/test_contract_prism.py"],
    "live": ["contract_tests/test_contract_sandboxes.py", "contract_tests/test_contract_stateful.py"],
}


@nox.session(python=PYTHON)
def contract(session: nox.Session) -> None:
    """Contract suite: `nox -s contract [-- --api NAME ... --examples N --target sandbox|prism|live ... --seed N]`.

    Default: all four APIs against the sandboxes and Prism, 100 examples per operation. Prints a
    table per API and the run's Hypothesis seed, and writes reports/contract-junit.xml. Live runs
    read vendor credentials from the environment and only read unless FREIGHT_CONTRACT_WRITES=1."""
    parser = argparse.ArgumentParser(prog="nox -s contract --")
    parser.add_argument("--api", action="append", choices=["spotgo", "smouv", "transeu", "quivo"])
    parser.add_argument("--examples", type=int, default=100, help="examples per operation (default 100)")
    parser.add_argument("--target", action="append", choices=sorted(CONTRACT_TESTS), help="default: sandbox and prism")
    parser.add_argument("--seed", type=int, help="Hypothesis seed (default: a new one, printed); replays a run")
    args = parser.parse_args(session.posargs)
    targets = args.target or ["sandbox", "prism"]
    if "sandbox" in targets and "live" in targets:
        session.error("--target live runs the sandbox checks against the vendor: choose sandbox or live")
    session.install(".[test]")
    if "prism" in targets or "sandbox" in targets:  # Prism; Redocly for the Arazzo workflows
        _npm_tools(session)
    env = {
        "FREIGHT_CONTRACT_APIS": ",".join(args.api or ["spotgo", "smouv", "transeu", "quivo"]),
        "FREIGHT_CONTRACT_EXAMPLES": str(args.examples),
        # Each Prism example calls every operation of its API once (a scenario), through a real socket.
        "FREIGHT_PRISM_EXAMPLES": str(max(5, args.examples // 10)),
        "FREIGHT_CONTRACT_TARGET": "live" if "live" in targets else "sandbox",
        # The xdist controller starts Prism once for both workers (contract_tests/prism_support.py).
        "FREIGHT_PRISM_SHARED": "1" if "prism" in targets else "0",
    }
    files = list(dict.fromkeys(f for target in targets for f in CONTRACT_TESTS[target]))
    seed = ["--hypothesis-seed", str(args.seed)] if args.seed is not None else []
    started = time.monotonic()
    session.run(
        "pytest",
        "-q",
        "-rs",
        "-p",
        "no:cacheprovider",
        "-n",
        "2",
        "--junitxml=reports/contract-junit.xml",
        *seed,
        *files,
        env=env,
    )
    session.log(f"contract run ({', '.join(targets)}): {time.monotonic() - started:.0f} s wall time")
    if "live" in targets:  # what the vendors sent that the specs do not know (contract_tests/live_support.py)
        session.run("python", "-m", "freight_clients._drift", *sorted(map(str, ROOT.glob("reports/drift-*.json"))))


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Benchmarks as ratios against baselines in the same process; writes bench/results.json.

    `nox -s bench -- --orders 2000` for a shorter bulk sync; `-- --only parsing adaptive_limit` to
    measure some sections and keep the others' figures; `--help` lists the knobs."""
    session.install(".[test,bench]")
    _npm_tools(session)
    files = CONTRACT_TESTS["sandbox"] + CONTRACT_TESTS["prism"]
    session.run("python", "scripts/bench.py", "--contract-tests", *files, *session.posargs)
    # Import cost in a fresh venv with a plain `pip install` (no extras), added to the same results.
    session.run("python", "scripts/bench_import.py", "--merge", "bench/results.json")


@nox.session(python=PYTHON)
def soak(session: nox.Session) -> None:
    """10,000 order operations against fault-injecting sandboxes; fails unless nothing is lost,
    duplicated or raised untyped. Writes bench/soak.json."""
    session.install(".[sandbox]", "PyYAML>=6.0")  # PyYAML: scripts/bench.py's seed examples
    session.run("python", "scripts/soak.py", *session.posargs)


@nox.session(python=PYTHON)
def demo(session: nox.Session) -> None:
    """The main job: the documented order workflows of all four APIs against local sandboxes."""
    session.install(".[sandbox]")
    session.run("python", "-m", "freight_clients.demo", *session.posargs)


@nox.session(python=PYTHON)
def live_standin(session: nox.Session) -> None:
    """A user's live runs against sandboxes standing in for vendor accounts: the four sandboxes
    start once and keep their state; `demo -- --writes` and the live contract run with writes run
    twice each; fails on any failure or on anything left that a run could have removed.
    `-- --examples N` (default 5), `-- --rounds N` (default 2)."""
    session.install(".[test]")
    session.run("python", "scripts/live_standin.py", *session.posargs)


@nox.session(python=PYTHON)
def sandbox(session: nox.Session) -> None:
    """Run a local sandbox: `nox -s sandbox -- spotgo [--port N] [--faults SPEC] [--rate-limit N/PERIOD]`."""
    session.install(".[sandbox]")
    session.run("freight-sandbox", *(session.posargs or ["--help"]))


@nox.session(python=PYTHON)
def provenance(session: nox.Session) -> None:
    """Print, per API, how much of each spec is documented, every guess, and the guess test's coverage."""
    session.install(".", "PyYAML>=6.0")
    session.run("python", "scripts/provenance.py", *session.posargs)
