"""The inferred constraints of the specs' request schemas, and how a guess is reported.

The rule is mechanical: a constraint keyword of a request schema is documented only when the
provenance its node resolves to is a seed or a public document (with a `ref`) whose `states` names
that keyword; everything else is a guess. A guess is *marked* when the annotations say why (the
node is `inferred`, it carries an `inferred` aspect, or the keyword is listed under `constraints`)
and *unmarked* otherwise; `contract_tests/specs/test_provenance_trace.py` fails on an unmarked one.
A client never enforces a guess, marked or not: the request is sent and the client warns once per
(API, operation, field). Sandboxes still enforce it, and say so.
"""

from __future__ import annotations

import functools
import re
import threading
import warnings
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from ._config import _caller_stacklevel
from ._redact import logger_for
from ._specs import load_spec

#: The JSON Schema keywords that constrain a value. `anyOf` counts as a type statement (a union).
KEYWORDS = (
    "type",
    "anyOf",
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
    "multipleOf",
    "minItems",
    "maxItems",
    "uniqueItems",
    "additionalProperties",
)
#: What a seed or public-doc annotation states when it has no `states` of its own: a value of the
#: source's example or table shows its JSON type, nothing more.
DEFAULT_STATES = ("type",)
#: Numeric and binary formats describe the type (the model), and `password` is a display hint:
#: none of them constrains a value further (no validator checks them).
_TYPE_FORMATS = frozenset({"int32", "int64", "float", "double", "binary", "byte", "password"})
_INDEX = re.compile(r"\[\d+\]")
UNMARKED = "unmarked: no annotation says a seed or public document states it"


class InferredConstraintWarning(UserWarning):
    """A request breaks a constraint that only our specs infer; the client sent it anyway."""


@dataclass(frozen=True)
class Guess:
    """One inferred constraint of a request schema.

    `field` is a path from the `root` component schema, `[]` standing for any array index;
    `value` is the keyword's value (for `required`, the property name); `open` marks an enum the
    spec leaves open (any string is valid JSON Schema; the listed values are the guess); `marked`
    is False for a keyword no annotation accounts for (advisory all the same, and a CI failure).
    """

    api: str
    root: str
    field: str
    keyword: str
    why: str
    value: Any = None
    open: bool = False
    marked: bool = True


@dataclass(frozen=True)
class Trace:
    """Where one enforcing keyword of a request schema comes from: the `ref` of the document that
    states it (`source`), or the guess it is (`guess`); exactly one of the two is set."""

    root: str
    field: str
    keyword: str
    value: Any
    source: str | None
    guess: Guess | None


@functools.cache
def _spec(api: str) -> dict[str, Any]:
    return load_spec(api)  # JSON: no YAML parser at run time


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _note(own: Any, inherited: Mapping[str, Any]) -> dict[str, Any]:
    """An element's provenance: its own annotation, inheriting kind, ref, states and an inferred
    aspect when it names no kind (`constraints` never inherit: they name the node's own keywords)."""
    if not isinstance(own, Mapping):
        return {k: v for k, v in inherited.items() if k != "constraints"}
    if "kind" in own:
        return dict(own)
    return {**{k: v for k, v in inherited.items() if k != "constraints"}, **own}


def _guessed_use(note: Mapping[str, Any]) -> bool:
    """Whether an element's provenance makes all of it a guess (inferred, or an inferred aspect)."""
    return note.get("kind") == "inferred" or bool(note.get("inferred"))


def _target(spec: Mapping[str, Any], node: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
    name = str(node["$ref"]).rsplit("/", 1)[-1]
    return name, spec["components"]["schemas"][name]


def _ref_note(spec: Mapping[str, Any], target: Mapping[str, Any], note: Mapping[str, Any]) -> dict[str, Any]:
    """The provenance of a referenced schema: its own, else the spec's; but a schema without a
    source of its own, used where we guess (`note`), is a guess there too."""
    own = target.get("x-provenance")
    if _guessed_use(note) and not (isinstance(own, Mapping) and "kind" in own):
        return _note(own, note)
    return _note(own, spec["info"].get("x-provenance") or {"kind": "seed"})


def _constraints(node: Mapping[str, Any]) -> Mapping[str, Any]:
    own = node.get("x-provenance")
    return (own.get("constraints") if isinstance(own, Mapping) else None) or {}


def _why(note: Mapping[str, Any], constraints: Mapping[str, Any], *keys: str) -> tuple[str | None, str | None]:
    """(source, reason) of a keyword: the document that states it, else why it is a guess."""
    for key in keys:
        if key in constraints:
            return None, str(constraints[key])
    if note.get("kind") == "inferred":
        return None, str(note.get("why") or UNMARKED)
    if note.get("inferred"):
        return None, str(note["inferred"])
    stated = note.get("states", DEFAULT_STATES)
    keyword = "type" if keys[-1] == "anyOf" else keys[-1].split(".", 1)[0]
    ref = str(note.get("ref") or "").strip()
    if note.get("kind") in ("seed", "public-doc") and ref and keyword in stated:
        return ref, None
    return None, None


def _walk(
    spec: Mapping[str, Any], api: str, root: str, node: Any, path: str, note: Mapping[str, Any], seen: tuple[str, ...]
) -> Iterator[Trace]:
    if not isinstance(node, Mapping):
        return
    if "$ref" in node:
        name, target = _target(spec, node)
        if name in seen:
            return
        yield from _walk(spec, api, root, target, path, _ref_note(spec, target, note), (*seen, name))
        return
    constraints = _constraints(node)

    def trace(field: str, keyword: str, value: Any, *keys: str) -> Trace:
        source, reason = _why(note, constraints, *keys, keyword)
        if source is not None:
            return Trace(root, field, keyword, value, source, None)
        marked = reason is not None
        return Trace(
            root,
            field,
            keyword,
            value,
            None,
            Guess(api, root, field, keyword, reason or UNMARKED, value, marked=marked),
        )

    for keyword in KEYWORDS:
        if keyword not in node:
            continue
        value = node[keyword]
        if keyword == "additionalProperties" and value is not False:
            continue
        if keyword == "format" and value in _TYPE_FORMATS:
            continue
        if keyword == "type" and not path:
            continue  # a request body is an object by its media type: the clients take a mapping
        if keyword == "required":
            for prop in value:
                yield trace(_join(path, prop), "required", prop, f"required.{prop}")
            continue
        if keyword == "anyOf":
            yield trace(path, "anyOf", len(value))
            continue
        yield trace(path, keyword, value)
    branches = node.get("anyOf") or []
    if any(isinstance(b, Mapping) and b.get("type") == "string" and len(b) == 1 for b in branches):
        for branch in branches:  # an open enum: its listed values are checked only when guessed
            if not (isinstance(branch, Mapping) and "$ref" in branch):
                continue
            _, target = _target(spec, branch)
            if "enum" not in target:
                continue
            values = tuple(target["enum"])
            source, reason = _why(_ref_note(spec, target, note), _constraints(target), "enum")
            if source is None:
                guess = Guess(api, root, path, "enum", reason or UNMARKED, values, open=True, marked=reason is not None)
                yield Trace(root, path, "enum", values, None, guess)
    for name, prop in (node.get("properties") or {}).items():
        yield from _walk(spec, api, root, prop, _join(path, name), _note(prop.get("x-provenance"), note), seen)
    if "items" in node:
        yield from _walk(spec, api, root, node["items"], f"{path}[]", note, seen)


@functools.cache
def traces(api: str, root: str) -> tuple[Trace, ...]:
    """Every enforcing keyword reachable from the component schema `root`, with where it comes from."""
    spec = _spec(api)
    node = {"$ref": f"#/components/schemas/{root}"}
    return tuple(_walk(spec, api, root, node, "", {}, ()))


@functools.cache
def guesses(api: str, root: str) -> tuple[Guess, ...]:
    """Every inferred constraint reachable from the component schema `root` of an API's spec."""
    return tuple(t.guess for t in traces(api, root) if t.guess is not None)


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
    # one log record (redacted; with the package's NullHandler, never printed by logging's last
    # resort beside the warning) and one warning, at the caller's line whatever the call depth
    logger_for(api).warning("%s", message)
    warnings.warn(message, InferredConstraintWarning, stacklevel=_caller_stacklevel())


def inferred_code(message: str, why: str) -> str:
    """The message of a refusal whose rule a document states but whose code (or status) is our
    choice, saying so: a caller reading the code cannot tell it from the vendor's otherwise."""
    return f"{message} [inferred code, not stated by the vendor: {why}]"


def forget_reported() -> None:
    """Report every guess again (tests)."""
    with _lock:
        _reported.clear()


__all__ = [
    "Guess",
    "InferredConstraintWarning",
    "Trace",
    "all_guesses",
    "guesses",
    "inferred_code",
    "lookup",
    "report",
    "traces",
]
