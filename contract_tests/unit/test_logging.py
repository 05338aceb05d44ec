"""Logging as libraries do it (newcomer-3 #13, #14): a NullHandler on the package logger, so an
InferredConstraintWarning is printed once (not again by logging's last-resort handler) and points at
the caller's line; retries logged at INFO; FREIGHT_LOG turns the records on without code. No socket:
the clients answer from a MockTransport, in a fresh interpreter where the program's own logging matters."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

import httpx
import pytest

from freight_clients import NotFoundError, RetryPolicy, SpotGo
from freight_clients._logging import configure

#: A program that breaks an inferred constraint once (SpotGo's reject reason) and reads an order.
PROGRAM = """
import httpx
from freight_clients import SpotGo, APIStatusError

def answer(request):
    return httpx.Response(404, json={"title": "Not Found", "status": 404})

spotgo = SpotGo(api_key="k" * 20, transport=httpx.MockTransport(answer), max_retries=0)
ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
for _ in range(2):
    try:
        spotgo.documents.reject(ID, ID, "Because")  # USER LINE
    except APIStatusError:
        pass
"""


def _run(tmp_path: Path, program: str, **env: str) -> subprocess.CompletedProcess[str]:
    script = tmp_path / "app.py"
    script.write_text(textwrap.dedent(program))
    environ = {k: v for k, v in os.environ.items() if k != "FREIGHT_LOG"} | env
    return subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, env=environ, timeout=60, check=True
    )


def test_the_package_logger_has_a_null_handler() -> None:
    handlers = logging.getLogger("freight_clients").handlers
    assert sum(isinstance(handler, logging.NullHandler) for handler in handlers) == 1
    configure({})  # configuring again adds none
    assert sum(isinstance(h, logging.NullHandler) for h in logging.getLogger("freight_clients").handlers) == 1


def test_an_inferred_constraint_warning_is_printed_once_at_the_callers_line(tmp_path: Path) -> None:
    done = _run(tmp_path, PROGRAM)
    lines = done.stderr.splitlines()
    warned = [line for line in lines if "breaks an inferred constraint" in line]
    assert len(warned) == 1, done.stderr  # not a second time by logging's last resort, nor on the 2nd call
    line = next(n for n, text in enumerate(PROGRAM.splitlines(), 1) if "USER LINE" in text)
    assert warned[0].startswith(f"{tmp_path / 'app.py'}:{line}: InferredConstraintWarning"), done.stderr


def test_freight_log_debug_shows_the_records_on_stderr(tmp_path: Path) -> None:
    done = _run(tmp_path, PROGRAM, FREIGHT_LOG="debug")
    assert "DEBUG] SpotGo changeOrderDocumentStatus /api/v1/orders/" in done.stderr, done.stderr
    assert "-> 404" in done.stderr
    quiet = _run(tmp_path, PROGRAM, FREIGHT_LOG="warning")
    assert "-> 404" not in quiet.stderr


def test_an_unknown_freight_log_level_is_warned_about_and_ignored() -> None:
    with pytest.warns(RuntimeWarning, match="FREIGHT_LOG='loud'"):
        configure({"FREIGHT_LOG": "loud"})


def test_a_retry_is_logged_at_info_with_its_wait_and_reason(caplog: pytest.LogCaptureFixture) -> None:
    answers = iter([httpx.Response(429, headers={"Retry-After": "0"}), httpx.Response(404, json={"title": "no"})])
    no_wait = RetryPolicy(max_retries=1, initial_delay=0.0, max_delay=0.0, jitter=0.0)
    spotgo = SpotGo(api_key="k" * 20, transport=httpx.MockTransport(lambda r: next(answers)), retry=no_wait)
    with spotgo, caplog.at_level(logging.INFO, logger="freight_clients"), pytest.raises(NotFoundError):
        spotgo.orders.get(str(uuid.uuid4()))
    assert [r.getMessage() for r in caplog.records if r.levelno == logging.INFO] == [
        "Retrying SpotGo orders.get in 0.0 s (429)"
    ]
