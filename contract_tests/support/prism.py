"""The Prism processes of the Prism contract tests, started once per run: by the pytest-xdist
controller when FREIGHT_PRISM_SHARED=1 (`nox -s contract` sets it; the workers get the addresses
through their workerinput), otherwise by the test module. Each Prism takes seconds of CPU to start,
so they start side by side."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from freight_clients import registry
from freight_sandbox import sandbox
from freight_sandbox._prism import launch_prism

SHARED = os.environ.get("FREIGHT_PRISM_SHARED") == "1"
MOCKED = registry.NAMES
#: The APIs with a multipart operation: Prism proxies a sandbox for them.
PROXIED = ("spotgo", "smouv")


def start() -> tuple[dict[str, Any], Callable[[], None]]:
    """Start the mocks (`prism mock -d`) and the proxies (`prism proxy --errors --validate-request
    false` in front of a sandbox on a real port); their addresses as plain data, and a stop function."""
    boxes = {api: sandbox(api).serve() for api in PROXIED}
    launched = {api: launch_prism(api, "-d", "--seed", "7") for api in MOCKED}
    proxying = {
        api: launch_prism(api, "--errors", "--validate-request", "false", upstream=box.base_url)
        for api, box in boxes.items()
    }
    pending = [*launched.values(), *proxying.values()]
    try:
        mocks = {api: p.ready() for api, p in launched.items()}
        proxies = {api: p.ready() for api, p in proxying.items()}
    except RuntimeError:
        for p in pending:
            p.process.kill()
        for box in boxes.values():
            box.stop()
        raise

    def stop() -> None:
        for mock in [*mocks.values(), *proxies.values()]:
            mock.stop()
        for box in boxes.values():
            box.stop()

    addresses = {
        "mocks": {api: mock.base_url for api, mock in mocks.items()},
        "proxies": {
            api: {"base_url": proxies[api].base_url, "upstream": box.base_url, "credentials": box.credentials}
            for api, box in boxes.items()
        },
    }
    return addresses, stop
