"""SOGET S'mouv customer-orders client.

    from freight_clients import Smouv
    with Smouv(client_id=..., client_secret=..., subscription_key=...) as smouv:   # or SMOUV_* variables
        created = smouv.customer_orders.create(order, files=["cmr.pdf"])
        order = smouv.customer_orders.get(created.id)

The access token comes from SOGET Connect (form-encoded `client_id`/`client_secret`) and is renewed
a minute before it expires, or once after a 401. A create is sent as the seed's curl sends it: a
JSON `order` part and one `files` part per file. Before any I/O, the order is checked against the
spec and against the rules the service enforces (event count and types per flow, chronology, start
dates, event locations, ISO 6346 check digits, export type and booking number); a broken rule
raises ClientValidationError with the vendor's error code.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Self, Unpack

import httpx

from ._auth import SessionAuth, token_json
from ._lazy import lazy

if TYPE_CHECKING:
    from smouv_client import models
    from smouv_client.api.customer_orders import (
        cancel_customer_order,
        create_customer_order,
        get_customer_order,
        search_customer_orders,
        update_customer_order,
    )
    from smouv_client.models import CustomerOrder, CustomerOrderCreated, CustomerOrderProjection
else:  # the generated package loads on the first call, not on import (see _lazy)
    models = lazy("smouv_client.models")
    _orders = "smouv_client.api.customer_orders."
    cancel_customer_order, create_customer_order = (
        lazy(_orders + "cancel_customer_order"),
        lazy(_orders + "create_customer_order"),
    )
    get_customer_order, search_customer_orders = (
        lazy(_orders + "get_customer_order"),
        lazy(_orders + "search_customer_orders"),
    )
    update_customer_order = lazy(_orders + "update_customer_order")
from ._base_client import APIResource, AsyncAPIClient, ClientOptions, SyncAPIClient, Timeout, _ClientCore, json_model
from ._config import check_credential, check_secret_url, from_env, require
from ._exceptions import BadRequestError, ClientValidationError, ConfigurationError
from ._models import FileInput, FilePart, JsonBody
from ._plan import Async, M, Pages, Plan, Sync, operation, pager
from .smouv_rules import check_order

BASE_URL = "https://soget-api-integration.azure-api.net/customer-orders/v1"
TOKEN_URL = "https://soget-api-integration.azure-api.net/soget-connect/v1/openid-connect/token"
PAGE_LIMIT = 50


class SmouvAuth(SessionAuth):
    """Ocp-Apim-Subscription-Key on every request, plus a bearer token from SOGET Connect."""

    def __init__(
        self,
        token_url: str,
        client_id: str | None,
        client_secret: str | None,
        subscription_key: str,
        access_token: str | None = None,
        grant_type: str | None = None,
    ) -> None:
        super().__init__({"Ocp-Apim-Subscription-Key": subscription_key})
        self._form = {"client_id": client_id or "", "client_secret": client_secret or ""}
        if grant_type:
            self._form["grant_type"] = grant_type
        self._token_url = token_url
        from ._auth import ExpiringToken
        from ._redact import register_secret

        register_secret(client_secret)
        if access_token:
            self._token = ExpiringToken(access_token, 3600.0)
        self._can_fetch = bool(client_id and client_secret)

    def token_request(self) -> dict[str, Any] | None:
        if not self._can_fetch:
            return None  # a pre-issued token only
        return {"method": "POST", "url": self._token_url, "data": self._form}

    def parse_token(self, client: _ClientCore, response: httpx.Response) -> tuple[str, float | None]:
        data = token_json(client, response, self.token_operation, "access_token")
        expires = data.get("expires_in")
        return str(data["access_token"]), float(expires) if isinstance(expires, int | float) else None

    def invalidate(self, sent: Mapping[str, str]) -> bool:
        if not self._can_fetch:
            return False
        return super().invalidate(sent)


class MultipartOrder:
    """The create body exactly as the seed's curl sends it: JSON `order` part, one `files` part each."""

    def __init__(self, order: dict[str, Any], files: Sequence[FilePart]) -> None:
        self.order, self.files = order, files

    def to_multipart(self) -> list[tuple[str, Any]]:
        parts: list[tuple[str, Any]] = [("order", (None, json.dumps(self.order).encode(), "application/json"))]
        parts += [("files", (f.filename, f.stream(), f.content_type)) for f in self.files]
        return parts


class _SmouvCore(_ClientCore):
    api: ClassVar[str] = "smouv"
    title: ClassVar[str] = "S'mouv"

    def _error_details(self, body: Any) -> tuple[str | None, str | None, str | None]:
        if isinstance(body, dict):
            if "statusCode" in body:  # API Management gateway
                return None, None, body.get("message")
            message = body.get("message")
            field = message.split(": ", 1)[0] if isinstance(message, str) and ": " in message else None
            return body.get("code"), field if field and " " not in field else None, message
        return None, None, str(body)[:300] if body else None

    def _create_body(
        self, order: Mapping[str, Any] | Any, files: Sequence[FileInput]
    ) -> Any:  # duck-typed for the generated _get_kwargs (to_multipart)
        data = self._body("createCustomerOrder", "CustomerOrderPost", order)
        if self.validate:
            broken = check_order(data)
            if broken:
                first = broken[0]
                raise ClientValidationError(
                    api=self.title,
                    operation="createCustomerOrder",
                    field=first.field,
                    message=first.message,
                    code=first.code,
                    problems=[(v.field, f"[{v.code}] {v.message}" if v.code else v.message) for v in broken],
                )
        return MultipartOrder(data, [self._file("createCustomerOrder", f) for f in files])

    def _update_body(
        self, changes: Mapping[str, Any] | Any
    ) -> Any:  # a JsonBody, duck-typed for the generated _get_kwargs
        return JsonBody(self._body("updateCustomerOrder", "CustomerOrderUpdate", changes))

    @staticmethod
    def _order(response: httpx.Response) -> CustomerOrder:
        order = models.CustomerOrder.from_dict(response.json())
        if not isinstance(order.version, str) and response.headers.get("etag"):
            order.version = response.headers["etag"].strip('"')
        return order

    def _if_match(self, version: Any) -> str:
        """The If-Match value for `version` (as read from `get`); refuses a missing one."""
        if not isinstance(version, str) or not version.strip():
            raise ClientValidationError(
                api=self.title,
                operation="updateCustomerOrder",
                field="version",
                message="no order version to send as If-Match; read the order first or pass version=",
            )
        return version if version.startswith(('"', "W/")) else f'"{version}"'

    @classmethod
    def for_sandbox(cls, sandbox: Any, *, organisation: int = 0, **options: Any) -> Self:
        """A client for a running `freight-sandbox smouv` (or a sandbox fixture / handle)."""
        options.setdefault("rate_limit", None)  # a sandbox has no limit unless started with one
        return cls(**_sandbox_options(sandbox, organisation), **cls._wire_sandbox(sandbox, options))

    @staticmethod
    def _search_params(filters: dict[str, Any], offset: int) -> dict[str, Any]:
        known = {
            "transport_order_number",
            "container_number",
            "carrier_code",
            "processing_indicator",
            "start_date",
            "end_date",
            "status",
            "desc",
            "is_projection",
        }
        unknown = set(filters) - known
        if unknown:
            raise ClientValidationError(
                api="S'mouv",
                operation="searchCustomerOrders",
                field=sorted(unknown)[0],
                message=f"unknown search filters {sorted(unknown)}; expected {sorted(known)}",
            )
        params = dict(filters)
        parsers: dict[str, Callable[[str], Any]] = {
            "processing_indicator": models.CustomsFlag,
            "status": models.OrderStatus,
        }
        parsers.update(dict.fromkeys(("start_date", "end_date"), _timestamp))
        for key, parse in parsers.items():
            if isinstance(params.get(key), str):
                try:
                    params[key] = parse(params[key])
                except ValueError:  # a bad enum value or date: refused before any I/O
                    raise ClientValidationError(
                        api="S'mouv",
                        operation="searchCustomerOrders",
                        field=key,
                        message=f"not a valid {key}: {params[key][:60]!r}",
                    ) from None
        return {**params, "offset": offset, "limit": PAGE_LIMIT}


def _timestamp(text: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


def _options(
    client_id: str | None,
    client_secret: str | None,
    subscription_key: str | None,
    access_token: str | None,
    base_url: str | None,
    token_url: str | None,
    grant_type: str | None,
) -> dict[str, Any]:
    subscription = require(
        from_env(subscription_key, "SMOUV_SUBSCRIPTION_KEY"), "subscription key", "SMOUV_SUBSCRIPTION_KEY", "S'mouv"
    )
    client_id = from_env(client_id, "SMOUV_CLIENT_ID")
    client_secret = from_env(client_secret, "SMOUV_CLIENT_SECRET")
    access_token = from_env(access_token, "SMOUV_ACCESS_TOKEN")
    if not (client_id and client_secret) and not access_token:
        raise ConfigurationError(
            "S'mouv: pass client_id and client_secret (or SMOUV_CLIENT_ID/SMOUV_CLIENT_SECRET), or an access_token",
            api="S'mouv",
        )
    auth = SmouvAuth(
        check_secret_url(from_env(token_url, "SMOUV_TOKEN_URL", TOKEN_URL) or TOKEN_URL, "token URL", "S'mouv"),
        client_id and check_credential(client_id, "client id", "S'mouv"),
        client_secret and check_credential(client_secret, "client secret", "S'mouv"),
        check_credential(subscription, "subscription key", "S'mouv", header=True),
        access_token and check_credential(access_token, "access token", "S'mouv", header=True),
        grant_type,
    )
    return {"base_url": from_env(base_url, "SMOUV_BASE_URL", BASE_URL) or BASE_URL, "auth": auth}


def _sandbox_options(sandbox: Any, organisation: int) -> dict[str, Any]:
    creds = sandbox.credentials
    return {
        "client_id": creds["client_id"],
        "client_secret": creds["client_secret"],
        "subscription_key": creds["subscription_keys"][organisation],
        "base_url": sandbox.base_url,
        "token_url": creds["token_url"],
    }


class Smouv(_SmouvCore, SyncAPIClient):
    """S'mouv (blocking)."""

    def __init__(
        self,
        client_id: str | None = None,
        client_secret: str | None = None,
        subscription_key: str | None = None,
        *,
        access_token: str | None = None,
        base_url: str | None = None,
        token_url: str | None = None,
        grant_type: str | None = None,
        transport: httpx.BaseTransport | None = None,
        http_client: httpx.Client | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        options.setdefault("rate_limit", "adaptive")  # no published limit: learn it from 429s
        settings = _options(client_id, client_secret, subscription_key, access_token, base_url, token_url, grant_type)
        super().__init__(**settings, transport=transport, http_client=http_client, **options)
        self.customer_orders: CustomerOrders[Sync] = CustomerOrders(self)


_CREATED = json_model(lambda data: models.CustomerOrderCreated.from_dict(data))


def _page(data: Any) -> models.CustomerOrderPage:
    """A search page whose paging numbers can be followed (else the page is unreadable)."""
    page = models.CustomerOrderPage.from_dict(data)
    if not isinstance(page.returned, int) or not isinstance(page.total, int):
        raise ValueError("the page's returned and total are not integers")
    return page


_search_page = json_model(_page)


def _order_id(value: str) -> str:
    """A path id: refuses "", "." and ".." (they would change the URL's path) before any I/O."""
    text = str(value)
    if text.strip() in ("", ".", "..") or "/" in text:
        raise ClientValidationError(
            api="S'mouv", operation="customer_orders", field="order_id", message=f"not an order id: {text[:60]!r}"
        )
    return text


class CustomerOrders(APIResource[M]):
    """Customer orders: create (with files), get, update, cancel, search."""

    path = "customer_orders"
    _client: _SmouvCore

    @operation
    def create(
        self, order: Mapping[str, Any] | Any, files: Sequence[FileInput] = (), *, timeout: Timeout = None
    ) -> Plan[CustomerOrderCreated]:
        """Create an order with its documents (paths, bytes, streams or (name, bytes[, type]) tuples).

        Not retried on 5xx or on connections that may have reached the service (there is no
        idempotency key, and a retry could create a second order); 429 is retried."""
        body = self._client._create_body(order, files)
        kwargs = create_customer_order._get_kwargs(body=body)
        return (yield from self._fetch("createCustomerOrder", kwargs, _CREATED, idempotent=False, timeout=timeout))

    @operation
    def get(self, order_id: str, *, timeout: Timeout = None) -> Plan[CustomerOrder]:
        """The order; `version` holds the value to send as If-Match."""
        kwargs = get_customer_order._get_kwargs(order_id=_order_id(order_id))
        return (
            yield from self._fetch("getCustomerOrder", kwargs, self._client._order, idempotent=True, timeout=timeout)
        )

    @operation
    def update(
        self, order_id: str, changes: Mapping[str, Any] | Any, *, version: str | None = None, timeout: Timeout = None
    ) -> Plan[CustomerOrderCreated]:
        """Update with If-Match: `version` as read (default: read it now). A stale version raises
        PreconditionFailedError (412)."""
        body = self._client._update_body(changes)
        if version is None:
            current: CustomerOrder = yield from CustomerOrders.get.plan(self, order_id, timeout=timeout)
            version = current.version  # type: ignore[assignment]
        kwargs = update_customer_order._get_kwargs(
            order_id=_order_id(order_id), body=body, if_match=self._client._if_match(version)
        )
        return (yield from self._fetch("updateCustomerOrder", kwargs, _CREATED, idempotent=False, timeout=timeout))

    @operation
    def cancel(self, order_id: str, *, timeout: Timeout = None) -> Plan[None]:
        """Cancel a Master order; ORDER_ALREADY_CANCELED after an attempt whose outcome is unknown
        means that attempt did it."""
        kwargs = cancel_customer_order._get_kwargs(order_id=_order_id(order_id))
        try:
            yield from self._call("cancelCustomerOrder", kwargs, idempotent=True, timeout=timeout)
        except BadRequestError as error:
            if not (error.code == "ORDER_ALREADY_CANCELED" and error.outcome_unknown):
                raise

    def _next(self, filters: dict[str, Any], offset: int) -> Plan[tuple[list[CustomerOrderProjection], int | None]]:
        kwargs = search_customer_orders._get_kwargs(**self._client._search_params(filters, offset))
        page = yield from self._fetch("searchCustomerOrders", kwargs, _search_page, idempotent=True)
        items = page.items if isinstance(page.items, list) else []
        following = offset + max(page.returned, 0)  # a page that does not move on ends the listing
        return items, (None if not items or following >= page.total else following)

    @pager
    def search(self, /, **filters: Any) -> Pages[CustomerOrderProjection]:
        """Every matching order, page by page (filters: transport_order_number, container_number,
        carrier_code, processing_indicator, start_date, end_date, status, desc, is_projection)."""
        self._client._search_params(filters, 0)  # unknown filters fail now, not on first iteration
        return Pages(self, lambda resource, offset: resource._next(filters, offset), first=0)


class AsyncSmouv(_SmouvCore, AsyncAPIClient):
    """S'mouv (asyncio), with the same surface as Smouv."""

    def __init__(
        self,
        client_id: str | None = None,
        client_secret: str | None = None,
        subscription_key: str | None = None,
        *,
        access_token: str | None = None,
        base_url: str | None = None,
        token_url: str | None = None,
        grant_type: str | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        options.setdefault("rate_limit", "adaptive")  # no published limit: learn it from 429s
        settings = _options(client_id, client_secret, subscription_key, access_token, base_url, token_url, grant_type)
        super().__init__(**settings, transport=transport, http_client=http_client, **options)
        self.customer_orders: CustomerOrders[Async] = CustomerOrders(self)
