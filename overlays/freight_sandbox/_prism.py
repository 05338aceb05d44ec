"""Start Prism (from npm) on 127.0.0.1 and a free port: a mock of a spec, or a validating proxy."""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
import time
from collections import deque
from dataclasses import dataclass
from pathlib import Path

from freight_clients.support import spec_path

from ._server import free_port


def prism_command() -> list[str]:
    """Prism's executable: $FREIGHT_PRISM, the project's node_modules, or `prism` on PATH."""
    configured = os.environ.get("FREIGHT_PRISM")
    if configured:
        if not shutil.which(configured):
            raise FileNotFoundError(f"FREIGHT_PRISM={configured!r} is not an executable Prism")
        return [configured]
    for folder in (Path.cwd(), *Path(__file__).resolve().parents):
        local = folder / "node_modules" / ".bin" / "prism"
        if local.exists():
            return [str(local)]
    found = shutil.which("prism")
    if found:
        return [found]
    raise FileNotFoundError(
        "Prism (the npm package @stoplight/prism-cli) was not found: install it with "
        "`npm install -g @stoplight/prism-cli@5`, or set FREIGHT_PRISM to its executable "
        "(in a checkout of this project, `npm ci` installs it)"
    )


@dataclass
class PrismMock:
    """A running `prism mock` or `prism proxy`; `stop()` ends it."""

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
    return launch_prism(api, *extra).ready(timeout)


@dataclass
class LaunchedPrism:
    """A Prism process that may still be starting (each takes seconds of CPU: launch several,
    then wait for each with `ready()`)."""

    api: str
    mode: str
    port: int
    process: subprocess.Popen[bytes]

    def ready(self, timeout: float = 30.0) -> PrismMock:
        """Wait for Prism's "listening" line; then keep draining its log in a thread."""
        assert self.process.stdout is not None
        deadline = time.monotonic() + timeout
        seen: list[str] = []
        while time.monotonic() < deadline:
            line = self.process.stdout.readline().decode("utf-8", "replace")
            if not line and self.process.poll() is not None:
                break
            seen.append(line)
            if "Prism is listening" in line:
                log: deque[str] = deque(seen, maxlen=500)
                threading.Thread(target=_drain, args=(self.process, log), daemon=True).start()
                return PrismMock(self.api, f"http://127.0.0.1:{self.port}", self.process, log)
        self.process.kill()
        raise RuntimeError(f"Prism ({self.mode}) did not start for {self.api}:\n{''.join(seen[-20:])}")


def launch_prism(api: str, *extra: str, upstream: str | None = None) -> LaunchedPrism:
    """Start `prism mock` (or `prism proxy` to `upstream`) without waiting for it to listen."""
    args = list(extra)
    if "--port" in args:
        at = args.index("--port")
        port = int(args[at + 1])
        del args[at : at + 2]
    else:
        port = free_port()
    mode = "proxy" if upstream else "mock"
    command = [*prism_command(), mode, "-h", "127.0.0.1", "-p", str(port), *args, str(spec_path(api))]
    command += [upstream] if upstream else []
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    return LaunchedPrism(api, mode, port, process)


def _drain(process: subprocess.Popen[bytes], log: deque[str]) -> None:
    """Keep reading Prism's output (it logs every request) so its pipe never fills and blocks it."""
    assert process.stdout is not None
    for raw in process.stdout:
        log.append(raw.decode("utf-8", "replace"))
