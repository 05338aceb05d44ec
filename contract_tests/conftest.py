"""Contract-run plumbing: which APIs to check (FREIGHT_CONTRACT_APIS) and the closing table."""

from __future__ import annotations

import os
from collections.abc import Generator

import pytest

from .contract_report import CURRENT, STATS, add, table
from .speclib import API_NAMES, operations

SELECTED = [a for a in os.environ.get("FREIGHT_CONTRACT_APIS", ",".join(API_NAMES)).split(",") if a]


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
    if call.when == "call" and CURRENT:
        report.user_properties.append(("contract_calls", list(CURRENT)))
        CURRENT.clear()
    return report


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Per-API calls, checks and wall time of the contract tests."""
    api = _api_of(report.nodeid)
    if report.when != "call" or api is None or "test_contract_" not in report.nodeid:
        return
    for name, calls in report.user_properties:
        if name == "contract_calls" and isinstance(calls, list):
            STATS[api].seconds += report.duration
            for entry in calls:
                add(*entry)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not STATS:
        return
    totals = {api: len(list(operations(api))) for api in API_NAMES}
    terminalreporter.section("contract summary")
    for line in table(totals):
        terminalreporter.write_line(line)
