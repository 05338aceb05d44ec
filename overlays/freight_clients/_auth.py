"""How each API authenticates a request: static headers, or tokens fetched (and renewed) over HTTP.

A strategy gives the headers for the next request, sync or async, and renews its token when told
that the service refused it. Secret values are registered for redaction as soon as they are known.
"""

from __future__ import annotations

import functools
import hashlib
import threading
import time
from typing import Any

import httpx

from ._raw import record
from ._redact import register_secret


class Auth:
    """Static headers (API keys, subscription keys). Subclasses add tokens."""

    def __init__(self, headers: dict[str, str]) -> None:
        self._static = dict(headers)
        for value in headers.values():
            register_secret(value)
        self._lock = threading.Lock()

    @functools.cached_property
    def credential_key(self) -> str:
        """A stable, non-secret key for rate-limit buckets (a hash of the credentials)."""
        joined = "|".join(f"{k}={v}" for k, v in sorted(self._static.items()))
        return hashlib.sha256(joined.encode()).hexdigest()[:16]

    # Token strategies override these four.
    def token_headers(self) -> dict[str, str]:
        return {}

    def needs_token(self) -> bool:
        return False

    def token_request(self) -> httpx.Request | None:
        return None

    def accept_token(self, response: httpx.Response) -> None:
        raise NotImplementedError

    def invalidate(self) -> bool:
        """Forget the token after a 401; True if a retry with a new token makes sense."""
        return False

    # Shared driving code.
    def headers(self, http: httpx.Client) -> dict[str, str]:
        with self._lock:
            if self.needs_token():
                request = self.token_request()
                if request is not None:
                    self.accept_token(record(http.send(request)))
            return {**self._static, **self.token_headers()}

    async def async_headers(self, http: httpx.AsyncClient) -> dict[str, str]:
        if self.needs_token():
            request = self.token_request()
            if request is not None:
                self.accept_token(record(await http.send(request)))
        return {**self._static, **self.token_headers()}


class ExpiringToken:
    """A bearer token and when to renew it (a margin before it expires)."""

    def __init__(self, value: str, expires_in: float | None, margin: float = 60.0) -> None:
        self.value = value
        register_secret(value)
        lifetime = expires_in if expires_in is not None else 3600.0
        self.renew_at = time.monotonic() + max(0.0, lifetime - min(margin, lifetime / 2))

    def due(self) -> bool:
        return time.monotonic() >= self.renew_at


class SessionAuth(Auth):
    """Static headers plus a token obtained by a request (login, client credentials) and renewed
    before it expires or after the service refuses it. Subclasses say how to ask and what came back."""

    header = "Authorization"
    prefix = "Bearer "

    def __init__(self, static: dict[str, str], lifetime: float = 3600.0) -> None:
        super().__init__(static)
        self._token: ExpiringToken | None = None
        self._lifetime = lifetime

    def needs_token(self) -> bool:
        return self._token is None or self._token.due()

    def token_headers(self) -> dict[str, str]:
        return {self.header: f"{self.prefix}{self._token.value}"} if self._token else {}

    def accept_token(self, response: httpx.Response) -> None:
        value, expires_in = self.parse_token(response)
        self._token = ExpiringToken(value, expires_in if expires_in is not None else self._lifetime)

    def parse_token(self, response: httpx.Response) -> tuple[str, float | None]:
        raise NotImplementedError

    def invalidate(self) -> bool:
        self._token = None
        return True


def json_or_error(response: httpx.Response, what: str) -> dict[str, Any]:
    """The token answer's JSON; any other status raises its typed error (a 503 or 429 on the login
    is retried like any other, a 401 is an AuthenticationError)."""
    if response.status_code != 200:
        from ._exceptions import AuthenticationError, status_error_class

        error_class = status_error_class(response.status_code)
        raise (AuthenticationError if error_class.status_code < 400 else error_class)(
            api=what, operation="token", response=response, code=None, field=None, message=response.text[:300]
        )
    data: dict[str, Any] = response.json()
    return data
