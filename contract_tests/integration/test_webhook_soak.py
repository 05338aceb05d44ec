"""A small run of the webhook soak (scripts/soak_webhooks.py; `nox -s soak_webhooks` runs 10,000
changes): 500 state changes delivered over sockets with 10% duplicates, 10% reordering and 5%
receiver 5xx end with every order's final state seen, no event processed twice, no regression,
the deactivated subscription reset by one reconciler pass and every forgery refused (issue 26)."""

from __future__ import annotations

from pathlib import Path

import soak_webhooks


def test_500_changes_with_duplicates_reordering_and_receiver_failures_end_right(tmp_path: Path) -> None:
    figures = soak_webhooks.run(500, seed=7, workdir=tmp_path)
    assert figures["state_changes"] == 500
    assert figures["final_state_seen_percent"] == 100
    assert figures["processed_twice"] == 0 and figures["regressions"] == 0
    deliveries = figures["deliveries"]
    assert all(d["duplicate_sends"] > 0 and d["answered_5xx"] > 0 for d in deliveries.values()), deliveries
    assert all(d["delivered_after_a_later_change"] > 0 for d in deliveries.values()), deliveries
    deactivation = figures["deactivation"]
    assert deactivation["deactivated_after_5_failures"] and deactivation["reset_in_one_pass"]
    assert deactivation["active_after_pass"] and deactivation["missed_events_replayed"] == 6
    assert figures["forged"]["refused_percent"] == 100 and figures["forged"]["handled"] == 0
    assert figures["ok"]
