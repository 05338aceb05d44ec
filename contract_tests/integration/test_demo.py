"""The main job runs every documented workflow against local sandboxes and says so; against a
persistent account (sandboxes standing in for the vendors) it can run again and again, cleans up
what the API lets it remove, and sends the requests it announced."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import demo
import pytest

from freight_clients import registry
from freight_sandbox import RunningSandbox, sandbox
from freight_sandbox.standin import vendor_environment


def test_demo_runs_every_workflow(capsys: pytest.CaptureFixture[str]) -> None:
    assert demo.main(["--local", "--run-id", "t1"]) == 0
    out = capsys.readouterr().out
    for line in (
        "spotgo (local sandbox): writes orders SG-t1-1 and SG-t1-2 with 3 documents; 15 requests",
        "Workflow A: created order SG-t1-1",
        "Workflow A: accepted and downloaded cmr-0001.pdf",
        "order is now Completed",
        "Workflow B: reviewed order SG-t1-2: {'invoice.pdf': 'Accepted', 'cmr-photo.jpg': 'Rejected'}",
        "query found ['SG-t1-1', 'SG-t1-2']",
        "clean-up: deleted order SG-t1-1",
        "Import: CDE",
        "Export: CDE",
        "Transfer: CDE",
        "clean-up: cancelled order TOC-t1-IMPORT",
        "created TE/t1/1",
        "duplicate refused as expected",
        "created TP/t1/1",
        "patched the shipment external id; amendment",
        "TP/t1/1 among them: True",
        "submitted WEBSHOP-t1 -> orderId 500001",
        "second submit refused as a duplicate",
        "all workflows passed",
    ):
        assert line in out, line
    assert "FAIL" not in out


@pytest.fixture
def vendors(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, RunningSandbox]]:
    """The sandboxes standing in for the vendors, their variables exported, as a user would."""
    boxes = {api: sandbox(api).serve() for api in demo.LIVE_CREDENTIALS}
    try:
        for api, box in boxes.items():
            for name, value in vendor_environment(api, box.base_url, box.credentials).items():
                monkeypatch.setenv(name, value)
        yield boxes
    finally:
        for box in boxes.values():
            box.stop()


def _state(vendors: dict[str, RunningSandbox], api: str) -> Any:
    """A sandbox's state (its orders), typed loosely: each API keeps it in its own shape."""
    return vendors[api].api


def _requests(box: RunningSandbox) -> int:
    """API requests the sandbox answered (token requests and Quivo's login not counted)."""
    operations = {op.id for op in box.api.operations} - {"login"}
    return sum(entry.operation_id in operations for entry in box.api.journal)


def test_live_writes_run_again_and_again_and_clean_up(
    vendors: dict[str, RunningSandbox], capsys: pytest.CaptureFixture[str]
) -> None:
    """Two runs with writes against the same persistent "account": both pass, each sends the
    requests it announced, and what SpotGo and S'mouv let a run remove is gone."""
    for run in (1, 2):
        before = {api: _requests(box) for api, box in vendors.items()}
        assert demo.main(["--writes"]) == 0
        out = capsys.readouterr().out
        assert f"vendor credentials found for {', '.join(registry.NAMES)}" in out and "FAIL" not in out
        for api, box in vendors.items():
            announced = re.search(rf"^{api} \(vendor\): writes .*; (\d+) requests", out, re.MULTILINE)
            assert announced is not None, (api, out)
            assert _requests(box) - before[api] == int(announced.group(1)) == demo.PLANS[api].requests, (api, run)
    assert all(orders == {} for orders in _state(vendors, "spotgo").companies.values())
    smouv_orders = _state(vendors, "smouv").orders.values()
    assert [order.status for order in smouv_orders] == ["Cancelled"] * 6
    # No delete in these two APIs: one order per run stays.
    assert sum(len(orders) for orders in _state(vendors, "transeu").orders.values()) == 2
    assert sum(len(orders) for orders in _state(vendors, "transeu_platform").orders.values()) == 2
    assert len(_state(vendors, "quivo").orders) == 2


def test_read_only_against_the_vendors_writes_nothing(
    vendors: dict[str, RunningSandbox], capsys: pytest.CaptureFixture[str]
) -> None:
    assert demo.main([]) == 0
    out = capsys.readouterr().out
    assert "running those against the vendors (read-only)" in out
    for line in ("query answered with 0 order(s)", "search answered with 0", "an unknown order answered 404"):
        assert line in out, line
    assert "logged in (read-only)" in out
    assert "Workflow A" not in out  # nothing ran locally: every API had credentials
    assert [_requests(box) for box in vendors.values()] == [1, 1, 1, 1, 0]  # and Quivo's login
    assert all(orders == {} for orders in _state(vendors, "spotgo").companies.values())
    assert all(orders == {} for orders in _state(vendors, "transeu").orders.values())
    assert all(orders == {} for orders in _state(vendors, "transeu_platform").orders.values())
    assert _state(vendors, "smouv").orders == {} and _state(vendors, "quivo").orders == {}
    assert demo.main(["--local"]) == 0
    assert "vendor credentials found" not in capsys.readouterr().out


def test_writes_name_a_missing_variable_before_sending_anything(
    vendors: dict[str, RunningSandbox], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("QUIVO_SELLER_ID")
    assert demo.main(["--writes"]) == 2
    assert "QUIVO_SELLER_ID not set" in capsys.readouterr().out
    assert all(box.api.journal == [] for box in vendors.values())
    monkeypatch.setenv("QUIVO_SELLER_ID", "1001")
    monkeypatch.delenv("TRANSEU_CLIENT_SECRET")
    assert demo.main(["--writes"]) == 1
    assert "FAIL Trans.eu: no client secret; pass it, or set TRANSEU_CLIENT_SECRET" in capsys.readouterr().out
