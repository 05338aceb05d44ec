"""The SpotGo clients: `SpotGo` (blocking) and `AsyncSpotGo` (asyncio), one constructor for both."""

from __future__ import annotations

from functools import cached_property
from typing import Any, ClassVar, Generic, Unpack

import httpx

from .._base_client import AsyncAPIClient, ClientOptions, SyncAPIClient, _ClientCore, with_resources
from .._exceptions import APIStatusError
from .._modes import HttpT, TransportT
from .._plan import Async, M, Sync
from ._errors import error_class, error_details
from ._resources import Documents, Orders
from ._settings import DEFAULT_RATE_LIMIT, client_settings
from ._webhooks import Webhooks


@with_resources
class _SpotGoClient(_ClientCore, Generic[M, TransportT, HttpT]):
    """What both SpotGo clients are: the constructor, the error-shape reader and the resources."""

    api: ClassVar[str] = "spotgo"
    title: ClassVar[str] = "SpotGo"

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        transport: TransportT | None = None,
        http_client: HttpT | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        """`api_key` (else SPOTGO_API_KEY) and `base_url` (else SPOTGO_BASE_URL, default SpotGo's test
        host); `http_client=` your own httpx client (proxy, CA bundle, event hooks: any base URL) or
        `transport=`; and the options every client takes (`ClientOptions`: timeout, max_retries,
        retry, rate_limit (default RateLimit(100, 60)), validate, hooks, default_headers)."""
        options.setdefault("rate_limit", DEFAULT_RATE_LIMIT)
        io: dict[str, Any] = {"transport": transport, "http_client": http_client}  # taken by the sync/async base
        super().__init__(**client_settings(api_key, base_url), **io, **options)

    @cached_property
    def orders(self) -> Orders[M]:
        return Orders(self)

    @cached_property
    def documents(self) -> Documents[M]:
        return Documents(self)

    @cached_property
    def webhooks(self) -> Webhooks[M]:
        return Webhooks(self)

    def _error_details(self, body: Any) -> tuple[str | None, str | None, str | None]:
        return error_details(body)

    def _error_class(self, response: httpx.Response, code: str | None) -> type[APIStatusError]:
        return error_class(response, code) or super()._error_class(response, code)


class SpotGo(_SpotGoClient[Sync, httpx.BaseTransport, httpx.Client], SyncAPIClient):
    """SpotGo Carrier Portal (blocking): `orders`, `documents` and `webhooks` hold the operations."""


class AsyncSpotGo(_SpotGoClient[Async, httpx.AsyncBaseTransport, httpx.AsyncClient], AsyncAPIClient):
    """SpotGo Carrier Portal (asyncio), with the same surface as SpotGo."""
