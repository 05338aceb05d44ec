"""Decoding JSON answers with jiter (pydantic's parser, about twice the standard library's speed
on a page of orders), falling back to `json.loads` for what jiter refuses and the standard
library reads (UTF-16 or UTF-32 bodies, a byte-order mark, lone surrogate escapes), so every
answer decodes to what `json.loads` (and httpx's `Response.json()`) gives. Not orjson: it turns
integers beyond 64 bits into floats, silently losing digits.

Layer: a leaf; it imports jiter and the standard library only.
"""

from __future__ import annotations

import json
from typing import Any

import jiter


def loads(content: bytes | str) -> Any:
    """The JSON value of `content`; a body that is not JSON raises json.JSONDecodeError (a ValueError)."""
    try:
        return jiter.from_json(content if isinstance(content, bytes) else content.encode())
    except ValueError:
        return json.loads(content)
