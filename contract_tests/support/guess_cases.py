"""One request per inferred constraint of the specs (and per guessed S'mouv rule) that breaks only it.

`cases(api)` builds them from the specs' annotations (`freight_clients._guesses`) and a valid
base request per request schema; `scripts/provenance.py` counts them against the guesses, and
`test_guesses.py` sends each one through the public client to a sandbox.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from freight_clients import _guesses, smouv_rules
from freight_sandbox import transeu_platform
from freight_sandbox.examples import export_order, import_order, transfer_order

_DATES = {"from": "2026-01-01T00:00:00Z", "to": "2026-12-31T00:00:00Z"}
_ADDRESS = {"locality": "Berlin", "postal_code": "3456", "country": "DE"}


def _smouv_order() -> dict[str, Any]:
    order = import_order("GUESS-1")
    goods = {"description": "Balloons", "hazardousClasses": [{"imdgCode": "3.1"}]}
    order["containers"][0]["goods"] = [goods]
    return order


#: A valid request body per request schema (the root of the guesses' field paths).
BASES: dict[tuple[str, str], Callable[[], dict[str, Any]]] = {
    ("spotgo", "OrderSubmitModel"): lambda: {
        "orderNumber": "GUESS-1",
        "carrier": {"name": "Baltic Haulage", "vatCode": "LT100200300"},
        "locations": [{"sequence": 0, "type": "Loading"}],
    },
    ("spotgo", "OrderQuerySubmitModel"): lambda: {
        "statuses": ["Created"],
        "loadingDate": dict(_DATES),
        "unloadingDate": dict(_DATES),
        "pageSize": 10,
    },
    ("spotgo", "OrderDocumentUploadForm"): lambda: {"documentType": "cmr"},
    ("spotgo", "WebhookSubscriptionRequest"): lambda: {
        "eventType": "DocumentAccepted",
        "callbackUrl": "http://127.0.0.1:9/hook",
        "authentication": {"type": "ApiKey", "apiKey": {"headerName": "X-Webhook-Key", "apiKey": "guess-key"}},
    },
    ("spotgo", "WebhookSubscriptionNotificationsRequest"): lambda: {"emails": ["ops@example.com"]},
    ("quivo", "SubscriptionRequest"): lambda: {
        "sellerId": 1001,
        "entity": "ORDERS",
        "endpoint": {"type": "WEBHOOK", "url": "http://127.0.0.1:9/hook", "headers": {"X-Webhook-Key": "guess-key"}},
    },
    ("spotgo", "DocumentStatusChangeSubmitModel"): lambda: {
        "status": "Rejected",
        "rejectionReason": "Unreadable",
        "comment": "blurred",
    },
    ("smouv", "CustomerOrderCreateForm"): lambda: {"order": _smouv_order()},
    ("smouv", "CustomerOrderUpdate"): lambda: {"containers": _smouv_order()["containers"], "comment": "guess"},
    ("transeu_platform", "CreateOrder"): lambda: transeu_platform.example_order("GUESS/1"),
    ("transeu", "ShippingOrder"): lambda: {
        "number": "GUESS/1",
        "payment": {"price": {"value": 34, "currency": "PLN"}, "interval_of_days": "P10D"},
        "route": {
            "events": [
                {"place": {"address": dict(_ADDRESS)}, "type": "loading"},
                {"place": {"address": {**_ADDRESS, "locality": "Wysoka", "country": "PL"}}, "type": "unloading"},
            ]
        },
        "carrier": {
            "company": {"name": "Carrier", "vat_id": "PL1", "address": dict(_ADDRESS)},
            "contact_person": {"given_name": "Jan", "family_name": "Kowalski", "email": "jan@carrier.example"},
        },
    },
    ("quivo", "OrderRequest"): lambda: {
        "sellerId": 1001,
        "orderIdentifier": "GUESS-1",
        "orderReference": "#1",
        "deliveryAddress": {"name": "Anna", "city": "Wien", "countryIso2": "AT"},
        "positions": [{"sku": "S", "quantity": 1}],
    },
}


@dataclass(frozen=True)
class Case:
    """A guess, the operation that sends its schema, and a request body that breaks only it."""

    guess: _guesses.Guess
    operation: str
    body: dict[str, Any]

    @property
    def id(self) -> str:
        return f"{self.guess.api}:{self.operation}:{self.guess.field or 'body'}:{self.guess.keyword}"


def _slot(body: Any, field: str) -> tuple[Any, str]:
    """The object holding the last part of `field` (`[]` taken as index 0) and that part's name;
    objects and one-item arrays on the way that the base body lacks are added empty."""
    parts = field.split(".")
    node = body
    for part in parts[:-1]:
        name, many = (part[:-2], True) if part.endswith("[]") else (part, False)
        node = node.setdefault(name, [{}])[0] if many else node.setdefault(name, {})
    return node, parts[-1]


#: A value of each JSON type, to break a `type` guess with one of another type.
_OF_TYPE: tuple[tuple[str, Any], ...] = (("string", "not-of-its-type"), ("integer", 12345), ("array", ["x"]))


def _other_type(types: Any) -> Any:
    """A value none of the JSON types `types` (a name or a list) admits."""
    allowed = {types} if isinstance(types, str) else set(types)
    if "integer" in allowed or "number" in allowed:
        allowed |= {"integer", "number"}
    return next(value for name, value in _OF_TYPE if name not in allowed)


def _broken(guess: _guesses.Guess, value: Any) -> Any:
    """A value that breaks `guess` (a keyword with its value) and nothing else."""
    keyword, bound = guess.keyword, guess.value
    if keyword in ("minLength", "maxLength"):
        return "x" * (int(bound) + (1 if keyword == "maxLength" else -1))
    if keyword in ("minimum", "maximum"):
        return int(bound) + (1 if keyword == "maximum" else -1)
    if keyword == "pattern":
        return value.lower() + "?" if isinstance(value, str) else "?"
    if keyword == "format":
        return {"email": "no-at-sign", "date-time": "not-a-date", "date": "not-a-date"}[str(bound)]
    if keyword == "enum":
        return "NotAKnownValue"
    if keyword == "type":
        return _other_type(bound)
    if keyword == "anyOf":
        return 12345.5  # no branch of the specs' request unions (strings, objects, null) takes a number
    raise KeyError(keyword)


def break_one(guess: _guesses.Guess, body: dict[str, Any]) -> dict[str, Any] | None:
    """A copy of `body` breaking only `guess`, or None when the guess's keyword is not handled."""
    broken = copy.deepcopy(body)
    if guess.keyword == "additionalProperties":
        if not guess.field:  # the body itself
            broken["unexpectedField"] = "sent anyway"
            return broken
        holder, name = _slot(broken, guess.field)
        name, many = (name[:-2], True) if name.endswith("[]") else (name, False)
        target = holder[name][0] if many else holder[name]
        target["unexpectedField"] = "sent anyway"
        return broken
    holder, name = _slot(broken, guess.field)
    many = name.endswith("[]")
    name = name.removesuffix("[]")
    if guess.keyword == "required":
        del holder[name]
        return broken
    try:
        if many:
            items = holder.setdefault(name, [{}])
            items[0] = _broken(guess, items[0])
        else:
            holder[name] = _broken(guess, holder.get(name))
    except KeyError:
        return None
    return broken


def _rule_body(rule: str, field: str) -> dict[str, Any]:
    """An S'mouv order breaking one guessed rule (`smouv_rules.GUESSES`) at `field`."""
    if rule == "event-location-criterion":
        order = import_order("GUESS-LOC")
        order["containers"][0]["events"][0]["location"] = {"name": "Quai sans adresse"}
    elif rule == "transfer-chronology":
        order = transfer_order("GUESS-TRF")
        order["containers"][0]["events"][1]["startDate"] = "2026-02-01T08:00:00+00:00"
    else:
        name = field.rsplit(".", 1)[1]
        flows = smouv_rules.FLOW_ONLY_FIELDS[field]
        order = export_order("GUESS-FLOW") if "Export" not in flows else import_order("GUESS-FLOW")
        if field.startswith("voyage."):
            order["voyage"] = {name: "2026-03-01T08:00:00+00:00"}
        else:
            order["containers"][0][name] = "REF-1"
    return {"order": order}


def rule_guesses() -> list[_guesses.Guess]:
    """The guessed S'mouv rules, one per field each can be broken at."""
    return [
        _guesses.Guess("smouv", "CustomerOrderCreateForm", f"order.{field}", f"rule {rule}", why)
        for rule, why in smouv_rules.GUESSES.items()
        for field in smouv_rules.GUESS_FIELDS[rule]
    ]


def inferred(api: str) -> list[_guesses.Guess]:
    """Every inferred constraint of an API: its request schemas' guesses, and S'mouv's guessed rules."""
    return _guesses.all_guesses(api) + (rule_guesses() if api == "smouv" else [])


def cases(api: str) -> list[Case]:
    """A breaking request for every inferred constraint of `api` that this module can build."""
    operations = {root: op for op, root in reversed(_guesses.request_roots(api).items())}  # the first op wins
    found = []
    for guess in inferred(api):
        operation = operations[guess.root]
        if guess.keyword.startswith("rule "):
            rule = guess.keyword.removeprefix("rule ")
            found.append(Case(guess, operation, _rule_body(rule, guess.field.removeprefix("order."))))
            continue
        base = BASES.get((api, guess.root))
        body = break_one(guess, base()) if base else None
        if body is not None:
            found.append(Case(guess, operation, body))
    return found
