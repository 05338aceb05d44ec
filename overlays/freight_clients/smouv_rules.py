"""S'mouv order rules that JSON Schema cannot express, each tied to the vendor's error code.

Shared by the overlay's pre-flight checks and the local sandbox, so both refuse the same orders
with the same code. Orders are plain JSON-like mappings (the `order` part of a create).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

#: The mandatory events of each flow, in their required chronological order.
FLOW_EVENTS: dict[str, tuple[str, ...]] = {
    "Import": ("LadingImport", "DeliveryImport", "EmptyReleaseImport", "EmptyReturnImport"),
    "Export": ("EmptyReleaseExport", "PositioningExport", "LadingExport", "DeliveryExport"),
    "Transfer": ("LadingTransfer", "DeliveryTransfer"),
}
#: The event of each flow whose start date is mandatory.
START_DATE_REQUIRED = {"Import": "DeliveryImport", "Export": "PositioningExport", "Transfer": "DeliveryTransfer"}

_LETTER_VALUES = {
    letter: value
    for letter, value in zip(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        (v for v in range(10, 39) if v % 11 != 0),
        strict=False,
    )
}


@dataclass(frozen=True)
class RuleViolation:
    """One broken rule: the vendor's error code, the field path and a readable message."""

    code: str
    field: str
    message: str


def iso6346_check_digit(first_ten: str) -> int:
    """Check digit of an ISO 6346 container number from its owner code, category and serial."""
    total = 0
    for position, char in enumerate(first_ten):
        value = _LETTER_VALUES[char] if char.isalpha() else int(char)
        total += value << position
    return total % 11 % 10


def is_iso6346(reference: str) -> bool:
    """True for an 11-character container number (3-letter owner, U/J/Z, 6 digits, check digit)."""
    if len(reference) != 11 or not reference[:3].isalpha() or not reference[:3].isupper():
        return False
    if reference[3] not in "UJZ" or not reference[4:].isdigit():
        return False
    return iso6346_check_digit(reference[:10]) == int(reference[10])


def _parse_date(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _event_location_ok(location: Any) -> bool:
    """A location is identified by its code, or by a name with a city and a country."""
    if not isinstance(location, Mapping):
        return False
    if location.get("code"):
        return True
    address = location.get("location") or {}
    return bool(location.get("name") and address.get("city") and address.get("country"))


def _check_events(flow: str, events: Sequence[Mapping[str, Any]], where: str) -> Iterable[RuleViolation]:
    expected = FLOW_EVENTS[flow]
    types = [e.get("type") for e in events]
    if len(events) != len(expected) or sorted(map(str, types)) != sorted(expected):
        yield RuleViolation(
            "NOT_SUPPORTED_ORDER_TYPE",
            f"{where}.events",
            f"a {flow} order needs exactly the events {', '.join(expected)}; got {types}",
        )
        return
    by_type = {e["type"]: (i, e) for i, e in enumerate(events)}
    required = START_DATE_REQUIRED[flow]
    index, event = by_type[required]
    if not event.get("startDate"):
        yield RuleViolation(
            "EVENT_START_DATE_REQUIRED", f"{where}.events[{index}].startDate", f"{required} needs a start date"
        )
    for i, e in enumerate(events):
        if not _event_location_ok(e.get("location")):
            yield RuleViolation(
                "EVENT_LOCATION_FIELDS_REQUIRED",
                f"{where}.events[{i}].location",
                "an event location needs its code, or a name with a city and a country",
            )
    dated = [(t, _parse_date(by_type[t][1].get("startDate") or by_type[t][1].get("endDate"))) for t in expected]
    known = [(t, d) for t, d in dated if d is not None]
    for (first, first_date), (then, then_date) in itertools.pairwise(known):
        try:
            wrong = then_date < first_date
        except TypeError:  # naive against aware: compare as given
            wrong = then_date.replace(tzinfo=None) < first_date.replace(tzinfo=None)
        if wrong:
            yield RuleViolation(
                "WRONG_EVENT_DATE_ORDER",
                f"{where}.events[{by_type[then][0]}]",
                f"{then} ({then_date.isoformat()}) is before {first} ({first_date.isoformat()}); "
                f"the order is {' -> '.join(expected)}",
            )


def check_order(order: Mapping[str, Any], known_carrier_codes: Iterable[str] | None = None) -> list[RuleViolation]:
    """Every rule the order breaks, in document order; empty when it passes.

    `known_carrier_codes` enables the carrier e-mail rule (only the service, or a sandbox, knows
    which carriers it has); without it that rule is not checked.
    """
    found: list[RuleViolation] = []
    flow = order.get("customsFlag")
    if flow not in FLOW_EVENTS:
        return found  # the schema reports an unknown flag
    for c, container in enumerate(order.get("containers") or []):
        where = f"containers[{c}]"
        reference = container.get("reference")
        if flow in ("Import", "Transfer") and not (isinstance(reference, str) and is_iso6346(reference)):
            found.append(
                RuleViolation(
                    "HANDLING_UNIT_REFERENCE_INVALID",
                    f"{where}.reference",
                    f"{reference!r} is not an ISO 6346 container number with a valid check digit",
                )
            )
        if flow == "Export":
            for name in ("type", "bookingNumber"):
                if not container.get(name):
                    found.append(RuleViolation("WRONG_FORMAT", f"{where}.{name}", f"an Export order needs {name}"))
        found.extend(_check_events(flow, container.get("events") or [], where))
    if known_carrier_codes is not None:
        carrier = order.get("carrier") or {}
        if carrier.get("code") not in set(known_carrier_codes) and not (carrier.get("contact") or {}).get("email"):
            found.append(
                RuleViolation(
                    "CARRIER_EMAIL_REQUIRED",
                    "carrier.contact.email",
                    f"carrier {carrier.get('code')!r} is unknown, so its contact e-mail is required",
                )
            )
    return found


def export_only_fields_in(order: Mapping[str, Any]) -> list[str]:
    """Fields the seed calls available for the export flow only, set on a non-export order."""
    if order.get("customsFlag") == "Export":
        return []
    voyage = order.get("voyage") or {}
    fields = [f"voyage.{k}" for k in ("etd", "closingCustoms", "closingDangerous", "closingDelivery") if voyage.get(k)]
    if order.get("customsFlag") == "Import":
        fields += [
            f"containers[{i}].bookingNumber"
            for i, c in enumerate(order.get("containers") or [])
            if c.get("bookingNumber")
        ]
    return fields
