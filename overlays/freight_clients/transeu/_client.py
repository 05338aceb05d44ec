"""The Trans.eu clients: `TransEu` (blocking) and `AsyncTransEu` (asyncio), one constructor for both."""

from __future__ import annotations

from functools import cached_property
from typing import Any, ClassVar, Generic, Unpack

import httpx

from .._base_client import ClientOptions, with_resources
from .._exceptions import APIStatusError
from .._modes import HttpT, TransportT
from .._plan import Async, M, Sync
from .._token_storage import TokenStorage
from ._auth import TransEuAuth
from ._code_flow import AsyncCodeFlow, CodeFlowClient, SyncCodeFlow
from ._errors import error_class, error_details
from ._resources import Orders, ShippingOrders
from ._settings import AUTHORIZE_URL, SCOPES, client_settings


@with_resources
class _TransEuClient(CodeFlowClient, Generic[M, TransportT, HttpT]):
    """What both Trans.eu clients are: the constructor, the authorization URL, the error-shape
    reader and the resources."""

    api: ClassVar[str] = "transeu"
    title: ClassVar[str] = "Trans.eu"
    _auth: TransEuAuth

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
        transport: TransportT | None = None,
        http_client: HttpT | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        """OAuth2 `client_id` and `client_secret` with a user's `username` and `password` (password
        grant), each else its TRANSEU_* variable, or tokens from `complete_authorization`; tokens
        are kept in `token_storage`. `http_client=` your own httpx client (any base URL) or
        `transport=`; and the options every client takes (`ClientOptions`; rate_limit "adaptive")."""
        settings = client_settings(
            client_id, client_secret, username, password, base_url, token_url, authorize_url, scopes, token_storage
        )
        self._start(settings, transport, http_client, options)

    @cached_property
    def shipping_orders(self) -> ShippingOrders[M]:
        return ShippingOrders(self)

    @cached_property
    def orders(self) -> Orders[M]:
        return Orders(self)

    def _error_details(self, body: Any) -> tuple[str | None, str | None, str | None]:
        return error_details(body)

    def _error_class(self, response: httpx.Response, code: str | None) -> type[APIStatusError]:
        return error_class(response, code) or super()._error_class(response, code)


class TransEu(_TransEuClient[Sync, httpx.BaseTransport, httpx.Client], SyncCodeFlow):
    """Trans.eu Orders (blocking)."""


class AsyncTransEu(_TransEuClient[Async, httpx.AsyncBaseTransport, httpx.AsyncClient], AsyncCodeFlow):
    """Trans.eu Orders (asyncio), with the same surface as TransEu."""
