"""How each API authenticates a request: static headers, or a token fetched (and renewed) over HTTP.

`headers` is a plan (see `_plan`): it fetches a token when none is valid, one fetch at a time per
credential (the others wait and reuse it), through the narrow `Exchange` the request loop offers
(build a request, send it, type a refusal, parse an answer), so a token fetch counts against the
calling request's budget and timeout, and its failures are typed (operation `token` or `login`).
Secret values are registered for redaction as soon as known. The model is httpx's `Auth.auth_flow`:
a strategy that knows requests and answers, not the client.

Layer: auth, beside pacing. It imports the leaves (`_exceptions`, `_redact`, `_types`) and `_plan`
(its effects) only; never the client core, which implements `Exchange`.
"""

from __future__ import annotations

import functools
import hashlib
import re
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from ._exceptions import AuthenticationError, ResponseValidationError
from ._plan import Locks, Plan, TakeLock
from ._redact import SecretHeaders, register_secret

if TYPE_CHECKING:
    import logging

    import httpx

    from ._exceptions import APIStatusError
    from ._types import Op, Timeout

T = TypeVar("T")


class Exchange(Protocol):
    """What an auth strategy may ask of the request loop: the API's name and logger, a request built
    with the call's timeout, a token request sent (counted on the running operation, not retried
    here), a refusal typed as the API's status error, and a success answer parsed."""

    @property
    def title(self) -> str: ...

    @property
    def log(self) -> logging.Logger: ...

    def build_request(self, kwargs: Mapping[str, Any], timeout: Timeout) -> httpx.Request: ...

    def exchange(self, request: httpx.Request, operation: str, op: Op) -> Plan[httpx.Response]: ...

    def status_error(self, operation: str, response: httpx.Response) -> APIStatusError: ...

    def parse(self, operation: str, response: httpx.Response, parse: Callable[[Any], T]) -> T: ...


class Auth:
    """Static headers (API keys, subscription keys). Subclasses add tokens."""

    #: The operation name a token fetch is reported under.
    token_operation = "token"

    def __init__(self, headers: dict[str, str]) -> None:
        self._static = dict(headers)
        for value in headers.values():
            register_secret(value)
        self._locks = Locks()

    @functools.cached_property
    def credential_key(self) -> str:
        """A stable, non-secret key for rate-limit buckets (a hash of the credentials)."""
        joined = "|".join(f"{k}={v}" for k, v in sorted(self._static.items()))
        return hashlib.sha256(joined.encode()).hexdigest()[:16]

    def headers(self, client: Exchange, op: Op, timeout: Timeout) -> Plan[dict[str, str]]:
        """The headers for the next request, fetching a token first when none is valid."""
        if self.needs_token():
            lock = yield TakeLock(self._locks)
            try:
                if self.needs_token():  # whoever held the lock may have fetched one meanwhile
                    yield from self.fetch(client, op, timeout)
            finally:
                lock.release()
        return SecretHeaders({**self._static, **self.token_headers()})  # its repr masks them (R3-18)

    # Token strategies override these.
    def needs_token(self) -> bool:
        return False

    def token_headers(self) -> dict[str, str]:
        return {}

    def fetch(self, client: Exchange, op: Op, timeout: Timeout) -> Plan[None]:
        """Fetch and keep a token (a plan; see SessionAuth)."""
        return
        yield

    def invalidate(self, sent: Mapping[str, str]) -> bool:
        """After a 401 to a request that carried the auth headers `sent`: forget that token (not
        one another thread or task has fetched since: a 401 storm renews once); True if a retry
        with a new token makes sense."""
        return False


class ExpiringToken:
    """A bearer token and when to renew it (a margin before it expires)."""

    def __init__(self, value: str, expires_in: float | None, margin: float = 60.0) -> None:
        self.value = value
        register_secret(value, rotating=True)
        lifetime = expires_in if expires_in is not None else 3600.0
        self.renew_at = time.monotonic() + max(0.0, lifetime - min(margin, lifetime / 2))

    def due(self) -> bool:
        return time.monotonic() >= self.renew_at


class SessionAuth(Auth):
    """Static headers plus a token obtained by one request (login, client credentials) and renewed
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

    def token_request(self) -> dict[str, Any] | None:
        """httpx request arguments of the login or token request, or None when this credential
        cannot fetch one (a pre-issued token only)."""
        return None

    def fetch(self, client: Exchange, op: Op, timeout: Timeout) -> Plan[None]:
        kwargs = self.token_request()
        if kwargs is None:
            return
        response = yield from client.exchange(client.build_request(kwargs, timeout), self.token_operation, op)
        value, expires_in = self.parse_token(client, response)
        self._token = ExpiringToken(value, expires_in if expires_in is not None else self._lifetime)

    def parse_token(self, client: Exchange, response: httpx.Response) -> tuple[str, float | None]:
        raise NotImplementedError

    def invalidate(self, sent: Mapping[str, str]) -> bool:
        token = self._token
        if token is not None and sent.get(self.header) == f"{self.prefix}{token.value}" and self._token is token:
            self._token = None
        return True


def token_json(client: Exchange, response: httpx.Response, operation: str, *keys: str) -> dict[str, Any]:
    """The token answer's JSON, with `keys` present. A refused credential (400, 401 or 403 from a
    token endpoint: `invalid_grant`, `invalid_client`) is an AuthenticationError; 429 and 5xx keep
    their status class (the request loop retries them); an answer without the keys, or whose
    values a header cannot carry (they go into one), is a ResponseValidationError."""
    if response.status_code != 200:
        error = client.status_error(operation, response)
        if response.status_code in (400, 401, 403):
            raise AuthenticationError(
                api=client.title,
                operation=operation,
                response=response,
                code=error.code,
                field=error.field,
                message=error.message,
                body=error.body,
            )
        raise error
    data = client.parse(operation, response, _as_object)
    missing = [key for key in keys if not isinstance(data.get(key), str | int | float) or data.get(key) == ""]
    if missing:
        raise ResponseValidationError(
            api=client.title, operation=operation, response=response, message=f"no {', '.join(missing)} in the answer"
        )
    unsafe = [key for key in keys if isinstance(data[key], str) and not _HEADER_VALUE.fullmatch(data[key])]
    if unsafe:  # a CR/LF would split the header, a non-ASCII one fail to encode, quoting the token (R3-8)
        for key in unsafe:
            register_secret(data[key])
        raise ResponseValidationError(
            api=client.title,
            operation=operation,
            response=response,
            message=f"{', '.join(unsafe)} holds characters an HTTP header cannot carry (control or non-ASCII); "
            "its value is not shown",
        )
    return data


#: A value a header carries as sent: visible ASCII, single spaces inside (RFC 9110 field-value, no obs-text).
_HEADER_VALUE = re.compile(r"[\x21-\x7e]+(?: [\x21-\x7e]+)*")


def _as_object(data: Any) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise TypeError(f"expected a JSON object, got {type(data).__name__}")
    return data
