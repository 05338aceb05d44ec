"""Hypothesis strategies for the JSON Schema subset the specs use (objects, arrays, type lists,
enums, anyOf, if/then, lengths, ranges, patterns, the formats date-time/date/uuid/email/int32/int64/double).

A small generator of our own: hypothesis-jsonschema does not run with current Hypothesis, and
Schemathesis's generator is internal API."""

from __future__ import annotations

import datetime
from typing import Any

import jsonschema
from hypothesis import strategies as st

from contract_tests.support.speclib import resolve

_CHARS = st.characters(min_codepoint=32, max_codepoint=0x2FFF, exclude_categories=["Cs"])
_TEXT = st.text(_CHARS, max_size=12)
_DATETIMES = st.datetimes(
    min_value=datetime.datetime(1990, 1, 1), max_value=datetime.datetime(2100, 1, 1), timezones=st.just(datetime.UTC)
)


def _string(node: dict[str, Any]) -> st.SearchStrategy[Any]:
    fmt = node.get("format")
    if fmt == "date-time":
        return _DATETIMES.map(lambda d: d.isoformat())
    if fmt == "date":
        return st.dates(min_value=datetime.date(1990, 1, 1)).map(lambda d: d.isoformat())
    if fmt == "uuid":
        return st.uuids().map(str)
    if fmt == "email":
        return st.emails()
    if fmt == "binary":
        return st.just("<binary>")
    if "pattern" in node:
        return st.from_regex(node["pattern"], fullmatch=True)
    low, high = node.get("minLength", 0), node.get("maxLength", 12)
    return st.text(
        _CHARS,
        min_size=low,
        max_size=max(low, min(high, 24)),
    )


def _number(node: dict[str, Any], integer: bool) -> st.SearchStrategy[Any]:
    low = node.get("minimum", node.get("exclusiveMinimum", -(2**31) if integer else -1e9))
    high = node.get("maximum", 2**31 - 1 if integer else 1e9)
    if integer:
        return st.integers(int(low) + (1 if "exclusiveMinimum" in node else 0), int(high))
    return st.floats(low, high, exclude_min="exclusiveMinimum" in node, allow_nan=False, allow_infinity=False)


def strategy(api: str, node: Any, depth: int = 0) -> st.SearchStrategy[Any]:
    """Values that validate against `node` (a schema of `api`'s spec)."""
    node = resolve(api, node)
    if "enum" in node:
        return st.sampled_from(node["enum"])
    if "anyOf" in node:
        return st.one_of([strategy(api, branch, depth) for branch in node["anyOf"]])
    kinds = node.get("type", "object")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    options = [_of_type(api, node, kind, depth) for kind in kinds]
    values = st.one_of(options) if len(options) > 1 else options[0]
    if "if" in node:  # a conditional requirement: keep the values that satisfy it
        conditional = jsonschema.Draft202012Validator({k: node[k] for k in ("if", "then", "else") if k in node})
        values = values.filter(conditional.is_valid)
    return values


def _of_type(api: str, node: dict[str, Any], kind: str, depth: int) -> st.SearchStrategy[Any]:
    if kind == "null":
        return st.none()
    if kind == "string":
        return _string(node)
    if kind in ("integer", "number"):
        return _number(node, kind == "integer")
    if kind == "boolean":
        return st.booleans()
    if kind == "array":
        low = node.get("minItems", 0)
        return st.lists(
            strategy(api, node.get("items", {}), depth + 1), min_size=low, max_size=max(low, 3 if depth < 3 else 1)
        )
    properties = node.get("properties") or {}
    required = set(node.get("required") or [])
    optional = {name: strategy(api, sub, depth + 1) for name, sub in properties.items() if name not in required}
    fixed = st.fixed_dictionaries(
        {name: strategy(api, properties[name], depth + 1) for name in required}, optional=optional if depth < 5 else {}
    )
    extra = node.get("additionalProperties", True)
    if extra is False or depth >= 2:
        return fixed
    values = strategy(api, extra, depth + 1) if isinstance(extra, dict) else st.one_of(st.none(), st.booleans(), _TEXT)
    names = st.text(st.sampled_from("abcdefxyz_"), min_size=3, max_size=8).filter(lambda n: n not in properties)
    return st.tuples(fixed, st.dictionaries(names, values, max_size=2)).map(lambda pair: {**pair[1], **pair[0]})
