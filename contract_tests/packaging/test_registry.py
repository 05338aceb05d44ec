"""`freight_clients.registry` is the one list of the APIs: no other file writes them all out, so a
fifth API is a registry row, not edits across the tree."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from freight_clients import registry

ROOT = Path(__file__).resolve().parents[2]
#: Where the project's own Python lives (the generated packages are per API by construction).
SOURCES = ("overlays", "scripts", "contract_tests", "noxfile.py")


def _python_files() -> Iterator[Path]:
    for name in SOURCES:
        path = ROOT / name
        yield from [path] if path.is_file() else sorted(path.rglob("*.py"))


def _strings(nodes: list[ast.expr | None]) -> set[str]:
    return {node.value for node in nodes if isinstance(node, ast.Constant) and isinstance(node.value, str)}


def full_lists(source: str) -> list[int]:
    """Lines of `source` that write out every API: a list, tuple or set literal, or a string such as
    "spotgo,smouv,..." naming them all."""
    everyone = set(registry.NAMES)
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.List | ast.Tuple | ast.Set):
            names = _strings(list(node.elts))
        elif isinstance(node, ast.Dict):
            classes = all(isinstance(v, ast.Name) and v.id[:1].isupper() for v in node.values)
            names = _strings(node.keys) if classes else set()  # a table of client classes
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and "\n" not in node.value:
            names = set(node.value.replace(",", " ").split())
        else:
            continue
        if everyone <= names:
            found.append(node.lineno)
    return found


def test_the_detector_finds_a_written_out_list() -> None:
    names = ", ".join(repr(name) for name in registry.NAMES)
    assert full_lists(f"APIS = [{names}]\nfor api in ({names}):\n    pass\n") == [1, 2]
    assert full_lists(f"ENV = {','.join(registry.NAMES)!r}\n") == [1]
    assert full_lists("CLIENTS = {" + ", ".join(f"{name!r}: C{n}" for n, name in enumerate(registry.NAMES)) + "}\n")
    assert full_lists(f"SOME = {registry.NAMES[:2]!r}\nPLANS = {{{registry.NAMES[0]!r}: 'text'}}\n") == []


def test_no_file_but_the_registry_lists_every_api() -> None:
    registry_file = ROOT / "overlays" / "freight_clients" / "registry.py"
    offenders = {
        str(path.relative_to(ROOT)): lines
        for path in _python_files()
        if path != registry_file and (lines := full_lists(path.read_text()))
    }
    assert offenders == {}, f"read freight_clients.registry instead: {offenders}"


def test_every_row_has_a_spec_a_generated_package_a_client_and_a_sandbox() -> None:
    import importlib

    import freight_clients
    from freight_sandbox import SANDBOXES

    for api in registry.APIS:
        assert (ROOT / "specs" / api.spec_file).is_file(), api.name
        assert (ROOT / "generated" / api.package / "__init__.py").is_file(), api.name
        assert (ROOT / "generator" / f"{api.name}.yaml").is_file(), api.name
        module = importlib.import_module(api.module)
        for name in (*api.clients, *api.exports):
            assert getattr(freight_clients, name) is getattr(module, name), name
        assert getattr(freight_clients, api.clients[0]).api == api.name
        assert SANDBOXES[api.name].name == api.name
    assert list(SANDBOXES) == list(registry.NAMES)
