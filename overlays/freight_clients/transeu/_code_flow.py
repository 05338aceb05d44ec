"""What both Trans.eu clients (the seed's `TransEu`, the platform's `TransEuPlatform`) share: an
OAuth strategy built on `TransEuAuth`, an authorization URL and a code exchange, and one way of
finishing the constructor (adaptive rate limit, the checked authorize URL kept beside the settings)."""

from __future__ import annotations

from typing import Any

from .._base_client import AsyncAPIClient, ClientOptions, SyncAPIClient, _ClientCore
from ._auth import TransEuAuth


class CodeFlowClient(_ClientCore):
    """The constructor's tail and `authorization_url`, for clients whose `_auth` is a TransEuAuth."""

    _auth: TransEuAuth
    authorize_url: str

    def _start(self, settings: dict[str, Any], transport: object, http_client: object, options: ClientOptions) -> None:
        """Finish `__init__`: `settings` from the API's `client_settings` (its `authorize_url` is
        kept here), the user's transport or httpx client, and the options (no published limit: the
        rate limit defaults to "adaptive", learnt from 429s)."""
        options.setdefault("rate_limit", "adaptive")
        self.authorize_url = settings.pop("authorize_url")
        io: dict[str, Any] = {"transport": transport, "http_client": http_client}  # taken by the sync/async base
        super().__init__(**settings, **io, **options)

    def authorization_url(self, redirect_uri: str, state: str | None = None) -> tuple[str, str]:
        """Where to send the user to consent (authorization-code grant), and the state to compare
        with the redirect's; pass both to `complete_authorization`."""
        return self._auth.authorization_url(self.authorize_url, redirect_uri, state)


class SyncCodeFlow(SyncAPIClient):
    """`complete_authorization`, blocking."""

    _auth: TransEuAuth

    def complete_authorization(self, code: str, redirect_uri: str, state: str) -> None:
        """Exchange the code the redirect carried for tokens (kept in the token storage), after
        checking that its `state` is the one `authorization_url` issued."""
        self._run("token", lambda op: self._auth.exchange_code(self, op, code, redirect_uri, state))


class AsyncCodeFlow(AsyncAPIClient):
    """`complete_authorization`, asyncio."""

    _auth: TransEuAuth

    async def complete_authorization(self, code: str, redirect_uri: str, state: str) -> None:
        """Exchange the code the redirect carried for tokens, after checking its `state`."""
        await self._run("token", lambda op: self._auth.exchange_code(self, op, code, redirect_uri, state))
