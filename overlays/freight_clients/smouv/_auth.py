"""S'mouv's auth strategy: the subscription key on every request, a bearer token from SOGET Connect."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from .._auth import Exchange, ExpiringToken, SessionAuth, token_json
from .._redact import register_secret


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
        register_secret(client_secret)
        if access_token:
            self._token = ExpiringToken(access_token, 3600.0)
        self._can_fetch = bool(client_id and client_secret)

    def token_request(self) -> dict[str, Any] | None:
        if not self._can_fetch:
            return None  # a pre-issued token only
        return {"method": "POST", "url": self._token_url, "data": self._form}

    def parse_token(self, client: Exchange, response: httpx.Response) -> tuple[str, float | None]:
        data = token_json(client, response, self.token_operation, "access_token")
        expires = data.get("expires_in")
        return str(data["access_token"]), float(expires) if isinstance(expires, int | float) else None

    def invalidate(self, sent: Mapping[str, str]) -> bool:
        if not self._can_fetch:
            return False
        return super().invalidate(sent)
