"""Canonical valid orders of the APIs, shared by the demo, the tests, the soak and the benchmarks.

Each is valid against its spec and passes the sandbox's business rules; tests break one rule at a
time on a copy. Functions return a fresh copy on every call.
"""

from __future__ import annotations

import copy
from typing import Any

TERMINAL = {"code": "MTDF", "name": "Terminal de France"}
WAREHOUSE = {"name": "Entrepot Nord", "location": {"city": "Le Havre", "country": "FR"}}
CARRIER = {"code": "SOGETS.", "name": "SOGET SA", "contact": {"email": "ops@soget.example"}}


def _event(kind: str, day: int, location: dict[str, Any] = TERMINAL) -> dict[str, Any]:
    return {"type": kind, "startDate": f"2026-03-{day:02d}T08:00:00+00:00", "location": dict(location)}


def import_order(number: str = "IMP-1", references: tuple[str, ...] = ("CSQU3054383",)) -> dict[str, Any]:
    events = [
        _event("LadingImport", 1),
        _event("DeliveryImport", 2, WAREHOUSE),
        _event("EmptyReleaseImport", 3),
        _event("EmptyReturnImport", 4),
    ]
    return {
        "carrier": copy.deepcopy(CARRIER),
        "transportOrderNumber": number,
        "customsFlag": "Import",
        "containers": [{"reference": ref, "type": "22G1", "events": copy.deepcopy(events)} for ref in references],
    }


def export_order(number: str = "EXP-1") -> dict[str, Any]:
    events = [
        _event("EmptyReleaseExport", 1),
        _event("PositioningExport", 2, WAREHOUSE),
        _event("LadingExport", 3),
        _event("DeliveryExport", 4),
    ]
    return {
        "carrier": copy.deepcopy(CARRIER),
        "transportOrderNumber": number,
        "customsFlag": "Export",
        "containers": [{"type": "45G1", "bookingNumber": "BK-77", "events": events}],
    }


def transfer_order(number: str = "TRF-1") -> dict[str, Any]:
    events = [_event("LadingTransfer", 1), _event("DeliveryTransfer", 2, WAREHOUSE)]
    return {
        "carrier": copy.deepcopy(CARRIER),
        "transportOrderNumber": number,
        "customsFlag": "Transfer",
        "containers": [{"reference": "MWCU6059784", "events": events}],
    }


def spotgo_order(number: str = "SG-1") -> dict[str, Any]:
    """A SpotGo order with a carrier, a required CMR and a loading and an unloading stop."""
    return {
        "orderNumber": number,
        "carrier": {"name": "Baltic Haulage", "email": "ops@baltic.example", "vatCode": "LT100200300"},
        "requiredDocumentTypes": "cmr",
        "locations": [
            {
                "sequence": 1,
                "type": "Loading",
                "startDate": "2026-03-01T08:00:00Z",
                "city": "Vilnius",
                "countryCode": "LT",
            },
            {
                "sequence": 2,
                "type": "Unloading",
                "startDate": "2026-03-03T08:00:00Z",
                "city": "Berlin",
                "countryCode": "DE",
            },
        ],
    }


#: A Trans.eu shipping order valid against the spec (the soak sends it with other numbers).
TRANSEU_ORDER: dict[str, Any] = {
    "number": "TE/2026/0001",
    "payment": {"price": {"value": 1250, "currency": "EUR"}, "interval_of_days": "P30D"},
    "route": {
        "events": [
            {
                "place": {"address": {"locality": "Poznan", "postal_code": "60-001", "country": "PL"}},
                "type": "loading",
            },
            {
                "place": {"address": {"locality": "Lyon", "postal_code": "69001", "country": "FR"}},
                "type": "unloading",
            },
        ]
    },
    "loads": [{"weight": {"value": 12.5, "unit_code": "TNE"}}],
}


def transeu_order(number: str = "TE/2026/0001") -> dict[str, Any]:
    """A copy of TRANSEU_ORDER with another number."""
    return {**copy.deepcopy(TRANSEU_ORDER), "number": number}


def transeu_platform_order(number: str | None = "PL/2026/0001") -> dict[str, Any]:
    """The Trans.eu platform spec's create example (a full truck load from Warsaw to Berlin, with a
    callback URL), with `number` (None keeps the example's own). Read from the spec, not from the
    sandbox, so the unit layer, which may import no sandbox, can use it."""
    from freight_clients.support import load_spec

    spec = load_spec("transeu_platform")
    media = spec["paths"]["/ext/orders-api/v1/orders"]["post"]["requestBody"]["content"]["application/json"]
    order: dict[str, Any] = copy.deepcopy(media["examples"]["ftlWarsawBerlin"]["value"])
    if number is not None:
        order["number"] = number
    return order


def quivo_order(seller: int, identifier: str = "WEBSHOP-100045") -> dict[str, Any]:
    """A Quivo order of `seller`, valid against the spec (the soak sends it with other identifiers)."""
    return {
        "sellerId": seller,
        "orderIdentifier": identifier,
        "orderReference": "#DE38678",
        "deliveryAddress": {
            "name": "Anna Muster",
            "street": "Ring 1",
            "zip": "1010",
            "city": "Wien",
            "countryIso2": "AT",
        },
        "positions": [{"sku": "MUG-RED", "quantity": 2, "price": 12.9}],
    }
