"""What the sandboxes read and write on the wire as a strict server would: JSON without NaN,
deep nesting or unpaired surrogates, and download names encoded per RFC 6266."""

from __future__ import annotations

import json
import re
import urllib.parse
from collections.abc import Iterable
from typing import Any

#: JSON nesting accepted in a body (System.Text.Json's default): deeper is a malformed body.
MAX_JSON_DEPTH = 64
_SURROGATE = re.compile("[\\ud800-\\udfff]")


def strict_json(raw: bytes | str) -> Any:
    """JSON as a strict parser reads it: no NaN or Infinity, at most MAX_JSON_DEPTH levels, no
    unpaired surrogates. ValueError (with the reason) for anything else."""
    try:
        value = json.loads(raw, parse_constant=_refuse_constant)
    except RecursionError:  # nesting deeper than Python's stack
        raise ValueError(f"nested deeper than {MAX_JSON_DEPTH} levels") from None
    problem = _json_problem(value)
    if problem:
        raise ValueError(problem)
    return value


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _json_problem(value: Any) -> str | None:
    """Why a parsed JSON value is refused (nested too deep, an unpaired surrogate), or None."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict | list) and depth > MAX_JSON_DEPTH:
            return f"nested deeper than {MAX_JSON_DEPTH} levels"
        children: Iterable[Any] = ()
        if isinstance(node, dict):
            if any(_SURROGATE.search(key) for key in node):
                return "a property name holds an unpaired UTF-16 surrogate"
            children = node.values()
        elif isinstance(node, list):
            children = node
        elif isinstance(node, str) and _SURROGATE.search(node):
            return "a string holds an unpaired UTF-16 surrogate"
        stack.extend((child, depth + 1) for child in children)
    return None


def content_disposition(filename: str) -> str:
    """`attachment` with the name as RFC 6266 wants it: an ASCII `filename` fallback, and the exact
    name UTF-8 percent-encoded in `filename*` (RFC 8187) when it is not plain ASCII."""
    fallback = "".join(c if " " <= c <= "~" and c not in '"\\' else "_" for c in filename) or "download"
    header = f'attachment; filename="{fallback}"'
    if fallback != filename:
        header += f"; filename*=UTF-8''{urllib.parse.quote(filename, safe='', errors='replace')}"
    return header
