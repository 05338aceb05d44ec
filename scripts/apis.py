"""The APIs of `freight_clients.registry`, with where their artefacts live in a checkout.

The registry is loaded from its file, so the scripts that run before the package is installed
(`nox -s generate`) read the same table as everything else.
"""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
GENERATOR = ROOT / "generator"


@dataclass(frozen=True)
class Api:
    """One supported API and where its artefacts live."""

    name: str
    title: str
    spec_file: str

    @property
    def spec(self) -> Path:
        return SPECS / self.spec_file

    @property
    def config(self) -> Path:
        return GENERATOR / f"{self.name}.yaml"

    @property
    def package(self) -> str:
        return f"{self.name}_client"


def load_registry() -> ModuleType:
    """`freight_clients.registry`, imported from the checkout's file (it needs only the standard library)."""
    name = "_freight_registry"
    if name in sys.modules:
        return sys.modules[name]
    found = importlib.util.spec_from_file_location(name, ROOT / "overlays" / "freight_clients" / "registry.py")
    assert found is not None and found.loader is not None
    module = importlib.util.module_from_spec(found)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    found.loader.exec_module(module)
    return module


APIS: tuple[Api, ...] = tuple(Api(row.name, row.full_title, row.spec_file) for row in load_registry().APIS)


def by_name(names: list[str] | None) -> list[Api]:
    """The APIs named (all when none are), failing on an unknown name."""
    if not names:
        return list(APIS)
    known = {api.name: api for api in APIS}
    unknown = [n for n in names if n not in known]
    if unknown:
        raise SystemExit(f"unknown API {unknown}; known: {sorted(known)}")
    return [known[n] for n in names]
