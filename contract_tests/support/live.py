"""Live contract runs on a shared vendor account that is never reset (FREIGHT_CONTRACT_TARGET=live).

At call time, after Hypothesis drew the case (so the draws stay the same whatever the server
holds), every write is made safe to repeat: the number naming a new order becomes run-unique
(`fc-<run>-<n>`), so a create never meets an earlier example's or run's order and a stateful run
cannot turn flaky on server state; a write addressed to an object the run did not create gets a
random id instead, so generated ids (Hypothesis likes `CDE0000000001`) never reach a real order.
What the run created and the API can remove is deleted (SpotGo's orders and webhook subscriptions)
or cancelled (S'mouv) at the end, and every answer goes to a drift collector:
`reports/drift-<api>.json` (`freight_clients._drift`). A subscription the run left would keep
receiving the account's events at whatever callback URL Hypothesis drew.
"""

from __future__ import annotations

import itertools
import os
import re
import secrets
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import schemathesis
from schemathesis.core.parameters import ParameterLocation
from schemathesis.generation.case import Case
from schemathesis.specs.openapi.checks import ensure_resource_availability

from freight_clients import APIStatusError, Smouv, SpotGo, registry
from freight_clients._drift import DriftCollector
from freight_clients._hooks import ResponseEvent
from freight_clients._redact import redact_headers
from freight_testing.schemathesis_hooks import api_of

#: One id per run: the xdist workers inherit the controller's through the environment.
RUN_ID = os.environ.setdefault("FREIGHT_RUN_ID", secrets.token_hex(3))
_numbers = itertools.count(1)

#: (api, operationId) -> the body field that names a new order (S'mouv's is inside the `order` part).
ORDER_NUMBERS = {
    ("spotgo", "createOrder"): "orderNumber",
    ("spotgo", "upsertOrder"): "orderNumber",
    ("spotgo", "updateOrder"): "orderNumber",
    ("smouv", "createCustomerOrder"): "transportOrderNumber",
    ("smouv", "updateCustomerOrder"): "transportOrderNumber",
    ("transeu", "addShippingOrder"): "number",
    ("transeu_platform", "createOrder"): "number",
    ("transeu_platform", "createOrderDeprecated"): "number",
    ("quivo", "submitOrder"): "orderIdentifier",
}
#: (api, operationId) of a create -> the response field with the new order's id, and how to remove it.
REMOVABLE = {
    ("spotgo", "createOrder"): "orderId",
    ("spotgo", "upsertOrder"): "orderId",
    ("smouv", "createCustomerOrder"): "id",
}
#: (api, operationId) that removes the order named by its `orderId` path parameter.
REMOVES = {("spotgo", "deleteOrder"), ("smouv", "cancelCustomerOrder")}
#: (api, operationId) of a subscription's create -> the response field with its id; and its delete
#: (by the `subscriptionId` path parameter). Quivo documents no delete: its subscriptions stay.
SUBSCRIBES = {("spotgo", "subscribeWebhook"): "subscriptionId"}
UNSUBSCRIBES = {("spotgo", "deleteWebhook")}

#: Ids of the cases whose path parameters `before_call` rewrote.
REWRITTEN: set[str] = set()
#: api -> ids of orders this run created and has not removed yet.
CREATED: dict[str, set[str]] = {"spotgo": set(), "smouv": set()}
#: api -> ids of webhook subscriptions this run created and has not removed yet.
SUBSCRIBED: dict[str, set[str]] = {"spotgo": set()}
#: api -> every id (orders and their documents) this run created.
OWNED: dict[str, set[str]] = {api: set() for api in registry.NAMES}


def unique_number() -> str:
    return f"fc-{RUN_ID}-{next(_numbers)}"


def _random_id(value: str) -> str:
    """An id of the same form as `value` that no one's order has (a random UUID, or S'mouv's
    prefix + 10 random digits)."""
    match = re.fullmatch(r"([A-Z]{3})\d{10}", value)
    if match:
        return f"{match.group(1)}{secrets.randbelow(10**10):010d}"
    return str(uuid.uuid4())


def _key(case: Case[Any]) -> tuple[str, str]:
    operation = case.operation
    return api_of(operation.schema.raw_schema) or "", str(operation.definition.raw.get("operationId"))


def before_call(context: Any, case: Case[Any], kwargs: dict[str, Any]) -> None:
    """Run-unique order numbers in writes; writes to objects the run did not create go elsewhere."""
    api, operation_id = _key(case)
    if case.method.upper() == "GET":
        return
    field = ORDER_NUMBERS.get((api, operation_id))
    body = case.body
    part = body.get("order") if isinstance(body, dict) and api == "smouv" else body
    if field and isinstance(part, dict) and field in part:
        part[field] = unique_number()
    negative_path = case.meta is not None and case.meta.is_negative_at(ParameterLocation.PATH)
    if case.path_parameters and not negative_path:
        for name, value in list(case.path_parameters.items()):
            if str(value) not in OWNED.get(api, set()):
                case.path_parameters[name] = _random_id(str(value))
                REWRITTEN.add(case.id)


def checks_for_live(case: Case[Any], checks: list[Any]) -> list[Any]:
    """`checks` for a case; after its path was rewritten (above), without ensure_resource_availability:
    Schemathesis takes a value a hook changed for link data, and a 404 for a resource just created."""
    if case.id not in REWRITTEN:
        return checks
    return [check for check in checks if check is not ensure_resource_availability]


#: api -> the drift collector of this run (always on in live runs; written at the end).
DRIFT: dict[str, DriftCollector] = {}


#: api -> every property name and every string value this process sent (its data, echoed back
#: in later answers, is not drift).
SENT: dict[str, tuple[set[str], set[str]]] = {}


def _remember(api: str, value: Any) -> tuple[set[str], set[str]]:
    names, strings = SENT.setdefault(api, (set(), set()))
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            names.update(map(str, item))
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, str):
            strings.add(item)
    return names, strings


def _observe(api: str, operation_id: str, case: Case[Any], response: Any) -> None:
    """Hand the answer to a positive case to the API's drift collector, as a client's hook would
    see it (a negative case's answer is about our data, not about what the vendor sends)."""
    names, strings = _remember(api, [case.body, case.query])
    if case.meta is None or not case.meta.generation.mode.is_positive:
        return
    collector = DRIFT.get(api)
    if collector is None:
        collector = DRIFT[api] = DriftCollector(api, run=RUN_ID)
    headers = redact_headers({name: ", ".join(values) for name, values in response.headers.items()})
    collector.observe(
        ResponseEvent(
            api, operation_id, 0, 1, case.method.upper(), case.formatted_path, response.status_code,
            headers, response.content, 0.0,
        ),
        names,
        strings,
    )  # fmt: skip


def after_call(context: Any, case: Case[Any], response: Any) -> None:
    """Note what the run created (to clean it up) and what it removed itself; collect drift."""
    api, operation_id = _key(case)
    _observe(api, operation_id, case, response)
    if not 200 <= response.status_code < 300:
        return
    try:
        body = response.json()
    except ValueError:
        body = None
    if isinstance(body, dict):
        for name in ("orderId", "id", "documentId", "subscriptionId"):
            if body.get(name) is not None:
                OWNED[api].add(str(body[name]))
    field = REMOVABLE.get((api, operation_id))
    if field and isinstance(body, dict) and body.get(field) is not None:
        CREATED[api].add(str(body[field]))
    if (api, operation_id) in REMOVES:
        CREATED[api].discard(str((case.path_parameters or {}).get("orderId")))
    subscription = SUBSCRIBES.get((api, operation_id))
    if subscription and isinstance(body, dict) and body.get(subscription) is not None:
        SUBSCRIBED[api].add(str(body[subscription]))
    if (api, operation_id) in UNSUBSCRIBES:
        SUBSCRIBED[api].discard(str((case.path_parameters or {}).get("subscriptionId")))


#: The limits the vendors document, per credential (the clients' defaults); a live run stays under them.
DOCUMENTED_LIMITS = {"spotgo": (100, "m")}


def rate_limit(api: str) -> str | None:
    """Schemathesis's rate limit for a live run of `api` in this process: FREIGHT_CONTRACT_RATE_LIMIT
    (`N/s`, `N/m`; `none`), else the vendor's documented limit shared by the xdist workers."""
    given = os.environ.get("FREIGHT_CONTRACT_RATE_LIMIT")
    if given:
        return None if given == "none" else given
    if api not in DOCUMENTED_LIMITS:
        return None
    count, period = DOCUMENTED_LIMITS[api]
    workers = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
    return f"{max(1, count // workers)}/{period}"


_installed: list[bool] = []


def install() -> None:
    """Register the hooks, once (live runs only: they are global to Schemathesis in this process)."""
    if not _installed:
        schemathesis.hook(before_call)
        schemathesis.hook(after_call)
        _installed.append(True)


#: api -> (client class, how to remove an order, which refusal means it is gone already).
REMOVERS: dict[str, tuple[Any, Callable[[Any, str], object], Callable[[APIStatusError], bool]]] = {
    "spotgo": (SpotGo, lambda client, order_id: client.orders.delete(order_id), lambda e: e.status_code == 404),
    "smouv": (
        Smouv,
        lambda client, order_id: client.customer_orders.cancel(order_id),
        lambda e: e.code == "ORDER_ALREADY_CANCELED",
    ),
}


#: api -> how to remove a webhook subscription (a 404 means it is gone already).
UNSUBSCRIBERS: dict[str, tuple[Any, Callable[[Any, str], object]]] = {
    "spotgo": (SpotGo, lambda client, subscription_id: client.webhooks.delete(subscription_id)),
}


def clean_up() -> list[str]:
    """Delete (SpotGo) or cancel (S'mouv) every order, and delete every webhook subscription
    (SpotGo), the run created and did not remove; the ids that could not be removed, with why."""
    failed: list[str] = []
    for api, (client_class, remove, gone) in REMOVERS.items():
        if not CREATED[api]:
            continue
        with client_class() as client:
            for order_id in sorted(CREATED[api]):
                try:
                    remove(client, order_id)
                except APIStatusError as error:
                    if not gone(error):
                        failed.append(f"{api} {order_id}: {error}")
    for api, (client_class, unsubscribe) in UNSUBSCRIBERS.items():
        if not SUBSCRIBED[api]:
            continue
        with client_class() as client:
            for subscription_id in sorted(SUBSCRIBED[api]):
                try:
                    unsubscribe(client, subscription_id)
                except APIStatusError as error:
                    if error.status_code != 404:
                        failed.append(f"{api} webhook subscription {subscription_id}: {error}")
    for ids in (*CREATED.values(), *SUBSCRIBED.values()):
        ids.clear()
    return failed


@pytest.fixture(scope="session", autouse=True)
def live_clean_up(request: pytest.FixtureRequest) -> Iterator[None]:
    """At the end of a live run (each xdist worker its own), remove what the run created."""
    yield
    if os.environ.get("FREIGHT_CONTRACT_TARGET") == "live":
        failed = clean_up()
        for collector in DRIFT.values():  # each xdist worker adds its part to the run's report
            collector.write("reports", merge=True)
        assert not failed, f"could not remove what this run created: {failed}"


# --- What a live run costs, and fitting it into a time budget --------------------------------------

#: Requests per minute a vendor documents per credential (SpotGo: "The default rate limit is 100");
#: None where it publishes none (the clients learn it from 429s).
VENDOR_LIMITS: dict[str, int | None] = {api: 100 if api == "spotgo" else None for api in registry.NAMES}
#: Calls of one stateful run (test_stateful's `stateful_step_count`).
STATEFUL_STEPS = 12


def requests_for(api: str, examples: int) -> int:
    """About how many requests a live run of `api` sends with `examples` per operation: one per
    example of each operation (test_schemathesis), and the stateful runs' steps (test_stateful)."""
    from contract_tests.support.speclib import links, operations

    stateful_runs = max(5, examples * len(links(api)) * 3 // 20)
    return sum(1 for _ in operations(api)) * examples + stateful_runs * STATEFUL_STEPS


def minutes_for(api: str, examples: int) -> float | None:
    """The least wall time the vendor's published limit allows for that many requests, or None."""
    limit = VENDOR_LIMITS.get(api)
    return None if limit is None else requests_for(api, examples) / limit


def fit(apis: list[str], examples: int, budget_minutes: float | None) -> tuple[int, list[str]]:
    """The examples per operation to run (at most `examples`; fewer when the vendors' published
    limits would make the run last longer than `budget_minutes`), and lines that say what it costs."""
    chosen = examples
    if budget_minutes is not None:
        while chosen > 1 and sum(minutes_for(api, chosen) or 0.0 for api in apis) > budget_minutes:
            chosen -= max(1, chosen // 10)
    lines = []
    for api in apis:
        minutes = minutes_for(api, chosen)
        pace = (
            f"at least {minutes:.1f} min at its published {VENDOR_LIMITS[api]} requests/min"
            if minutes is not None
            else "no published limit (the client paces itself from the vendor's 429s)"
        )
        lines.append(f"{api}: about {requests_for(api, chosen)} requests, {pace}")
    total = sum(minutes_for(api, chosen) or 0.0 for api in apis)
    budget = f" (budget {budget_minutes:.1f} min)" if budget_minutes is not None else ""
    if chosen < examples:
        lines.append(f"{examples} examples per operation would not fit{budget}: running {chosen}")
    lines.append(f"live run: {chosen} examples per operation, at least {total:.1f} min of limited requests{budget}")
    return chosen, lines


def parse_duration(text: str) -> float:
    """Minutes from `90s`, `5m`, `1.5h` or a bare number of minutes; ValueError otherwise."""
    match = re.fullmatch(r"\s*([0-9]+(?:\.[0-9]+)?)\s*([smh]?)\s*", text)
    if match is None:
        raise ValueError(f"not a duration: {text!r} (expected e.g. 90s, 5m, 1h)")
    value, unit = float(match[1]), match[2] or "m"
    return value * {"s": 1 / 60, "m": 1.0, "h": 60.0}[unit]


def main(argv: list[str] | None = None) -> int:
    """`python -m contract_tests.support.live --apis spotgo,quivo --examples 100 [--budget 5m]`:
    print what the live run will cost before it sends anything; the last line is `examples=N`."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m contract_tests.support.live")
    parser.add_argument("--apis", required=True)
    parser.add_argument("--examples", type=int, required=True)
    parser.add_argument("--budget", type=parse_duration)
    args = parser.parse_args(argv)
    chosen, lines = fit(args.apis.split(","), args.examples, args.budget)
    for line in lines:
        print(line)
    print(f"examples={chosen}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
