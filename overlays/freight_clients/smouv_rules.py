"""S'mouv order rules that JSON Schema cannot express, each tied to the vendor's error code.

Shared by the overlay's pre-flight checks and the local sandbox, so both refuse the same orders
with the same code. A rule or criterion no seed states is a guess (GUESSES): the sandbox refuses
on it and says so, a client only warns. Orders are plain JSON-like mappings (the `order` part).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from . import _guesses
from ._dates import parse_datetime_or_none

#: The mandatory events of each flow, in their required chronological order.
FLOW_EVENTS: dict[str, tuple[str, ...]] = {
    "Import": ("LadingImport", "DeliveryImport", "EmptyReleaseImport", "EmptyReturnImport"),
    "Export": ("EmptyReleaseExport", "PositioningExport", "LadingExport", "DeliveryExport"),
    "Transfer": ("LadingTransfer", "DeliveryTransfer"),
}
#: The event of each flow whose start date is mandatory.
START_DATE_REQUIRED = {"Import": "DeliveryImport", "Export": "PositioningExport", "Transfer": "DeliveryTransfer"}

_ISO6346 = re.compile(r"[A-Z]{3}[UJZ][0-9]{7}")
_LETTER_VALUES = {
    letter: value
    for letter, value in zip(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        (v for v in range(10, 39) if v % 11 != 0),
        strict=False,
    )
}


#: Why each rule (or rule criterion) that no seed states is ours: clients warn, never refuse, on these.
GUESSES: dict[str, str] = {
    "event-location-criterion": (
        "the seed says only 'The fields of event location is required'; that a code, or a name with an "
        "address or city, suffices is our reading"
    ),
    "transfer-chronology": (
        "the seed orders the events of Import and Export orders only; LadingTransfer before DeliveryTransfer "
        "is our reading"
    ),
    "flow-only-field": (
        "the seed calls the field 'available' for other flows; whether the service refuses or ignores it is not "
        "stated, and the seed's own example (an Import order) carries bookingNumber, etd and closing*"
    ),
}
#: Guesses the sandbox does not refuse either: the seed's own example breaks them, so the sandbox
#: reads the service as taking (ignoring) such a field; clients still warn.
ACCEPTED_GUESSES = frozenset({"flow-only-field"})
#: Why the vendor code of a rule the seed states, but names no code for, is ours.
CODE_GUESSES: dict[str, str] = {
    "event-set": "the seed names no code for a wrong event set; NOT_SUPPORTED_ORDER_TYPE is ours",
    "missing-reference": (
        "the seed names no code for a missing container number; HANDLING_UNIT_REFERENCE_INVALID is ours"
    ),
}


#: Flows on which the seed makes a field available (any other flow is a guess to refuse).
FLOW_ONLY_FIELDS: dict[str, frozenset[str]] = {
    "containers[].bookingNumber": frozenset({"Export", "Transfer"}),
    "containers[].billOfLading": frozenset({"Import", "Transfer"}),
    "voyage.eta": frozenset({"Import", "Transfer"}),
    **{f"voyage.{k}": frozenset({"Export"}) for k in ("etd", "closingCustoms", "closingDangerous", "closingDelivery")},
}

#: The field each guess is about, as a path pattern (`[]`: any index) from the order.
GUESS_FIELDS: dict[str, tuple[str, ...]] = {
    "event-location-criterion": ("containers[].events[].location",),
    "transfer-chronology": ("containers[].events[]",),
    "flow-only-field": tuple(FLOW_ONLY_FIELDS),
}


@dataclass(frozen=True)
class RuleViolation:
    """One broken rule: the vendor's error code (None where the seed names none), the field path,
    a readable message, and the guess it rests on (a key of GUESSES) when no seed states the rule."""

    code: str | None
    field: str
    message: str
    guess: str | None = None

    @property
    def inferred(self) -> str | None:
        """Why the rule is our inference, or None for a rule the seed states."""
        return GUESSES[self.guess] if self.guess else None


def iso6346_check_digit(first_ten: str) -> int:
    """Check digit of an ISO 6346 container number from its owner code, category and serial."""
    total = 0
    for position, char in enumerate(first_ten):
        value = _LETTER_VALUES[char] if char.isalpha() else int(char)
        total += value << position
    return total % 11 % 10


def is_iso6346(reference: str) -> bool:
    """True for an 11-character container number (3-letter owner, U/J/Z, 6 digits, check digit),
    in ASCII only: `str.isalpha`/`isdigit` would let `Ä` or a full-width `３` through (review M10)."""
    if not _ISO6346.fullmatch(reference):
        return False
    return iso6346_check_digit(reference[:10]) == int(reference[10])


def _parse_date(value: Any) -> datetime | None:
    """An RFC 3339 date-time, as every client and sandbox reads one (`_dates`), or None."""
    return parse_datetime_or_none(value)


def _has_fields(location: Mapping[str, Any]) -> bool:
    """The seed's rule: an event location has its fields (some value set)."""
    return any(v not in (None, "", {}, []) for v in location.values())


def _identifies(location: Mapping[str, Any]) -> bool:
    """Our criterion (a guess): a code, or a name with an address or a city."""
    if location.get("code"):
        return True
    address = location.get("location") or {}
    return bool(location.get("name") and (address.get("address") or address.get("city")))


def _check_events(flow: str, events: Sequence[Mapping[str, Any]], where: str) -> Iterable[RuleViolation]:
    expected = FLOW_EVENTS[flow]
    types = [e.get("type") for e in events]
    if len(events) != len(expected) or sorted(map(str, types)) != sorted(expected):
        yield RuleViolation(
            "NOT_SUPPORTED_ORDER_TYPE",
            f"{where}.events",
            _guesses.inferred_code(
                f"a {flow} order needs exactly the events {', '.join(expected)}; got {types}", CODE_GUESSES["event-set"]
            ),
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
        location = e.get("location")
        if not isinstance(location, Mapping) or not _has_fields(location):
            yield RuleViolation(
                "EVENT_LOCATION_FIELDS_REQUIRED", f"{where}.events[{i}].location", "an event location needs its fields"
            )
        elif not _identifies(location):
            yield RuleViolation(
                "EVENT_LOCATION_FIELDS_REQUIRED",
                f"{where}.events[{i}].location",
                "an event location needs its code, or a name with an address or a city",
                "event-location-criterion",
            )
    dated = [(t, _parse_date(by_type[t][1].get("startDate") or by_type[t][1].get("endDate"))) for t in expected]
    known = [(t, d) for t, d in dated if d is not None]
    for (first, first_date), (then, then_date) in itertools.pairwise(known):
        if then_date < first_date:  # both aware: a date without a zone is read as UTC
            yield RuleViolation(
                "WRONG_EVENT_DATE_ORDER",
                f"{where}.events[{by_type[then][0]}]",
                f"{then} ({then_date.isoformat()}) is before {first} ({first_date.isoformat()}); "
                f"the order is {' -> '.join(expected)}",
                "transfer-chronology" if flow == "Transfer" else None,
            )


def _flow_only_fields(order: Mapping[str, Any], flow: str) -> Iterable[RuleViolation]:
    voyage = order.get("voyage") or {}
    for pattern, flows in FLOW_ONLY_FIELDS.items():
        if flow in flows:
            continue
        if pattern.startswith("voyage."):
            name = pattern.removeprefix("voyage.")
            found = [pattern] if voyage.get(name) else []
        else:
            name = pattern.rsplit(".", 1)[1]
            found = [f"containers[{i}].{name}" for i, c in enumerate(order.get("containers") or []) if c.get(name)]
        for field in found:
            yield RuleViolation(
                None,
                field,
                f"{name} is available for {' and '.join(sorted(flows))} orders, not {flow}",
                "flow-only-field",
            )


def _containers(order: Mapping[str, Any], flow: str) -> Iterable[RuleViolation]:
    for c, container in enumerate(order.get("containers") or []):
        where = f"containers[{c}]"
        reference = container.get("reference")
        if reference not in (None, "") and not (isinstance(reference, str) and is_iso6346(reference)):
            yield RuleViolation(
                "HANDLING_UNIT_REFERENCE_INVALID",
                f"{where}.reference",
                f"{reference!r} is not an ISO 6346 container number with a valid check digit",
            )
        elif reference in (None, "") and flow in ("Import", "Transfer"):
            yield RuleViolation(
                "HANDLING_UNIT_REFERENCE_INVALID",
                f"{where}.reference",
                _guesses.inferred_code(f"a {flow} order needs the container number", CODE_GUESSES["missing-reference"]),
            )
        if flow == "Export":
            for name in ("type", "bookingNumber"):
                if not container.get(name):
                    yield RuleViolation(None, f"{where}.{name}", f"an Export order needs {name}")
        yield from _check_events(flow, container.get("events") or [], where)


def _actors(
    order: Mapping[str, Any], carriers: Iterable[str] | None, contractors: Iterable[str] | None
) -> Iterable[RuleViolation]:
    if carriers is not None:
        carrier = order.get("carrier") or {}
        if carrier.get("code") not in set(carriers) and not (carrier.get("contact") or {}).get("email"):
            yield RuleViolation(
                "CARRIER_EMAIL_REQUIRED",
                "carrier.contact.email",
                f"carrier {carrier.get('code')!r} is unknown, so its contact e-mail is required",
            )
    contractor = order.get("contractor") or {}
    if contractors is not None and contractor.get("code") and contractor["code"] not in set(contractors):
        yield RuleViolation(
            "CONTRACTOR_UNAUTHORIZED_BY_GEDMOUV",
            "contractor.code",
            f"contractor {contractor['code']!r} is unknown to GEDMOUV and may not create orders",
        )


def check_order(
    order: Mapping[str, Any],
    known_carrier_codes: Iterable[str] | None = None,
    *,
    known_contractor_codes: Iterable[str] | None = None,
    guesses: bool = False,
) -> list[RuleViolation]:
    """Every rule the order breaks, in document order; empty when it passes.

    A rule no seed states (`RuleViolation.guess`) is returned only with `guesses=True` (the
    sandbox); otherwise it is reported once as an `InferredConstraintWarning` and left out, so a
    client never refuses an order on our guess. `known_carrier_codes` and `known_contractor_codes`
    enable the rules that need the service's referential (only it, or a sandbox, knows them).
    """
    flow = order.get("customsFlag")
    if flow not in FLOW_EVENTS:
        return []  # the schema reports an unknown flag
    found = [
        *_containers(order, flow),
        *_flow_only_fields(order, flow),
        *_actors(order, known_carrier_codes, known_contractor_codes),
    ]
    if guesses:
        return found
    for violation in found:
        if violation.guess:
            report_guess(violation)
    return [v for v in found if not v.guess]


def report_guess(violation: RuleViolation, operation: str = "createCustomerOrder") -> None:
    """Warn, once per field, that an order breaks one of our guessed rules (and is sent anyway)."""
    assert violation.guess is not None
    guess = _guesses.Guess(
        "smouv",
        "CustomerOrderPost",
        _guesses.pattern(violation.field),
        f"rule {violation.guess}",
        GUESSES[violation.guess],
    )
    _guesses.report("smouv", "S'mouv", operation, violation.field, guess)


def export_only_fields_in(order: Mapping[str, Any]) -> list[str]:
    """Fields the seed makes available on other flows only, set on this order's flow."""
    flow = order.get("customsFlag")
    return [v.field for v in _flow_only_fields(order, flow)] if flow in FLOW_EVENTS else []
