"""Local, stateful sandboxes of the APIs of `freight_clients.registry`, generated from the specs
and enforcing the vendors' documented rules: a sibling package of the clients (as urllib3's
`dummyserver` is), installed by the `[sandbox]` extra. Start one with `freight-sandbox API`, with the
pytest fixtures of `freight_sandbox.pytest_plugin`, or from code:

    with sandbox("spotgo").serve() as box, box.connect(SpotGo) as spotgo:   # real socket on 127.0.0.1
        spotgo.orders.create(examples.spotgo_order())

    local = sandbox("spotgo").in_process()           # no socket: an ASGI transport

Layer: imports `freight_clients`' public API (`freight_clients`, `.registry`, `.support`,
`.smouv_rules`) and never the reverse. Each API's sandbox is the module named for it, with a
`SANDBOX` class.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from freight_clients.support import MissingExtraError, require

from . import examples

try:
    require("sandbox")
except MissingExtraError as missing:  # without the [sandbox] extra every name raises the pip command
    _MISSING = missing.missing
    if not TYPE_CHECKING:

        def __getattr__(name: str) -> Any:
            raise MissingExtraError("sandbox", _MISSING)
else:
    from ._auth import TokenStore
    from ._connect import connect
    from ._core import Call, SandboxApi, SandboxConnectionReset
    from ._drift import INJECTED, RENAMED, drift
    from ._errors import ApiError
    from ._factory import SANDBOXES, Sandbox, sandbox
    from ._faults import FaultSpec, RateLimit, TokenBuckets, retry_after_header
    from ._server import AsyncASGITransport, InProcessSandbox, RunningSandbox, ServedApp, SyncASGITransport

__all__ = [
    "INJECTED",
    "RENAMED",
    "SANDBOXES",
    "ApiError",
    "AsyncASGITransport",
    "Call",
    "FaultSpec",
    "InProcessSandbox",
    "RateLimit",
    "RunningSandbox",
    "Sandbox",
    "SandboxApi",
    "SandboxConnectionReset",
    "ServedApp",
    "SyncASGITransport",
    "TokenBuckets",
    "TokenStore",
    "connect",
    "drift",
    "examples",
    "retry_after_header",
    "sandbox",
]
