"""Hypothesis strategies for what the vendors check and JSON Schema cannot say (container numbers,
S'mouv event sequences, real country codes, positive prices, unique order numbers), and per create
operation a strategy that turns a schema-valid body into one the vendor's business rules accept.

Used by `freight_testing.schemathesis_hooks` (Schemathesis) and the contract suite; needs
`hypothesis` (installed with Schemathesis).
"""

from __future__ import annotations

import copy
import datetime
import itertools
import os
import secrets
from collections.abc import Callable, Mapping
from typing import Any

from hypothesis import strategies as st

from freight_clients.smouv_rules import FLOW_EVENTS, FLOW_ONLY_FIELDS, iso6346_check_digit

#: ISO 3166-1 alpha-2, officially assigned codes.
_ISO_3166 = """
    AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
    BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
    EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
    HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
    LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
    NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
    SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
    TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
"""
COUNTRY_CODES = tuple(_ISO_3166.split())
#: Body fields that hold an ISO 3166-1 alpha-2 code, in any of the four specs.
COUNTRY_FIELDS = frozenset({"country", "countryCode", "countryIso2"})
#: A contractor code S'mouv knows (the seed's actor; $SMOUV_CONTRACTOR_CODE for another account).
SMOUV_CONTRACTOR = os.environ.get("SMOUV_CONTRACTOR_CODE", "SOGETS.")
#: SpotGo's document rejection reasons (DocumentRejectionReason).
REJECTION_REASONS = ("Unreadable", "WrongDocument", "Incomplete", "WrongOrder", "Other")
#: ISO 6346 size-type codes of common containers.
SIZE_TYPES = ("22G1", "42G1", "45G1", "22R1", "45R1", "22U1")

countries = st.sampled_from(COUNTRY_CODES)


@st.composite
def container_numbers(draw: st.DrawFn) -> str:
    """ISO 6346 container numbers: owner code, category U/J/Z, serial and a valid check digit."""
    owner = draw(st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=3, max_size=3))
    first_ten = owner + draw(st.sampled_from("UJZ")) + f"{draw(st.integers(0, 999_999)):06d}"
    return first_ten + str(iso6346_check_digit(first_ten))


# Order numbers unique in this process and, through the random run prefix, across runs against the
# same service (every vendor refuses a second order with the same number).
#: What every order number generated in this process starts with.
ORDER_NUMBER_PREFIX = f"ST-{os.environ.get('FREIGHT_RUN_ID') or secrets.token_hex(3).upper()}-"
_serial = itertools.count(1)


def _next_order_number() -> str:
    return f"{ORDER_NUMBER_PREFIX}{next(_serial)}"


order_numbers = st.builds(_next_order_number)


def _localize(body: Any) -> Any:
    """`body` with every string under a country field replaced by a real code (drawn lazily)."""
    if isinstance(body, list):
        return st.tuples(*(_localize(item) for item in body)).map(list) if body else st.just([])
    if not isinstance(body, dict):
        return st.just(body)
    parts = {
        key: countries if key in COUNTRY_FIELDS and isinstance(value, str) else _localize(value)
        for key, value in body.items()
    }
    return st.fixed_dictionaries(parts)


def localized(body: Any) -> st.SearchStrategy[Any]:
    """Copies of a generated body whose country fields hold ISO 3166-1 alpha-2 codes."""
    result: st.SearchStrategy[Any] = _localize(body)
    return result


@st.composite
def smouv_events(draw: st.DrawFn, flow: str) -> list[dict[str, Any]]:
    """The mandatory events of a customs flow in chronological order, each at a coded location."""
    when = draw(
        st.datetimes(datetime.datetime(2020, 1, 1), datetime.datetime(2090, 1, 1), timezones=st.just(datetime.UTC))
    )
    events = []
    for kind in FLOW_EVENTS[flow]:
        events.append(
            {"type": kind, "startDate": when.isoformat(timespec="seconds"), "location": {"code": draw(_locodes)}}
        )
        when += datetime.timedelta(hours=draw(st.integers(1, 96)))
    return events


# UN/LOCODE-style terminal codes (the sandboxes accept any code; the vendor's referential decides).
_locodes = st.sampled_from(("FRLEH", "FRFOS", "FRMRS", "FRDKK", "FRLEHMTDF"))


@st.composite
def _smouv_order(draw: st.DrawFn, order: Mapping[str, Any]) -> dict[str, Any]:
    flow = draw(st.sampled_from(sorted(FLOW_EVENTS)))
    result = dict(order, customsFlag=flow, transportOrderNumber=draw(order_numbers))
    containers = []
    for container in order.get("containers") or [{}]:
        # A reference is mandatory on import and transfer, and checked wherever it is given.
        patched = dict(container, events=draw(smouv_events(flow)), reference=draw(container_numbers()))
        if flow == "Export":
            patched |= {"type": draw(st.sampled_from(SIZE_TYPES)), "bookingNumber": f"BK{draw(st.integers(1, 10**8))}"}
        containers.append(patched)
    result["containers"] = containers
    if isinstance(order.get("voyage"), dict):
        result["voyage"] = dict(order["voyage"])
    # Fields the seed makes available on other flows only.
    for pattern, flows in FLOW_ONLY_FIELDS.items():
        where, name = pattern.rsplit(".", 1)
        if flow not in flows:
            for part in containers if where == "containers[]" else [result.get(where)]:
                if isinstance(part, dict):
                    part.pop(name, None)
    carrier = dict(order.get("carrier") or {})
    # An unknown carrier needs a contact e-mail.
    carrier["contact"] = dict(carrier.get("contact") or {}, email="ops@carrier.example")
    result["carrier"] = carrier
    if isinstance(order.get("contractor"), dict) and order["contractor"].get("code"):
        # A contractor must be one the vendor's referential (GEDMOUV) knows: the seed's own actor.
        result["contractor"] = dict(order["contractor"], code=SMOUV_CONTRACTOR)
    return draw(localized(result))


def _smouv_form(form: Mapping[str, Any]) -> st.SearchStrategy[Any]:
    return _smouv_order(form["order"]).map(lambda order: dict(form, order=order))


def _with_number(field: str) -> Callable[[Mapping[str, Any]], st.SearchStrategy[Any]]:
    def patch(body: Mapping[str, Any]) -> st.SearchStrategy[Any]:
        return st.tuples(localized(dict(body)), order_numbers).map(lambda pair: {**pair[0], field: pair[1]})

    return patch


@st.composite
def _transeu_order(draw: st.DrawFn, body: Mapping[str, Any]) -> dict[str, Any]:
    order = copy.deepcopy(dict(body))
    order["number"] = draw(order_numbers)
    price = (order.get("payment") or {}).get("price")
    if isinstance(price, dict) and isinstance(price.get("value"), int | float):
        price["value"] = draw(st.decimals(1, 100_000, places=2).map(float))
    return draw(localized(order))


#: Sellers whose orders the Quivo credential may submit ($QUIVO_SELLER_ID, comma-separated;
#: `use_quivo_sellers` overrides it). Without one the generated sellerId stays.
_quivo_sellers: list[int] = []


def use_quivo_sellers(seller_ids: list[int]) -> None:
    """The Quivo sellers the hooks put in generated orders (a Quivo user may submit only for its own)."""
    _quivo_sellers[:] = seller_ids


def _quivo_seller_ids() -> list[int]:
    if _quivo_sellers:
        return _quivo_sellers
    return [int(s) for s in os.environ.get("QUIVO_SELLER_ID", "").split(",") if s.strip()]


@st.composite
def _quivo_order(draw: st.DrawFn, body: Mapping[str, Any]) -> dict[str, Any]:
    order = dict(body, orderIdentifier=draw(order_numbers))
    sellers = _quivo_seller_ids()
    if sellers:
        order["sellerId"] = draw(st.sampled_from(sellers))
    address = order.get("deliveryAddress")
    if isinstance(address, dict) and not (address.get("name") or address.get("company")):
        order["deliveryAddress"] = dict(address, name="Receiving desk")  # name or company is required
    return draw(localized(order))


@st.composite
def _spotgo_decision(draw: st.DrawFn, body: Mapping[str, Any]) -> dict[str, Any]:
    """A review decision: accept, or reject with one of the reasons the docs list."""
    status = draw(st.sampled_from(("Accepted", "Rejected")))
    decision = dict(body, status=status)
    if status == "Rejected":
        decision["rejectionReason"] = draw(st.sampled_from(REJECTION_REASONS))
    else:
        decision.pop("rejectionReason", None)
    return decision


def _first_page(body: Mapping[str, Any]) -> st.SearchStrategy[Any]:
    """A query from the first page: an opaque continuation token can only come from a previous
    page, and a made-up one is rightly refused (400)."""
    return st.just({key: value for key, value in body.items() if key != "continuationToken"})


#: Per API and operationId: a body that passes the schema -> strategy of bodies that also pass the
#: vendor's business rules.
BODY_PATCHES: dict[tuple[str, str], Callable[[Any], st.SearchStrategy[Any]]] = {
    ("spotgo", "createOrder"): _with_number("orderNumber"),
    ("spotgo", "upsertOrder"): _with_number("orderNumber"),
    ("spotgo", "changeOrderDocumentStatus"): _spotgo_decision,
    ("spotgo", "queryOrders"): _first_page,
    ("smouv", "createCustomerOrder"): _smouv_form,
    ("transeu", "addShippingOrder"): _transeu_order,
    # A number is unique per company (a null one is assigned): both create paths.
    ("transeu_platform", "createOrder"): _with_number("number"),
    ("transeu_platform", "createOrderDeprecated"): _with_number("number"),
    ("quivo", "submitOrder"): _quivo_order,
}
