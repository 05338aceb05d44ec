"""The inferred constraints of the specs' request schemas, and how a guess is reported.

A constraint no seed or vendor document states (its `x-provenance` is `inferred`, or its keyword
is listed under the annotation's `constraints`) is never enforced by a client: the request is sent
and the client warns once per (API, operation, field). Sandboxes still enforce it, and say so.
"""

from __future__ import annotations

import functools
import logging
import re
import threading
import warnings
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from ._specs import load_spec

#: The JSON Schema keywords that constrain a value (types and numeric formats are the model itself).
KEYWORDS = (
    "required",
    "enum",
    "const",
    "pattern",
    "format",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minItems",
    "maxItems",
    "additionalProperties",
)
_TYPE_FORMATS = frozenset({"int32", "int64", "float", "double", "binary", "byte"})
_INDEX = re.compile(r"\[\d+\]")


class InferredConstraintWarning(UserWarning):
    """A request breaks a constraint that only our specs infer; the client sent it anyway."""


@dataclass(frozen=True)
class Guess:
    """One inferred constraint of a request schema.

    `field` is a path from the `root` component schema, `[]` standing for any array index;
    `value` is the keyword's value (for `required`, the property name); `open` marks an enum the
    spec leaves open (any string is valid JSON Schema; the listed values are the guess).
    """

    api: str
    root: str
    field: str
    keyword: str
    why: str
    value: Any = None
    open: bool = False


@functools.cache
def _spec(api: str) -> dict[str, Any]:
    return load_spec(api)  # JSON: no YAML parser at run time


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _note(own: Any, inherited: Mapping[str, Any]) -> dict[str, Any]:
    """An element's provenance: its own annotation, inheriting kind and reason when it names none."""
    if not isinstance(own, Mapping):
        return {k: v for k, v in inherited.items() if k != "constraints"}
    if "kind" in own:
        return dict(own)
    return {**{k: v for k, v in inherited.items() if k != "constraints"}, **own}


def _target(spec: Mapping[str, Any], node: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
    name = str(node["$ref"]).rsplit("/", 1)[-1]
    return name, spec["components"]["schemas"][name]


def _walk(
    spec: Mapping[str, Any], api: str, root: str, node: Any, path: str, note: Mapping[str, Any], seen: tuple[str, ...]
) -> Iterator[Guess]:
    if not isinstance(node, Mapping):
        return
    if "$ref" in node:
        name, target = _target(spec, node)
        if name in seen:
            return
        default = spec["info"].get("x-provenance") or {"kind": "seed"}
        yield from _walk(spec, api, root, target, path, _note(target.get("x-provenance"), default), (*seen, name))
        return
    own = node.get("x-provenance")
    constraints = (own.get("constraints") if isinstance(own, Mapping) else None) or {}
    guessed = note.get("kind") == "inferred"

    def why(key: str, *more: str) -> str | None:
        for k in (key, *more):
            if k in constraints:
                return str(constraints[k])
        return str(note.get("why")) if guessed else None

    for keyword in KEYWORDS:
        if keyword not in node:
            continue
        value = node[keyword]
        if keyword == "additionalProperties" and value is not False:
            continue
        if keyword == "format" and value in _TYPE_FORMATS:
            continue
        if keyword == "required":
            for prop in value:
                reason = why(f"required.{prop}", "required")
                if reason:
                    yield Guess(api, root, _join(path, prop), "required", reason, prop)
            continue
        reason = why(keyword)
        if reason:
            yield Guess(api, root, path, keyword, reason, value)
    branches = node.get("anyOf") or []
    if any(isinstance(b, Mapping) and b.get("type") == "string" and len(b) == 1 for b in branches):
        for branch in branches:
            if isinstance(branch, Mapping) and "$ref" in branch:
                _, target = _target(spec, branch)
                enum_note = target.get("x-provenance") or {}
                reason = (enum_note.get("constraints") or {}).get("enum") or (
                    enum_note.get("why") if enum_note.get("kind") == "inferred" else None
                )
                if "enum" in target and reason:
                    yield Guess(api, root, path, "enum", str(reason), tuple(target["enum"]), open=True)
    for name, prop in (node.get("properties") or {}).items():
        yield from _walk(spec, api, root, prop, _join(path, name), _note(prop.get("x-provenance"), note), seen)
    if "items" in node:
        yield from _walk(spec, api, root, node["items"], f"{path}[]", note, seen)


@functools.cache
def guesses(api: str, root: str) -> tuple[Guess, ...]:
    """Every inferred constraint reachable from the component schema `root` of an API's spec."""
    spec = _spec(api)
    node = {"$ref": f"#/components/schemas/{root}"}
    return tuple(_walk(spec, api, root, node, "", {}, ()))


@functools.cache
def request_roots(api: str) -> dict[str, str]:
    """operationId -> the component schema of its request body, for every operation with one."""
    roots: dict[str, str] = {}
    for item in _spec(api)["paths"].values():
        for operation in item.values():
            if not isinstance(operation, Mapping) or "requestBody" not in operation:
                continue
            for media in operation["requestBody"]["content"].values():
                ref = (media.get("schema") or {}).get("$ref")
                if ref:
                    roots[str(operation["operationId"])] = str(ref).rsplit("/", 1)[-1]
                    break
    return roots


def all_guesses(api: str) -> list[Guess]:
    """The inferred constraints of every request schema of an API, each once."""
    found: dict[tuple[str, str, str], Guess] = {}
    for root in dict.fromkeys(request_roots(api).values()):
        for guess in guesses(api, root):
            found.setdefault((guess.root, guess.field, guess.keyword), guess)
    return list(found.values())


def pattern(field: str) -> str:
    """A field path with its array indices replaced by `[]` (`a[3].b` -> `a[].b`)."""
    return _INDEX.sub("[]", field)


@functools.cache
def _index(api: str, root: str) -> dict[tuple[str, str], Guess]:
    return {(g.field, g.keyword): g for g in guesses(api, root) if not g.open}


def lookup(api: str, root: str, field: str, keyword: str) -> Guess | None:
    """The guess a validation error of `keyword` at `field` (real indices allowed) rests on, if any."""
    return _index(api, root).get((pattern(field), keyword))


@functools.cache
def _open(api: str, root: str) -> tuple[tuple[tuple[str, ...], Guess], ...]:
    """The open-enum guesses of a schema, each with its field path split (checked on every request)."""
    return tuple((tuple(g.field.split(".")), g) for g in guesses(api, root) if g.open)


def _values(node: Any, parts: tuple[str, ...], where: str) -> Iterator[tuple[str, Any]]:
    if not parts:
        yield where, node
        return
    head, rest = parts[0], parts[1:]
    name, many = (head[:-2], True) if head.endswith("[]") else (head, False)
    if not isinstance(node, Mapping) or name not in node:
        return
    value = node[name]
    if many:
        for i, item in enumerate(value if isinstance(value, list) else []):
            yield from _values(item, rest, f"{_join(where, name)}[{i}]")
    else:
        yield from _values(value, rest, _join(where, name))


def open_enum_breaks(api: str, root: str, body: Any) -> list[tuple[str, Guess]]:
    """(field, guess) for every value of `body` outside an open enum whose values are inferred."""
    found = []
    for parts, guess in _open(api, root):
        for field, value in _values(body, parts, ""):
            if isinstance(value, str) and value not in guess.value:
                found.append((field, guess))
    return found


_reported: set[tuple[str, str, str]] = set()
_lock = threading.Lock()


def report(api: str, title: str, operation: str, field: str, guess: Guess) -> None:
    """Warn (InferredConstraintWarning) and log that a request breaks a guess, once per
    (API, operation, field)."""
    key = (api, operation, pattern(field))
    with _lock:
        if key in _reported:
            return
        _reported.add(key)
    message = (
        f"{title} {operation}: {field or 'body'} breaks an inferred constraint ({guess.keyword}), sent anyway; "
        f"no vendor document states it: {guess.why}"
    )
    logging.getLogger(f"freight_clients.{api}").warning("%s", message)
    warnings.warn(message, InferredConstraintWarning, stacklevel=4)


def forget_reported() -> None:
    """Report every guess again (tests)."""
    with _lock:
        _reported.clear()


def inferred(message: str, why: str) -> str:
    """A sandbox refusal's message, saying the rule it rests on is our inference."""
    return f"{message} [inferred rule, not stated by the vendor: {why}]"


def annotate(api: str, operation_id: str, errors: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """A sandbox's request-body validation errors (field, keyword, message), documented ones first,
    each one resting on a guess saying so in its message."""
    root = request_roots(api).get(operation_id)
    if root is None:
        return errors
    marked = []
    for field, keyword, message in errors:
        guess = lookup(api, root, field, keyword)
        marked.append((guess is not None, (field, keyword, inferred(message, guess.why) if guess else message)))
    return [error for _, error in sorted(marked, key=lambda m: m[0])]


__all__ = ["Guess", "InferredConstraintWarning", "all_guesses", "annotate", "guesses", "lookup", "report"]
