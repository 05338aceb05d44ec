"""The main job runs every documented workflow against local sandboxes and says so."""

from __future__ import annotations

import pytest

from freight_clients import demo


def test_demo_runs_every_workflow(capsys: pytest.CaptureFixture[str]) -> None:
    assert demo.main(["--local"]) == 0
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


def test_an_api_with_credentials_runs_against_the_vendor(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """With QUIVO_* set the demo goes to that host (here a sandbox standing in for the vendor)."""
    from freight_clients.sandbox import sandbox

    with sandbox("quivo").serve() as vendor:
        creds = vendor.credentials
        for name in ("SPOTGO_API_KEY", "SMOUV_SUBSCRIPTION_KEY", "TRANSEU_CLIENT_ID"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("QUIVO_API_KEY", creds["api_key"])
        monkeypatch.setenv("QUIVO_USERNAME", creds["username"])
        monkeypatch.setenv("QUIVO_PASSWORD", creds["password"])
        monkeypatch.setenv("QUIVO_BASE_URL", vendor.base_url)
        assert demo.main([]) == 0
        out = capsys.readouterr().out
        assert "vendor credentials found for quivo" in out and "logged in (read-only)" in out
        assert getattr(vendor.api, "orders") == {}  # noqa: B009 - read-only: nothing written at the "vendor"
        assert "Workflow A" in out  # the others still ran locally
        assert demo.main(["--local"]) == 0
        assert "vendor credentials found" not in capsys.readouterr().out
