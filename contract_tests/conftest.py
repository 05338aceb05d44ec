"""Contract-run plumbing: which APIs to check (FREIGHT_CONTRACT_APIS) and the closing table."""

from __future__ import annotations

import os
import random
from collections.abc import Generator
from typing import Any

import pytest
from hypothesis import settings

from contract_tests.support.live import live_clean_up  # noqa: F401 - the live runs' clean-up fixture
from contract_tests.support.report import CURRENT, STATS, add, table
from contract_tests.support.speclib import API_NAMES, links, operations

# A failing Hypothesis test prints the @reproduce_failure blob that replays it exactly (Schemathesis
# prints its curl command instead); the run's seed, printed below, replays the whole run.
settings.register_profile("contract", print_blob=True)
settings.load_profile("contract")

SELECTED = [a for a in os.environ.get("FREIGHT_CONTRACT_APIS", ",".join(API_NAMES)).split(",") if a]


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    """Every run has one Hypothesis seed, chosen here unless --hypothesis-seed gives it (xdist hands
    the controller's to its workers), so any failure can be replayed with it."""
    worker = getattr(config, "workerinput", None)
    if worker is not None:
        config.option.hypothesis_seed = worker["hypothesis_seed"]
    elif config.getoption("hypothesis_seed", None) is None:
        config.option.hypothesis_seed = str(random.randrange(2**32))


_shared_prism: list[tuple[dict[str, Any], Any]] = []


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node: Any) -> None:
    """pytest-xdist: each worker runs with the controller's seed, and with FREIGHT_PRISM_SHARED=1
    uses the controller's Prism processes (started with the first worker, stopped at the end)."""
    node.workerinput["hypothesis_seed"] = node.config.getoption("hypothesis_seed")
    if os.environ.get("FREIGHT_PRISM_SHARED") == "1":
        from contract_tests.support import prism as prism_support  # here: the unit layer runs without the sandboxes

        if not _shared_prism:
            _shared_prism.append(prism_support.start())
        node.workerinput["prism"] = _shared_prism[0][0]


def pytest_unconfigure(config: pytest.Config) -> None:
    while _shared_prism:
        _shared_prism.pop()[1]()


def pytest_report_header(config: pytest.Config) -> str:
    return f"hypothesis seed: {config.getoption('hypothesis_seed')} (replay a run with --hypothesis-seed=N)"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """With FREIGHT_CONTRACT_APIS set, drop the contract tests of the other APIs."""
    if set(SELECTED) == set(API_NAMES):
        return
    keep, drop = [], []
    for item in items:
        api = _api_of(item.nodeid)
        if "test_contract_" in item.nodeid and api is not None and api not in SELECTED:
            drop.append(item)
        else:
            keep.append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


def _api_of(nodeid: str) -> str | None:
    name = nodeid.split("::", 1)[-1].lower()
    return next((api for api in API_NAMES if api in name), None)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """Attach what the test recorded to its report (so it reaches the xdist controller)."""
    report = yield
    seed = item.config.getoption("hypothesis_seed", None)
    if report.failed and call.when == "call" and seed is not None:
        report.sections.append(("replay", f"pytest '{item.nodeid}' --hypothesis-seed={seed}"))
    if call.when == "call" and CURRENT:
        report.user_properties.append(("contract_calls", list(CURRENT)))
        CURRENT.clear()
    return report


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Per-API calls, checks and wall time of the contract tests."""
    api = _api_of(report.nodeid)
    if report.when != "call" or api is None or "test_contract_" not in report.nodeid:
        return
    row = f"{api}/prism" if "test_contract_prism" in report.nodeid else api
    for name, calls in report.user_properties:
        if name == "contract_calls" and isinstance(calls, list):
            STATS[row].seconds += report.duration
            for entry in calls:
                add(*entry)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not STATS:
        return
    seed = terminalreporter.config.getoption("hypothesis_seed")
    totals = {api: len(list(operations(api))) for api in API_NAMES}
    totals |= {f"{api}/prism": count for api, count in totals.items()}
    terminalreporter.section("contract summary")
    spec_links = {api: links(api) for api in API_NAMES}
    for line in table(totals, spec_links):
        terminalreporter.write_line(line)
    terminalreporter.write_line(
        f"hypothesis seed: {seed} (replay: --hypothesis-seed={seed}, or nox -s contract -- --seed {seed})"
    )
    if any(row.endswith("/prism") for row in STATS):
        from contract_tests.contract.test_prism import NOT_CHECKED_BY_PRISM

        terminalreporter.write_line(
            "Prism could not validate the requests of: "
            + ", ".join(NOT_CHECKED_BY_PRISM)
            + " (stoplightio/prism #2008, #2672); it validated their answers as a proxy, the sandbox their requests."
        )
