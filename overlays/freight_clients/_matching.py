"""Is a stored order the one we sent? Used before a conflict is reconciled to an existing order, so
a lost create is never answered with somebody else's order that happens to share its number."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from ._dates import parse_datetime_or_none


def matches(sent: Mapping[str, Any], stored: Mapping[str, Any]) -> bool:
    """True when every value we sent that the service echoes back is equal to what it stored
    (strings ignoring case and surrounding space, numbers by value, date-times by instant).
    Fields the service does not return are not compared."""
    return all(key not in stored or _same(value, stored[key]) for key, value in sent.items() if value is not None)


def _same(sent: Any, stored: Any) -> bool:
    if isinstance(sent, Mapping):
        return isinstance(stored, Mapping) and matches(sent, stored)
    if isinstance(sent, list):
        return isinstance(stored, list) and len(sent) == len(stored) and all(map(_same, sent, stored))
    if isinstance(stored, list):  # a value the service stores as a list: "cmr" -> ["cmr"], "cmr, POD" -> [...]
        parts = sent.split(",") if isinstance(sent, str) and len(stored) != 1 else [sent]
        return len(parts) == len(stored) and all(map(_same, parts, stored))
    if isinstance(sent, bool) or isinstance(stored, bool):
        return bool(sent == stored)
    if isinstance(sent, int | float) and isinstance(stored, int | float):
        return float(sent) == float(stored)
    if isinstance(sent, str) and isinstance(stored, str):
        return _text(sent) == _text(stored) or _instant(sent) == _instant(stored) is not None
    return _text(str(sent)) == _text(str(stored))


def _text(value: str) -> str:
    return value.strip().casefold()


def _instant(value: str) -> datetime.datetime | None:
    return parse_datetime_or_none(value)
