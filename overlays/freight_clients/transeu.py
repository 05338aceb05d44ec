"""Trans.eu Orders client, with OAuth2 (password, authorization-code with PKCE, and refresh grants).

    from freight_clients import TransEu
    with TransEu(client_id=..., client_secret=..., username=..., password=...) as transeu:   # or TRANSEU_*
        created = transeu.shipping_orders.create(order)
        same = transeu.orders.get(created.id)

The access token is renewed a minute before it expires using the refresh token, which Trans.eu
rotates on every use; one renewal at a time per client (threads and tasks wait for it and reuse
its token), and each new token goes to the token storage (in memory by default,
`FileTokenStorage(path)` to survive restarts and to share between processes, or your own
`load()`/`save()`). Before renewing, the storage is read again: a token another process rotated
is adopted instead of spending a refresh token that is already gone. A refused refresh token falls
back to the password grant when username and password are configured. A 401 forces one renewal
and one retry. A duplicate order number raises DuplicateOrderError (AlreadyCreatedError when an
earlier attempt of the same call may have created it); a 422 raises UnprocessableEntityError whose
`field_messages` maps fields to messages. authlib builds the authorization URL (state and PKCE).
"""

from __future__ import annotations

import base64
import hashlib
import time
import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeAlias, Unpack
from urllib.parse import quote

import httpx

from ._auth import Auth, token_json
from ._lazy import lazy

if TYPE_CHECKING:
    from transeu_client import models
    from transeu_client.api.orders import get_order
    from transeu_client.api.shipping_orders import add_shipping_order
    from transeu_client.models import Order, ShippingOrder
else:  # the generated package loads on the first call, not on import (see _lazy)
    models = lazy("transeu_client.models")
    get_order = lazy("transeu_client.api.orders.get_order")
    add_shipping_order = lazy("transeu_client.api.shipping_orders.add_shipping_order")
from ._base_client import (
    APIResource,
    AsyncAPIClient,
    ClientOptions,
    Op,
    SyncAPIClient,
    Timeout,
    _ClientCore,
    json_model,
)
from ._config import check_credential, check_secret_url, from_env, require
from ._exceptions import (
    AlreadyCreatedError,
    APIStatusError,
    AuthenticationError,
    ClientValidationError,
    DuplicateOrderError,
)
from ._models import JsonBody
from ._plan import Async, M, Plan, Sync, operation
from ._redact import register_secret
from ._token_storage import FileTokenStorage, MemoryTokenStorage, TokenStorage

BASE_URL = "https://orders.system.trans.eu/api/rest/v1"
TOKEN_URL = "https://auth.system.trans.eu/oauth2/token"
AUTHORIZE_URL = "https://auth.system.trans.eu/oauth2/authorize"
SCOPES = ("orders.orders.basic.read", "orders.shipping-orders.basic.create")
#: Renew this many seconds before the access token expires.
RENEW_MARGIN = 60.0
OrderInput: TypeAlias = "ShippingOrder | Mapping[str, Any]"

__all__ = ["AsyncTransEu", "FileTokenStorage", "MemoryTokenStorage", "TokenStorage", "TransEu"]


class TransEuAuth(Auth):
    """Bearer tokens from Trans.eu's token endpoint (client authentication by HTTP Basic)."""

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        token_url: str,
        username: str | None,
        password: str | None,
        storage: TokenStorage,
        scopes: tuple[str, ...],
    ) -> None:
        super().__init__({})
        self.client_id, self.token_url, self.storage, self.scopes = client_id, token_url, storage, scopes
        basic = base64.b64encode(f"{quote(client_id, safe='')}:{quote(client_secret, safe='')}".encode()).decode()
        self._client_auth = f"Basic {basic}"
        register_secret(client_secret)
        register_secret(basic)
        self._username, self._password = username, password
        register_secret(password)
        self._key = hashlib.sha256(f"{client_id}|{username}".encode()).hexdigest()[:16]
        self._token: dict[str, Any] | None = None
        self._adopt(self._stored())
        #: Authorizations started by `authorization_url`: state -> (PKCE verifier, redirect URI).
        self.pending: dict[str, tuple[str, str]] = {}

    @property
    def credential_key(self) -> str:
        return self._key

    def _stored(self) -> dict[str, Any] | None:
        try:
            token = self.storage.load()
        except Exception:  # an unreadable storage means "no token"
            return None
        return token if isinstance(token, dict) and isinstance(token.get("access_token"), str) else None

    def _adopt(self, token: dict[str, Any] | None) -> None:
        if token is None:
            return
        for key in ("access_token", "refresh_token"):
            register_secret(token.get(key))
        self._token = dict(token)

    def needs_token(self) -> bool:
        token = self._token
        expires_at = token.get("expires_at") if token else None
        if not isinstance(expires_at, int | float) or isinstance(expires_at, bool):
            return True  # no token, or a stored one whose expiry is not a number: renew it
        return expires_at - RENEW_MARGIN <= time.time()

    def token_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._token['access_token']}"} if self._token else {}

    def fetch(self, client: _ClientCore, op: Op, timeout: Timeout) -> Plan[None]:
        stored = self._stored()
        if stored and stored.get("access_token") != (self._token or {}).get("access_token"):
            # another process (or client) rotated it: its refresh token is the live one
            self._adopt(stored)
            if not self.needs_token():
                return
        refresh = (self._token or {}).get("refresh_token")
        if isinstance(refresh, str) and refresh:
            try:
                yield from self.grant(client, op, timeout, {"grant_type": "refresh_token", "refresh_token": refresh})
                return
            except AuthenticationError:
                self._token = None  # refused (rotated elsewhere, expired): log in again if we can
                if not self._password_grant_possible():
                    raise
        if not self._password_grant_possible():
            raise ClientValidationError(
                api=client.title,
                operation="token",
                field="password",
                message="no valid token; pass username and password, or complete the authorization-code flow "
                "(authorization_url / complete_authorization)",
            )
        form = {"grant_type": "password", "username": self._username or "", "password": self._password or ""}
        yield from self.grant(client, op, timeout, {**form, "scope": " ".join(self.scopes)})

    def _password_grant_possible(self) -> bool:
        return bool(self._username and self._password)

    def grant(self, client: _ClientCore, op: Op, timeout: Timeout, form: dict[str, str]) -> Plan[None]:
        """One token request; the answer is kept and saved to the storage."""
        kwargs = {
            "method": "POST",
            "url": self.token_url,
            "data": form,
            "headers": {"Authorization": self._client_auth, "Accept": "application/json"},
        }
        response = yield from client.exchange(client.build_request(kwargs, timeout), "token", op)
        token = token_json(client, response, "token", "access_token")
        expires_in = token.get("expires_in")
        # our own clock, whatever the answer says: a stored expires_at is a number we wrote
        token["expires_at"] = time.time() + (float(expires_in) if isinstance(expires_in, int | float) else 3600)
        self._adopt(token)
        try:
            self.storage.save(token)
        except Exception as failure:  # the token still works in memory; say why it was not kept
            client.log.warning("%s: could not save the token: %s", client.title, type(failure).__name__)

    def invalidate(self, sent: Mapping[str, str]) -> bool:
        token = self._token
        if token is not None and sent.get("Authorization") == f"Bearer {token.get('access_token')}":
            token["expires_at"] = 0  # renewed (refresh, else password) before the next request
        return True

    def authorization_url(self, authorize_url: str, redirect_uri: str, state: str | None) -> tuple[str, str]:
        from authlib.common.security import generate_token
        from authlib.oauth2.rfc6749.parameters import prepare_grant_uri
        from authlib.oauth2.rfc7636 import create_s256_code_challenge

        state = state or generate_token(30)
        verifier = generate_token(64)
        register_secret(verifier)
        self.pending[state] = (verifier, redirect_uri)
        url = prepare_grant_uri(
            authorize_url,
            self.client_id,
            "code",
            redirect_uri,
            " ".join(self.scopes),
            state,
            code_challenge=create_s256_code_challenge(verifier),
            code_challenge_method="S256",
        )
        return str(url), state

    def exchange_code(self, client: _ClientCore, op: Op, code: str, redirect_uri: str, state: str) -> Plan[None]:
        pending = self.pending.pop(state, None)
        if pending is None or pending[1] != redirect_uri:
            raise ClientValidationError(
                api=client.title,
                operation="token",
                field="state",
                message="the redirect's state was not issued by authorization_url (or was already used) "
                "for this redirect URI: possible request forgery, refused",
            )
        form = {"grant_type": "authorization_code", "code": code, "redirect_uri": redirect_uri}
        yield from self.grant(client, op, None, {**form, "code_verifier": pending[0]})


class _TransEuCore(_ClientCore):
    api: ClassVar[str] = "transeu"
    title: ClassVar[str] = "Trans.eu"
    _auth: TransEuAuth
    authorize_url: str

    @classmethod
    def for_sandbox(cls, sandbox: Any, *, user: int = 0, **options: Any) -> Self:
        """A client for a running `freight-sandbox transeu` (or a sandbox fixture / handle)."""
        options.setdefault("rate_limit", None)  # a sandbox has no limit unless started with one
        return cls(**_sandbox_settings(sandbox, user), **cls._wire_sandbox(sandbox, options))

    def authorization_url(self, redirect_uri: str, state: str | None = None) -> tuple[str, str]:
        """Where to send the user to consent (authorization-code grant with PKCE), and the state
        to compare with the redirect's; pass both to `complete_authorization`."""
        return self._auth.authorization_url(self.authorize_url, redirect_uri, state)

    def _configure(self, settings: dict[str, Any], scopes: tuple[str, ...], storage: TokenStorage | None) -> Any:
        register_secret(settings["client_secret"])
        return TransEuAuth(
            settings["client_id"],
            settings["client_secret"],
            settings["token_url"],
            settings["username"],
            settings["password"],
            storage or MemoryTokenStorage(),
            scopes,
        )

    def _error_details(self, body: Any) -> tuple[str | None, str | None, str | None]:
        if isinstance(body, dict):
            messages = body.get("validation_messages")
            field = next(iter(messages), None) if isinstance(messages, dict) else None
            detail = body.get("detail") or body.get("title") or body.get("error_description")
            if field and isinstance(messages, dict):
                detail = f"{detail}: " + "; ".join(
                    f"{name}: {', '.join(rules.values()) if isinstance(rules, dict) else rules}"
                    for name, rules in messages.items()
                )
            return body.get("title") if body.get("status") else body.get("error"), field, detail
        return None, None, str(body)[:300] if body else None

    def _error_class(self, response: httpx.Response, code: str | None) -> type[APIStatusError]:
        if response.status_code in (401, 403) and _token_refused(response):
            return AuthenticationError  # the seed: 403 for a wrong or missing access token
        return DuplicateOrderError if response.status_code == 409 else super()._error_class(response, code)

    def _order_body(self, order: OrderInput) -> Any:  # a JsonBody, duck-typed for the generated _get_kwargs
        return JsonBody(self._body("addShippingOrder", "ShippingOrder", order))


def _settings(
    client_id: str | None,
    client_secret: str | None,
    username: str | None,
    password: str | None,
    base_url: str | None,
    token_url: str | None,
) -> dict[str, Any]:
    identifier = require(from_env(client_id, "TRANSEU_CLIENT_ID"), "client id", "TRANSEU_CLIENT_ID", "Trans.eu")
    secret = require(
        from_env(client_secret, "TRANSEU_CLIENT_SECRET"), "client secret", "TRANSEU_CLIENT_SECRET", "Trans.eu"
    )
    user, word = from_env(username, "TRANSEU_USERNAME"), from_env(password, "TRANSEU_PASSWORD")
    return {
        "client_id": check_credential(identifier, "client id", "Trans.eu"),
        "client_secret": check_credential(secret, "client secret", "Trans.eu"),
        "username": user and check_credential(user, "username", "Trans.eu"),
        "password": word and check_credential(word, "password", "Trans.eu"),
        "base_url": from_env(base_url, "TRANSEU_BASE_URL", BASE_URL) or BASE_URL,
        "token_url": check_secret_url(
            from_env(token_url, "TRANSEU_TOKEN_URL", TOKEN_URL) or TOKEN_URL, "token URL", "Trans.eu"
        ),
    }


def _sandbox_settings(sandbox: Any, user: int) -> dict[str, Any]:
    creds = sandbox.credentials
    return {
        "client_id": creds["client_id"],
        "client_secret": creds["client_secret"],
        "username": creds["users"][user]["username"],
        "password": creds["users"][user]["password"],
        "base_url": sandbox.base_url,
        "token_url": creds["token_url"],
        "authorize_url": creds["authorize_url"],
    }


_ORDER = json_model(lambda data: models.Order.from_dict(data))


def _token_refused(response: httpx.Response) -> bool:
    """True for a 401, and for a 403 that is about the token rather than a scope (the seed says
    Trans.eu answers 403 for a wrong or missing access token)."""
    if response.status_code == 401:
        return True
    text = response.text.casefold() if response.content else ""
    return "token" in text and "scope" not in text


class TransEu(_TransEuCore, SyncAPIClient):
    """Trans.eu Orders (blocking)."""

    def __init__(
        self,
        client_id: str | None = None,
        client_secret: str | None = None,
        *,
        username: str | None = None,
        password: str | None = None,
        base_url: str | None = None,
        token_url: str | None = None,
        authorize_url: str = AUTHORIZE_URL,
        scopes: tuple[str, ...] = SCOPES,
        token_storage: TokenStorage | None = None,
        transport: httpx.BaseTransport | None = None,
        http_client: httpx.Client | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        options.setdefault("rate_limit", "adaptive")  # no published limit: learn it from 429s
        settings = _settings(client_id, client_secret, username, password, base_url, token_url)
        self.authorize_url = check_secret_url(authorize_url, "authorize URL", "Trans.eu")
        auth = self._configure(settings, scopes, token_storage)
        super().__init__(
            base_url=settings["base_url"],
            auth=auth,
            default_headers={"Accept": "application/hal+json"},
            transport=transport,
            http_client=http_client,
            **options,
        )
        self.shipping_orders: ShippingOrders[Sync] = ShippingOrders(self)
        self.orders: Orders[Sync] = Orders(self)

    def complete_authorization(self, code: str, redirect_uri: str, state: str) -> None:
        """Exchange the code the redirect carried for tokens (kept in the token storage), after
        checking that its `state` is the one `authorization_url` issued."""
        self._run("token", lambda op: self._auth.exchange_code(self, op, code, redirect_uri, state))


class ShippingOrders(APIResource[M]):
    """Shipping orders: create."""

    path = "shipping_orders"
    _client: _TransEuCore

    @operation
    def create(self, order: OrderInput, *, timeout: Timeout = None) -> Plan[Order]:
        """Add a shipping order. Retried on 429, 5xx, timeouts and resets: the order number is
        unique per company, so a retry cannot create a second order. A duplicate answer after an
        attempt whose outcome is unknown raises AlreadyCreatedError (that attempt probably created
        it; Trans.eu cannot look it up by number); otherwise DuplicateOrderError."""
        kwargs = add_shipping_order._get_kwargs(body=self._client._order_body(order))
        try:
            created: Order = yield from self._fetch(
                "addShippingOrder", kwargs, _ORDER, idempotent=True, timeout=timeout
            )
        except DuplicateOrderError as error:
            if error.outcome_unknown:
                raise AlreadyCreatedError.after(error) from error
            raise
        return created


class Orders(APIResource[M]):
    """Orders: get."""

    path = "orders"
    _client: _TransEuCore

    @operation
    def get(self, order_id: str | uuid.UUID, *, timeout: Timeout = None) -> Plan[Order]:
        try:
            key = order_id if isinstance(order_id, uuid.UUID) else uuid.UUID(str(order_id))
        except ValueError:
            raise ClientValidationError(
                api="Trans.eu", operation="getOrder", field="order_id", message=f"not a UUID: {str(order_id)[:60]!r}"
            ) from None
        kwargs = get_order._get_kwargs(order_id=key)
        return (yield from self._fetch("getOrder", kwargs, _ORDER, idempotent=True, timeout=timeout))


class AsyncTransEu(_TransEuCore, AsyncAPIClient):
    """Trans.eu Orders (asyncio), with the same surface as TransEu."""

    def __init__(
        self,
        client_id: str | None = None,
        client_secret: str | None = None,
        *,
        username: str | None = None,
        password: str | None = None,
        base_url: str | None = None,
        token_url: str | None = None,
        authorize_url: str = AUTHORIZE_URL,
        scopes: tuple[str, ...] = SCOPES,
        token_storage: TokenStorage | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        options.setdefault("rate_limit", "adaptive")  # no published limit: learn it from 429s
        settings = _settings(client_id, client_secret, username, password, base_url, token_url)
        self.authorize_url = check_secret_url(authorize_url, "authorize URL", "Trans.eu")
        auth = self._configure(settings, scopes, token_storage)
        super().__init__(
            base_url=settings["base_url"],
            auth=auth,
            default_headers={"Accept": "application/hal+json"},
            transport=transport,
            http_client=http_client,
            **options,
        )
        self.shipping_orders: ShippingOrders[Async] = ShippingOrders(self)
        self.orders: Orders[Async] = Orders(self)

    async def complete_authorization(self, code: str, redirect_uri: str, state: str) -> None:
        """Exchange the code the redirect carried for tokens, after checking its `state`."""
        await self._run("token", lambda op: self._auth.exchange_code(self, op, code, redirect_uri, state))
