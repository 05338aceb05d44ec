"""The plans' effects are data and the drivers perform them: a plan runs on the scripted driver
exactly as on the blocking one, and the plan module itself does no I/O."""

from __future__ import annotations

import ast
import inspect
import io
from typing import Any

import httpx
import pytest

from contract_tests.unit.core.scripted_clients import DOC_ID, ORDER_ID, json, spotgo, spotgo_order, stored
from freight_clients import _plan
from freight_clients._plan import Drain, Locks, Plan, Read, Send, Sleep, TakeLock
from freight_clients._scripted import Script, run_scripted
from freight_clients.spotgo import Orders

ORDER = spotgo_order()


def test_an_operation_plan_runs_directly_on_the_scripted_driver() -> None:
    script = Script(json(503, None), json(200, stored(ORDER)))
    client = spotgo(script)
    plan = client._operation("orders.get", lambda op: Orders.get.plan(client.orders._bound(op), ORDER_ID))
    found = run_scripted(plan, script)
    assert str(found.order_id) == ORDER_ID and script.sleeps == [1.0] and len(script.requests) == 2


def test_the_scripted_driver_performs_every_kind_of_effect() -> None:
    """Send, Read, Drain, Sleep and TakeLock, each as data, each with its result sent back."""
    locks = Locks()
    sink = io.BytesIO()

    def plan() -> Plan[tuple[Any, ...]]:
        lock = yield TakeLock(locks)
        try:
            held = locks.thread.locked()
        finally:
            lock.release()
        first = yield Send(client._requests.build({"method": "GET", "url": "/a"}, None, None), True)
        body = yield Read(first)
        second = yield Send(client._requests.build({"method": "GET", "url": "/b"}, None, None), True)
        written = yield Drain(second, sink)
        slept = yield Sleep(2.5)
        return held, body, written, slept

    client = spotgo(Script())
    script = Script(json(200, {"a": 1}), json(200, {"b": 22}))
    assert run_scripted(plan(), script) == (True, b'{"a":1}', 8, None)
    assert sink.getvalue() == b'{"b":22}' and script.clock == 2.5 and not locks.thread.locked()


def test_a_plan_closed_by_a_non_error_runs_its_finally_blocks() -> None:
    """Ctrl-C (or cancellation) in an effect closes the plan, which releases what it holds."""
    locks = Locks()

    def interrupted(request: Any) -> Exception:
        raise KeyboardInterrupt

    def plan() -> Plan[None]:
        lock = yield TakeLock(locks)
        try:
            yield Send(spotgo(Script())._requests.build({"method": "GET", "url": "/"}, None, None))
        finally:
            lock.release()

    with pytest.raises(KeyboardInterrupt):
        run_scripted(plan(), Script(interrupted))
    assert not locks.thread.locked()


def test_the_plan_module_imports_httpx_for_typing_only() -> None:
    """Sans-I/O: `_plan` defines effects and descriptors; the drivers own the I/O."""
    tree = ast.parse(inspect.getsource(_plan))
    runtime = [node for node in tree.body if isinstance(node, ast.Import | ast.ImportFrom)]
    names = {alias.name.split(".")[0] for node in runtime for alias in node.names}
    names |= {node.module.split(".")[0] for node in runtime if isinstance(node, ast.ImportFrom) and node.module}
    assert "httpx" not in names and "time" not in names and "asyncio" not in names
    assert not any(hasattr(kind, "run") for kind in (Send, Read, Drain, Sleep, TakeLock))


def test_a_download_streams_into_the_file_on_the_scripted_driver(tmp_path: Any) -> None:
    target = tmp_path / "cmr.pdf"
    script = Script(httpx.Response(200, content=b"%PDF-1.4 body", headers={"content-type": "application/pdf"}))
    with spotgo(script) as client:
        assert client.documents.download_to(ORDER_ID, DOC_ID, target) == target
    assert target.read_bytes() == b"%PDF-1.4 body" and [p.name for p in tmp_path.iterdir()] == ["cmr.pdf"]


def test_a_bulk_call_runs_each_item_through_the_clients_driver() -> None:
    """Bulk drivers are given the client's `run(name, make)`: a scripted client's bulk sync is
    scripted too, one outcome per input in input order, failures included."""
    upserted = {"orderId": ORDER_ID, "created": True, "updated": False, "linkChanged": False}
    orders = [spotgo_order(f"B-{i}") for i in range(5)]
    script = Script(*[json(200, upserted)] * 4, json(400, {"code": "BAD", "message": "nope"}))
    with spotgo(script) as client:
        outcomes = client.orders.sync(orders, concurrency=2)
    assert [o.order_number for o in outcomes] == [f"B-{i}" for i in range(5)]
    assert sum(o.ok for o in outcomes) == 4 and len(script.requests) == 5 and script.unused == 0
