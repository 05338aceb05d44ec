"""The platform's auth strategy: Trans.eu's OAuth strategy (`transeu.TransEuAuth`: a token storage,
renewal before expiry, the stored token re-read before spending a refresh token) with what the
platform adds: the `Api-key` header on every request, token requests included; the authorization
code grant only (no password grant), PKCE only when asked for (the vendor documents none); and
single-use refresh tokens spent once across processes: a renewal holds the token storage's lock
(`try_lock`; a `FileTokenStorage` locks a file beside it, across processes) and reads the stored
token again first, so a process that waited adopts the token the first one saved instead of
spending a refresh token that is already gone."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from .._exceptions import ClientValidationError
from .._pkce import authorization_request_url, new_state, new_verifier, s256_challenge
from .._plan import Plan
from .._redact import register_secret
from .._token_storage import TokenStorage
from ..transeu._auth import TransEuAuth

if TYPE_CHECKING:
    import logging

    import httpx

    from .._auth import Exchange
    from .._exceptions import APIStatusError
    from .._types import Op, Timeout

T = TypeVar("T")
#: How long a renewal waits for another process's renewal to finish (then it fails).


class _WithHeaders:
    """An `Exchange` whose requests carry extra headers (the Api-key on token requests)."""

    def __init__(self, client: Exchange, headers: Mapping[str, str]) -> None:
        self._client, self._headers = client, dict(headers)

    @property
    def title(self) -> str:
        return self._client.title

    @property
    def log(self) -> logging.Logger:
        return self._client.log

    def build_request(self, kwargs: Mapping[str, Any], timeout: Timeout) -> httpx.Request:
        headers = {**(kwargs.get("headers") or {}), **self._headers}
        return self._client.build_request({**kwargs, "headers": headers}, timeout)

    def exchange(self, request: httpx.Request, operation: str, op: Op) -> Plan[httpx.Response]:
        return self._client.exchange(request, operation, op)

    def status_error(self, operation: str, response: httpx.Response) -> APIStatusError:
        return self._client.status_error(operation, response)

    def parse(self, operation: str, response: httpx.Response, parse: Callable[[Any], T]) -> T:
        return self._client.parse(operation, response, parse)


class TransEuPlatformAuth(TransEuAuth):
    """Bearer tokens from the platform's token endpoint, with the application's Api-key."""

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        api_key: str,
        token_url: str,
        storage: TokenStorage,
        *,
        refresh_token: str | None = None,
        pkce: bool = False,
    ) -> None:
        super().__init__(client_id, client_secret, token_url, None, None, storage, ())
        register_secret(api_key)
        self._static["Api-key"] = api_key
        self.pkce = pkce
        if refresh_token and self._token is None:  # a stored token wins: it is the newer one
            register_secret(refresh_token)
            self._token = {"access_token": "", "refresh_token": refresh_token, "expires_at": 0}

    def renew(self, client: Exchange, op: Op, timeout: Timeout) -> Plan[None]:
        if not (self._token or {}).get("refresh_token") and not (self._stored() or {}).get("refresh_token"):
            raise ClientValidationError(
                api=client.title,
                operation="token",
                field="refresh_token",
                message="no token yet: complete the authorization-code flow once (authorization_url, then "
                "complete_authorization), or pass refresh_token=",
            )
        yield from super().renew(client, op, timeout)  # under the base's storage lock

    def grant(self, client: Exchange, op: Op, timeout: Timeout, form: dict[str, str]) -> Plan[None]:
        """One token request with the Api-key header (and no empty `code_verifier` when PKCE is off)."""
        if not form.get("code_verifier"):
            form = {k: v for k, v in form.items() if k != "code_verifier"}
        yield from super().grant(_WithHeaders(client, {"Api-key": self._static["Api-key"]}), op, timeout, form)

    def authorization_url(self, authorize_url: str, redirect_uri: str, state: str | None) -> tuple[str, str]:
        """The vendor's authorization request (client_id, response_type, state, redirect_uri), with a
        PKCE S256 challenge only when `pkce` is on; `state` has at least 8 characters (the vendor's
        page)."""
        state = state or new_state()
        if len(state) < 8:
            raise ClientValidationError(
                api="TransEuPlatform",
                operation="token",
                field="state",
                message="Trans.eu asks for a state of at least 8 characters",
            )
        params = {"client_id": self.client_id, "response_type": "code", "state": state, "redirect_uri": redirect_uri}
        verifier = ""
        if self.pkce:
            verifier = new_verifier()
            register_secret(verifier)
            params |= {"code_challenge": s256_challenge(verifier), "code_challenge_method": "S256"}
        self.pending[state] = (verifier, redirect_uri)
        return authorization_request_url(authorize_url, params), state
