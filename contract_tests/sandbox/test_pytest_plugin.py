"""The pytest plugin as a user's test suite meets it: documented fixtures, a registered marker that
configures a sandbox fixture for one test, and faults that strike one operation only."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from freight_clients import APIStatusError, SpotGo
from freight_sandbox import FaultSpec, examples, sandbox
from freight_sandbox._entry_points import FIXTURES


def test_every_fixture_of_the_plugin_has_a_docstring(tmp_path: Path) -> None:
    (tmp_path / "test_nothing.py").write_text("def test_nothing():\n    pass\n")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "--fixtures", "-p", "no:cacheprovider", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    section = done.stdout.split("fixtures defined from freight_sandbox.pytest_plugin", 1)[1].split("\n---", 1)[0]
    documented = {line.split()[0] for line in section.splitlines() if line and not line.startswith(" ")}
    assert documented == set(FIXTURES)
    assert "no docstring available" not in section


def test_the_marker_is_registered(pytestconfig: pytest.Config) -> None:
    assert any(line.startswith("freight_sandbox(") for line in pytestconfig.getini("markers"))


def test_only_limits_faults_to_the_named_operations() -> None:
    assert FaultSpec.parse("5xx=1,only=getOrder+createOrder,only=token").operations == {
        "getOrder",
        "createOrder",
        "token",
    }
    with pytest.raises(ValueError, match="only=OPERATION"):
        FaultSpec.parse("5xx=1,only=")


def test_an_only_naming_no_operation_is_refused_at_construction() -> None:
    with pytest.raises(ValueError, match="no such spotgo operation"):
        sandbox("spotgo", faults="5xx=1,only=downloadDocumnet")


def test_a_fault_on_one_operation_leaves_the_others_alone() -> None:
    box = sandbox("spotgo", faults="5xx=1,only=getOrder").in_process()
    with box.connect(SpotGo, max_retries=0) as spotgo:
        created = spotgo.orders.create(examples.spotgo_order())  # the setup is never faulted
        with pytest.raises(APIStatusError) as struck:
            spotgo.orders.get(str(created.order_id))
    assert struck.value.status_code == 503
    journal = [(entry.operation_id, (entry.fault or "").split("-")[0]) for entry in box.api.journal]
    assert journal == [("createOrder", ""), ("getOrder", "5xx")]


@pytest.mark.freight_sandbox("spotgo", faults="5xx=1,only=createOrder")
@pytest.mark.freight_sandbox(seed=3)
def test_the_marker_configures_the_fixture_for_this_test(spotgo_sandbox: Any) -> None:
    assert spotgo_sandbox.api.faults.spec.operations == {"createOrder"}
    with spotgo_sandbox.connect(SpotGo, max_retries=0) as spotgo, pytest.raises(APIStatusError):
        spotgo.orders.create(examples.spotgo_order())


@pytest.mark.freight_sandbox("smouv", faults="5xx=1")
def test_a_marker_for_another_api_leaves_this_fixture_alone(spotgo_sandbox: Any) -> None:
    assert not spotgo_sandbox.api.faults.spec


def test_no_marker_no_faults(spotgo_sandbox: Any) -> None:
    assert not spotgo_sandbox.api.faults.spec
