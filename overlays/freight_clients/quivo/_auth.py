"""Quivo's auth strategy: the API key on every request, a session token from `POST /login`."""

from __future__ import annotations

from typing import Any

import httpx

from .._auth import Exchange, SessionAuth, token_json
from .._redact import register_secret
from ._generated import login, models


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
        register_secret(password)

    token_operation = "login"

    def token_request(self) -> dict[str, Any]:
        """POST /login as the generated endpoint builds it, on the base URL, with the API key."""
        kwargs = login.request_kwargs(body=models.LoginRequest(self._login["username"], self._login["password"]))
        headers = {**dict(kwargs.get("headers") or {}), **self._static}
        return {**kwargs, "url": f"{self._login['url']}{kwargs['url']}", "headers": headers}

    def parse_token(self, client: Exchange, response: httpx.Response) -> tuple[str, float | None]:
        """The session token, read as `token` (sop-management) or `Token` (the third-party client
        anchors-3 §3.2 cites): both spellings are in use."""
        key = "Token" if _has_capital_token(response) else "token"
        return str(token_json(client, response, self.token_operation, key)[key]), 3600.0 - 300.0


def _has_capital_token(response: httpx.Response) -> bool:
    """Whether a login answer spells its token `Token` and not `token`."""
    try:
        data = response.json()
    except ValueError:
        return False
    return isinstance(data, dict) and "token" not in data and "Token" in data
