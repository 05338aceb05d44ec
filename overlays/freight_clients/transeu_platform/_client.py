"""The platform clients: `TransEuPlatform` (blocking) and `AsyncTransEuPlatform` (asyncio), one
constructor for both."""

from __future__ import annotations

from functools import cached_property
from typing import Any, ClassVar, Generic, Unpack

import httpx

from .._base_client import ClientOptions, with_resources
from .._exceptions import APIStatusError
from .._modes import HttpT, TransportT
from .._plan import Async, M, Sync
from .._token_storage import TokenStorage
from ..transeu._code_flow import AsyncCodeFlow, CodeFlowClient, SyncCodeFlow
from ..transeu._errors import error_class as transeu_error_class
from ._errors import error_class, error_details
from ._resources import Orders
from ._settings import AUTHORIZE_URL, client_settings


@with_resources
class _TransEuPlatformClient(CodeFlowClient, Generic[M, TransportT, HttpT]):
    """What both platform clients are: the constructor, the error-shape reader and the resource
    (the authorization URL and the code exchange are the legacy client's, `CodeFlowClient`)."""

    api: ClassVar[str] = "transeu_platform"
    title: ClassVar[str] = "TransEuPlatform"

    def __init__(
        self,
        client_id: str | None = None,
        client_secret: str | None = None,
        api_key: str | None = None,
        *,
        refresh_token: str | None = None,
        base_url: str | None = None,
        token_url: str | None = None,
        authorize_url: str = AUTHORIZE_URL,
        pkce: bool = False,
        token_storage: TokenStorage | None = None,
        transport: TransportT | None = None,
        http_client: HttpT | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        """OAuth2 `client_id` and `client_secret` with the platform's `api_key` (sent on token
        requests), each else its TRANSEU_PLATFORM_* variable; tokens from `refresh_token` or from
        `complete_authorization`, kept in `token_storage`. `pkce=True` adds an S256 challenge (the
        vendor's authorization page lists none). `http_client=` or `transport=`, and the options
        every client takes (`ClientOptions`; rate_limit "adaptive")."""
        settings = client_settings(
            client_id, client_secret, api_key, refresh_token, base_url, token_url, authorize_url, pkce, token_storage
        )
        self._start(settings, transport, http_client, options)  # limits exist, their numbers are not published

    @cached_property
    def orders(self) -> Orders[M]:
        return Orders(self)

    def _error_details(self, body: Any) -> tuple[str | None, str | None, str | None]:
        return error_details(body)

    def _error_class(self, response: httpx.Response, code: str | None) -> type[APIStatusError]:
        found = error_class(response) or transeu_error_class(response, code)
        return found or super()._error_class(response, code)


class TransEuPlatform(_TransEuPlatformClient[Sync, httpx.BaseTransport, httpx.Client], SyncCodeFlow):
    """Trans.eu platform orders (blocking)."""


class AsyncTransEuPlatform(_TransEuPlatformClient[Async, httpx.AsyncBaseTransport, httpx.AsyncClient], AsyncCodeFlow):
    """Trans.eu platform orders (asyncio), with the same surface as TransEuPlatform."""
