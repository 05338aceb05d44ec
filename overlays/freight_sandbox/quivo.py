"""Quivo orders sandbox: `POST /login` sessions and `POST /orders` per the seed and public docs.

Duplicates of `orderIdentifier` (per seller) are undocumented; the sandbox answers them in one of
three ways, chosen with `duplicates=`: `conflict` (default, what the spec assumes: 409 with the
existing `orderId`), `existing` (200 with the existing `orderId`, as an idempotent API would) or
`reject` (400 naming `orderIdentifier`, without the id).

Validation failures: a missing required field is answered in plain text (`positions: must not be
null`, as the public docs show); any other failure as JSON `{status, field, message}` (the seed).

Where the vendor's answer is not documented, options play the other readings: `created_status=`
201 instead of 200 for a created order (the seed names no status), `token_key="Token"` for the
login answer (third-party code reads `Token`, the docs' client `token`: anchors-3 §3.2). A user
submitting for a seller that is not theirs gets 403, and a duplicate its answer per `duplicates=`:
both are the sandbox's decisions, and their messages say so.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Any, ClassVar

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from ._auth import TokenStore
from ._core import ApiError, Call, Operation, SandboxApi, json_response
from ._guesses import annotate, inferred
from ._webhooks import Deliveries, QuivoSubscriptions

API_KEY = "sandbox-quivo-api-key"
SESSION_LIFETIME = 3600.0
DUPLICATE_MODES = ("conflict", "existing", "reject")


@dataclass(frozen=True)
class User:
    username: str
    password: str
    seller_ids: frozenset[int]


USERS = (
    User("sandbox-quivo-user-a", "sandbox-quivo-password-a", frozenset({1001})),
    User("sandbox-quivo-user-b", "sandbox-quivo-password-b", frozenset({2002})),
)


class QuivoSandbox(SandboxApi):
    """In-memory Quivo, orders keyed by (seller, orderIdentifier)."""

    name = "quivo"
    creates = frozenset({"submitOrder"})
    login_operations = frozenset({"login"})
    plain_text_required: ClassVar[bool] = True

    def __init__(
        self, *, duplicates: str = "conflict", created_status: int = 200, token_key: str = "token", **options: Any
    ) -> None:
        if duplicates not in DUPLICATE_MODES:
            raise ValueError(f"duplicates must be one of {DUPLICATE_MODES}, not {duplicates!r}")
        if created_status not in (200, 201):
            raise ValueError(f"created_status must be 200 or 201, not {created_status!r}")
        if token_key not in ("token", "Token"):
            raise ValueError(f"token_key must be 'token' or 'Token', not {token_key!r}")
        self.duplicates = duplicates
        self.created_status = created_status
        self.token_key = token_key
        super().__init__(**options)

    def reset(self) -> None:
        super().reset()
        self.orders: dict[tuple[int, str], dict[str, Any]] = {}
        self._ids = itertools.count(500001)
        self.sessions = TokenStore(self.clock, "quivo-session-")
        if not hasattr(self, "webhooks"):  # subscriptions and thin events: freight_sandbox._webhooks
            self.webhooks = Deliveries()
        self.webhooks.clear()
        self._subscriptions = QuivoSubscriptions(self.webhooks, _sellers)

    client_selectors: ClassVar[tuple[str, ...]] = ("user",)

    @staticmethod
    def client_options(credentials: dict[str, Any], base_url: str, user: int = 0) -> dict[str, Any]:
        """A client's constructor options: the API key, and user `user`'s login."""
        creds = credentials
        account = creds["users"][user]
        return {
            "api_key": creds["api_key"],
            "username": account["username"],
            "password": account["password"],
            "base_url": base_url,
        }

    def credentials(self, base_url: str) -> dict[str, Any]:
        first = USERS[0]
        return {
            "api_key": API_KEY,
            "username": first.username,
            "password": first.password,
            "seller_id": min(first.seller_ids),
            "users": [
                {"username": u.username, "password": u.password, "seller_ids": sorted(u.seller_ids)} for u in USERS
            ],
        }

    # -- plumbing ---------------------------------------------------------------------------------

    def authenticate(self, request: Request, operation: Operation) -> str:
        if request.headers.get("x-api-key") != API_KEY:
            raise ApiError(403, "Forbidden")
        if operation.id == "login":
            return "login"
        raw = request.headers.get("authorization", "")
        value = raw[7:].strip() if raw[:7].lower() == "bearer " else raw.strip()
        session = self.sessions.lookup(value)
        if session is None:
            expired = self.sessions.known(value) is not None
            raise ApiError(401, "The incoming token has expired" if expired else "Unauthorized")
        return session.tenant

    def render_error(self, error: ApiError, operation: Operation | None) -> Response:
        if error.status in (401, 403, 429) or (operation is not None and operation.id == "login"):
            return json_response({"message": error.message}, error.status, headers=error.headers)
        if error.code == "PLAIN":
            return PlainTextResponse(error.message, status_code=error.status, headers=error.headers)
        body = {
            "status": error.code or "ERROR",
            "field": error.field,
            "message": error.message,
            "orderId": error.details[0][2] if error.code == "DUPLICATE" else None,
        }
        status = 400 if error.status in (415, 503) and error.code != "SANDBOX_FAULT" else error.status
        if error.status == 503:
            return json_response({"message": error.message}, 503, headers=error.headers)
        return json_response(body, status, headers=error.headers)

    def validation_error(self, operation: Operation, errors: list[tuple[str, str, str]], where: str) -> ApiError:
        errors = annotate(self.name, operation.id, errors) if where == "body" else errors
        path, rule, message = errors[0]
        if rule == "required":  # plain text, as the docs show; a guessed requirement still says so
            marker = message[message.index(" [inferred rule") :] if " [inferred rule" in message else ""
            return ApiError(400, f"{path}: must not be null{marker}", code="PLAIN", field=path)
        return ApiError(400, f"{path}: {message}", code="ERROR", field=path, details=errors)

    def unsupported_media_type(self, op: Operation, sent: str) -> ApiError:
        return ApiError(400, f"Content type '{sent or '(none)'}' not supported", code="PLAIN")

    def malformed_body(self, op: Operation, message: str) -> ApiError:
        return ApiError(400, "JSON parse error: " + message, code="PLAIN")

    # -- operations -------------------------------------------------------------------------------

    def op_login(self, call: Call) -> Response:
        user = next((u for u in USERS if u.username == call.body["username"]), None)
        if user is None or user.password != call.body["password"]:
            raise ApiError(401, "Invalid username or password")
        session = self.sessions.issue(user.username, SESSION_LIFETIME)
        return json_response({self.token_key: session.value})

    def op_submitOrder(self, call: Call) -> Response:
        body = call.body
        user = next(u for u in USERS if u.username == call.tenant)
        seller = body["sellerId"]
        if seller not in user.seller_ids:
            raise ApiError(
                403,
                inferred(
                    f"User may not submit orders for seller {seller}.",
                    "the docs do not say how a seller the user lacks is answered; 403 is the sandbox's",
                ),
            )
        address = body["deliveryAddress"]
        if not (address.get("name") or address.get("company")):
            message = inferred("name or company is required", "the docs state it for PUT address, not for an order")
            raise ApiError(400, message, code="ERROR", field="deliveryAddress.name")
        country = address.get("countryIso2")
        if country is not None and not re.fullmatch(r"[A-Z]{2}", country):
            message = inferred(
                "must be an ISO 3166-1 alpha-2 country code", "neither the seed nor the docs state a check"
            )
            raise ApiError(400, message, code="ERROR", field="deliveryAddress.countryIso2")
        key = (seller, body["orderIdentifier"])
        existing = self.orders.get(key)
        if existing is not None:
            message = inferred(
                f"Order with orderIdentifier {body['orderIdentifier']} already exists",
                "the seed says orderIdentifier prevents duplicates, not how a duplicate is answered",
            )
            if self.duplicates == "existing":
                return json_response(
                    {"status": "OK", "field": None, "message": message, "orderId": existing["orderId"]}
                )
            if self.duplicates == "conflict":
                raise ApiError(
                    409,
                    message,
                    code="DUPLICATE",
                    field="orderIdentifier",
                    details=[("orderIdentifier", "unique", existing["orderId"])],
                )
            raise ApiError(400, message, code="ERROR", field="orderIdentifier")
        order = {"orderId": next(self._ids), "request": body, "version": 1}
        self.orders[key] = order
        self._subscriptions.changed(seller, "ORDERS", order["orderId"], 1)
        answer = {"status": "OK", "field": None, "message": "Order created", "orderId": order["orderId"]}
        return json_response(answer, self.created_status)

    def change_order(self, order_id: int) -> int:
        """A change of a stored order on Quivo's side (a status moving on): its version goes up and
        the subscriptions to the seller's ORDERS are told; the new version."""
        with self.lock:
            (seller, _), order = next((k, o) for k, o in self.orders.items() if o["orderId"] == order_id)
            order["version"] += 1
            self._subscriptions.changed(seller, "ORDERS", order_id, order["version"])
            return int(order["version"])

    # -- webhook subscriptions (freight_sandbox._webhooks) ---------------------------------------

    def op_createSubscription(self, call: Call) -> Response:
        return self._subscriptions.create(call)

    def op_listSubscriptions(self, call: Call) -> Response:
        return self._subscriptions.list(call)

    def op_getSubscription(self, call: Call) -> Response:
        return self._subscriptions.get(call)


def _sellers(username: str) -> frozenset[int]:
    return next((u.seller_ids for u in USERS if u.username == username), frozenset())


SANDBOX = QuivoSandbox
