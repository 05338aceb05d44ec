"""Per-API statistics of the contract runs and the table printed at the end of a session."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

#: The create operation of each API, whose positive cases should mostly succeed.
CREATES = {
    "spotgo": "POST /api/v1/orders",
    "smouv": "POST /customer-orders",
    "transeu": "POST /shipping-orders",
    "transeu_platform": "POST /ext/orders-api/v1/orders",
    "quivo": "POST /orders",
}


@dataclass
class ApiStats:
    operations: set[str] = field(default_factory=set)
    examples: int = 0
    checks_passed: int = 0
    checks_failed: int = 0
    seconds: float = 0.0
    #: Positive create requests sent, and those answered 2xx.
    creates: int = 0
    created: int = 0
    #: How often each OpenAPI link was followed by a stateful run.
    links: Counter[str] = field(default_factory=Counter)


STATS: dict[str, ApiStats] = defaultdict(ApiStats)


#: Per-call results of the running test, shipped to the controller in the test's report
#: (pytest-xdist workers have their own memory): api, operation, checks, failures, the status of a
#: positive create (else None), the link the call followed (else None).
CURRENT: list[tuple[str, str, int, int, int | None, str | None]] = []


def record(
    api: str, operation: str, checks: int, failures: int, *, created: int | None = None, link: str | None = None
) -> None:
    CURRENT.append((api, operation, checks, failures, created, link))


def add(api: str, operation: str, checks: int, failures: int, created: int | None, link: str | None) -> None:
    stats = STATS[api]
    stats.operations.add(operation)
    stats.examples += 1
    stats.checks_failed += failures
    stats.checks_passed += checks - failures
    if created is not None:
        stats.creates += 1
        stats.created += 200 <= created < 300
    if link is not None:
        stats.links[link] += 1


def table(totals: dict[str, int], links: dict[str, list[str]]) -> list[str]:
    """The summary table: one row per API (operations covered of those in the spec; the share of
    positive creates answered 2xx; the spec's links followed at least 10 times, and at all)."""
    lines = [
        f"{'API':13} {'operations':>10} {'examples':>9} {'checks ok':>10} {'failed':>7} {'time':>8}"
        f" {'creates 2xx':>12} {'links >=10/any/all':>19}"
    ]
    for api in sorted(STATS):
        s = STATS[api]
        covered = f"{len(s.operations)}/{totals.get(api, len(s.operations))}"
        share = f"{s.created / s.creates:.0%} of {s.creates}" if s.creates else "-"
        known = links.get(api, [])
        followed = f"{sum(s.links[n] >= 10 for n in known)}/{sum(s.links[n] > 0 for n in known)}/{len(known)}"
        lines.append(
            f"{api:13} {covered:>10} {s.examples:>9} {s.checks_passed:>10} {s.checks_failed:>7} {s.seconds:>7.1f}s"
            f" {share:>12} {followed if known else '-':>19}"
        )
        rare = [f"{name} {s.links[name]}x" for name in known if s.links[name] < 10]
        if rare:
            lines.append(f"{'':13} links followed fewer than 10 times: {', '.join(rare)}")
    return lines
