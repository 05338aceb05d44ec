"""What a contract failure prints: the request as curl with secrets filtered, and the seed to replay
the run. Checked on a real failure: a pytest run, in a subprocess, against a broken sandbox."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from contract_tests.support.speclib import ROOT

BROKEN = """
import pathlib
from typing import Any

from starlette.responses import Response

from contract_tests.support.contract import target
from contract_tests.contract.test_schemathesis import RELAXED, _run

T = target("spotgo")
T.box.api.op_getOrder = lambda call: Response(b'{"orderId": 7}', media_type="application/json; x-api-version=1.0")
pathlib.Path(__file__).with_name("key.txt").write_text(T.headers["X-Api-Key"])


@T.schema.include(operation_id="getOrder").parametrize()
@RELAXED
def test_get_order(case: Any) -> None:
    _run(T, case)
"""


def run_broken(tmp_path: Path, *args: str) -> tuple[str, str]:
    (tmp_path / "test_broken.py").write_text(BROKEN)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "contract_tests.conftest", "-p", "no:cacheprovider", *args],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT), "FREIGHT_CONTRACT_EXAMPLES": "5"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 1, result.stdout[-3000:] + result.stderr[-3000:]
    return result.stdout, (tmp_path / "key.txt").read_text()


def test_a_failure_prints_curl_without_secrets_and_the_seed(tmp_path: Path) -> None:
    output, key = run_broken(tmp_path, "test_broken.py")
    assert key and key not in output
    curl = [line for line in output.splitlines() if "curl -X GET" in line]
    assert curl and all("-H 'X-Api-Key: [Filtered]'" in line for line in curl), curl
    seed = re.search(r"hypothesis seed: (\d+)", output)
    assert seed is not None, output[:2000]
    assert f"pytest 'test_broken.py::test_get_order' --hypothesis-seed={seed.group(1)}" in output
