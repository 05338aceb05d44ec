"""The main job runs every documented workflow against local sandboxes and says so."""

from __future__ import annotations

import pytest

from freight_clients import demo


def test_demo_runs_every_workflow(capsys: pytest.CaptureFixture[str]) -> None:
    assert demo.main([]) == 0
    out = capsys.readouterr().out
    for line in (
        "Workflow A: created order SG-2026-0001",
        "Workflow A: accepted and downloaded cmr-0001.pdf",
        "order is now Completed",
        "Workflow B: reviewed order SG-2026-0002: {'invoice.pdf': 'Accepted', 'cmr-photo.jpg': 'Rejected'}",
        "Import: CDE",
        "Export: CDE",
        "Transfer: CDE",
        "duplicate refused as expected",
        "retry of the same order resolved to orderId 500001 (duplicate=True)",
        "all workflows passed",
    ):
        assert line in out, line
    assert "FAIL" not in out


def test_live_mode_without_credentials_says_what_is_missing(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("SPOTGO_API_KEY", "SMOUV_SUBSCRIPTION_KEY", "TRANSEU_CLIENT_ID", "QUIVO_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    assert demo.main(["--live"]) == 2
    assert "no vendor credentials" in capsys.readouterr().out
