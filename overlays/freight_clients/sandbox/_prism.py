"""Start Prism (from npm) as an independent mock of a spec, on 127.0.0.1 and a free port."""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
import time
from collections import deque
from dataclasses import dataclass
from pathlib import Path

from .._specs import spec_path
from ._server import free_port


def prism_command() -> list[str]:
    """Prism's executable: $FREIGHT_PRISM, the project's node_modules, or `prism` on PATH."""
    configured = os.environ.get("FREIGHT_PRISM")
    if configured:
        return [configured]
    for folder in (Path.cwd(), *Path(__file__).resolve().parents):
        local = folder / "node_modules" / ".bin" / "prism"
        if local.exists():
            return [str(local)]
    found = shutil.which("prism")
    if found:
        return [found]
    raise FileNotFoundError("Prism is not installed: run `npm ci` in the project (or set FREIGHT_PRISM)")


@dataclass
class PrismMock:
    """A running `prism mock`; `stop()` ends it."""

    api: str
    base_url: str
    process: subprocess.Popen[bytes]
    log: deque[str]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def start_prism(api: str, *extra: str, timeout: float = 30.0) -> PrismMock:
    """`prism mock` on the API's spec, on a free port unless `--port N` is among the extra arguments
    (others, such as `-d`, pass on to Prism); waits until it listens."""
    args = list(extra)
    if "--port" in args:
        at = args.index("--port")
        port = int(args[at + 1])
        del args[at : at + 2]
    else:
        port = free_port()
    command = [*prism_command(), "mock", "-h", "127.0.0.1", "-p", str(port), *args, str(spec_path(api))]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    assert process.stdout is not None
    deadline = time.monotonic() + timeout
    seen: list[str] = []
    while time.monotonic() < deadline:
        line = process.stdout.readline().decode("utf-8", "replace")
        if not line and process.poll() is not None:
            break
        seen.append(line)
        if "Prism is listening" in line:
            log: deque[str] = deque(seen, maxlen=500)
            threading.Thread(target=_drain, args=(process, log), daemon=True).start()
            return PrismMock(api, f"http://127.0.0.1:{port}", process, log)
    process.kill()
    raise RuntimeError(f"Prism did not start for {api}:\n{''.join(seen[-20:])}")


def _drain(process: subprocess.Popen[bytes], log: deque[str]) -> None:
    """Keep reading Prism's output (it logs every request) so its pipe never fills and blocks it."""
    assert process.stdout is not None
    for raw in process.stdout:
        log.append(raw.decode("utf-8", "replace"))
