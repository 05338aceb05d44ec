"""One token refresh across processes (issue 23; review-3 R3-7): 8 processes of 8 threads sharing one
`FileTokenStorage` renew under its file lock, reading the stored token again after taking it, so
each of the Trans.eu sandbox's single-use, rotating refresh tokens is spent once: token fetches
equal expiries, and no `invalid_grant`.

The sandbox issues access tokens for 62 s; the client renews 60 s before expiry, so a token is
due 2 s after it was issued and a few-second run sees a few expiries. The workers have no
password: a lost race (`invalid_grant`) would fail their calls instead of hiding behind a new login.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import freight_sandbox.transeu as transeu_sandbox
from freight_clients import TransEu
from freight_clients.transeu import FileTokenStorage

#: The sandbox's `expires_in` is a whole number of seconds, so DUE_AFTER must be one too.
PROCESSES, THREADS, SECONDS, DUE_AFTER = 8, 8, 4.0, 2.0

WORKER = textwrap.dedent(
    """
    import json, sys, threading, time, uuid
    from freight_clients import NotFoundError, TransEu
    from freight_clients.transeu import FileTokenStorage

    options, path, seconds, threads = json.loads(sys.argv[1]), sys.argv[2], float(sys.argv[3]), int(sys.argv[4])
    client = TransEu(**options, token_storage=FileTokenStorage(path), rate_limit=None, max_retries=0)
    results = {"authenticated": 0, "failed": []}
    lock = threading.Lock()

    def work():
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            try:
                client.orders.get(str(uuid.uuid4()))
            except NotFoundError:
                with lock:
                    results["authenticated"] += 1
            except Exception as error:
                with lock:
                    results["failed"].append(f"{type(error).__name__}: {error}"[:200])
            time.sleep(0.01)

    workers = [threading.Thread(target=work) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    client.close()
    print(json.dumps(results))
    """
)


def test_processes_and_threads_sharing_a_token_file_refresh_once_per_expiry(
    freight_sandbox: Callable[..., Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """R3-7: two clients on one token file both spent the same refresh token; the loser got
    `invalid_grant` and, without a password, its call failed."""
    monkeypatch.setattr(transeu_sandbox, "ACCESS_LIFETIME", 60.0 + DUE_AFTER)
    box = freight_sandbox("transeu", server=True)
    credentials = box.credentials
    path = tmp_path / "transeu-token.json"
    with TransEu(
        **box.api.client_options(credentials, box.base_url), token_storage=FileTokenStorage(path), rate_limit=None
    ) as first:
        first.auth_headers()  # the password grant, once: the workers start from its refresh token
    options = {key: credentials[key] for key in ("client_id", "client_secret", "token_url")} | {
        "base_url": box.base_url
    }
    started = time.monotonic()
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, json.dumps(options), str(path), str(SECONDS), str(THREADS)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(PROCESSES)
    ]
    outputs = [worker.communicate(timeout=60) for worker in workers]
    elapsed = time.monotonic() - started
    results = [json.loads(out.strip().splitlines()[-1]) for out, _ in outputs]
    assert [result["failed"] for result in results] == [[]] * PROCESSES, [err[-2000:] for _, err in outputs]
    assert all(result["authenticated"] > 0 for result in results)
    tokens = [entry for entry in box.api.journal if entry.operation_id == transeu_sandbox.TOKEN_PATH]
    assert [entry.status for entry in tokens if entry.status != 200] == []  # no invalid_grant
    refreshes = len(tokens) - 1  # after the first client's password grant
    expiries = elapsed / DUE_AFTER
    assert 1 <= refreshes <= expiries + 1, (refreshes, elapsed)
