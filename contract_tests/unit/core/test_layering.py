"""The core's layering is written where the code is: each core module's docstring states its layer,
and the layer it states is the one `[tool.importlinter]` enforces (`nox -s lint` runs lint-imports)."""

from __future__ import annotations

import ast
import importlib
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
CORE = [
    "_adaptive", "_auth", "_base_client", "_bulk", "_drivers", "_exceptions", "_http", "_json", "_lazy",
    "_limit_shapes", "_limits", "_plan", "_raw", "_redis_limit", "_request", "_retry", "_scripted", "_temp", "_types",
]  # fmt: skip


def _layers() -> list[set[str]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]
    [contract] = [c for c in config["contracts"] if c["type"] == "layers"]
    return [{name.strip() for name in layer.replace("|", ":").split(":")} for layer in contract["layers"]]


@pytest.mark.parametrize("name", CORE)
def test_each_core_module_states_its_layer(name: str) -> None:
    doc = importlib.import_module(f"freight_clients.{name}").__doc__ or ""
    assert "\nLayer: " in doc, f"{name}: no 'Layer: ...' paragraph in its docstring"
    assert any(name in layer for layer in _layers()), f"{name}: in no layer of [tool.importlinter]"


def test_there_is_one_timeout_alias() -> None:
    """`Timeout` is defined once (in `_types`); everything else imports it."""
    package = ROOT / "overlays" / "freight_clients"
    defining = []
    for path in sorted(package.rglob("*.py")):
        for node in ast.parse(path.read_text()).body:
            if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "Timeout" for t in node.targets):
                defining.append(path.relative_to(package).as_posix())
    assert defining == ["_types.py"]
