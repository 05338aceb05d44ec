"""Trans.eu Orders sandbox: the seed's two operations behind an OAuth2 server as the public docs
describe it (password, authorization-code and refresh-token grants; Basic or body client auth;
1-hour access tokens; single-use, rotating refresh tokens; scopes enforced). PKCE is checked as
RFC 7636 says when the authorization request carried a `code_challenge` (S256 or plain); the
vendor documents no PKCE, so a request without one is served (inferred).

Status of a refused token, as the seed says: 403 "Forbidden (i.e. wrong or missing access token)",
for a missing or unknown token and for a token without the operation's scope; an expired token
(one this sandbox issued) is 401, the seed's other status, which it gives no meaning (inferred).
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

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

HAL, PROBLEM = "application/hal+json", "application/problem+json"
TOKEN_PATH, AUTHORIZE_PATH = "/oauth2/token", "/oauth2/authorize"
CLIENT_ID, CLIENT_SECRET = "sandbox-transeu-client", "sandbox-transeu-secret"
SCOPES = frozenset({"orders.orders.basic.read", "orders.shipping-orders.basic.create"})
ACCESS_LIFETIME, REFRESH_LIFETIME, CODE_LIFETIME = 3600.0, 60 * 86400.0, 60.0
OPERATION_SCOPES = {"getOrder": "orders.orders.basic.read", "addShippingOrder": "orders.shipping-orders.basic.create"}


@dataclass(frozen=True)
class User:
    username: str
    password: str
    company: str
    company_name: str


USERS = (
    User("sandbox-user-a", "sandbox-password-a", "company-a", "Sandbox Shipper A"),
    User("sandbox-user-b", "sandbox-password-b", "company-b", "Sandbox Shipper B"),
)


_TITLES = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    409: "Conflict",
    415: "Unsupported Media Type",
    422: "Unprocessable Entity",
    424: "Failed Dependency",
    429: "Too Many Requests",
    500: "Internal Server Error",
    503: "Service Unavailable",
}


def problem_response(error: ApiError, type_uri: str, media: str, rule_key: Callable[[str], str]) -> Response:
    """Both Trans.eu APIs' error answer: an RFC 7807-style problem, validation failures as
    `validation_messages` {path: {rule: message}} (`rule_key` names a rule as the API does)."""
    problem: dict[str, Any] = {
        "type": type_uri,
        "title": _TITLES.get(error.status, "Error"),
        "status": error.status,
        "detail": error.message,
    }
    if error.details:
        messages: dict[str, dict[str, str]] = {}
        for path, rule, message in error.details:
            messages.setdefault(path, {})[rule_key(rule)] = message
        problem["validation_messages"] = messages
    return json_response(problem, error.status, media, error.headers)


class TransEuSandbox(SandboxApi):
    """In-memory Trans.eu Orders plus its OAuth2 token server, one order book per company."""

    name = "transeu"
    creates = frozenset({"addShippingOrder"})

    def reset(self) -> None:
        super().reset()
        self.orders: dict[str, dict[str, dict[str, Any]]] = {user.company: {} for user in USERS}
        self.access = TokenStore(self.clock, "te-at-")
        self._issued: dict[str, float] = {}  # access token -> expiry, to tell expired from unknown (bounded)
        self.refresh = TokenStore(self.clock, "te-rt-")
        self.codes = TokenStore(self.clock, "te-code-")

    client_selectors: ClassVar[tuple[str, ...]] = ("user",)

    @staticmethod
    def client_options(credentials: dict[str, Any], base_url: str, user: int = 0) -> dict[str, Any]:
        """A client's constructor options: the OAuth client, and user `user`'s password grant."""
        creds = credentials
        return {
            "client_id": creds["client_id"],
            "client_secret": creds["client_secret"],
            "username": creds["users"][user]["username"],
            "password": creds["users"][user]["password"],
            "base_url": base_url,
            "token_url": creds["token_url"],
            "authorize_url": creds["authorize_url"],
        }

    def credentials(self, base_url: str) -> dict[str, Any]:
        first = USERS[0]
        return {
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "username": first.username,
            "password": first.password,
            "token_url": f"{base_url}{TOKEN_PATH}",
            "authorize_url": f"{base_url}{AUTHORIZE_PATH}",
            "users": [{"username": u.username, "password": u.password} for u in USERS],
        }

    def routes(self) -> list[Route]:
        return [
            Route(TOKEN_PATH, self._token, methods=["POST"]),
            Route(AUTHORIZE_PATH, self._authorize, methods=["GET"]),
        ]

    # -- OAuth2 ------------------------------------------------------------------------------------

    def _grant(self, company: str, scopes: frozenset[str]) -> Response:
        access = self.access.issue(company, ACCESS_LIFETIME, scopes)
        self._issued[access.value] = access.expires_at
        while len(self._issued) > MAX_TOKENS:
            del self._issued[next(iter(self._issued))]
        refresh = self.refresh.issue(company, REFRESH_LIFETIME, scopes)
        return json_response(
            {
                "access_token": access.value,
                "expires_in": int(ACCESS_LIFETIME),
                "token_type": "Bearer",
                "scope": " ".join(sorted(scopes)),
                "refresh_token": refresh.value,
            }
        )

    async def _token(self, request: Request) -> Response:
        if not request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
            return oauth_error("invalid_request", "The body must be application/x-www-form-urlencoded.")
        form = {k: str(v) for k, v in (await request.form()).items()}
        if client_of(request, form) != (CLIENT_ID, CLIENT_SECRET):
            return oauth_error("invalid_client", "Client authentication failed.", 401)
        requested = frozenset(form.get("scope", "").split()) or SCOPES
        if not requested <= SCOPES:
            return oauth_error("invalid_scope", f"Unknown scopes: {sorted(requested - SCOPES)}.")
        grant = form.get("grant_type")
        if grant == "password":
            user = next((u for u in USERS if u.username == form.get("username")), None)
            if user is None or user.password != form.get("password"):
                return oauth_error("invalid_grant", "Invalid username and password combination")
            return self._grant(user.company, requested)
        if grant == "refresh_token":
            old = self.refresh.lookup(form.get("refresh_token"))
            if old is None:
                return oauth_error("invalid_grant", "Invalid refresh token")
            self.refresh.revoke(old.value)  # single use: the answer carries a new one
            return self._grant(old.tenant, requested & old.scopes if form.get("scope") else old.scopes)
        if grant == "authorization_code":
            code = self.codes.lookup(form.get("code"))
            if code is None or code.extra.get("redirect_uri") != form.get("redirect_uri"):
                return oauth_error("invalid_grant", "Invalid authorization code")
            if not pkce_verified(code.extra, form.get("code_verifier")):
                return oauth_error("invalid_grant", "The code_verifier does not match the code_challenge.")
            self.codes.revoke(code.value)
            return self._grant(code.tenant, code.scopes)
        return oauth_error("unsupported_grant_type", f"Grant type {grant!r} is not supported.")

    async def _authorize(self, request: Request) -> Response:
        """The user consents at once (as `username`, default the first user) and is redirected back."""
        q = request.query_params
        if q.get("response_type") != "code" or q.get("client_id") != CLIENT_ID or not q.get("redirect_uri"):
            return oauth_error("invalid_request", "response_type=code, client_id and redirect_uri are required.")
        challenge, method = q.get("code_challenge"), q.get("code_challenge_method")
        problem = pkce_request_problem(challenge, method)
        if problem:
            return oauth_error("invalid_request", problem)
        user = next((u for u in USERS if u.username == q.get("username", USERS[0].username)), USERS[0])
        scopes = frozenset(q.get("scope", "").split()) & SCOPES or SCOPES
        pkce = pkce_params(challenge, method)
        code = self.codes.issue(user.company, CODE_LIFETIME, scopes, redirect_uri=q["redirect_uri"], **pkce)
        return redirect_with_code(q["redirect_uri"], code.value, q.get("state"))

    # -- plumbing ---------------------------------------------------------------------------------

    def authenticate(self, request: Request, operation: Operation) -> str:
        value = bearer(request.headers.get("authorization"))
        token = self.access.lookup(value)
        if token is None and value in self._issued:
            raise ApiError(
                401,
                inferred("The access token has expired.", "the seed gives 401 no meaning"),
                headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
            )
        if token is None:
            raise ApiError(
                403,
                "Wrong or missing access token.",
                headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
            )
        if OPERATION_SCOPES[operation.id] not in token.scopes:
            raise ApiError(
                403,
                f"The access token lacks the scope {OPERATION_SCOPES[operation.id]}.",
                headers={"WWW-Authenticate": 'Bearer error="insufficient_scope"'},
            )
        return token.tenant

    def render_error(self, error: ApiError, operation: Operation | None) -> Response:
        return problem_response(
            error, "http://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html", PROBLEM, _validator_key
        )

    def validation_error(self, operation: Operation, errors: list[tuple[str, str, str]], where: str) -> ApiError:
        if where != "body":
            return ApiError(400, f"{errors[0][0]}: {errors[0][2]}", field=errors[0][0])
        errors = annotate(self.name, operation.id, errors)
        field, _, message = errors[0]
        detail = f"Failed Validation: {field}: {message}" if "inferred rule" in message else "Failed Validation"
        return ApiError(422, detail, field=field, details=errors)

    # -- operations -------------------------------------------------------------------------------

    def op_addShippingOrder(self, call: Call) -> Response:
        orders = self.orders[call.tenant]
        body = call.body
        if any(o["number"] == body["number"] for o in orders.values()):
            raise ApiError(409, f"Order number {body['number']} already exists.", field="number")
        user = next(u for u in USERS if u.company == call.tenant)
        order_id = str(uuid.uuid4())
        order = {
            "id": order_id,
            **{k: body[k] for k in ("number", "route", "payment", "carrier", "loads") if k in body},
            "shipper": {
                "company": {
                    "name": user.company_name,
                    "vat_id": f"PL{secrets.randbelow(10**10):010d}",
                    "address": {"locality": "Wroclaw", "postal_code": "53-012", "country": "PL"},
                }
            },
            "_links": {"self": {"href": f"{str(call.request.base_url).rstrip('/')}/orders/{order_id}"}},
        }
        orders[order_id] = order
        return json_response(order, 201, HAL, {"Location": order["_links"]["self"]["href"]})

    def op_getOrder(self, call: Call) -> Response:
        order_id = str(call.path["order-id"])
        order = self.orders[call.tenant].get(order_id)
        if order is None:
            message = f"Order {order_id} not found."
            if any(order_id in orders for orders in self.orders.values()):  # another company's order
                message = inferred(
                    message, "003 gives 404 for an order not found; answering another company's so is ours"
                )
            raise ApiError(404, message)
        return json_response(order, 200, HAL)


def _validator_key(rule: str) -> str:
    """jsonschema keywords named like the Zend validators of the vendor's 422 example."""
    return {
        "required": "isEmpty",
        "pattern": "regexNotMatch",
        "enum": "notInArray",
        "type": "invalidType",
        "exclusiveMinimum": "notGreaterThan",
        "minLength": "stringLengthTooShort",
        "format": "invalidFormat",
    }.get(rule, rule)


SANDBOX = TransEuSandbox
