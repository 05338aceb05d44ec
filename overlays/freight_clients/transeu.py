"""Trans.eu Orders client, with OAuth2 by authlib (password, authorization-code and refresh grants).

    from freight_clients import TransEu
    with TransEu(client_id=..., client_secret=..., username=..., password=...) as transeu:   # or TRANSEU_*
        created = transeu.shipping_orders.create(order)
        same = transeu.orders.get(created.id)

authlib renews the access token a minute before it expires using the refresh token, which Trans.eu
rotates on every use; each new token goes to the token storage (in memory by default,
`FileTokenStorage(path)` to survive restarts, or your own `load()`/`save()`). A 401 forces one
renewal and one retry. A duplicate order number raises DuplicateOrderError (AlreadyCreatedError
when a retried create met the order its lost first attempt made); a 422 raises
UnprocessableEntityError whose `field_messages` maps fields to messages.
"""

from __future__ import annotations

import hashlib
import json
import os
import warnings
from collections.abc import Mapping
from pathlib import Path
from typing import Any, ClassVar, Protocol, Unpack

import httpx

from transeu_client.api.orders import get_order
from transeu_client.api.shipping_orders import add_shipping_order
from transeu_client.models import Order, ShippingOrder

from . import _validation
from ._auth import Auth
from ._base_client import AsyncAPIClient, ClientOptions, SyncAPIClient, Timeout, _ClientCore
from ._config import from_env, require
from ._exceptions import AlreadyCreatedError, APIStatusError, DuplicateOrderError
from ._models import JsonBody, as_dict
from ._redact import register_secret

# authlib announces a future httpx package (it uses httpx today) with a warning it forces to "always";
# recording it keeps it off users' consoles.
with warnings.catch_warnings(record=True):
    from authlib.integrations.httpx_client import AsyncOAuth2Client, OAuth2Client

BASE_URL = "https://orders.system.trans.eu/api/rest/v1"
TOKEN_URL = "https://auth.system.trans.eu/oauth2/token"
AUTHORIZE_URL = "https://auth.system.trans.eu/oauth2/authorize"
SCOPES = ("orders.orders.basic.read", "orders.shipping-orders.basic.create")
OrderInput = ShippingOrder | Mapping[str, Any]


class TokenStorage(Protocol):
    """Where OAuth2 tokens live between requests (and processes)."""

    def load(self) -> dict[str, Any] | None: ...

    def save(self, token: dict[str, Any]) -> None: ...


class MemoryTokenStorage:
    def __init__(self) -> None:
        self.token: dict[str, Any] | None = None

    def load(self) -> dict[str, Any] | None:
        return self.token

    def save(self, token: dict[str, Any]) -> None:
        self.token = dict(token)


class FileTokenStorage:
    """Tokens in a JSON file readable by its owner only."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    def load(self) -> dict[str, Any] | None:
        if not self.path.exists():
            return None
        data: dict[str, Any] = json.loads(self.path.read_text())
        return data

    def save(self, token: dict[str, Any]) -> None:
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as sink:
            json.dump(dict(token), sink)


class TransEuAuth(Auth):
    """Authorization is added by authlib's client; this fetches the first token and forces renewals."""

    def __init__(
        self,
        oauth: OAuth2Client | AsyncOAuth2Client,
        token_url: str,
        username: str | None,
        password: str | None,
        storage: TokenStorage,
    ) -> None:
        super().__init__({})
        self.oauth, self.token_url, self.storage = oauth, token_url, storage
        self._username, self._password = username, password
        register_secret(password)
        self._key = hashlib.sha256(f"{oauth.client_id}|{username}".encode()).hexdigest()[:16]
        stored = storage.load()
        if stored:
            self._use(stored)

    @property
    def credential_key(self) -> str:
        return self._key

    def _use(self, token: Mapping[str, Any]) -> None:
        for key in ("access_token", "refresh_token"):
            register_secret(token.get(key))
        self.oauth.token = dict(token)

    def saved(self, token: dict[str, Any], refresh_token: str | None = None, access_token: str | None = None) -> None:
        """authlib's update_token hook: a renewed (rotated) token."""
        self._use(token)
        self.storage.save(token)

    def _password_grant(self) -> dict[str, str]:
        if not (self._username and self._password):
            raise ValueError(
                "Trans.eu: no token yet; pass username and password, or complete the "
                "authorization-code flow first (authorization_url / complete_authorization)"
            )
        return {"grant_type": "password", "username": self._username, "password": self._password}

    def headers(self, http: httpx.Client) -> dict[str, str]:
        if not self.oauth.token:
            assert isinstance(self.oauth, OAuth2Client)
            self.saved(self.oauth.fetch_token(self.token_url, **self._password_grant()))
        return {}

    async def async_headers(self, http: httpx.AsyncClient) -> dict[str, str]:
        if not self.oauth.token:
            assert isinstance(self.oauth, AsyncOAuth2Client)
            self.saved(await self.oauth.fetch_token(self.token_url, **self._password_grant()))
        return {}

    def invalidate(self) -> bool:
        token = self.oauth.token
        if token and token.get("refresh_token"):
            token["expires_at"] = 0  # authlib refreshes before the next request
        else:
            self.oauth.token = None  # fetched again with the password grant
        return True


class _TransEuCore(_ClientCore):
    api: ClassVar[str] = "transeu"
    title: ClassVar[str] = "Trans.eu"

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
        return DuplicateOrderError if response.status_code == 409 else super()._error_class(response, code)

    def _order_body(self, order: OrderInput) -> Any:  # a JsonBody, duck-typed for the generated _get_kwargs
        data = as_dict(order)
        if self.validate:
            _validation.check(self.api, self.title, "addShippingOrder", "ShippingOrder", data)
        return JsonBody(data)


def _settings(
    client_id: str | None,
    client_secret: str | None,
    username: str | None,
    password: str | None,
    base_url: str | None,
    token_url: str | None,
) -> dict[str, Any]:
    return {
        "client_id": require(from_env(client_id, "TRANSEU_CLIENT_ID"), "client id", "TRANSEU_CLIENT_ID", "Trans.eu"),
        "client_secret": require(
            from_env(client_secret, "TRANSEU_CLIENT_SECRET"), "client secret", "TRANSEU_CLIENT_SECRET", "Trans.eu"
        ),
        "username": from_env(username, "TRANSEU_USERNAME"),
        "password": from_env(password, "TRANSEU_PASSWORD"),
        "base_url": from_env(base_url, "TRANSEU_BASE_URL", BASE_URL) or BASE_URL,
        "token_url": from_env(token_url, "TRANSEU_TOKEN_URL", TOKEN_URL) or TOKEN_URL,
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
        **options: Unpack[ClientOptions],
    ) -> None:
        s = _settings(client_id, client_secret, username, password, base_url, token_url)
        register_secret(s["client_secret"])
        self.authorize_url = authorize_url
        storage = token_storage or MemoryTokenStorage()
        oauth = OAuth2Client(
            s["client_id"],
            s["client_secret"],
            scope=" ".join(scopes),
            token_endpoint=s["token_url"],
            base_url=s["base_url"],
            transport=transport,
            headers={"Accept": "application/hal+json"},
        )
        auth = TransEuAuth(oauth, s["token_url"], s["username"], s["password"], storage)
        oauth.update_token = auth.saved
        super().__init__(
            base_url=s["base_url"],
            auth=auth,
            http_client=oauth,
            **options,
        )
        self.shipping_orders = ShippingOrders(self)
        self.orders = Orders(self)

    @classmethod
    def for_sandbox(cls, sandbox: Any, *, user: int = 0, **options: Any) -> TransEu:
        return cls(**_sandbox_settings(sandbox, user), **cls._wire_sandbox(sandbox, options))

    def authorization_url(self, redirect_uri: str, state: str | None = None) -> tuple[str, str]:
        """Where to send the user to consent (authorization-code grant), and the state to check."""
        assert isinstance(self._http, OAuth2Client)
        url, state = self._http.create_authorization_url(self.authorize_url, state=state, redirect_uri=redirect_uri)
        return str(url), str(state)

    def complete_authorization(self, code: str, redirect_uri: str) -> None:
        """Exchange the code the redirect carried for tokens (stored in the token storage)."""
        assert isinstance(self._http, OAuth2Client) and isinstance(self._auth, TransEuAuth)
        token = self._http.fetch_token(
            self._auth.token_url, grant_type="authorization_code", code=code, redirect_uri=redirect_uri
        )
        self._auth.saved(token)


class ShippingOrders:
    def __init__(self, client: TransEu) -> None:
        self._client = client

    def create(self, order: OrderInput, *, timeout: Timeout = None) -> Order:
        """Add a shipping order. Retried on 429, 5xx, timeouts and resets: the order number is
        unique per company, so a retry cannot create a second order; when a retry meets the order
        an earlier attempt created, AlreadyCreatedError says so (Trans.eu cannot look it up)."""
        kwargs = add_shipping_order._get_kwargs(body=self._client._order_body(order))
        try:
            response = self._client.request("addShippingOrder", kwargs, idempotent=True, timeout=timeout)
        except DuplicateOrderError as error:
            if error.attempts > 1:
                raise AlreadyCreatedError.after(error) from error
            raise
        return Order.from_dict(response.json())


class Orders:
    def __init__(self, client: TransEu) -> None:
        self._client = client

    def get(self, order_id: str, *, timeout: Timeout = None) -> Order:
        import uuid

        response = self._client.request(
            "getOrder", get_order._get_kwargs(order_id=uuid.UUID(str(order_id))), idempotent=True, timeout=timeout
        )
        return Order.from_dict(response.json())


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
        **options: Unpack[ClientOptions],
    ) -> None:
        s = _settings(client_id, client_secret, username, password, base_url, token_url)
        register_secret(s["client_secret"])
        self.authorize_url = authorize_url
        oauth = AsyncOAuth2Client(
            s["client_id"],
            s["client_secret"],
            scope=" ".join(scopes),
            token_endpoint=s["token_url"],
            base_url=s["base_url"],
            transport=transport,
            headers={"Accept": "application/hal+json"},
        )
        auth = TransEuAuth(oauth, s["token_url"], s["username"], s["password"], token_storage or MemoryTokenStorage())

        async def update_token(
            token: dict[str, Any], refresh_token: str | None = None, access_token: str | None = None
        ) -> None:
            auth.saved(token)

        oauth.update_token = update_token
        super().__init__(
            base_url=s["base_url"],
            auth=auth,
            http_client=oauth,
            **options,
        )
        self.shipping_orders = AsyncShippingOrders(self)
        self.orders = AsyncOrders(self)

    @classmethod
    def for_sandbox(cls, sandbox: Any, *, user: int = 0, **options: Any) -> AsyncTransEu:
        return cls(**_sandbox_settings(sandbox, user), **cls._wire_sandbox(sandbox, options))


class AsyncShippingOrders:
    def __init__(self, client: AsyncTransEu) -> None:
        self._client = client

    async def create(self, order: OrderInput, *, timeout: Timeout = None) -> Order:
        kwargs = add_shipping_order._get_kwargs(body=self._client._order_body(order))
        try:
            response = await self._client.request("addShippingOrder", kwargs, idempotent=True, timeout=timeout)
        except DuplicateOrderError as error:
            if error.attempts > 1:
                raise AlreadyCreatedError.after(error) from error
            raise
        return Order.from_dict(response.json())


class AsyncOrders:
    def __init__(self, client: AsyncTransEu) -> None:
        self._client = client

    async def get(self, order_id: str, *, timeout: Timeout = None) -> Order:
        import uuid

        response = await self._client.request(
            "getOrder", get_order._get_kwargs(order_id=uuid.UUID(str(order_id))), idempotent=True, timeout=timeout
        )
        return Order.from_dict(response.json())
