"""Per-API statistics of the contract runs and the table printed at the end of a session."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field


@dataclass
class ApiStats:
    operations: set[str] = field(default_factory=set)
    examples: int = 0
    checks_passed: int = 0
    checks_failed: int = 0
    seconds: float = 0.0


STATS: dict[str, ApiStats] = defaultdict(ApiStats)


#: Per-call results of the running test, shipped to the controller in the test's report
#: (pytest-xdist workers have their own memory).
CURRENT: list[tuple[str, str, int, int]] = []


def record(api: str, operation: str, checks: int, failures: int) -> None:
    CURRENT.append((api, operation, checks, failures))


def add(api: str, operation: str, checks: int, failures: int) -> None:
    stats = STATS[api]
    stats.operations.add(operation)
    stats.examples += 1
    stats.checks_failed += failures
    stats.checks_passed += checks - failures


def table(totals: dict[str, int]) -> list[str]:
    """The summary table: one row per API (operations covered of those in the spec)."""
    lines = [f"{'API':13} {'operations':>10} {'examples':>9} {'checks ok':>10} {'failed':>7} {'time':>8}"]
    for api in sorted(STATS):
        s = STATS[api]
        covered = f"{len(s.operations)}/{totals.get(api, len(s.operations))}"
        lines.append(
            f"{api:13} {covered:>10} {s.examples:>9} {s.checks_passed:>10} {s.checks_failed:>7} {s.seconds:>7.1f}s"
        )
    return lines
