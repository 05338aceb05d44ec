"""The sandbox of each API of the registry, and `sandbox(name)` to make one."""

from __future__ import annotations

import importlib
from typing import Any

from freight_clients import registry

from ._core import SandboxApi
from ._server import InProcessSandbox, RunningSandbox

#: Each API's sandbox class, from the module named for it.
SANDBOXES: dict[str, type[SandboxApi]] = {
    api.name: importlib.import_module(f"{__package__}.{api.name}").SANDBOX for api in registry.APIS
}


class Sandbox:
    """A sandbox API object with ways to run it."""

    def __init__(self, api: SandboxApi) -> None:
        self.api = api

    def serve(self, host: str = "127.0.0.1", port: int = 0, *, public: bool = False) -> RunningSandbox:
        """Listen on a real socket; an address other than loopback needs `public=True`."""
        return RunningSandbox(self.api, host, port, public=public).start()

    def in_process(self) -> InProcessSandbox:
        return InProcessSandbox(self.api)


def sandbox(name: str, **options: Any) -> Sandbox:
    """A new sandbox of `name` (a short name of `freight_clients.registry`); options: faults, seed, rate_limit,
    validate_responses (record responses that break the spec in `api.response_violations`),
    max_orders (per tenant) and max_journal (entries kept)."""
    try:
        cls = SANDBOXES[name]
    except KeyError:
        raise ValueError(f"unknown API {name!r}; expected one of {sorted(SANDBOXES)}") from None
    return Sandbox(cls(**options))
