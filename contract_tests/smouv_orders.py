"""Valid S'mouv orders of each flow, for tests (and a base to break one rule at a time)."""

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
