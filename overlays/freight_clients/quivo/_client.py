"""The Quivo clients: `Quivo` (blocking) and `AsyncQuivo` (asyncio), one constructor for both."""

from __future__ import annotations

from functools import cached_property
from typing import Any, ClassVar, Generic, Unpack

import httpx

from .._base_client import AsyncAPIClient, ClientOptions, SyncAPIClient, _ClientCore, with_resources
from .._modes import HttpT, TransportT
from .._plan import Async, M, Sync
from ._errors import error_details
from ._resources import QuivoOrders
from ._settings import client_settings
from ._subscriptions import Subscriptions


@with_resources
class _QuivoClient(_ClientCore, Generic[M, TransportT, HttpT]):
    """What both Quivo clients are: the constructor, the error-shape reader and the resource."""

    api: ClassVar[str] = "quivo"
    title: ClassVar[str] = "Quivo"

    def __init__(
        self,
        api_key: str | None = None,
        username: str | None = None,
        password: str | None = None,
        *,
        base_url: str | None = None,
        token_prefix: str = "",
        transport: TransportT | None = None,
        http_client: HttpT | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        """`api_key` with the `username` and `password` of a login (the session token it returns is
        sent beside the key), each else its QUIVO_* variable. `http_client=` your own httpx client
        (any base URL) or `transport=`; and the options every client takes (`ClientOptions`;
        rate_limit "adaptive")."""
        options.setdefault("rate_limit", "adaptive")  # no published limit: learn it from 429s
        settings = client_settings(api_key, username, password, base_url, token_prefix)
        io: dict[str, Any] = {"transport": transport, "http_client": http_client}  # taken by the sync/async base
        super().__init__(**settings, **io, **options)

    @cached_property
    def orders(self) -> QuivoOrders[M]:
        return QuivoOrders(self)

    @cached_property
    def subscriptions(self) -> Subscriptions[M]:
        return Subscriptions(self)

    def _error_details(self, body: Any) -> tuple[str | None, str | None, str | None]:
        return error_details(body)


class Quivo(_QuivoClient[Sync, httpx.BaseTransport, httpx.Client], SyncAPIClient):
    """Quivo (blocking)."""


class AsyncQuivo(_QuivoClient[Async, httpx.AsyncBaseTransport, httpx.AsyncClient], AsyncAPIClient):
    """Quivo (asyncio), with the same surface as Quivo."""
