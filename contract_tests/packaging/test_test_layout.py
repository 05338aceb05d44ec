"""The test tree's own rules (issue 22): a test imports private names only from the package its
folder is about, and the unit layer imports no sandbox, so a client bug and a sandbox bug do not
share a failing test. `nox -s unit` checks the second rule at run time as well."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]

#: folder -> the packages whose private names its tests may import. `support/` holds helpers, not
#: tests; `specs/` is about the specs and the guess catalogue derived from them (freight_clients._guesses).
PRIVATE_FROM = {
    "unit": {"freight_clients"},
    "integration": {"freight_clients"},
    "sandbox": {"freight_sandbox"},
    "contract": set(),
    "specs": {"freight_clients"},
    "packaging": {"freight_clients", "freight_sandbox", "freight_testing"},
}
OURS = {"freight_clients", "freight_sandbox", "freight_testing"}


def _imports(path: Path) -> Iterator[tuple[int, str]]:
    """Every imported dotted name in `path` (`from a import b` gives `a.b`)."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from ((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield from ((node.lineno, f"{node.module}.{alias.name}") for alias in node.names)


def _private_package(name: str) -> str | None:
    """The package of ours whose private name `name` reaches, or None for a public one."""
    parts = name.split(".")
    if parts[0] in OURS and any(part.startswith("_") and not part.startswith("__") for part in parts[1:]):
        return parts[0]
    return None


def _test_files(folder: str) -> list[Path]:
    return sorted((TESTS / folder).rglob("*.py"))


def test_every_test_folder_has_a_rule() -> None:
    folders = {p.name for p in TESTS.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))}
    assert folders - {"support"} == set(PRIVATE_FROM)


def test_tests_import_private_names_only_from_their_folders_package() -> None:
    wrong = [
        f"{path.relative_to(TESTS)}:{line}: {name}"
        for folder, allowed in PRIVATE_FROM.items()
        for path in _test_files(folder)
        for line, name in _imports(path)
        if (package := _private_package(name)) is not None and package not in allowed
    ]
    assert wrong == []


def test_the_unit_layer_imports_no_sandbox() -> None:
    """Only the example orders of `freight_sandbox` (they load without the extra)."""
    wrong = [
        f"{path.relative_to(TESTS)}:{line}: {name}"
        for path in _test_files("unit")
        for line, name in _imports(path)
        if name.split(".")[0] in {"freight_sandbox", "starlette", "uvicorn"}
        and not name.startswith("freight_sandbox.examples")
    ]
    assert wrong == []


def test_the_rules_see_a_violation() -> None:
    """The checks above are not vacuous: the helpers find what they look for."""
    assert _private_package("freight_sandbox._server.SyncASGITransport") == "freight_sandbox"
    assert _private_package("freight_clients.__about__") is None
    assert _private_package("freight_clients.SpotGo") is None
    found = [name for path in _test_files("integration") for _, name in _imports(path)]
    assert any(name.startswith("freight_clients._") for name in found)  # integration does use client privates
