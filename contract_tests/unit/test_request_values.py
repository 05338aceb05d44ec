"""Python values in request dicts (newcomer-3 #11): `datetime`, `date`, `Decimal`, `UUID` and enum
values are written as the spec's format for their field says, and what cannot be written without a
guess (a datetime without a time zone, a date for a date-time) is refused before any I/O, with its
path. No socket: a MockTransport answers."""

from __future__ import annotations

import copy
import datetime as dt
import enum
import json
import uuid
from decimal import Decimal
from typing import Any

import httpx
import pytest

from freight_clients import ClientValidationError, NotFoundError, SpotGo
from freight_clients._encode import Unencodable, json_values
from freight_sandbox import examples

UTC = dt.UTC
CET = dt.timezone(dt.timedelta(hours=1))


class StopType(enum.Enum):
    LOADING = "Loading"
    UNLOADING = "Unloading"


def _sent(order: dict[str, Any]) -> dict[str, Any]:
    """The JSON body SpotGo's orders.create sends for `order`."""
    bodies: list[bytes] = []

    def answer(request: httpx.Request) -> httpx.Response:
        bodies.append(request.content)
        return httpx.Response(404, json={"title": "no"})

    spotgo = SpotGo(api_key="k" * 20, transport=httpx.MockTransport(answer), max_retries=0)
    with spotgo, pytest.raises(NotFoundError):
        spotgo.orders.create(order)
    sent: dict[str, Any] = json.loads(bodies[0])
    return sent


def test_datetimes_uuids_and_enums_in_a_spotgo_order_are_sent_as_the_spec_says() -> None:
    order = examples.spotgo_order()
    order["locations"][0] |= {"startDate": dt.datetime(2026, 3, 1, 8, 0, tzinfo=UTC), "type": StopType.LOADING}
    order["locations"][1]["startDate"] = dt.datetime(2026, 3, 3, 9, 30, 15, 250000, tzinfo=CET)
    order["internalComments"] = uuid.UUID("3fa85f64-5717-4562-b3fc-2c963f66afa6")
    given = copy.deepcopy(order)
    sent = _sent(order)
    assert [stop["startDate"] for stop in sent["locations"]] == [
        "2026-03-01T08:00:00+00:00",
        "2026-03-03T09:30:15.250000+01:00",
    ]
    assert sent["locations"][0]["type"] == "Loading"
    assert sent["internalComments"] == "3fa85f64-5717-4562-b3fc-2c963f66afa6"
    assert order == given  # the caller's dict is left as it was


@pytest.mark.parametrize(
    ("value", "says"),
    [
        (dt.datetime(2026, 3, 1, 8, 0), "without a time zone"),
        (dt.date(2026, 3, 1), "a date where the spec wants a date-time"),
        ({1, 2}, "a set"),
    ],
    ids=["naive", "date", "set"],
)
def test_a_value_that_cannot_be_written_without_a_guess_is_refused_before_sending(value: Any, says: str) -> None:
    order = examples.spotgo_order()
    order["locations"][1]["startDate"] = value
    with pytest.raises(ClientValidationError) as refused:
        _sent(order)
    assert refused.value.field == "locations[1].startDate" and says in str(refused.value)


def test_quivo_dates_datetimes_and_decimals_follow_their_formats() -> None:
    order = examples.quivo_order(7) | {
        "orderDate": dt.datetime(2026, 3, 1, 10, 0, tzinfo=UTC),
        "earliestDeliveryDate": dt.date(2026, 3, 4),
        "cashOnDeliveryAmount": Decimal("49.90"),
    }
    order["positions"][0] |= {"price": Decimal("12.90"), "quantity": Decimal("2")}
    body = json_values("quivo", "OrderRequest", order)
    assert body["orderDate"] == "2026-03-01T10:00:00+00:00" and body["earliestDeliveryDate"] == "2026-03-04"
    assert body["cashOnDeliveryAmount"] == 49.9 and body["positions"][0]["price"] == 12.9
    assert body["positions"][0]["quantity"] == 2 and isinstance(body["positions"][0]["quantity"], int)
    with pytest.raises(Unencodable, match="wants a date"):
        json_values("quivo", "OrderRequest", order | {"latestDeliveryDate": dt.datetime(2026, 3, 5, tzinfo=UTC)})
    for bad in (Decimal("NaN"), Decimal("Infinity")):
        with pytest.raises(Unencodable, match="cashOnDeliveryAmount"):
            json_values("quivo", "OrderRequest", order | {"cashOnDeliveryAmount": bad})


def test_transeu_decimals_are_numbers_and_an_unknown_field_gets_the_plain_form() -> None:
    order = examples.transeu_order() | {"note": dt.date(2026, 1, 2)}
    order["payment"]["price"]["value"] = Decimal("1250")
    order["loads"][0]["weight"]["value"] = Decimal("12.5")
    body = json_values("transeu", "ShippingOrder", order)
    assert body["payment"]["price"]["value"] == 1250 and body["loads"][0]["weight"]["value"] == 12.5
    assert body["note"] == "2026-01-02"
