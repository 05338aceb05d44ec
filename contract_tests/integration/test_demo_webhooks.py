"""The demo's webhook section (scripts/demo_webhooks.py): SpotGo's Workflows A and B wait for their
events at a local receiver, then read, download and review; the carrier uploads through the share
link and Workflow A's acceptance is SpotGo's side (the sandbox's hook); every event is handled once,
the run says what it received, and what it created is removed (issue 26, A3-3). The same functions
run in the live stand-in run: contract_tests/integration/test_live_standin_webhooks.py."""

from __future__ import annotations

import demo
import demo_webhooks
import pytest


def test_workflows_a_and_b_run_on_webhooks_and_clean_up(capsys: pytest.CaptureFixture[str]) -> None:
    report = demo.Report()
    demo_webhooks.spotgo_webhook_workflows(report, "tw")
    out = capsys.readouterr().out
    assert report.failures == 0 and "FAIL" not in out, out
    for line in (
        "carrier uploads through the share link (the sandbox's form); "
        "acceptance by the sandbox's hook on SpotGo's side",
        "test event received: True",
        "Workflow A: notified: document.accepted",
        "Workflow A: downloaded cmr-0001.pdf",
        "order Completed",
        "Workflow A: the poll fallback (query) finds ['SG-tw-WA']",
        "Workflow B: notified of 2 upload(s)",
        "Workflow B: reviewed {'invoice.pdf': 'Accepted', 'cmr-photo.jpg': 'Rejected'}",
        "8 events handled, 0 twice",
        "received 8 event(s) (document.accepted x2, document.rejected x1, document.uploaded x4, "
        "example.event.publish.test x1), 0 handled twice; Workflow A: webhook, Workflow B: webhook",
        "clean-up: deleted the subscription",
    ):
        assert line in out, line
