"""S'mouv search dates are read by the one RFC 3339 parser (`freight_clients._dates`, issue 23 "one
date parser"): every date-time the spec's pattern allows is accepted, one without a zone is UTC,
and what is sent always names its zone (newcomer-3 #8, review-3 R3-25 for the client side)."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs

import pytest

from freight_clients import ClientValidationError, Smouv
from freight_clients.support import parse_datetime
from freight_sandbox import connect
from freight_sandbox.examples import import_order


def _sent_dates(freight_sandbox: Callable[..., Any], **filters: Any) -> tuple[list[str], list[Any]]:
    """(the startDate/endDate sent, the orders found) of a search after one create."""
    with connect(Smouv, freight_sandbox("smouv"), rate_limit=None) as smouv:
        smouv.customer_orders.create(import_order("DATES-1"))
        with smouv.raw_responses() as raw:
            found = list(smouv.customer_orders.search(**filters))
    query = parse_qs(raw[0].request.url.query.decode())
    return [value for key in ("startDate", "endDate") for value in query.get(key, [])], found


@pytest.mark.parametrize(
    ("start", "end"),
    [
        ("2000-01-01t00:00:00z", "2999-12-31t23:59:59z"),  # lower case: the spec's pattern allows [Tt], [Zz]
        ("2000-01-01T00:00:00.1234567+02:00", "2999-12-31T23:59:59.9Z"),  # any number of fraction digits
    ],
)
def test_a_search_accepts_every_date_the_spec_pattern_allows(
    freight_sandbox: Callable[..., Any], start: str, end: str
) -> None:
    """The client refused `…t…z` with a ClientValidationError (its own `fromisoformat` wrapper)."""
    sent, found = _sent_dates(freight_sandbox, start_date=start, end_date=end)
    assert [parse_datetime(value) for value in sent] == [parse_datetime(start), parse_datetime(end)]
    assert len(found) == 1


def test_a_search_date_without_a_zone_is_sent_as_utc(freight_sandbox: Callable[..., Any]) -> None:
    """A zone-less date went out zone-less (outside the spec's pattern), read as local by nobody."""
    sent, _ = _sent_dates(freight_sandbox, start_date="2000-01-01T00:00:00")
    assert len(sent) == 1 and parse_datetime(sent[0]) == datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)
    assert sent[0].endswith(("+00:00", "Z"))


@pytest.mark.parametrize(
    "value",
    ["2000-01-01", "2000-01-01 00:00:00Z", datetime.datetime(2000, 1, 1), datetime.date(2000, 1, 1)],
    ids=["a date", "a space for T", "a naive datetime", "a date object"],
)
def test_a_search_date_the_spec_does_not_allow_is_refused_before_any_request(
    freight_sandbox: Callable[..., Any], value: Any
) -> None:
    """`fromisoformat` took a date and a space; a naive datetime went out without a zone."""
    smouv = connect(Smouv, freight_sandbox("smouv"), rate_limit=None)
    with smouv, smouv.raw_responses() as raw, pytest.raises(ClientValidationError) as refused:
        list(smouv.customer_orders.search(start_date=value))
    assert refused.value.field == "start_date" and refused.value.operation == "searchCustomerOrders"
    assert raw == []
