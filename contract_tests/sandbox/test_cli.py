"""The `freight-sandbox` command as a user meets it: --version, --env, --access-log, the --faults
help, and one-line errors (no traceback) for a missing Prism or a fault naming no operation."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

import freight_clients
from freight_clients import SpotGo, registry
from freight_sandbox import _prism, cli, examples
from freight_sandbox._faults import FAULT_KINDS, TOKEN_FAULT_KINDS
from freight_sandbox.standin import vendor_environment

COMMAND = [sys.executable, "-m", "freight_sandbox.cli"]


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*COMMAND, *args], capture_output=True, text=True, timeout=60, env=env)


@contextmanager
def _serving(*args: str) -> Iterator[subprocess.Popen[str]]:
    """`freight-sandbox ARGS` running; stopped (SIGTERM) when the block ends."""
    process = subprocess.Popen([*COMMAND, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_version_prints_the_package_version() -> None:
    done = _run("--version")
    expected = f"freight-sandbox {freight_clients.__version__} (freight-order-clients)"
    assert (done.returncode, done.stdout.strip()) == (0, expected)


def test_help_describes_every_fault_kind_and_operation_targeting() -> None:
    assert set(cli.FAULT_HELP) == set(FAULT_KINDS + TOKEN_FAULT_KINDS)  # a new kind needs its line
    done = _run("--help")
    assert done.returncode == 0
    listed = {line.split()[0] for line in done.stdout.split("fault kinds", 1)[1].splitlines()[1:] if line.strip()}
    assert set(FAULT_KINDS + TOKEN_FAULT_KINDS) <= listed
    assert "only=OP" in done.stdout


@pytest.mark.parametrize("api", registry.NAMES)
def test_env_prints_export_lines_of_the_clients_variables(api: str) -> None:
    with _serving(api, "--env") as process:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(_variable_count(api))]
    variables = dict(_export(line) for line in lines)
    base_url = variables[f"{registry.get(api).env_prefix}BASE_URL"]
    assert base_url.startswith("http://127.0.0.1:")
    box_credentials = _credentials_of(api, base_url)
    assert variables == vendor_environment(api, base_url, box_credentials)


def test_env_lines_configure_a_working_client(monkeypatch: pytest.MonkeyPatch) -> None:
    with _serving("spotgo", "--env") as process:
        assert process.stdout is not None
        for line in (process.stdout.readline() for _ in range(_variable_count("spotgo"))):
            monkeypatch.setenv(*_export(line))
        with SpotGo(rate_limit=None) as spotgo:  # from SPOTGO_API_KEY and SPOTGO_BASE_URL alone
            assert spotgo.orders.create(examples.spotgo_order()).order_number


def test_access_log_goes_to_stderr_and_stdout_keeps_only_the_announcement() -> None:
    with _serving("spotgo", "--access-log") as process:
        assert process.stdout is not None and process.stderr is not None
        first = httpx.Response(200, content=process.stdout.readline()).json()
        assert httpx.get(f"{first['base_url']}/api/v1/orders/1", timeout=10).status_code == 401
        process.terminate()
        out, err = process.communicate(timeout=15)
    assert out == ""
    assert '"GET /api/v1/orders/1 HTTP/1.1" 401' in err


def test_no_access_log_by_default() -> None:
    with _serving("spotgo") as process:
        assert process.stdout is not None
        first = httpx.Response(200, content=process.stdout.readline()).json()
        httpx.get(f"{first['base_url']}/api/v1/orders/1", timeout=10)
        process.terminate()
        _, err = process.communicate(timeout=15)
    assert "GET /api/v1/orders/1" not in err


def test_prism_not_installed_is_one_line_with_the_install_command(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """As after `pip install 'freight-order-clients[sandbox]'`: no node_modules anywhere, none on PATH."""
    monkeypatch.delenv("FREIGHT_PRISM", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(_prism, "__file__", str(tmp_path / "site-packages" / "freight_sandbox" / "_prism.py"))
    with pytest.raises(SystemExit) as exited:
        cli.main(["quivo", "--prism"])
    assert exited.value.code == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "npm install -g @stoplight/prism-cli" in err and "Traceback" not in err


def test_a_freight_prism_that_is_no_executable_is_one_line() -> None:
    done = _run("quivo", "--prism", env={**os.environ, "FREIGHT_PRISM": "/nonexistent/prism"})
    assert done.returncode == 1
    assert done.stderr.strip() == "freight-sandbox: FREIGHT_PRISM='/nonexistent/prism' is not an executable Prism"


def test_env_with_prism_is_refused() -> None:
    done = _run("quivo", "--prism", "--env")
    assert done.returncode == 2 and "--env" in done.stderr and "Traceback" not in done.stderr


def test_faults_naming_no_operation_are_a_usage_error() -> None:
    done = _run("spotgo", "--faults", "5xx=1,only=downloadDocumnet")
    assert done.returncode == 2 and "no such spotgo operation" in done.stderr and "Traceback" not in done.stderr


def _own_address() -> str | None:
    """This machine's address on its first non-loopback interface (no packet is sent), or None."""
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("10.255.255.255", 1))
        except OSError:
            return None
        address = str(probe.getsockname()[0])
    return None if address.startswith("127.") else address


def test_a_public_sandbox_in_another_container_is_reachable_with_the_insecure_http_opt_in(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """As docker-compose gives it: `freight-sandbox --public --host 0.0.0.0`, reached by a
    non-loopback address over plain http, which the client accepts only with the opt-in."""
    address = _own_address()
    if address is None:
        pytest.skip("no non-loopback interface on this machine")
    with _serving("spotgo", "--public", "--host", "0.0.0.0", "--env") as process:
        assert process.stdout is not None
        for line in (process.stdout.readline() for _ in range(_variable_count("spotgo"))):
            monkeypatch.setenv(*_export(line))
        port = os.environ["SPOTGO_BASE_URL"].rsplit(":", 1)[1]
        monkeypatch.setenv("SPOTGO_BASE_URL", f"http://{address}:{port}")
        monkeypatch.delenv("FREIGHT_ALLOW_INSECURE_HTTP", raising=False)
        with pytest.raises(freight_clients.ConfigurationError, match="FREIGHT_ALLOW_INSECURE_HTTP"):
            SpotGo(rate_limit=None)
        monkeypatch.setenv("FREIGHT_ALLOW_INSECURE_HTTP", address)
        with pytest.warns(UserWarning, match="plain http"), SpotGo(rate_limit=None) as spotgo:
            assert spotgo.orders.create(examples.spotgo_order("COMPOSE-1")).order_number == "COMPOSE-1"


def _variable_count(api: str) -> int:
    return len(vendor_environment(api, "http://x", _credentials_of(api, "http://x")))


def _credentials_of(api: str, base_url: str) -> dict[str, Any]:
    from freight_sandbox import sandbox

    return sandbox(api).api.credentials(base_url)


def _export(line: str) -> tuple[str, str]:
    words = shlex.split(line)
    assert words[0] == "export" and len(words) == 2, line
    name, _, value = words[1].partition("=")
    return name, value
