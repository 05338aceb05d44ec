"""The one date parser (`freight_clients._dates`, public to the sandboxes as `support`): RFC 3339
as the specs' own pattern writes it, and HTTP dates, every result aware (newcomer-3 #8, R3-25)."""

from __future__ import annotations

import datetime
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from freight_clients.smouv_rules import check_order
from freight_clients.support import parse_datetime, parse_datetime_or_none, parse_http_date
from freight_sandbox.examples import import_order

#: The specs' `date_time` pattern (specs/*.yaml).
SPEC_PATTERN = re.compile(
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$"
)
UTC = datetime.UTC


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-12-07T10:00:00Z", datetime.datetime(2026, 12, 7, 10, tzinfo=UTC)),
        ("2026-12-07t10:00:00z", datetime.datetime(2026, 12, 7, 10, tzinfo=UTC)),
        ("2026-12-07T10:00:00.123456789+02:00", datetime.datetime(2026, 12, 7, 8, 0, 0, 123456, tzinfo=UTC)),
        ("2026-12-07T10:00:00-00:30", datetime.datetime(2026, 12, 7, 10, 30, tzinfo=UTC)),
        ("2026-12-07T10:00:00", datetime.datetime(2026, 12, 7, 10, tzinfo=UTC)),  # no zone: UTC
    ],
)
def test_rfc3339_in_either_case_and_any_precision_is_read_as_an_instant(text: str, expected: datetime.datetime) -> None:
    assert parse_datetime(text) == expected
    assert parse_datetime(text).tzinfo is not None


@pytest.mark.parametrize(
    "text", ["2026-13-01T00:00:00Z", "2026-12-07 10:00:00Z", "2026-12-07", "0000-01-01T00:00:00Z", "T", ""]
)
def test_anything_else_is_a_value_error_or_none(text: str) -> None:
    with pytest.raises(ValueError):
        parse_datetime(text)
    assert parse_datetime_or_none(text) is None


@given(
    st.datetimes(min_value=datetime.datetime(1, 1, 2), max_value=datetime.datetime(9999, 12, 30)),
    st.sampled_from(["T", "t"]),
    st.sampled_from(["Z", "z", "+05:30", "-11:00", "+00:00"]),
)
def test_every_date_the_spec_pattern_allows_parses(moment: datetime.datetime, separator: str, zone: str) -> None:
    text = f"{moment.year:04d}-" + moment.strftime("%m-%d") + separator + moment.strftime("%H:%M:%S.%f") + zone
    assert SPEC_PATTERN.fullmatch(text)
    parsed = parse_datetime(text)
    assert parsed.replace(tzinfo=None) == moment


def test_an_http_date_without_a_zone_is_read_as_utc() -> None:
    assert parse_http_date("Mon, 07 Dec 2026 10:00:00") == datetime.datetime(2026, 12, 7, 10, tzinfo=UTC)
    assert parse_http_date("Mon, 07 Dec 2026 10:00:00 GMT") == datetime.datetime(2026, 12, 7, 10, tzinfo=UTC)
    assert parse_http_date("soon") is None


def test_smouv_chronology_rule_reads_lower_case_dates() -> None:
    """An import order delivered before it was laden is refused whatever the case of its dates
    (before: the rule skipped `t`/`z` dates and the order was sent)."""
    order = import_order("DATES-1")
    dated = {"LadingImport": "2026-12-08t10:00:00z", "DeliveryImport": "2026-12-07t10:00:00z"}
    for container in order["containers"]:
        for event in container.get("events", []):
            if event.get("type") in dated:
                event["startDate"] = dated[event["type"]]
    codes = {violation.code for violation in check_order(order, guesses=True)}
    assert "WRONG_EVENT_DATE_ORDER" in codes
