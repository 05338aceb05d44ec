"""Local, stateful sandboxes of the four APIs, generated from the specs and enforcing the vendors'
documented rules. Start one with `freight-sandbox API`, with the pytest fixtures of
`freight_clients.sandbox.pytest_plugin`, or from code:

    with sandbox("spotgo").serve() as running:      # real socket on 127.0.0.1
        print(running.base_url, running.credentials)

    local = sandbox("spotgo").in_process()           # no socket: an httpx transport
"""

from __future__ import annotations

from typing import Any

try:
    from ._core import SandboxApi, SandboxConnectionReset
except ImportError:  # without the [sandbox] extra: a MissingExtraError naming the pip command instead
    from .._extras import require

    require("sandbox")
    raise
from ._errors import ApiError
from ._faults import FaultSpec, RateLimit
from ._server import InProcessSandbox, RunningSandbox
from .quivo import QuivoSandbox
from .smouv import SmouvSandbox
from .spotgo import SpotGoSandbox
from .transeu import TransEuSandbox

SANDBOXES: dict[str, type[SandboxApi]] = {
    "spotgo": SpotGoSandbox,
    "smouv": SmouvSandbox,
    "transeu": TransEuSandbox,
    "quivo": QuivoSandbox,
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
    """A new sandbox of `name` (spotgo, smouv, transeu, quivo); options: faults, seed, rate_limit,
    validate_responses (record responses that break the spec in `api.response_violations`),
    max_orders (per tenant) and max_journal (entries kept)."""
    try:
        cls = SANDBOXES[name]
    except KeyError:
        raise ValueError(f"unknown API {name!r}; expected one of {sorted(SANDBOXES)}") from None
    return Sandbox(cls(**options))


__all__ = [
    "SANDBOXES",
    "ApiError",
    "FaultSpec",
    "InProcessSandbox",
    "RateLimit",
    "RunningSandbox",
    "Sandbox",
    "SandboxApi",
    "SandboxConnectionReset",
    "sandbox",
]
