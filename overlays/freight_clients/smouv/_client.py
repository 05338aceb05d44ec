"""The S'mouv clients: `Smouv` (blocking) and `AsyncSmouv` (asyncio), one constructor for both."""

from __future__ import annotations

from functools import cached_property
from typing import Any, ClassVar, Generic, Unpack

import httpx

from .._base_client import AsyncAPIClient, ClientOptions, SyncAPIClient, _ClientCore, with_resources
from .._modes import HttpT, TransportT
from .._plan import Async, M, Sync
from ._errors import error_details
from ._resources import CustomerOrders
from ._settings import client_settings


@with_resources
class _SmouvClient(_ClientCore, Generic[M, TransportT, HttpT]):
    """What both S'mouv clients are: the constructor, the error-shape reader and the resource."""

    api: ClassVar[str] = "smouv"
    title: ClassVar[str] = "S'mouv"

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
        transport: TransportT | None = None,
        http_client: HttpT | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        """OAuth2 client credentials (`client_id`, `client_secret`) or a ready `access_token`, and the
        `subscription_key`, each else its SMOUV_* variable; `base_url`/`token_url` default to the
        integration environment. `http_client=` your own httpx client (any base URL) or
        `transport=`; and the options every client takes (`ClientOptions`; rate_limit "adaptive")."""
        options.setdefault("rate_limit", "adaptive")  # no published limit: learn it from 429s
        settings = client_settings(
            client_id, client_secret, subscription_key, access_token, base_url, token_url, grant_type
        )
        io: dict[str, Any] = {"transport": transport, "http_client": http_client}  # taken by the sync/async base
        super().__init__(**settings, **io, **options)

    @cached_property
    def customer_orders(self) -> CustomerOrders[M]:
        return CustomerOrders(self)

    def _error_details(self, body: Any) -> tuple[str | None, str | None, str | None]:
        return error_details(body)


class Smouv(_SmouvClient[Sync, httpx.BaseTransport, httpx.Client], SyncAPIClient):
    """S'mouv (blocking)."""


class AsyncSmouv(_SmouvClient[Async, httpx.AsyncBaseTransport, httpx.AsyncClient], AsyncAPIClient):
    """S'mouv (asyncio), with the same surface as Smouv."""
