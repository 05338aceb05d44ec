"""Compiled validators of the specs' JSON Schemas (2020-12), for pre-flight validation.

A schema is compiled once into Python source (one function per referenced schema, its keywords
inlined), which appends a `Problem` (instance path, keyword, message) per broken rule: every
problem of a body rather than the first (a caller fixing a body sees all it must fix). Only the
keywords the specs use are known: a schema with any other validation keyword is refused when it
is compiled (`UnsupportedSchema`), so a spec that starts using one fails its test rather than
passing unchecked. Formats checked: `date-time` (RFC 3339, with a zone), `date`, `uuid`, and `email`
as the sandboxes' validator checks it; other formats (`int32`, `binary`, ...) are annotations.

Why not a general validator: jsonschema-rs, which this replaces, is 15 MB of a 32 MB install,
for the nineteen keywords below. The sandboxes keep Python jsonschema, and a property test
(`unit/test_validators.py`) holds the two to the same verdicts on every request schema.

Layer: a leaf. It imports `_dates` only.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

from ._dates import is_rfc3339

#: The path of a value in a body: keys and list indices.
Path = tuple[str | int, ...]
#: The same while checking, linked (`(parent, key)`, the root `()`): a child costs one pair, and
#: only a problem found flattens it.
Where = tuple[Any, ...]


def _flat(where: Where) -> Path:
    parts: list[str | int] = []
    while where:
        where, key = where
        parts.append(key)
    return tuple(reversed(parts))


class Problem(NamedTuple):
    """One broken rule: where in the body (the missing property itself for `required`, the object
    for `additionalProperties`, as the guess catalogue names them), which keyword, what is wrong."""

    path: Path
    keyword: str
    message: str


#: A compiled node: appends the problems of `value` (at `where`) to the list it is given.
Check = Callable[[Any, Where, list[Problem]], None]


class UnsupportedSchema(ValueError):
    """A schema uses a validation keyword this module does not implement."""


#: Keywords that describe and never refuse (2020-12 annotations, OpenAPI's, and `x-` extensions).
_ANNOTATIONS = frozenset(
    {
        "$comment",
        "title",
        "description",
        "default",
        "example",
        "examples",
        "deprecated",
        "readOnly",
        "writeOnly",
        "contentMediaType",
        "contentEncoding",
        "discriminator",
        "externalDocs",
        "xml",
    }
)
_KEYWORDS = frozenset(
    {
        "$ref",
        "type",
        "enum",
        "const",
        "format",
        "pattern",
        "minLength",
        "maxLength",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "properties",
        "required",
        "additionalProperties",
        "items",
        "minItems",
        "maxItems",
        "anyOf",
    }
)


def _is_email(value: str) -> bool:
    """The sandboxes' validator (Python jsonschema) checks only for an `@`: a stricter check would
    refuse addresses (punycode domains, `0@a.xn--54b7fta0cc`) before the service has seen them."""
    return "@" in value


_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def _is_date(value: str) -> bool:
    import datetime

    if not _DATE.fullmatch(value):
        return False
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


FORMATS: dict[str, Callable[[str], bool]] = {
    "date-time": is_rfc3339,
    "date": _is_date,
    "uuid": lambda value: _UUID.fullmatch(value) is not None,
    "email": _is_email,
}


def _json(value: Any) -> str:
    try:
        return json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        return repr(value)


def _is_number(value: Any) -> bool:
    return type(value) is not bool and isinstance(value, int | float)


_TYPES: dict[str, Callable[[Any], bool]] = {
    "string": lambda value: isinstance(value, str),
    "integer": lambda value: (
        type(value) is not bool and (isinstance(value, int) or (isinstance(value, float) and value.is_integer()))
    ),
    "number": _is_number,
    "boolean": lambda value: isinstance(value, bool),
    "null": lambda value: value is None,
    "object": lambda value: isinstance(value, Mapping),
    "array": lambda value: isinstance(value, list | tuple),
}


#: The Python types that are each JSON type without further test (the rest: `_TYPES`).
_EXACT: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "null": (type(None),),
    "object": (dict,),
    "array": (list,),
}


def _same(a: Any, b: Any) -> bool:
    """JSON equality: `true` is not `1`, `1.0` is `1`."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if _is_number(a) and _is_number(b):
        return bool(a == b)
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, Mapping) and isinstance(b, Mapping):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    return type(a) is type(b) and bool(a == b)


class Compiler:
    """Compiles the schemas of one document (`#/...` references resolved within it) into Python
    source, one function per referenced schema with its keywords inlined, executed once: a
    reference is a call by name, so recursive and forward references need nothing more."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self._names: dict[str, str] = {}  # ref -> the function that checks it, once compiled
        self.count = 0  # names made so far: each generated name is new
        self._namespace: dict[str, Any] = {
            "P": Problem,
            "_flat": _flat,
            "_json": _json,
            "_same": _same,
            "_TYPES": _TYPES,
            "Mapping": Mapping,
            "math": math,
        }

    def reference(self, ref: str) -> Check:
        """The compiled schema at `ref` (a JSON pointer into the document)."""
        if ref not in self._names:
            build = _Build(self)
            name = build.function_for(ref)
            source = "\n".join(build.lines)
            exec(compile(source, f"<schema {ref}>", "exec"), self._namespace)  # the source is made here, from the spec
            self._names.update(build.names)
            return self._namespace[name]  # type: ignore[no-any-return]
        return self._namespace[self._names[ref]]  # type: ignore[no-any-return]

    def resolve(self, ref: str) -> Any:
        if not ref.startswith("#/"):
            raise UnsupportedSchema(f"only references within the document are resolved, not {ref!r}")
        target: Any = self.document
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        return target


def _add(path: str, keyword: str, message: str) -> str:
    """The statement that records a problem of `keyword` at `path`, `message` an expression."""
    return f"out.append(P(_flat({path}), {keyword!r}, {message}))"


class _Build:
    """The source of the functions one `reference` call needs (the others exist already)."""

    def __init__(self, compiler: Compiler) -> None:
        self.compiler = compiler
        self.lines: list[str] = []
        self.names: dict[str, str] = {}

    def _fresh(self, stem: str) -> str:
        self.compiler.count += 1
        return f"{stem}{self.compiler.count}"

    def constant(self, value: Any) -> str:
        name = self._fresh("_c")
        self.compiler._namespace[name] = value  # a global of the source about to be executed
        return name

    def function_for(self, ref: str) -> str:
        known = self.compiler._names.get(ref) or self.names.get(ref)
        if known:
            return known
        name = self.names[ref] = self._fresh("_ref")
        self.function(name, self.compiler.resolve(ref))
        return name

    def function(self, name: str, schema: Any) -> None:
        body: list[str] = []
        self.node(schema, "v", "path", body, 1)
        self.lines += [f"def {name}(v, path, out):", *(body or ["    pass"]), ""]

    def node(self, schema: Any, v: str, path: str, out: list[str], depth: int) -> None:
        """Append to `out` the statements (at `depth`) that check the value named `v`."""
        pad = "    " * depth
        if schema is True or schema == {}:
            return
        if schema is False:
            out.append(f'{pad}out.append(P(_flat({path}), "false", "False schema does not allow " + _json({v})))')
            return
        if not isinstance(schema, Mapping):
            raise UnsupportedSchema(f"a schema must be an object or a boolean, not {_json(schema)[:60]}")
        unknown = [k for k in schema if k not in _KEYWORDS and k not in _ANNOTATIONS and not k.startswith("x-")]
        if unknown:
            raise UnsupportedSchema(f"keywords not implemented: {', '.join(sorted(unknown))}")
        if "$ref" in schema:
            out.append(f"{pad}{self.function_for(schema['$ref'])}({v}, {path}, out)")
        if "type" in schema:
            self._type(schema["type"], v, path, out, pad)
        if "enum" in schema:
            options = list(schema["enum"])
            every, label = self.constant(options), self.constant(", ".join(map(_json, options)))
            strings = self.constant(frozenset(o for o in options if isinstance(o, str)))
            out.append(
                f"{pad}if not (type({v}) is str and {v} in {strings}) and not any(_same({v}, o) for o in {every}):"
            )
            out.append(f'{pad}    out.append(P(_flat({path}), "enum", _json({v}) + " is not one of " + {label}))')
        if "const" in schema:
            expected = self.constant(schema["const"])
            out.append(f"{pad}if not _same({v}, {expected}):")
            out.append(f'{pad}    out.append(P(_flat({path}), "const", _json({expected}) + " was expected"))')
        self._string(schema, v, path, out, pad)
        self._number(schema, v, path, out, pad)
        self._object(schema, v, path, out, depth)
        self._array(schema, v, path, out, depth)
        if "anyOf" in schema:
            branches = []
            for branch in schema["anyOf"]:
                name = self._fresh("_any")
                self.function(name, branch)
                branches.append(name)
            found = self._fresh("f")
            message = " is not valid under any of the schemas listed in the 'anyOf' keyword"
            out.append(f"{pad}for b in ({', '.join(branches)},):")
            out.append(f"{pad}    {found} = []")
            out.append(f"{pad}    b({v}, {path}, {found})")
            out.append(f"{pad}    if not {found}:")
            out.append(f"{pad}        break")
            out.append(f"{pad}else:")
            out.append(f'{pad}    out.append(P(_flat({path}), "anyOf", _json({v}) + {message!r}))')

    def _type(self, wanted: Any, v: str, path: str, out: list[str], pad: str) -> None:
        names = [wanted] if isinstance(wanted, str) else list(wanted)
        exact = self.constant(frozenset(kind for name in names for kind in _EXACT[name]))
        tests = self.constant(tuple(_TYPES[name] for name in names))
        label = f"of type {_json(names[0])}" if len(names) == 1 else f"of types {', '.join(map(_json, names))}"
        out.append(f"{pad}if type({v}) not in {exact} and not any(t({v}) for t in {tests}):")
        out.append(f'{pad}    out.append(P(_flat({path}), "type", _json({v}) + {" is not " + label!r}))')

    def _string(self, schema: Mapping[str, Any], v: str, path: str, out: list[str], pad: str) -> None:
        checks: list[str] = []
        for keyword, op, words in (("minLength", "<", "is shorter than"), ("maxLength", ">", "is longer than")):
            if keyword in schema:
                bound = int(schema[keyword])
                unit = "character" if bound == 1 else "characters"
                checks.append(f"if len({v}) {op} {bound}:")
                checks.append(
                    f'    out.append(P(_flat({path}), "{keyword}", _json({v}) + {f" {words} {bound} {unit}"!r}))'
                )
        if "pattern" in schema:
            search = self.constant(re.compile(schema["pattern"]).search)
            checks.append(f"if {search}({v}) is None:")
            checks.append(
                "    " + _add(path, "pattern", f"_json({v}) + {' does not match ' + _json(schema['pattern'])!r}")
            )
        form = FORMATS.get(schema.get("format", ""))
        if form is not None:
            test = self.constant(form)
            checks.append(f"if not {test}({v}):")
            checks.append(
                f'    out.append(P(_flat({path}), "format", _json({v}) + {" is not a " + _json(schema["format"])!r}))'
            )
        if checks:
            out.append(f"{pad}if isinstance({v}, str):")
            out.extend(f"{pad}    {line}" for line in checks)

    def _number(self, schema: Mapping[str, Any], v: str, path: str, out: list[str], pad: str) -> None:
        checks: list[str] = []
        for keyword, op, words in (
            ("minimum", "<", "is less than the minimum of"),
            ("maximum", ">", "is greater than the maximum of"),
            ("exclusiveMinimum", "<=", "is less than or equal to the minimum of"),
            ("exclusiveMaximum", ">=", "is greater than or equal to the maximum of"),
        ):
            if keyword in schema:
                bound = self.constant(schema[keyword])
                checks.append(f"if {v} {op} {bound}:")
                checks.append("    " + _add(path, keyword, f"_json({v}) + {' ' + words + ' '!r} + _json({bound})"))
        if checks:
            out.append(f"{pad}if type({v}) is not bool and isinstance({v}, (int, float)) and not math.isnan({v}):")
            out.extend(f"{pad}    {line}" for line in checks)

    def _object(self, schema: Mapping[str, Any], v: str, path: str, out: list[str], depth: int) -> None:
        pad, inner = "    " * depth, "    " * (depth + 1)
        lines: list[str] = []
        for name in schema.get("required", ()):
            message = _json(name) + " is a required property"
            lines.append(f"{inner}if {name!r} not in {v}:")
            lines.append(f'{inner}    out.append(P((*_flat({path}), {name!r}), "required", {message!r}))')
        properties = schema.get("properties", {})
        for name, sub in properties.items():
            item, child = self._fresh("x"), f"({path}, {name!r})"
            checks: list[str] = []
            self.node(sub, item, child, checks, depth + 2)
            if checks:
                lines.append(f"{inner}if {name!r} in {v}:")
                lines.append(f"{inner}    {item} = {v}[{name!r}]")
                lines.extend(checks)
        extra = schema.get("additionalProperties", True)
        if not (extra is True or extra == {}):
            known = self.constant(frozenset(properties))
            key, item = self._fresh("k"), self._fresh("x")
            lines.append(f"{inner}if not {known}.issuperset({v}):")
            lines.append(f"{inner}    for {key}, {item} in {v}.items():")
            lines.append(f"{inner}        if {key} not in {known}:")
            if extra is False:
                message = self._fresh("m")
                lines.append(
                    f'{inner}            {message} = "Additional properties are not allowed ("'
                    f' + _json({key}) + " was unexpected)"'
                )
                lines.append(f'{inner}            out.append(P(_flat({path}), "additionalProperties", {message}))')
            else:
                checks = []
                self.node(extra, item, f"({path}, {key})", checks, depth + 4)
                lines.extend(checks or [f"{inner}            pass"])
        if lines:
            out.append(f"{pad}if type({v}) is dict or isinstance({v}, Mapping):")
            out.extend(lines)

    def _array(self, schema: Mapping[str, Any], v: str, path: str, out: list[str], depth: int) -> None:
        pad, inner = "    " * depth, "    " * (depth + 1)
        lines: list[str] = []
        for keyword, op, words in (("minItems", "<", "has less than"), ("maxItems", ">", "has more than")):
            if keyword in schema:
                bound = int(schema[keyword])
                unit = "item" if bound == 1 else "items"
                lines.append(f"{inner}if len({v}) {op} {bound}:")
                lines.append(
                    f'{inner}    out.append(P(_flat({path}), "{keyword}", _json({v}) + {f" {words} {bound} {unit}"!r}))'
                )
        if "items" in schema:
            index, item = self._fresh("i"), self._fresh("x")
            checks: list[str] = []
            self.node(schema["items"], item, f"({path}, {index})", checks, depth + 2)
            if checks:
                lines.append(f"{inner}for {index}, {item} in enumerate({v}):")
                lines.extend(checks)
        if lines:
            out.append(f"{pad}if type({v}) is list or isinstance({v}, (list, tuple)):")
            out.extend(lines)


__all__ = ["FORMATS", "Check", "Compiler", "Path", "Problem", "UnsupportedSchema", "Where"]
