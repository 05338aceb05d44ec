"""A sandbox that drifts on purpose, like a vendor that changed its API after our seeds were taken.

`drift(api)` wraps a sandbox's app in a middleware that rewrites its answers (state and rules stay
the sandbox's own): for Trans.eu the later revision of its orders page (research/transeu.md: flat
contractors, `payer`, `vehicle` and `driver`, route events with `time_frame`, addresses with
`street` and `number`); for the others an added field, a new enum value, an undocumented status
and a renamed error code (the Trans.eu platform's answers hold no enum and its errors no code: an
added field and undocumented statuses). `INJECTED` lists every difference, as the drift report keys it, so a
test can check the report finds each one and nothing else. `freight-sandbox API --drift` serves it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from ._core import SandboxApi

Body = Any
#: operationId -> (status, body) -> (status, body); a body of None is left as it is.
Rewrite = Callable[[int, Body], tuple[int, Body]]


def _rename_code(old: str, new: str) -> Rewrite:
    def rewrite(status: int, body: Body) -> tuple[int, Body]:
        text = json.dumps(body).replace(f'"{old}"', f'"{new}"')
        return status, json.loads(text)

    return rewrite


def _spotgo_order(status: int, body: Body) -> tuple[int, Body]:
    if status == 200 and isinstance(body, dict):
        body["trackingUrl"] = f"https://track.spotgo.example/{body.get('orderId')}"
        if body.get("status") == "Created":
            body["status"] = "Registered"
    return status, body


def _smouv_order(status: int, body: Body) -> tuple[int, Body]:
    if status == 200 and isinstance(body, dict):
        body["trackingUrl"] = f"https://track.smouv.example/{body.get('id')}"
        if body.get("status") == "Valid":
            body["status"] = "Confirmed"
    return status, body


def _quivo_submit(status: int, body: Body) -> tuple[int, Body]:
    if status == 200 and isinstance(body, dict):
        body["trackingNumber"] = f"QV{body.get('orderId')}"
        return 201, body
    return status, body


def _flat(contractor: Any) -> Any:
    """The later revision's contractor: the `company` wrapper's fields moved up."""
    if not isinstance(contractor, dict) or not isinstance(contractor.get("company"), dict):
        return contractor
    flat = {k: v for k, v in contractor.items() if k != "company"}
    return {**contractor["company"], **flat}


def _transeu_order(status: int, body: Body) -> tuple[int, Body]:
    """research/transeu.md, revision 6d44012 against the seed's fb79c38."""
    if status not in (200, 201) or not isinstance(body, dict):
        return status, body
    for role in ("carrier", "shipper"):
        if role in body:
            body[role] = _flat(body[role])
    body["payer"] = {"name": "Payer Sp. z o.o.", "vat_id": "PL5260001246"}
    body["vehicle"] = {"registration_plate_number": "PO 12345"}
    body["driver"] = {"given_name": "Jan", "family_name": "Kowalski", "employee_id": 110519}
    body.pop("status", None)
    for event in (body.get("route") or {}).get("events") or []:
        event["time_frame"] = {"day": "2026-03-01", "time_from": "08:00", "time_to": "16:00"}
        address = (event.get("place") or {}).get("address")
        if isinstance(address, dict):
            address.update(street="Glogowska", number="12")
    return status, body


def _platform_order(status: int, body: Body) -> tuple[int, Body]:
    """A later orders-api revision (ours, inferred): a tracking link on the order."""
    if status in (200, 201) and isinstance(body, dict):
        body["tracking_url"] = f"https://track.platform.trans.eu/{body.get('id')}"
    return status, body


def _status(old: int, new: int) -> Rewrite:
    def rewrite(status: int, body: Body) -> tuple[int, Body]:
        return (new if status == old else status), body

    return rewrite


REWRITES: dict[str, dict[str, Rewrite]] = {
    "spotgo": {
        "getOrder": _spotgo_order,
        "deleteOrder": _status(204, 202),
        "createOrder": _rename_code("ORDER_NUMBER_DUPLICATE", "ORDER_NUMBER_TAKEN"),
    },
    "smouv": {
        "getCustomerOrder": _smouv_order,
        "cancelCustomerOrder": _status(200, 202),
        "createCustomerOrder": _rename_code("ORDER_DUPLICATED", "ORDER_ALREADY_EXISTS"),
    },
    "transeu": {"getOrder": _transeu_order, "addShippingOrder": _transeu_order},
    "transeu_platform": {
        "createOrder": _platform_order,
        "getCreatedOrder": _platform_order,
        "updateOrder": _status(204, 200),
        "addOrderAmendment": _status(204, 202),
    },
    "quivo": {"submitOrder": _quivo_submit},
}

_TRANSEU_FIELDS = [
    "$.payer",
    "$.vehicle",
    "$.driver",
    *(f"$.shipper.{name}" for name in ("name", "vat_id", "address")),  # the sandbox sets no carrier
    "$.route.events[].time_frame",
    "$.route.events[].place.address.street",
    "$.route.events[].place.address.number",
]
#: Every injected difference as (kind, operationId, status, where, value), the drift report's key
#: (an error code is keyed by the path it is found at first). Quivo's answers hold no enum.
INJECTED: dict[str, set[tuple[str, str, int | None, str, str | None]]] = {
    "spotgo": {
        ("field", "getOrder", 200, "$.trackingUrl", None),
        ("enum", "getOrder", 200, "$.status", "Registered"),
        ("status", "deleteOrder", None, "responses", "202"),
        ("error-code", "createOrder", 409, "$.code", "ORDER_NUMBER_TAKEN"),
    },
    "smouv": {
        ("field", "getCustomerOrder", 200, "$.trackingUrl", None),
        ("enum", "getCustomerOrder", 200, "$.status", "Confirmed"),
        ("status", "cancelCustomerOrder", None, "responses", "202"),
        ("error-code", "createCustomerOrder", 400, "$.code", "ORDER_ALREADY_EXISTS"),
    },
    "transeu": {
        ("field", operation, status, where, None)
        for operation, status in (("getOrder", 200), ("addShippingOrder", 201))
        for where in _TRANSEU_FIELDS
    },
    "transeu_platform": {
        ("field", "createOrder", 201, "$.tracking_url", None),
        ("field", "getCreatedOrder", 200, "$.tracking_url", None),
        ("status", "updateOrder", None, "responses", "200"),
        ("status", "addOrderAmendment", None, "responses", "202"),
    },
    "quivo": {("status", "submitOrder", None, "responses", "201")},
}
#: Error codes the drift renames (old -> new), so a test can tell a rename from an addition.
RENAMED = {
    "spotgo": {"ORDER_NUMBER_DUPLICATE": "ORDER_NUMBER_TAKEN"},
    "smouv": {"ORDER_DUPLICATED": "ORDER_ALREADY_EXISTS"},
}


class DriftedApp:
    """ASGI middleware: the wrapped app's answers, rewritten by `REWRITES[api]` per operation."""

    def __init__(self, app: Any, api: SandboxApi) -> None:
        self.app = app
        self.rewrites = REWRITES[api.name]
        self.routes = [
            (op.method.upper(), re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", op.path) + "$"), op.id)
            for op in api.operations
        ]

    def _operation(self, method: str, path: str) -> str | None:
        return next((op for m, pattern, op in self.routes if m == method and pattern.match(path)), None)

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        operation = self._operation(scope.get("method", ""), scope.get("path", "")) if scope["type"] == "http" else None
        rewrite = self.rewrites.get(operation or "")
        if rewrite is None:
            await self.app(scope, receive, send)
            return
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def capture(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body"):
                    await send_rewritten()
            else:
                await send(message)

        async def send_rewritten() -> None:
            status, content = start["status"], b"".join(chunks)
            headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
            kind = next((v.decode() for k, v in headers if k.lower() == b"content-type"), "")
            body = json.loads(content) if content and "json" in kind else None
            status, body = rewrite(status, body)
            if body is not None:
                content = json.dumps(body).encode()
            headers.append((b"content-length", str(len(content)).encode()))
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": content})

        await self.app(scope, receive, capture)


def drift(api: SandboxApi) -> SandboxApi:
    """`api`, changed in place to serve the drifted answers (its `app()` is wrapped)."""
    original = api.app

    def app() -> Any:
        return DriftedApp(original(), api)

    api.app = app  # type: ignore[method-assign]
    return api
