"""Maintainer tasks. `nox -l` lists them; `nox -s NAME -- ARGS` passes ARGS on.

Sessions reuse their virtualenvs (a second run only reinstalls the project itself).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path

import nox

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "scripts"))
from apis import load_registry  # noqa: E402  (the one table of the APIs, read without installing the package)

nox.needs_version = ">=2025.2.9"  # nox.project.dependency_groups (PEP 735)
API_NAMES: list[str] = list(load_registry().NAMES)
nox.options.reuse_venv = "yes"
nox.options.sessions = ["lint", "generate", "tests"]
nox.options.error_on_missing_interpreters = False

PYTHON = os.environ.get("FREIGHT_PYTHON") or None  # default: the interpreter running nox
#: The test matrix: `nox -s tests` runs each one found (`nox -s tests-3.12` runs one); FREIGHT_PYTHON picks one.
PYTHONS = [PYTHON] if PYTHON else ["3.11", "3.12", "3.13"]
PYPROJECT = nox.project.load_toml(ROOT / "pyproject.toml")
#: The project as the test sessions install it: every published extra. The tools come from the
#: PEP 735 dependency groups of pyproject.toml (`test`, `bench`, `docs`, `dev`), which are not published.
TEST_EXTRAS = ".[sandbox,testing,otel,redis]"


def groups(*names: str) -> tuple[str, ...]:
    """The requirements of pyproject.toml's dependency groups `names` (includes resolved)."""
    return nox.project.dependency_groups(PYPROJECT, *names)


def _pyenv_interpreters() -> None:
    """Let nox find pyenv's Pythons of the matrix that pyenv's shims do not expose (`pyenv global`
    names one): a folder of `pythonX.Y` links first on PATH, and nothing else in it."""
    versions = Path(os.environ.get("PYENV_ROOT") or Path.home() / ".pyenv") / "versions"
    found = {v: sorted(versions.glob(f"{v}.*/bin/python{v}")) for v in PYTHONS if versions.is_dir()}
    links = ROOT / ".nox" / ".pythons"
    for version, pythons in found.items():
        if pythons:
            links.mkdir(parents=True, exist_ok=True)
            link = links / f"python{version}"
            if not link.exists() or link.resolve() != pythons[-1].resolve():
                link.unlink(missing_ok=True)
                link.symlink_to(pythons[-1])
    if links.is_dir():
        os.environ["PATH"] = f"{links}{os.pathsep}{os.environ.get('PATH', '')}"


_pyenv_interpreters()


def _npm_tools(session: nox.Session) -> None:
    """Install Prism and Spectral from the committed lockfile, unless they already match it."""
    if not shutil.which("npm"):
        session.error("npm (Node.js 18+) is needed for Spectral and Prism; install Node.js first")
    stamp = ROOT / "node_modules" / ".freight-lock"
    lock = (ROOT / "package-lock.json").read_text()
    if not stamp.exists() or stamp.read_text() != lock:
        session.run("npm", "ci", "--no-audit", "--no-fund", external=True)
        stamp.write_text(lock)


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """The test suite on each Python of the matrix, on both cores (`-- ARGS` replaces `-q -n 2`)."""
    session.install(TEST_EXTRAS, *groups("test"))
    _npm_tools(session)
    session.run("pytest", *(session.posargs or ["-q", "-n", "2"]))


@nox.session(python=PYTHON)
def unit(session: nox.Session) -> None:
    """The unit layer as a user without the sandbox extra runs it (issue 22): starlette and uvicorn
    not installed, sandbox imports and every socket connect refused (contract_tests/support/isolated.py)."""
    session.install(".[testing]", *groups("test"))
    isolated = ("-p", "contract_tests.support.isolated", "-p", "no:freight_sandbox")
    session.run("python", "-m", "pytest", *isolated, *(session.posargs or ["-q", "-n", "2"]), "contract_tests/unit")


#: Every httpx minor the dependency allows (pyproject): the fast request builder (`_request.py`)
#: must make the request httpx's own `build_request` makes on each of them.
HTTPX_MINORS = ("0.28", "0.29")


@nox.session(python=PYTHON)
@nox.parametrize("minor", HTTPX_MINORS)
def httpx_minor(session: nox.Session, minor: str) -> None:
    """The unit and integration layers on one httpx minor (`nox -s httpx_minor`: all of them)."""
    session.install(TEST_EXTRAS, *groups("test"), f"httpx=={minor}.*")
    session.run("python", "-c", f"import httpx; assert httpx.__version__.startswith('{minor}.'), httpx.__version__")
    session.run("pytest", *(session.posargs or ["-q", "-n", "2"]), "contract_tests/unit", "contract_tests/integration")


@nox.session(python=PYTHON)
def docs(session: nox.Session) -> None:
    """Build the docs site (guides and the API reference from the docstrings) into build/site/, warnings as errors."""
    session.install(*groups("docs"))  # mkdocstrings reads the source (overlays/): no install of the project
    session.run("mkdocs", "build", "--strict", *session.posargs)  # into build/site (mkdocs.yml)


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff, mypy --strict (generated clients, overlays, scripts, tests) and Spectral on the specs."""
    session.install("-e", TEST_EXTRAS, *groups("dev"))
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", "--exclude", "generated", ".")
    session.run("mypy", "generated", "overlays", "scripts", "contract_tests", "noxfile.py")
    session.run("lint-imports")  # the layering contracts of [tool.importlinter]: layers, forbidden imports, no cycles
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
        "contract_tests/contract/test_schemathesis.py",
        "contract_tests/contract/test_stateful.py",
        "contract_tests/specs/test_model_round_trip.py",
        "contract_tests/contract/test_mutations.py",
        "contract_tests/contract/test_domain_strategies.py",
        "contract_tests/contract/test_workflows.py",
    ],
    "prism": ["contract_tests/contract/test_prism.py"],
    "live": ["contract_tests/contract/test_schemathesis.py", "contract_tests/contract/test_stateful.py"],
}


@nox.session(python=PYTHON)
def contract(session: nox.Session) -> None:
    """Contract suite: `nox -s contract [-- --api NAME ... --examples N --target sandbox|prism|live ... --seed N]`.

    Default: all four APIs against the sandboxes and Prism, 100 examples per operation. Prints a
    table per API and the run's Hypothesis seed, and writes reports/contract-junit.xml. Live runs
    read vendor credentials from the environment and only read unless FREIGHT_CONTRACT_WRITES=1;
    they print their cost first, and `--budget 5m` fits the examples into the vendors' limits."""
    parser = argparse.ArgumentParser(prog="nox -s contract --")
    parser.add_argument("--api", action="append", choices=API_NAMES)
    parser.add_argument("--examples", type=int, default=100, help="examples per operation (default 100)")
    parser.add_argument("--target", action="append", choices=sorted(CONTRACT_TESTS), help="default: sandbox and prism")
    parser.add_argument("--seed", type=int, help="Hypothesis seed (default: a new one, printed); replays a run")
    parser.add_argument(
        "--budget", help="live runs: fit the examples into this time (90s, 5m, 1h) at the vendors' limits"
    )
    args = parser.parse_args(session.posargs)
    targets = args.target or ["sandbox", "prism"]
    if "sandbox" in targets and "live" in targets:
        session.error("--target live runs the sandbox checks against the vendor: choose sandbox or live")
    session.install(TEST_EXTRAS, *groups("test"))
    if "prism" in targets or "sandbox" in targets:  # Prism; Redocly for the Arazzo workflows
        _npm_tools(session)
    env = {
        "FREIGHT_CONTRACT_APIS": ",".join(args.api or API_NAMES),
        "FREIGHT_CONTRACT_EXAMPLES": str(args.examples),
        # Each Prism example calls every operation of its API once (a scenario), through a real socket.
        "FREIGHT_PRISM_EXAMPLES": str(max(5, args.examples // 10)),
        "FREIGHT_CONTRACT_TARGET": "live" if "live" in targets else "sandbox",
        # The xdist controller starts Prism once for both workers (contract_tests/support/prism.py).
        "FREIGHT_PRISM_SHARED": "1" if "prism" in targets else "0",
    }
    if "live" in targets:  # say what the run costs before it sends anything, and fit it into --budget
        budget = ["--budget", args.budget] if args.budget else []
        plan = session.run(
            "python",
            "-m",
            "contract_tests.support.live",
            "--apis",
            env["FREIGHT_CONTRACT_APIS"],
            "--examples",
            str(args.examples),
            *budget,
            silent=True,
        )
        lines = str(plan or "").strip().splitlines()
        for line in lines[:-1]:
            session.log(line)
        env["FREIGHT_CONTRACT_EXAMPLES"] = lines[-1].removeprefix("examples=")
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
    if "live" in targets:  # what the vendors sent that the specs do not know (contract_tests/support/live.py)
        session.run("python", "-m", "freight_clients._drift", *sorted(map(str, ROOT.glob("reports/drift-*.json"))))


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Benchmarks as ratios against baselines in the same process; writes bench/results.json.

    `nox -s bench -- --orders 2000` for a shorter bulk sync; `-- --only parsing adaptive_limit` to
    measure some sections and keep the others' figures; `--help` lists the knobs."""
    session.install(TEST_EXTRAS, *groups("test", "bench"))
    _npm_tools(session)
    files = CONTRACT_TESTS["sandbox"] + CONTRACT_TESTS["prism"]
    session.run("python", "scripts/bench.py", "--contract-tests", *files, *session.posargs)
    # Import cost in a fresh venv with a plain `pip install` (no extras), added to the same results.
    session.run("python", "scripts/bench_import.py", "--merge", "bench/results.json")


@nox.session(python=PYTHON)
def soak(session: nox.Session) -> None:
    """10,000 order operations against fault-injecting sandboxes: nothing lost, duplicated or untyped.

    Writes bench/soak.json."""
    session.install(".[sandbox]", "PyYAML>=6.0")  # PyYAML: scripts/bench.py's seed examples
    session.run("python", "scripts/soak.py", *session.posargs)


@nox.session(python=PYTHON)
def soak_webhooks(session: nox.Session) -> None:
    """10,000 state changes delivered as webhooks with duplicates, reordering and receiver 5xx (issue 26's proof).

    Writes the key webhooks_soak of bench/results.json."""
    session.install(".[sandbox]")
    session.run("python", "scripts/soak_webhooks.py", *session.posargs)


@nox.session(python=PYTHON)
def demo(session: nox.Session) -> None:
    """The main job: the documented order workflows of all four APIs against local sandboxes."""
    session.install(".[sandbox]")
    session.run("python", "scripts/demo.py", *session.posargs)


@nox.session(python=PYTHON)
def live_standin(session: nox.Session) -> None:
    """A user's live runs (demo, SpotGo's workflows on webhooks, live contract run) against stand-in vendors.

    The four sandboxes start once and keep their state; `demo -- --writes`, SpotGo's Workflows A and B on webhooks
    and the live contract run with writes run twice each; fails on any failure or on anything left that a run could
    have removed. `-- --examples N` (default 5), `-- --rounds N` (default 2), `-- --webhook-wait S`."""
    session.install(TEST_EXTRAS, *groups("test"))
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
