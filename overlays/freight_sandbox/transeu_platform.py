"""Trans.eu platform sandbox: the orders-api operations of `transeu-platform-orders.yaml` behind the
platform's OAuth 2.0 server as the vendor's pages describe it.

- Authorization code only (`GET /oauth2/auth`, the user consents at once; codes live 1 minute),
  the token endpoint `POST /ext/auth-api/accounts/token` (form-encoded, the `Api-key` header,
  client authentication by HTTP Basic or form fields), 1-hour access tokens and **single-use**
  refresh tokens: each refresh answers a new pair and spends the old refresh token, whose reuse is
  `invalid_grant`. PKCE (S256 or plain, RFC 7636) is checked when the authorization request carried a
  `code_challenge`; the vendor documents no PKCE, so it is optional here (inferred).
- Every API request needs `Api-key` and a bearer token (401 otherwise, as the vendor's file lists).
- Business rules: an order number is unique per company (409, inferred: see the spec's
  DuplicateNumber); a `null` number is assigned; the deprecated `POST /orders-created` still answers
  like `POST /orders`; pages of created orders are numbered from 1, 30 orders each, and a page past
  the last is 404 "Page not found"; a read answers 424 while a dependent service is down
  (`outage=` rate, or `dependency_down = True`), a fault of this API's own.
- Callbacks: a create with `callback_url` makes that URL the order's delivery target in the shared
  engine (`webhooks`, `freight_sandbox._webhooks.Deliveries`, the one SpotGo's and Quivo's
  subscriptions use), and each change of the order POSTs an event `{id, event_name: "{...}",
  occurred_at, data}` there (names in braces, as documented; the order event names are ours,
  inferred): at once, from a worker thread, retried on a non-200 answer or a connection failure,
  journaled in `webhooks.log`, to loopback URLs only. No retry policy appears in the vendor's
  callback page as captured (research anchors-3 §3.1): the engine's (3 retries, increasing
  intervals) is the sandbox's, and there is no deactivation (a per-order URL has no subscription
  to deactivate).

`credentials()` also publishes a bootstrap refresh token per user that the sandbox never spends,
so clients can start without the interactive consent (a sandbox convenience; every token the
sandbox issues is single use; a real integration completes the code flow once).
"""

from __future__ import annotations

import asyncio
import collections
import copy
import datetime
import random
import secrets
import urllib.parse
import uuid
from dataclasses import dataclass
from typing import Any, ClassVar

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from freight_clients.support import is_loopback

from . import examples
from ._auth import (
    MAX_TOKENS,
    TokenStore,
    bearer,
    client_of,
    oauth_error,
    pkce_params,
    pkce_request_problem,
    pkce_verified,
    redirect_with_code,
)
from ._core import ApiError, Call, Operation, SandboxApi, json_response
from ._guesses import annotate, inferred
from ._webhooks import Deliveries
from .transeu import problem_response

TOKEN_PATH, AUTHORIZE_PATH = "/ext/auth-api/accounts/token", "/oauth2/auth"
CLIENT_ID, CLIENT_SECRET = "sandbox-platform-client", "sandbox-platform-secret"
API_KEY = "sandbox-platform-api-key"
REDIRECT_URI = "https://app.example/transeu/callback"
ACCESS_LIFETIME, CODE_LIFETIME = 3600.0, 60.0
#: How long an unused refresh token lives (not documented; inferred).
REFRESH_LIFETIME = 30 * 86400.0
#: Orders per page of `listCreatedOrders` (third-party code stops at fewer than 30).
PAGE_SIZE = 30
_READS = frozenset({"listCreatedOrders", "getCreatedOrder"})


@dataclass(frozen=True)
class User:
    username: str
    company: str
    company_id: int
    legal_name: str
    vat_id: str
    #: A refresh token the sandbox publishes for this user and never spends (a sandbox convenience:
    #: every token it issues is single use; this one lets any number of clients start).
    bootstrap_token: str


USERS = (
    User("sandbox-platform-user-a", "company-a", 200001, "Sandbox Shipper A", "PL0000000001", "tp-rt-bootstrap-a"),
    User("sandbox-platform-user-b", "company-b", 200002, "Sandbox Shipper B", "PL0000000002", "tp-rt-bootstrap-b"),
)
_BOOTSTRAP = frozenset(user.bootstrap_token for user in USERS)


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")


class TransEuPlatformSandbox(SandboxApi):
    """In-memory Trans.eu platform orders plus its token server, one order book per company."""

    name = "transeu_platform"
    creates = frozenset({"createOrder", "createOrderDeprecated"})
    client_selectors: ClassVar[tuple[str, ...]] = ("user",)

    def __init__(self, *, outage: float = 0.0, token_latency: float = 0.0, **options: Any) -> None:
        if not 0 <= outage <= 1:
            raise ValueError(f"outage rate {outage} is not between 0 and 1")
        #: Seconds the token endpoint takes to answer (a slow authorization server widens races).
        self.token_latency = max(0.0, token_latency)
        #: Share of reads (the operations that document 424) answered 424.
        self.outage = outage
        self._outage_draws = random.Random(options.get("seed"))
        #: While True, every read answers 424 (a dependent service is down).
        self.dependency_down = False
        super().__init__(**options)

    def reset(self) -> None:
        super().reset()
        self.orders: dict[str, dict[str, dict[str, Any]]] = {user.company: {} for user in USERS}
        self.amendments: dict[str, dict[str, dict[str, Any]]] = {}
        self.access = TokenStore(self.clock, "tp-at-")
        self._issued: dict[str, float] = {}  # access token -> expiry, to tell expired from unknown (bounded)
        self.refresh = TokenStore(self.clock, "tp-rt-")
        for user in USERS:
            self.refresh.issue(user.company, REFRESH_LIFETIME, value=user.bootstrap_token)
        self.codes = TokenStore(self.clock, "tp-code-")
        #: Token answers by grant type, and refused refresh tokens (single use: a reuse is refused).
        self.grants: collections.Counter[str] = collections.Counter()
        self.refused_refreshes = 0
        if not hasattr(self, "webhooks"):  # the callbacks' deliveries: freight_sandbox._webhooks
            self.webhooks = Deliveries()
        self.webhooks.clear()
        self._numbers = 0

    # -- credentials and client options ----------------------------------------------------------

    def credentials(self, base_url: str) -> dict[str, Any]:
        """The application's credentials, and per user the bootstrap refresh token (never spent)."""
        return {
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "api_key": API_KEY,
            "token_url": f"{base_url}{TOKEN_PATH}",
            "authorize_url": f"{base_url}{AUTHORIZE_PATH}",
            "redirect_uri": REDIRECT_URI,
            "users": [
                {
                    "username": user.username,
                    "company_id": user.company_id,
                    "refresh_token": user.bootstrap_token,
                }
                for user in USERS
            ],
        }

    @staticmethod
    def client_options(credentials: dict[str, Any], base_url: str, user: int = 0) -> dict[str, Any]:
        """A client's constructor options: the application, and user `user`'s refresh token."""
        creds = credentials
        return {
            "client_id": creds["client_id"],
            "client_secret": creds["client_secret"],
            "api_key": creds["api_key"],
            "refresh_token": creds["users"][user]["refresh_token"],
            "base_url": base_url,
            "token_url": creds["token_url"],
            "authorize_url": creds["authorize_url"],
        }

    def routes(self) -> list[Route]:
        return [
            Route(TOKEN_PATH, self._token, methods=["POST"]),
            Route(AUTHORIZE_PATH, self._authorize, methods=["GET"]),
        ]

    # -- OAuth 2.0 --------------------------------------------------------------------------------

    def _grant(self, company: str, kind: str) -> Response:
        access = self.access.issue(company, ACCESS_LIFETIME)
        self._issued[access.value] = access.expires_at
        while len(self._issued) > MAX_TOKENS:
            del self._issued[next(iter(self._issued))]
        refresh = self.refresh.issue(company, REFRESH_LIFETIME)
        self.grants[kind] += 1
        return json_response(
            {
                "access_token": access.value,
                "expires_in": int(ACCESS_LIFETIME),
                "token_type": "Bearer",
                "refresh_token": refresh.value,
            }
        )

    async def _token(self, request: Request) -> Response:
        if not request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
            return oauth_error("invalid_request", "The body must be application/x-www-form-urlencoded.")
        if request.headers.get("api-key") != API_KEY:
            return oauth_error("invalid_client", "Missing or invalid Api-key header.", 401)
        form = {k: str(v) for k, v in (await request.form()).items()}
        if self.token_latency:
            await asyncio.sleep(self.token_latency)
        if client_of(request, form) != (CLIENT_ID, CLIENT_SECRET):
            return oauth_error("invalid_client", "Client authentication failed.", 401)
        grant = form.get("grant_type")
        with self.lock:  # check and spend in one step: a refresh token or code is used at most once
            if grant == "refresh_token":
                old = self.refresh.lookup(form.get("refresh_token"))
                if old is None:
                    self.refused_refreshes += 1
                    return oauth_error("invalid_grant", "The refresh token is unknown, expired or already used.")
                if old.value not in _BOOTSTRAP:
                    self.refresh.revoke(old.value)  # single serving: the answer carries a new one
                return self._grant(old.tenant, "refresh_token")
            if grant == "authorization_code":
                code = self.codes.lookup(form.get("code"))
                if code is None or code.extra.get("redirect_uri") != form.get("redirect_uri"):
                    return oauth_error("invalid_grant", "Invalid authorization code.")
                if not pkce_verified(code.extra, form.get("code_verifier")):  # RFC 7636 §4.6, RFC 9700 §2.1.1
                    return oauth_error("invalid_grant", "The code verifier does not match.")
                self.codes.revoke(code.value)
                return self._grant(code.tenant, "authorization_code")
        return oauth_error("unsupported_grant_type", f"Grant type {grant!r} is not supported.")

    async def _authorize(self, request: Request) -> Response:
        """The user (`username`, default the first) consents at once and is redirected back."""
        q = request.query_params
        redirect = q.get("redirect_uri", "")
        if q.get("response_type") != "code" or q.get("client_id") != CLIENT_ID or not redirect:
            return oauth_error("invalid_request", "response_type=code, client_id and redirect_uri are required.")
        target = urllib.parse.urlsplit(redirect)
        if not (target.scheme == "https" or (target.scheme == "http" and is_loopback(target.hostname or ""))):
            return oauth_error("invalid_request", "The redirect URI must be https (or a loopback http URI).")
        challenge, method = q.get("code_challenge"), q.get("code_challenge_method")
        problem = pkce_request_problem(challenge, method)  # RFC 7636 §4.4.1: S256 or plain (the default)
        if problem:
            return oauth_error("invalid_request", problem)
        user = next((u for u in USERS if u.username == q.get("username", USERS[0].username)), USERS[0])
        pkce = pkce_params(challenge, method)
        code = self.codes.issue(user.company, CODE_LIFETIME, frozenset(), redirect_uri=redirect, **pkce)
        return redirect_with_code(redirect, code.value, q.get("state"))

    # -- plumbing ---------------------------------------------------------------------------------

    def authenticate(self, request: Request, operation: Operation) -> str:
        if request.headers.get("api-key") != API_KEY:
            raise ApiError(401, "Missing or invalid Api-key header.")
        value = bearer(request.headers.get("authorization"))
        token = self.access.lookup(value)
        if token is None:
            expired = value in self._issued
            raise ApiError(
                401,
                "The access token has expired." if expired else "Missing or invalid access token.",
                headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
            )
        return token.tenant

    def render_error(self, error: ApiError, operation: Operation | None) -> Response:
        return problem_response(error, "about:blank", "application/json", str)

    def validation_error(self, operation: Operation, errors: list[tuple[str, str, str]], where: str) -> ApiError:
        if where != "body":
            return ApiError(400, f"{errors[0][0]}: {errors[0][2]}", field=errors[0][0])
        errors = annotate(self.name, operation.id, errors)
        return ApiError(422, "Validation failed.", field=errors[0][0], details=errors)

    def unsupported_media_type(self, op: Operation, sent: str) -> ApiError:
        """400, which the writes document (the vendor's file lists no 415)."""
        return ApiError(400, f"Content-Type {sent or '(none)'} is not supported; expected application/json.")

    def _depend(self, call: Call) -> None:
        """424 while a dependent service is down (the reads document it)."""
        down = self.dependency_down or (self.outage > 0 and self._outage_draws.random() < self.outage)
        if down:
            raise ApiError(424, "A service the orders API depends on did not answer.")

    def _order_of(self, call: Call, key: str) -> dict[str, Any]:
        order = self.orders[call.tenant].get(str(call.path[key]))
        if order is None:
            raise ApiError(404, f"Order {call.path[key]} not found.")
        return order

    def _event(self, order: dict[str, Any], name: str, data: dict[str, Any]) -> None:
        """Deliver an event about `order` to its callback URL, if it was given one."""
        target = self.webhooks.target_of(order["id"])
        if target is not None:
            event = {"id": order["id"], "event_name": "{" + name + "}", "occurred_at": _now(), "data": data}
            self.webhooks.send_now(target, event)

    # -- operations -------------------------------------------------------------------------------

    def _create(self, call: Call) -> Response:
        body = call.body
        orders = self.orders[call.tenant]
        number = body.get("number")
        if isinstance(number, str) and any(o["number"] == number for o in orders.values()):
            raise ApiError(
                409,
                inferred(f"An order with number {number} already exists.", "the platform's answer is not documented"),
                field="number",
            )
        if not isinstance(number, str):
            self._numbers += 1
            number = f"TE/{self._numbers:06d}"
        user = next(u for u in USERS if u.company == call.tenant)
        freight = body.get("freight") or {}
        carrier = freight.get("carrier") or {}
        order_id = str(uuid.uuid4())
        order: dict[str, Any] = {
            "id": order_id,
            "number": number,
            "created_at": _now(),
            "status": {"value": "new", "comment": ""},
            "additional_terms": body.get("additional_terms"),
            "shipment_external_id": freight.get("shipment_external_id"),
            "freight": {
                "id": f"freight-{secrets.token_hex(6)}",
                "reference_number": freight.get("reference_number"),
                "shipment_external_id": freight.get("shipment_external_id"),
                "carrier": {
                    "company_id": carrier.get("company_id"),
                    "legal_name": f"Carrier {carrier.get('company_id', '')}".strip(),
                    "vat_id": "PL9999999999",
                    "assignee": None,
                },
                "shipper": {"company_id": user.company_id, "legal_name": user.legal_name, "vat_id": user.vat_id},
                "capacity": {"value": freight.get("capacity"), "unit_code": "t"},
                "spots": _entity_spots(freight.get("spots") or [], freight.get("loads") or []),
                "loads": freight.get("loads") or [],
                "requirements": freight.get("requirements") or {},
            },
            "payment": body.get("payment"),
            "monitoring": body.get("monitoring") or {"required": False, "providers": []},
            "attachments": [],
            "related": [],
        }
        if body.get("callback_url"):
            self.webhooks.target(call.tenant, order_id, str(body["callback_url"]))
        orders[order_id] = order
        self._event(order, "orders.order.created", {"number": number})
        return json_response(_public(order), 201, "application/json")

    def op_createOrder(self, call: Call) -> Response:
        return self._create(call)

    def op_createOrderDeprecated(self, call: Call) -> Response:
        return self._create(call)  # deprecated, "maintained for backward compatibility": still answers

    def op_listCreatedOrders(self, call: Call) -> Response:
        self._depend(call)
        field, descending, page = call.query["sortBy"], call.query["order"] == "desc", call.query["page"]
        orders = list(self.orders[call.tenant].values())

        def key(order: dict[str, Any]) -> tuple[int, str]:
            value = order.get(field, order["created_at"])
            return (0, str(value)) if value is not None else (1, "")

        orders.sort(key=lambda o: o["created_at"], reverse=descending)  # stable: ties keep the creation order
        orders.sort(key=key, reverse=descending)
        start = (page - 1) * PAGE_SIZE
        if page > 1 and start >= len(orders):
            raise ApiError(404, "Page not found.")
        return json_response([_public(o) for o in orders[start : start + PAGE_SIZE]], 200, "application/json")

    def op_getCreatedOrder(self, call: Call) -> Response:
        self._depend(call)
        return json_response(_public(self._order_of(call, "id")), 200, "application/json")

    def op_updateOrder(self, call: Call) -> Response:
        order = self._order_of(call, "orderId")
        value = call.body["freight"]["shipment_external_id"]
        order["shipment_external_id"] = value
        order["freight"]["shipment_external_id"] = value
        self._event(order, "orders.order.updated", {"shipment_external_id": value})
        return Response(status_code=204)

    def op_addOrderAmendment(self, call: Call) -> Response:
        order = self._order_of(call, "orderId")
        amendments = self.amendments.setdefault(order["id"], {})
        amendment_id = call.body.get("id") or str(uuid.uuid4())
        if amendment_id not in amendments:  # the same id again is the same amendment
            amendments[amendment_id] = dict(call.body, id=amendment_id)
            self._event(order, "orders.amendment.created", {"amendment_id": amendment_id})
        return Response(status_code=204)


def example_order(number: str | None = None) -> dict[str, Any]:
    """A valid create body: the spec's example with `number` when given (`examples.transeu_platform_order`)."""
    return examples.transeu_platform_order(number)


#: The fields of a load of an operation in the vendor's entity (OrderApiFreightSpotOperationLoad).
_OPERATION_LOAD_FIELDS = (
    "load_id", "name", "type_of_load", "amount", "description", "is_stackable", "is_exchangeable",
    "weight", "height", "width", "length", "volume", "loading_meters",
)  # fmt: skip


def _entity_spots(spots: list[dict[str, Any]], loads: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The create's spots as the entity answers them: each operation's `{load_id, weight}` becomes
    the whole load it names (the operation's weight, when given, wins); one naming no load of the
    freight keeps its `load_id` and `weight` (other keys a sender adds are not echoed)."""
    by_id = {load["load_id"]: load for load in loads if isinstance(load, dict) and isinstance(load.get("load_id"), str)}
    answered = copy.deepcopy(spots)
    for spot in answered:
        for operation in spot.get("operations") or []:
            if not isinstance(operation.get("loads"), list):
                continue
            resolved = []
            for ref in operation["loads"]:
                load = by_id.get(ref.get("load_id")) if isinstance(ref, dict) else None
                if load is None:  # a reference to no load of the freight: its own fields only
                    resolved.append({k: ref[k] for k in ("load_id", "weight") if isinstance(ref, dict) and k in ref})
                    continue
                whole = {k: load[k] for k in _OPERATION_LOAD_FIELDS if k in load}
                if ref.get("weight") is not None:
                    whole["weight"] = ref["weight"]
                resolved.append(whole)
            operation["loads"] = resolved
    return answered


def _public(order: dict[str, Any]) -> dict[str, Any]:
    """An order as answered (without the sandbox's own bookkeeping keys)."""
    return {k: v for k, v in order.items() if not k.startswith("_")}


SANDBOX = TransEuPlatformSandbox
