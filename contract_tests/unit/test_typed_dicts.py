"""The generated `<Model>Dict` TypedDicts (generator/templates/typed_dict.py.jinja, issue 25) describe
the wire shape of every request schema: one key per property, named as on the wire, and `Required`
exactly where the spec requires a key and the requirement is documented (a guess is never enforced,
not even by a type checker; `freight_clients._guesses` is the one reading of the provenance)."""

from __future__ import annotations

import ast
import importlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from freight_clients import _guesses, registry
from freight_clients._specs import load_spec


def _components(api: str) -> dict[str, Any]:
    schemas: dict[str, Any] = load_spec(api)["components"]["schemas"]
    return schemas


def _refs(node: Any) -> Iterator[tuple[str, str]]:
    """(path below `node`, component name) for each `$ref` reachable from `node` without passing another."""
    pending: list[tuple[Any, str]] = [(node, "")]
    while pending:
        item, path = pending.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                yield path, ref.rsplit("/", 1)[1]
                continue
            for key, value in item.items():
                if key == "properties" and isinstance(value, dict):
                    pending.extend((child, f"{path}.{name}".lstrip(".")) for name, child in value.items())
                elif key in ("items", "allOf", "anyOf", "oneOf", "additionalProperties"):
                    pending.extend((child, path) for child in (value if isinstance(value, list) else [value]))


def _reached(api: str, root: str) -> dict[str, set[str]]:
    """Component name -> the field paths (from `root`) at which the request schema `root` holds it."""
    reached: dict[str, set[str]] = {root: {""}}
    pending = [(root, "")]
    while pending:
        name, at = pending.pop()
        for below, target in _refs(_components(api)[name]):
            path = f"{at}.{below}".strip(".")
            if path not in reached.setdefault(target, set()) and len(reached[target]) < 20:
                reached[target].add(path)
                pending.append((target, path))
    return reached


def _typed_dict_keys(api: str, name: str) -> tuple[set[str], set[str]]:
    """(all keys, Required keys) of `<name>Dict` as the generated module declares it (read from the
    source: with postponed annotations `Required` is not visible at run time)."""
    models = importlib.import_module(f"{api}_client.models")
    module = importlib.import_module(getattr(models, name).__module__)
    tree = ast.parse(Path(str(module.__file__)).read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and node.name == f"{name}Dict":
            fields = [item for item in node.body if isinstance(item, ast.AnnAssign)]
            keys = {field.target.id for field in fields if isinstance(field.target, ast.Name)}
            required = {
                field.target.id
                for field in fields
                if isinstance(field.target, ast.Name) and ast.unparse(field.annotation).startswith("_Required[")
            }
            return keys, required
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == f"{name}Dict" for t in node.targets):
            call = node.value
            assert isinstance(call, ast.Call) and isinstance(call.args[1], ast.Dict), ast.unparse(node)
            entries = zip(call.args[1].keys, call.args[1].values, strict=True)
            pairs = [(ast.literal_eval(k), ast.literal_eval(v)) for k, v in entries if k is not None]
            return {k for k, _ in pairs}, {k for k, v in pairs if str(v).startswith("_Required[")}
    raise AssertionError(f"{api}: no {name}Dict in {module.__name__}")


CASES = [(api, root) for api in registry.NAMES for root in sorted(set(_guesses.request_roots(api).values()))]


@pytest.mark.parametrize(("api", "root"), CASES, ids=[f"{api}-{root}" for api, root in CASES])
def test_request_typed_dicts_name_every_key_and_require_only_documented_keys(api: str, root: str) -> None:
    traced = {t.field: t for t in _guesses.traces(api, root) if t.keyword == "required"}
    problems = []
    for name, paths in _reached(api, root).items():
        schema = _components(api)[name]
        if not isinstance(schema.get("properties"), dict):
            continue
        keys, required = _typed_dict_keys(api, name)
        if keys != set(schema["properties"]):
            problems.append(f"{name}Dict keys {sorted(keys)} != the spec's {sorted(schema['properties'])}")
        for key in schema.get("required", []):
            traces = [traced.get(f"{path}.{key}".lstrip(".")) for path in paths]
            if None in traces:  # a place `_guesses` does not walk (a oneOf member): nothing to compare with
                continue
            documented = all(trace is not None and trace.source is not None for trace in traces)
            if (key in required) != documented:
                problems.append(
                    f"{name}Dict: {key} is {'' if key in required else 'not '}Required; documented: {documented}"
                )
    assert problems == []


def test_the_typed_dicts_are_exported_beside_their_models() -> None:
    for api in registry.NAMES:
        models = importlib.import_module(f"{api}_client.models")
        classes = [name for name in models.__all__ if not name.endswith("Dict")]
        have = [name for name in classes if f"{name}Dict" in models.__all__]
        assert have and all(hasattr(models, f"{name}Dict") for name in have), api
