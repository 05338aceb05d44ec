"""The maintainer's differential: our Trans.eu platform spec against the vendor's `orders-api.yaml`.

    python scripts/transeu_platform_diff.py VENDOR_ORDERS_API_YAML [--spec OUR_SPEC] [--all]

For every operation of our spec (matched to the vendor's by method and path), lists each
difference in paths and methods, parameters (presence, `required`, type, format, enum), request
bodies and response bodies (presence, `required` properties, properties present on one side only,
types, enums) and status codes; where ours is a list of the vendor's object (a page of its
collection items), our items are compared with that object. A difference is *explained* when our
spec says why on the node where it is found, or on one of its ancestors in the same body,
parameter or response, with an
`x-freight-differs: {<kind>: <why>}` note (kinds: operation, parameter, required, type, format,
enum, properties, schema, status, body); `EXPLAINED` below holds the few that have no node of
ours to sit on. Exits 1 when any difference is unexplained, 2 on unusable input. `--all` also
lists the vendor's operations our spec does not cover (never a failure: the spec's description
says why they are out of scope). The vendor's file stays outside the repository (fetch it to a
temporary path); nothing of it is copied.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "specs" / "transeu-platform-orders.yaml"
METHODS = ("get", "put", "post", "delete", "patch")
NOTE = "x-freight-differs"
#: Differences explained here because no node of our spec can carry the note: (operation, where, kind) -> why.
EXPLAINED: dict[tuple[str, str, str], str] = {}


@dataclass(frozen=True)
class Difference:
    """One difference: the operation (`POST /path`), where in it, its kind, what differs, and why
    (None: unexplained)."""

    operation: str
    where: str
    kind: str
    detail: str
    why: str | None

    def line(self) -> str:
        mark = "explained  " if self.why else "UNEXPLAINED"
        reason = f"  -- {self.why}" if self.why else ""
        return f"{mark} {self.operation} {self.where}: {self.kind}: {self.detail}{reason}"


class _Doc:
    """One OpenAPI document with local `$ref`s resolved (3.0 `nullable` and single-`allOf` wrappers normalised)."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.data = data

    def deref(self, node: Any) -> Any:
        seen: set[str] = set()
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
            ref = node["$ref"]
            if ref in seen:
                break
            seen.add(ref)
            target: Any = self.data
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            extra = {k: v for k, v in node.items() if k != "$ref"}
            node = {**target, **extra} if extra and isinstance(target, Mapping) else target
        return node

    def schema(self, node: Any) -> dict[str, Any]:
        """A schema with its `$ref`, a lone `allOf` member, 3.0 `nullable` and 3.1's `anyOf: [X, null]`
        folded in (notes kept)."""
        node = self.deref(node)
        if not isinstance(node, Mapping):
            return {}
        out = dict(node)
        alternatives = out.get("anyOf")
        if isinstance(alternatives, list) and len(alternatives) == 2 and {"type": "null"} in alternatives:
            inner = self.schema(next(a for a in alternatives if a != {"type": "null"}))  # 3.1's nullable
            del out["anyOf"]
            out = {**inner, **{k: v for k, v in out.items() if k not in inner or k == NOTE}}
            out["type"] = sorted({*_types(out), "null"})
        members = out.get("allOf")
        if isinstance(members, list) and len(members) == 1:
            inner = self.schema(members[0])
            del out["allOf"]
            out = {**inner, **{k: v for k, v in out.items() if k not in inner or k == NOTE}}
        if out.pop("nullable", False):
            out["type"] = sorted({*_types(out), "null"})
        return out


def _types(schema: Mapping[str, Any]) -> set[str]:
    declared = schema.get("type")
    if isinstance(declared, str):
        return {declared}
    if isinstance(declared, list):
        return {str(t) for t in declared}
    return set()


def _sides(mine: set[Any], theirs: set[Any]) -> str:
    return f"only ours {sorted(mine - theirs)}, only the vendor's {sorted(theirs - mine)}"


def _both(mine: Any, theirs: Any) -> str:
    return f"ours {bool(mine)}, vendor's {bool(theirs)}"


def _notes(stack: list[Mapping[str, Any]]) -> dict[str, str]:
    """The explanations in force at a node: its own and its ancestors' (the nearest wins)."""
    found: dict[str, str] = {}
    for node in stack:
        note = node.get(NOTE)
        if isinstance(note, Mapping):
            found.update({str(k): str(v) for k, v in note.items()})
    return found


class _Differ:
    def __init__(self, vendor: Mapping[str, Any], ours: Mapping[str, Any]) -> None:
        self.vendor, self.ours = _Doc(vendor), _Doc(ours)
        self.found: list[Difference] = []

    def add(self, operation: str, where: str, kind: str, detail: str, stack: list[Mapping[str, Any]]) -> None:
        why = _notes(stack).get(kind) or EXPLAINED.get((operation, where, kind))
        self.found.append(Difference(operation, where, kind, detail, why))

    def operations(self) -> Iterator[tuple[str, str, Mapping[str, Any], Mapping[str, Any] | None]]:
        vendor_paths = self.vendor.data.get("paths") or {}
        for path, item in (self.ours.data.get("paths") or {}).items():
            for method in METHODS:
                if method in item:
                    theirs = (vendor_paths.get(path) or {}).get(method)
                    yield method, path, item[method], theirs

    def uncovered(self) -> list[str]:
        ours = {(m, p) for m, p, _, _ in self.operations()}
        return [
            f"{method.upper()} {path} ({item[method].get('operationId', '?')})"
            for path, item in (self.vendor.data.get("paths") or {}).items()
            for method in METHODS
            if method in item and (method, path) not in ours
        ]

    def run(self) -> list[Difference]:
        for method, path, mine, theirs in self.operations():
            name = f"{method.upper()} {path}"
            if theirs is None:
                self.add(name, "operation", "operation", "only in our spec", [mine])
                continue
            self.parameters(name, mine, theirs)
            self.body(name, mine, theirs)
            self.responses(name, mine, theirs)
        return self.found

    def parameters(self, name: str, mine: Mapping[str, Any], theirs: Mapping[str, Any]) -> None:
        ours = {(p["in"], p["name"]): p for p in map(self.ours.deref, mine.get("parameters") or [])}
        vendor = {(p["in"], p["name"]): p for p in map(self.vendor.deref, theirs.get("parameters") or [])}
        for key in sorted(set(ours) | set(vendor)):
            where = f"parameter {key[1]} (in {key[0]})"
            if key not in ours:
                self.add(name, where, "parameter", "only in the vendor's", [mine])
                continue
            stack = [mine, ours[key]]
            if key not in vendor:
                self.add(name, where, "parameter", "only in ours", stack)
                continue
            a, b = ours[key], vendor[key]
            if bool(a.get("required")) != bool(b.get("required")):
                self.add(name, where, "required", _both(a.get("required"), b.get("required")), stack)
            self.scalar(name, where, self.ours.schema(a.get("schema")), self.vendor.schema(b.get("schema")), stack)

    def scalar(
        self, name: str, where: str, a: Mapping[str, Any], b: Mapping[str, Any], stack: list[Mapping[str, Any]]
    ) -> None:
        """Type, format and enum of two schemas."""
        stack = [*stack, a]
        if _types(a) != _types(b):
            self.add(name, where, "type", f"ours {sorted(_types(a))}, vendor's {sorted(_types(b))}", stack)
        if a.get("format") != b.get("format"):
            self.add(name, where, "format", f"ours {a.get('format')!r}, vendor's {b.get('format')!r}", stack)
        mine, theirs = set(a.get("enum") or ()), set(b.get("enum") or ())
        if mine != theirs:
            self.add(name, where, "enum", _sides(mine, theirs), stack)

    def body(self, name: str, mine: Mapping[str, Any], theirs: Mapping[str, Any]) -> None:
        a, b = self.ours.deref(mine.get("requestBody")), self.vendor.deref(theirs.get("requestBody"))
        if not a and not b:
            return
        if not a or not b:
            self.add(name, "request body", "body", "only in ours" if a else "only in the vendor's", [mine, a or {}])
            return
        stack = [mine, a]
        if bool(a.get("required")) != bool(b.get("required")):
            self.add(name, "request body", "required", _both(a.get("required"), b.get("required")), stack)
        self.content(name, "request body", a, b, stack)

    def responses(self, name: str, mine: Mapping[str, Any], theirs: Mapping[str, Any]) -> None:
        ours, vendor = mine.get("responses") or {}, theirs.get("responses") or {}
        for code in sorted(set(ours) | set(vendor)):
            where = f"response {code}"
            a = self.ours.deref(ours.get(code)) if code in ours else None
            if a is None:
                self.add(name, where, "status", "only in the vendor's", [mine])
                continue
            stack = [mine, a]
            if code not in vendor:
                self.add(name, where, "status", "only in ours", stack)
                continue
            self.content(name, where, a, self.vendor.deref(vendor[code]), stack)

    def content(
        self, name: str, where: str, a: Mapping[str, Any], b: Mapping[str, Any], stack: list[Mapping[str, Any]]
    ) -> None:
        mine, theirs = a.get("content") or {}, b.get("content") or {}
        if bool(mine) != bool(theirs):
            self.add(name, where, "schema", "a body only in ours" if mine else "a body only in the vendor's", stack)
            return
        for media in sorted(set(mine) | set(theirs)):
            if media not in mine or media not in theirs:
                self.add(
                    name,
                    where,
                    "schema",
                    f"media type {media} only in " + ("ours" if media in mine else "the vendor's"),
                    stack,
                )
                continue
            self.schemas(name, f"{where} {media}", mine[media].get("schema"), theirs[media].get("schema"), stack, "")

    def schemas(
        self, name: str, where: str, mine: Any, theirs: Any, stack: list[Mapping[str, Any]], path: str, depth: int = 0
    ) -> None:
        a, b = self.ours.schema(mine), self.vendor.schema(theirs)
        here = f"{where} {path or '(root)'}"
        stack = [*stack, a]
        if depth > 32:
            return
        opaque = _types(b) <= {"object", "null"} and not b.get("properties") and not b.get("items")
        if opaque and (a.get("properties") or a.get("items")):
            self.add(name, here, "schema", "the vendor's is an object without properties; ours details it", stack)
            return
        if ("array" in _types(a)) != ("array" in _types(b)):
            self.add(name, here, "schema", f"ours {sorted(_types(a))}, vendor's {sorted(_types(b))}", stack)
            if "array" in _types(a) and "items" in a and b.get("properties"):
                # ours is a list of the vendor's object (a page of its collection items): compare the items with it
                self.schemas(name, where, a["items"], theirs, stack, f"{path}[]", depth + 1)
            return
        self.scalar(name, here, a, b, stack[:-1])
        required_a, required_b = set(a.get("required") or ()), set(b.get("required") or ())
        if required_a != required_b:
            detail = _sides(required_a, required_b)
            self.add(name, here, "required", detail, stack)
        props_a, props_b = a.get("properties") or {}, b.get("properties") or {}
        if set(props_a) != set(props_b):
            detail = _sides(set(props_a), set(props_b))
            self.add(name, here, "properties", detail, stack)
        for prop in sorted(set(props_a) & set(props_b)):
            self.schemas(
                name, where, props_a[prop], props_b[prop], stack, f"{path}.{prop}" if path else prop, depth + 1
            )
        if "items" in a and "items" in b:
            self.schemas(name, where, a["items"], b["items"], stack, f"{path}[]", depth + 1)


def differences(vendor: Mapping[str, Any], ours: Mapping[str, Any]) -> list[Difference]:
    """Every difference between the two documents for the operations of `ours`."""
    return _Differ(vendor, ours).run()


def uncovered(vendor: Mapping[str, Any], ours: Mapping[str, Any]) -> list[str]:
    """The vendor's operations `ours` does not describe."""
    return _Differ(vendor, ours).uncovered()


def _load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("paths"), dict):
        raise ValueError(f"{path} is not an OpenAPI document with paths")
    return data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("vendor", type=Path, help="the vendor's orders-api.yaml (kept outside the repository)")
    parser.add_argument("--spec", type=Path, default=SPEC, help="our spec (default: %(default)s)")
    parser.add_argument("--all", action="store_true", help="also list the vendor's operations we do not cover")
    args = parser.parse_args(argv)
    try:
        vendor, ours = _load(args.vendor), _load(args.spec)
    except (OSError, ValueError, yaml.YAMLError) as problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    info = vendor.get("info") or {}
    print(f"vendor: {info.get('title')} {info.get('version')} ({args.vendor})")
    print(f"ours:   {(ours.get('info') or {}).get('title')} {(ours.get('info') or {}).get('version')}")
    found = differences(vendor, ours)
    for difference in found:
        print(difference.line())
    if args.all:
        for operation in uncovered(vendor, ours):
            print(f"not covered {operation}")
    unexplained = sum(1 for d in found if not d.why)
    print(f"{len(found)} differences, {len(found) - unexplained} explained, {unexplained} unexplained")
    return 1 if unexplained else 0


if __name__ == "__main__":
    raise SystemExit(main())
