"""Quivo orders client: login sessions and a submit that is safe to retry.

    from freight_clients import Quivo
    with Quivo(api_key="...", username="...", password="...") as quivo:   # or QUIVO_* variables
        result = quivo.orders.submit({...})                               # result.order_id

Every request carries `X-Api-Key`; the session token from `POST /login` is sent raw (as the
vendor's examples do; `token_prefix="Bearer "` if your account wants it), renewed five minutes
before its hour is up, and once more after a 401.

`orders.submit` is retried on 5xx, timeouts and connection errors. `orderIdentifier` is what makes
that safe: Quivo keeps it unique per seller, so a retry after a lost response meets the order the
lost attempt created. Quivo does not document how it answers a duplicate (the spec assumes a 409
carrying the existing `orderId`), and has no read operation, so the client cannot compare the
stored order with what it sent: after an attempt whose outcome is unknown, a duplicate raises
AlreadyCreatedError with `order_id` set (treat it as created); a duplicate met on a first answer,
or after attempts that cannot have been processed (a 429, a refused connection), is somebody
else's order: DuplicateOrderError, whose `body` carries the existing `orderId`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeAlias, Unpack

import httpx

from ._auth import SessionAuth, token_json
from ._lazy import lazy

if TYPE_CHECKING:
    from quivo_client import models
    from quivo_client.api.authentication import login
    from quivo_client.api.orders import submit_order
    from quivo_client.models import OrderRequest
else:  # the generated package loads on the first call, not on import (see _lazy)
    models, login = lazy("quivo_client.models"), lazy("quivo_client.api.authentication.login")
    submit_order = lazy("quivo_client.api.orders.submit_order")
from ._base_client import APIResource, AsyncAPIClient, ClientOptions, SyncAPIClient, Timeout, _ClientCore
from ._config import check_credential, check_secret_url, from_env, require
from ._exceptions import (
    AlreadyCreatedError,
    APIStatusError,
    BadRequestError,
    ConflictError,
    DuplicateOrderError,
    ResponseValidationError,
)
from ._models import JsonBody
from ._plan import Async, M, Plan, Sync, operation

BASE_URL = "https://api.quivo.co"  # the only public host; the docs' other environments are not published
OrderInput: TypeAlias = "OrderRequest | Mapping[str, Any]"


class QuivoAuth(SessionAuth):
    """X-Api-Key on every request, plus a session token from POST /login."""

    def __init__(self, base_url: str, api_key: str, username: str, password: str, token_prefix: str = "") -> None:
        super().__init__({"X-Api-Key": api_key}, lifetime=3600.0)
        self.prefix = token_prefix
        self._login = {
            "url": base_url,
            "username": username,
            "password": password,
        }
        from ._redact import register_secret

        register_secret(password)

    token_operation = "login"

    def token_request(self) -> dict[str, Any]:
        """POST /login as the generated endpoint builds it, on the base URL, with the API key."""
        kwargs = login._get_kwargs(body=models.LoginRequest(self._login["username"], self._login["password"]))
        headers = {**dict(kwargs.get("headers") or {}), **self._static}
        return {**kwargs, "url": f"{self._login['url']}{kwargs['url']}", "headers": headers}

    def parse_token(self, client: _ClientCore, response: httpx.Response) -> tuple[str, float | None]:
        return str(token_json(client, response, self.token_operation, "token")["token"]), 3600.0 - 300.0


@dataclass(frozen=True)
class SubmitResult:
    """A submitted order: its Quivo id, its identifier, and the vendor's status and message."""

    order_id: int
    order_identifier: str
    status: str | None
    message: str | None


class _QuivoCore(_ClientCore):
    api: ClassVar[str] = "quivo"
    title: ClassVar[str] = "Quivo"

    @classmethod
    def for_sandbox(cls, sandbox: Any, *, user: int = 0, **options: Any) -> Self:
        """A client for a running `freight-sandbox quivo` (or a sandbox fixture / handle)."""
        options.setdefault("rate_limit", None)  # a sandbox has no limit unless started with one
        return cls(**_sandbox_options(sandbox, user), **cls._wire_sandbox(sandbox, options))

    def _error_details(self, body: Any) -> tuple[str | None, str | None, str | None]:
        if isinstance(body, dict):
            return body.get("status"), body.get("field"), body.get("message")
        text = str(body or "").strip()
        field, sep, message = text.partition(": ")  # plain text: "positions: must not be null"
        return None, (field if sep and " " not in field else None), (message if sep else text) or None

    def _submit_body(self, order: OrderInput) -> tuple[Any, str]:  # Any: a JsonBody, duck-typed for _get_kwargs
        data = self._body("submitOrder", "OrderRequest", order)
        return JsonBody(data), str(data.get("orderIdentifier"))

    def _resolve(self, identifier: str, error: APIStatusError) -> SubmitResult:
        """A duplicate answer to a submit, as a typed error: AlreadyCreatedError after an attempt of
        this call whose outcome is unknown (Quivo has no read to confirm it is ours), else
        DuplicateOrderError."""
        body = error.body if isinstance(error.body, dict) else {}
        ours = error.outcome_unknown  # only a lost attempt of this call can have created it
        if isinstance(error, ConflictError) or (
            isinstance(error, BadRequestError) and error.field == "orderIdentifier"
        ):
            why = "an earlier attempt of this call may have created it" if ours else "it existed before this call"
            duplicate = DuplicateOrderError(
                api=self.title,
                operation="submitOrder",
                response=error.response,
                code=error.code,
                field=error.field or "orderIdentifier",
                message=f"{error.message or 'duplicate orderIdentifier'} ({why})",
                body=error.body,
            )
            duplicate.attempts, duplicate.outcome_unknown = error.attempts, error.outcome_unknown
            if ours:
                existing = body.get("orderId")
                raise AlreadyCreatedError.after(duplicate, existing if isinstance(existing, int) else None) from error
            raise duplicate from error
        raise error

    def _result(self, identifier: str, response: httpx.Response) -> SubmitResult:
        """The created order; a success status without an orderId (the seed: "null on failure") is
        reported as the failure it is, with the vendor's status, field and message."""
        data = response.json()
        if not isinstance(data, dict):
            raise ResponseValidationError(
                api=self.title, operation="submitOrder", response=response, message="not a JSON object"
            )
        if not isinstance(data.get("orderId"), int):
            raise APIStatusError(
                api=self.title,
                operation="submitOrder",
                response=response,
                code=data.get("status"),
                field=data.get("field"),
                message=data.get("message") or "the answer carries no orderId",
                body=data,
            )
        return SubmitResult(int(data["orderId"]), identifier, data.get("status"), data.get("message"))


def _options(
    api_key: str | None, username: str | None, password: str | None, base_url: str | None, token_prefix: str
) -> dict[str, Any]:
    url = (from_env(base_url, "QUIVO_BASE_URL", BASE_URL) or BASE_URL).rstrip("/")
    key = require(from_env(api_key, "QUIVO_API_KEY"), "API key", "QUIVO_API_KEY", "Quivo")
    user = require(from_env(username, "QUIVO_USERNAME"), "username", "QUIVO_USERNAME", "Quivo")
    secret = require(from_env(password, "QUIVO_PASSWORD"), "password", "QUIVO_PASSWORD", "Quivo")
    auth = QuivoAuth(
        check_secret_url(url, "base URL", "Quivo"),
        check_credential(key, "API key", "Quivo", header=True),
        check_credential(user, "username", "Quivo"),
        check_credential(secret, "password", "Quivo"),
        token_prefix,
    )
    return {"base_url": url, "auth": auth}


def _sandbox_options(sandbox: Any, user: int) -> dict[str, Any]:
    creds = sandbox.credentials
    account = creds["users"][user]
    return {
        "api_key": creds["api_key"],
        "username": account["username"],
        "password": account["password"],
        "base_url": sandbox.base_url,
    }


def _submit_ok(response: httpx.Response) -> bool:
    return response.status_code == 200


class Quivo(_QuivoCore, SyncAPIClient):
    """Quivo (blocking)."""

    def __init__(
        self,
        api_key: str | None = None,
        username: str | None = None,
        password: str | None = None,
        *,
        base_url: str | None = None,
        token_prefix: str = "",
        transport: httpx.BaseTransport | None = None,
        http_client: httpx.Client | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        options.setdefault("rate_limit", "adaptive")  # no published limit: learn it from 429s
        settings = _options(api_key, username, password, base_url, token_prefix)
        super().__init__(**settings, transport=transport, http_client=http_client, **options)
        self.orders: QuivoOrders[Sync] = QuivoOrders(self)


class QuivoOrders(APIResource[M]):
    """Quivo orders: submit."""

    path = "orders"
    _client: _QuivoCore

    @operation
    def submit(self, order: OrderInput, *, timeout: Timeout = None) -> Plan[SubmitResult]:
        """Create an order; a duplicate after a lost attempt resolves to that order (see module doc)."""
        body, identifier = self._client._submit_body(order)
        kwargs = submit_order._get_kwargs(body=body)
        result = partial(self._client._result, identifier)
        try:
            submitted: SubmitResult = yield from self._fetch(
                "submitOrder", kwargs, result, idempotent=True, timeout=timeout, ok=_submit_ok
            )
        except (ConflictError, BadRequestError) as error:
            return self._client._resolve(identifier, error)
        return submitted


class AsyncQuivo(_QuivoCore, AsyncAPIClient):
    """Quivo (asyncio), with the same surface as Quivo."""

    def __init__(
        self,
        api_key: str | None = None,
        username: str | None = None,
        password: str | None = None,
        *,
        base_url: str | None = None,
        token_prefix: str = "",
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        options.setdefault("rate_limit", "adaptive")  # no published limit: learn it from 429s
        settings = _options(api_key, username, password, base_url, token_prefix)
        super().__init__(**settings, transport=transport, http_client=http_client, **options)
        self.orders: QuivoOrders[Async] = QuivoOrders(self)
