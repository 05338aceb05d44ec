"""`freight_sandbox`'s public surface, pinned (httpx's tests/test_exported_members.py): the names the
tests, the demo and users reach for, so none of them imports a private module of the sandbox."""

from __future__ import annotations

import freight_sandbox

EXPORTED = {
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
}


def test_the_sandbox_exports_exactly_its_public_names() -> None:
    assert set(freight_sandbox.__all__) == EXPORTED
    assert len(freight_sandbox.__all__) == len(EXPORTED)  # no name twice


def test_every_exported_name_resolves_to_a_public_object() -> None:
    for name in freight_sandbox.__all__:
        value = getattr(freight_sandbox, name)
        if callable(value) or hasattr(value, "__path__") or hasattr(value, "__file__"):  # classes, functions, modules
            module = getattr(value, "__module__", None) or value.__name__
            assert module.startswith("freight_sandbox"), (name, module)
        else:  # the drift tables
            assert isinstance(value, dict) and value, name
