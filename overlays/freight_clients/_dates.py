"""The one parser of dates on the wire, for the clients and the sandboxes (through `support`).

`parse_datetime` reads RFC 3339 date-times as the specs' own pattern writes them (`T` or `t`,
`Z` or `z` or an offset, any number of fractional digits); a date-time without a zone is read as
UTC, so every result is aware and any two compare. `parse_http_date` reads an HTTP date (RFC 9110
§5.6.7, and the obsolete forms `email.utils` knows), a missing zone again read as UTC.

Layer: a leaf. Standard library only.
"""

from __future__ import annotations

import datetime
import email.utils
import re

_RFC3339 = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]+))?"
    r"(?:([Zz])|([+-])([0-9]{2}):([0-9]{2}))?"
)


def parse_datetime(text: str) -> datetime.datetime:
    """An RFC 3339 date-time as an aware datetime (UTC when it names no zone); ValueError for
    anything else (another format, a field out of range, a leap second datetime cannot hold)."""
    found = _RFC3339.fullmatch(text.strip()) if isinstance(text, str) else None
    if found is None:
        raise ValueError(f"not an RFC 3339 date-time: {str(text)[:60]!r}")
    year, month, day, hour, minute, second = (int(found.group(index)) for index in range(1, 7))
    fraction, sign = found.group(7), found.group(9)
    micro = int((fraction + "000000")[:6]) if fraction else 0
    zone = datetime.UTC
    if sign:
        hours, minutes = int(found.group(10)), int(found.group(11))
        if hours > 23 or minutes > 59:
            raise ValueError(f"not an RFC 3339 offset: {text[:60]!r}")
        offset = datetime.timedelta(hours=hours, minutes=minutes)
        zone = datetime.timezone(-offset if sign == "-" else offset)
    return datetime.datetime(year, month, day, hour, minute, second, micro, tzinfo=zone)


def is_rfc3339(text: str) -> bool:
    """True for an RFC 3339 date-time that names its zone (the `date-time` format of JSON Schema;
    `parse_datetime` also reads one without a zone, as UTC, which this format does not allow)."""
    found = _RFC3339.fullmatch(text)
    if found is None:
        return False
    year, month, day, hour, minute, second, _, utc, sign, hours, minutes = found.groups()
    if not (utc or sign) or (sign and (int(hours) > 23 or int(minutes) > 59)):
        return False
    try:
        datetime.datetime(int(year), int(month), int(day), int(hour), int(minute), int(second))
    except ValueError:
        return False
    return True


def parse_datetime_or_none(value: object) -> datetime.datetime | None:
    """`parse_datetime(value)`, or None for anything that is not a parseable date-time string."""
    if not isinstance(value, str):
        return None
    try:
        return parse_datetime(value)
    except ValueError:
        return None


def parse_http_date(text: str) -> datetime.datetime | None:
    """An HTTP date as an aware datetime (a date without a zone is read as UTC), or None when it
    does not parse; never raises."""
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except Exception:  # the email parser raises ValueError, TypeError, IndexError, OverflowError...
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=datetime.UTC)
