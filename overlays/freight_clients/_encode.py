"""Python values in a request dict that JSON has no type for, written as the spec's schema for their
field says (newcomer-3 #11): an aware `datetime` as RFC 3339 (`format: date-time`), a `date` as
`YYYY-MM-DD` (`format: date`), a `Decimal` as a number (or as a string where the field is a string),
a `UUID` as its text, an `Enum` as its value. What cannot be written without guessing is refused,
with the path: a datetime without a time zone (which offset would it be?), a date where the spec wants
a date-time, a datetime where it wants a date, a NaN or fractional `Decimal` for an integer.

Only a body that holds such a value pays for this (the request loop asks `not_json` first).

`unknown_fields` finds the keys of a body that its schema does not name, each with the known key it
most likely meant (`order_number` -> `orderNumber`, difflib), for the request loop's warning or error.

Layer: spec, beside `_guesses`. It imports the standard library and the leaf `_specs` only.
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import functools
import threading
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ._specs import load_spec


class Unencodable(ValueError):
    """A value with no JSON form the spec allows: `path` is where, `kind` what (for the error text)."""

    def __init__(self, path: str, kind: str) -> None:
        super().__init__(f"{path}: {kind}")
        self.path, self.kind = path, kind


@functools.cache
def _components(api: str) -> dict[str, Any]:
    schemas: dict[str, Any] = load_spec(api).get("components", {}).get("schemas", {})
    return schemas


def _resolve(api: str, schema: Any) -> list[dict[str, Any]]:
    """The schemas `schema` stands for, its `$ref`s followed and its `allOf`/`anyOf`/`oneOf` spread."""
    found: list[dict[str, Any]] = []
    pending = [schema]
    while pending and len(found) < 32:
        node = pending.pop(0)
        if not isinstance(node, dict):
            continue
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            pending.append(_components(api).get(ref.rsplit("/", 1)[1]))
            continue
        found.append(node)
        for combined in ("allOf", "anyOf", "oneOf"):
            pending.extend(node.get(combined) or [])
    return found


def _child(api: str, schema: Any, key: str | int) -> Any:
    """The schema of `key` (a property name, or an index into an array) within `schema`, or None."""
    for node in _resolve(api, schema):
        if isinstance(key, int):
            if isinstance(node.get("items"), dict):
                return node["items"]
        else:
            properties = node.get("properties")
            if isinstance(properties, dict) and key in properties:
                return properties[key]
            if isinstance(node.get("additionalProperties"), dict):
                return node["additionalProperties"]
    return None


def _facts(api: str, schema: Any) -> tuple[set[str], set[str]]:
    """(formats, types) that `schema` names for its value (empty when the spec says nothing)."""
    formats: set[str] = set()
    types: set[str] = set()
    for node in _resolve(api, schema):
        if isinstance(node.get("format"), str):
            formats.add(node["format"])
        kind = node.get("type")
        types.update([kind] if isinstance(kind, str) else kind if isinstance(kind, list) else [])
    types.discard("null")
    return formats, types


def _scalar(api: str, schema: Any, value: Any, path: str) -> Any:
    formats, types = _facts(api, schema)
    where = path or "body"
    if isinstance(value, dt.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise Unencodable(where, "a datetime without a time zone (give it one: datetime.now(timezone.utc))")
        if "date" in formats and "date-time" not in formats:
            raise Unencodable(where, "a datetime where the spec wants a date (format: date); pass its .date()")
        return value.isoformat()
    if isinstance(value, dt.date):
        if "date-time" in formats and "date" not in formats:
            raise Unencodable(where, "a date where the spec wants a date-time; pass an aware datetime")
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        if not value.is_finite():
            raise Unencodable(where, f"Decimal({str(value)!r})")
        if types and types <= {"string"}:
            return format(value, "f")
        integral = value == value.to_integral_value()
        if types and types <= {"integer"} and not integral:
            raise Unencodable(where, f"Decimal({str(value)!r}) where the spec wants an integer")
        return int(value) if integral else float(value)
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def json_values(api: str, schema_name: str, value: Any) -> Any:
    """`value` (a request body for the schema `schema_name`) with every datetime, date, Decimal,
    UUID and Enum in it written as its field's schema says; other values as they are. A new
    structure: the caller's dicts and lists are not changed. Raises Unencodable."""
    return _encode(api, {"$ref": f"#/components/schemas/{schema_name}"}, value, "")


def _encode(api: str, schema: Any, value: Any, path: str) -> Any:
    if isinstance(value, enum.Enum) and not isinstance(value, str | int):  # a str or int enum is JSON already
        value = value.value
    if isinstance(value, Mapping):
        return {
            key: _encode(api, _child(api, schema, key), item, f"{path}.{key}" if path else key)
            if isinstance(key, str)
            else item
            for key, item in value.items()
        }
    if isinstance(value, list | tuple):
        return [_encode(api, _child(api, schema, index), item, f"{path}[{index}]") for index, item in enumerate(value)]
    return _scalar(api, schema, value, path)


def project(api: str, schema_name: str, value: Any) -> Any:
    """`value` (an object as read) cut to what the schema `schema_name` (a write model) names: keys
    its properties do not list, and None values, are left out, at every depth the schema describes.
    What an update starts from: the order as read, in the shape a write takes."""
    return _project(api, {"$ref": f"#/components/schemas/{schema_name}"}, value)


def _project(api: str, schema: Any, value: Any) -> Any:
    if isinstance(value, Mapping):
        named = [node["properties"] for node in _resolve(api, schema) if isinstance(node.get("properties"), dict)]
        return {
            key: _project(api, _child(api, schema, key), item)
            for key, item in value.items()
            if item is not None and (not named or any(key in properties for properties in named))
        }
    if isinstance(value, list):
        return [_project(api, _child(api, schema, index), item) for index, item in enumerate(value)]
    return value


def merge_patch(target: Any, patch: Any) -> Any:
    """`patch` applied to `target` as a JSON Merge Patch (RFC 7396): objects merge key by key, None
    removes a key, any other value (a list included) replaces. Neither argument is changed."""
    if not isinstance(patch, Mapping):
        return patch
    merged = dict(target) if isinstance(target, Mapping) else {}
    for key, value in patch.items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = merge_patch(merged.get(key), value)
    return merged


class UnknownFieldWarning(UserWarning):
    """A request dict has a key its schema does not name, close to one it does (`order_number` for
    `orderNumber`): likely a typo the service would ignore. Sent as it is, since a guess never
    refuses; where the spec closes the object the request is refused instead, with the same hint.
    `warnings.simplefilter("error", UnknownFieldWarning)` makes it an error."""


@dataclass(frozen=True)
class UnknownField:
    """A key of a request body at `path` (`carrier.vatcode`) that the schema `schema` does not name,
    with the known key it most likely meant (None when none is close)."""

    path: str
    key: str
    schema: str
    suggestion: str | None

    def hint(self) -> str:
        """`did you mean 'orderNumber'?` (or what the object names, when nothing is close)."""
        return f"did you mean {self.suggestion!r}?" if self.suggestion else "not a field of the spec's schema"


#: Per schema node (by identity: the spec is loaded once per process), the names its properties
#: list, or None where it names none (a free-form object).
_NAMES: dict[int, tuple[str | None, frozenset[str] | None]] = {}
_reported: set[tuple[str, str, str]] = set()
_lock = threading.Lock()


def _names(api: str, schema: Any) -> tuple[str | None, frozenset[str] | None]:
    """(schema name, the property names) of the object `schema` describes (cached)."""
    cached = _NAMES.get(id(schema))
    if cached is None:
        name = schema.get("$ref", "").rsplit("/", 1)[-1] or None if isinstance(schema, dict) else None
        named = [node["properties"] for node in _resolve(api, schema) if isinstance(node.get("properties"), dict)]
        cached = (name, frozenset(key for properties in named for key in properties) if named else None)
        _NAMES[id(schema)] = cached
    return cached


def suggest(key: str, known: frozenset[str]) -> str | None:
    """The known key `key` most likely meant: the same letters in another case or without `_`/`-`
    (`order_number`, `OrderNumber`), else the closest by difflib's ratio (at least 0.75), else None."""
    folded = key.replace("_", "").replace("-", "").casefold()
    for name in sorted(known):
        if name.replace("_", "").replace("-", "").casefold() == folded:
            return name
    import difflib  # only for a key the schema does not name: most calls never load it

    close = difflib.get_close_matches(key, sorted(known), n=1, cutoff=0.75)
    return close[0] if close else None


def unknown_fields(api: str, schema_name: str, value: Any) -> list[UnknownField]:
    """The keys of `value` (a JSON-ready request body for the schema `schema_name`), at any depth
    the schema describes, that the schema's properties do not name (free-form objects have none)."""
    found: list[UnknownField] = []
    _unknown(api, {"$ref": f"#/components/schemas/{schema_name}"}, value, "", schema_name, found)
    return found


_ROOTS: dict[tuple[str, str], dict[str, str]] = {}
#: (id of a schema node, key or -1 for an array's items) -> the child schema (cached: see _NAMES).
_CHILDREN: dict[tuple[int, str | int], Any] = {}


def _cached_child(api: str, schema: Any, key: str | int) -> Any:
    slot = (id(schema), key if isinstance(key, str) else -1)
    try:
        return _CHILDREN[slot]
    except KeyError:
        child = _CHILDREN[slot] = _child(api, schema, key)
        return child


#: Values that hold no keys (checked by exact type first: most of a body is these).
_LEAVES = frozenset({str, int, float, bool, type(None)})


def _nested(item: Any) -> bool:
    return type(item) not in _LEAVES and isinstance(item, Mapping | list)


def _unknown(api: str, schema: Any, value: Any, path: str, owner: str, found: list[UnknownField]) -> None:
    if type(value) is dict or isinstance(value, Mapping):
        if not path:  # the root node is made per call: keep one, so the caches hold
            schema = _ROOTS.setdefault((api, owner), schema)
        name, known = _names(api, schema)
        owner = name or owner
        if known is not None and not known.issuperset(value):  # rare: find which keys, and name them
            for key in value:
                if key not in known:
                    where = f"{path}.{key}" if path else str(key)
                    found.append(UnknownField(where, str(key), owner, suggest(str(key), known)))
        for key, item in value.items():
            if type(item) not in _LEAVES and _nested(item) and (known is None or key in known):
                _unknown(api, _cached_child(api, schema, key), item, f"{path}.{key}" if path else key, owner, found)
    elif type(value) is list or isinstance(value, list):
        child = _cached_child(api, schema, 0)
        for index, item in enumerate(value):
            if _nested(item):
                _unknown(api, child, item, f"{path}[{index}]", owner, found)


def first_report(api: str, operation: str, path: str) -> bool:
    """True the first time (API, operation, field) is reported in this process: a warning once."""
    with _lock:
        if (api, operation, path) in _reported:
            return False
        _reported.add((api, operation, path))
        return True
