"""How sandboxes run: the console command, real sockets, fault injection, rate limits, Prism."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from freight_sandbox import FaultSpec, RateLimit, SandboxConnectionReset

MEDIA = {"Content-Type": "application/json; x-api-version=1.0"}
ORDER = {"orderNumber": "RT-1", "carrier": {"name": "C", "vatCode": "LT1"}}


def _spotgo_order(number: str) -> dict[str, Any]:
    return {**ORDER, "orderNumber": number}


def test_console_command_prints_json_then_serves_until_sigterm() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "freight_sandbox.cli", "spotgo", "--rate-limit", "50/s"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        first = json.loads(process.stdout.readline())
        assert first["api"] == "spotgo" and first["base_url"].startswith("http://127.0.0.1:")
        assert len(first["credentials"]["api_keys"]) == 3  # company A, company B, a colleague at A
        headers = {"X-Api-Key": first["credentials"]["api_keys"][0], **MEDIA}
        created = httpx.post(f"{first['base_url']}/api/v1/orders", json=ORDER, headers=headers, timeout=10)
        assert created.status_code == 200 and created.json()["orderNumber"] == "RT-1"
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=15) == 0
    finally:
        if process.poll() is None:
            process.kill()


def test_console_command_rejects_bad_options() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "freight_sandbox.cli", "spotgo", "--faults", "boom=2"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 2 and "bad fault" in result.stderr


def test_real_socket_fixture(spotgo_sandbox_server: Any) -> None:
    assert spotgo_sandbox_server.base_url.startswith("http://127.0.0.1:")
    key = spotgo_sandbox_server.credentials["api_keys"][0]
    with httpx.Client(base_url=spotgo_sandbox_server.base_url, headers={"X-Api-Key": key}) as client:
        assert client.post("/api/v1/orders", json=ORDER, headers=MEDIA).status_code == 200
    assert [order.number for order in spotgo_sandbox_server.api.companies["company-a"].values()] == ["RT-1"]
    spotgo_sandbox_server.reset()
    assert spotgo_sandbox_server.api.companies["company-a"] == {}


def test_fault_spec_parsing() -> None:
    spec = FaultSpec.parse("5xx=0.1,reset=0.05,429=0.05:2,latency=0.2:0.01,hang=0.02:30")
    assert spec.rates == {"5xx": 0.1, "reset": 0.05, "429": 0.05, "latency": 0.2, "hang": 0.02}
    assert spec.param("429") == 2 and spec.param("hang") == 30
    for bad in ("boom=0.1", "5xx=2", "5xx=0.6,reset=0.6", "5xx"):
        with pytest.raises(ValueError):
            FaultSpec.parse(bad)
    assert RateLimit.parse("100/min") == RateLimit(100, 60.0)
    assert RateLimit.parse("10/s") == RateLimit(10, 1.0)
    assert RateLimit.parse("5/2.5") == RateLimit(5, 2.5)


def _hammer(box: Any, count: int) -> list[str]:
    """Send `count` creates; return what each one met (status code or 'reset')."""
    key = box.credentials["api_keys"][0]
    outcomes = []
    with box.client(headers={"X-Api-Key": key}) as client:
        for i in range(count):
            try:
                outcomes.append(
                    str(client.post("/api/v1/orders", json=_spotgo_order(f"F-{i}"), headers=MEDIA).status_code)
                )
            except httpx.RemoteProtocolError as error:  # the in-process transport reports resets as a socket would
                assert isinstance(error.__cause__, SandboxConnectionReset)
                outcomes.append("reset")
    return outcomes


def test_faults_are_seeded_and_never_corrupt_state(freight_sandbox: Callable[..., Any]) -> None:
    faults = "5xx=0.2,reset=0.1,429=0.1:3"
    first = freight_sandbox("spotgo", faults=faults, seed=7)
    outcomes = _hammer(first, 200)
    assert outcomes == _hammer(freight_sandbox("spotgo", faults=faults, seed=7), 200)  # repeatable
    counts = {kind: outcomes.count(kind) for kind in set(outcomes)}
    assert set(counts) == {"200", "503", "429", "reset"}, counts
    assert 10 < counts["503"] < 70 and 5 < counts["reset"] < 40 and 5 < counts["429"] < 40
    # The journal says, for every request, whether the write happened; state agrees with it exactly.
    journal = first.api.journal
    applied = {e for e, entry in enumerate(journal) if entry.applied}
    stored = {order.number for order in first.api.companies["company-a"].values()}
    assert stored == {f"F-{i}" for i in applied}
    after = [entry for entry in journal if entry.fault and entry.fault.endswith("-after")]
    assert after and all(entry.applied for entry in after)  # written, but the client saw a fault
    before = [entry for entry in journal if entry.fault and entry.fault.endswith("-before")]
    assert before and not any(entry.applied for entry in before)


def test_429_fault_carries_retry_after(freight_sandbox: Callable[..., Any]) -> None:
    box = freight_sandbox("spotgo", faults="429=1:4")
    with box.client(headers={"X-Api-Key": box.credentials["api_keys"][0]}) as client:
        response = client.post("/api/v1/orders", json=ORDER, headers=MEDIA)
    assert response.status_code == 429 and response.headers["retry-after"] == "4"
    assert box.api.companies["company-a"] == {}


def test_latency_and_hang_delay_responses_and_a_reset_reaches_a_real_client(
    freight_sandbox: Callable[..., Any],
) -> None:
    slow = freight_sandbox("spotgo", server=True, faults="latency=1:0.3")
    with httpx.Client(base_url=slow.base_url, headers={"X-Api-Key": slow.credentials["api_keys"][0]}) as client:
        started = time.monotonic()
        assert client.post("/api/v1/orders", json=ORDER, headers=MEDIA).status_code == 200
        assert time.monotonic() - started >= 0.3
    hung = freight_sandbox("spotgo", server=True, faults="hang=1:5")
    with (
        httpx.Client(
            base_url=hung.base_url, headers={"X-Api-Key": hung.credentials["api_keys"][0]}, timeout=0.5
        ) as client,
        pytest.raises(httpx.ReadTimeout),
    ):
        client.post("/api/v1/orders", json=ORDER, headers=MEDIA)
    reset = freight_sandbox("spotgo", server=True, faults="reset=1")
    reset_key = reset.credentials["api_keys"][0]
    with (
        httpx.Client(base_url=reset.base_url, headers={"X-Api-Key": reset_key}) as client,
        pytest.raises(httpx.TransportError),
    ):
        client.post("/api/v1/orders", json=ORDER, headers=MEDIA)
    entry = reset.api.journal[-1]
    assert entry.fault in ("reset-before", "reset-after")
    assert bool(reset.api.companies["company-a"]) == entry.applied


def test_rate_limit_per_credential(freight_sandbox: Callable[..., Any]) -> None:
    box = freight_sandbox("spotgo", rate_limit="3/60", validate_responses=True)
    keys = box.credentials["api_keys"]
    with box.client(headers={"X-Api-Key": keys[0]}) as a, box.client(headers={"X-Api-Key": keys[1]}) as b:
        statuses = [a.post("/api/v1/orders", json=_spotgo_order(f"R-{i}"), headers=MEDIA).status_code for i in range(4)]
        assert statuses == [200, 200, 200, 429]
        limited = a.get("/api/v1/orders/00000000-0000-0000-0000-000000000000")
        assert limited.status_code == 429 and int(limited.headers["retry-after"]) >= 1
        assert b.post("/api/v1/orders", json=_spotgo_order("R-0"), headers=MEDIA).status_code == 200
    assert box.api.response_violations == []


@pytest.mark.skipif(
    not os.path.exists("node_modules/.bin/prism") and not os.environ.get("FREIGHT_PRISM"),
    reason="Prism is not installed (nox -s tests installs it with npm ci)",
)
def test_prism_fixture_mocks_a_spec(prism_mock: Callable[..., Any]) -> None:
    mock = prism_mock("transeu")
    response = httpx.get(
        f"{mock.base_url}/orders/123e4567-e89b-12d3-a456-426655440000",
        headers={"Authorization": "Bearer x", "Accept": "application/hal+json"},
        timeout=10,
    )
    assert response.status_code == 200 and response.json()["number"] == "PL/2016/05/05/1234"  # the seed example
    invalid = httpx.get(f"{mock.base_url}/orders/not-a-uuid", headers={"Authorization": "Bearer x"}, timeout=10)
    assert invalid.status_code in (400, 422)


@pytest.mark.parametrize("api", ["smouv", "transeu", "quivo"])
def test_console_command_serves_every_api(api: str) -> None:
    args = [sys.executable, "-m", "freight_sandbox.cli", api] + (["--duplicates", "existing"] if api == "quivo" else [])
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        first = json.loads(process.stdout.readline())
        expected = {
            "smouv": {"client_id", "client_secret", "subscription_key", "access_token", "token_url"},
            "transeu": {"client_id", "client_secret", "username", "password", "token_url"},
            "quivo": {"api_key", "username", "password"},
        }[api]
        assert first["api"] == api and expected <= set(first["credentials"])
        token_url = first["credentials"].get("token_url")
        if token_url:  # the token endpoint is served by the same process
            assert token_url.startswith(first["base_url"])
            assert httpx.post(token_url, data={}, timeout=10).status_code in (400, 401)
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=15) == 0
    finally:
        if process.poll() is None:
            process.kill()


@pytest.mark.skipif(
    not os.environ.get("CI") and not os.path.exists("node_modules/.bin/prism") and not os.environ.get("FREIGHT_PRISM"),
    reason="Prism is not installed: run `npm ci` (nox -s tests does); in CI this test always runs",
)
def test_console_command_serves_prism() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "freight_sandbox.cli", "quivo", "--prism"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        first = json.loads(process.stdout.readline())
        assert first["mock"] == "prism" and first["base_url"].startswith("http://127.0.0.1:")
        missing_key = httpx.post(f"{first['base_url']}/orders", json={}, timeout=10)
        assert missing_key.status_code in (401, 403, 422)  # Prism validates against the spec
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=15) == 0
    finally:
        if process.poll() is None:
            process.kill()
