"""The request loop every API client shares: auth, rate limit, pre-flight validation, retries,
typed errors, logging. `SyncAPIClient` and `AsyncAPIClient` differ only in how they wait."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypedDict, TypeVar

import httpx

from ._auth import Auth
from ._config import check_base_url
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    FreightError,
    status_error_class,
)
from ._limits import CredentialLimiter, RateLimit
from ._raw import capture, record
from ._redact import logger as _logger
from ._retry import RetryPolicy

T = TypeVar("T")


class ClientOptions(TypedDict, total=False):
    """Options every client takes (see _ClientCore)."""

    timeout: float | httpx.Timeout | None
    max_retries: int
    rate_limit: RateLimit | None
    validate: bool


Timeout = float | httpx.Timeout | None
_SUCCESS = range(200, 300)


class _ClientCore:
    """Configuration and the I/O-free parts of a request (shared by sync and async clients)."""

    api: ClassVar[str]
    title: ClassVar[str]

    def __init__(
        self,
        *,
        base_url: str,
        auth: Auth,
        timeout: Timeout = 30.0,
        max_retries: int = 3,
        rate_limit: RateLimit | None = None,
        validate: bool = True,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        self.base_url = check_base_url(base_url, self.title)
        self._auth = auth
        self.timeout = timeout
        self.retry = RetryPolicy(max_retries=max_retries)
        #: True once the httpx client carries `timeout` itself (then requests need not repeat it).
        self._timeout_on_client = False
        self.limiter = CredentialLimiter(rate_limit)
        self.validate = validate
        self._default_headers = dict(default_headers or {})
        self.log = logging.getLogger(f"freight_clients.{self.api}")
        self.log.addFilter(_logger.filters[0])

    def raw_responses(self) -> contextlib.AbstractContextManager[list[httpx.Response]]:
        """Collect the raw httpx responses of the calls made inside the block (this thread or task):

        with client.raw_responses() as raw:
            order = client.orders.get(order_id)
        raw[-1].headers["content-type"]
        """
        return capture()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, max_retries={self.retry.max_retries})"

    def _build(self, kwargs: Mapping[str, Any], auth_headers: Mapping[str, str], timeout: Timeout) -> dict[str, Any]:
        """httpx request arguments from a generated endpoint's `_get_kwargs()`, plus auth and defaults."""
        built = dict(kwargs)
        built["headers"] = {**self._default_headers, **auth_headers, **dict(kwargs.get("headers") or {})}
        if timeout is not None or not self._timeout_on_client:
            built["timeout"] = self.timeout if timeout is None else timeout
        return built

    def _error_details(self, body: Any) -> tuple[str | None, str | None, str | None]:
        """(vendor code, field, message) from an error body; each API overrides this."""
        if isinstance(body, dict):
            return body.get("code"), body.get("field"), body.get("message") or body.get("detail")
        return None, None, str(body)[:500] if body else None

    def _status_error(self, operation: str, response: httpx.Response) -> APIStatusError:
        try:
            body: Any = response.json() if "json" in response.headers.get("content-type", "") else response.text
        except ValueError:
            body = response.text
        code, field, message = self._error_details(body)
        return self._error_class(response, code)(
            api=self.title, operation=operation, response=response, code=code, field=field, message=message, body=body
        )

    def _error_class(self, response: httpx.Response, code: str | None) -> type[APIStatusError]:
        return status_error_class(response.status_code)

    def _transport_error(self, operation: str, error: httpx.TransportError, attempts: int) -> APIConnectionError:
        failure_class = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
        failure = failure_class(api=self.title, operation=operation, cause=error)
        failure.attempts = attempts
        return failure

    def _settle(
        self,
        operation: str,
        response: httpx.Response,
        attempts: int,
        started: float,
        ok: Callable[[httpx.Response], bool],
        reauthenticated: bool,
    ) -> bool:
        """Log and record an answer: True for a success, False when a fresh token deserves one
        more try (a 401 not yet retried); otherwise raise its typed error. The part of the request
        loop that does not wait, shared by the sync and async clients."""
        self._log(operation, response, started)
        record(response)
        if ok(response):
            return True
        refused = self._status_error(operation, response)
        refused.attempts = attempts
        if isinstance(refused, AuthenticationError) and not reauthenticated and self._auth.invalidate():
            return False
        raise refused

    def _log(self, operation: str, response: httpx.Response, started: float) -> None:
        if not self.log.isEnabledFor(logging.DEBUG):
            return
        self.log.debug(
            "%s %s %s -> %s in %.0f ms",
            self.title,
            operation,
            response.request.url.path,
            response.status_code,
            (time.monotonic() - started) * 1000,
        )


class SyncAPIClient(_ClientCore):
    """Blocking client; use as a context manager or call close()."""

    def __init__(
        self, *, http_client: httpx.Client | None = None, transport: httpx.BaseTransport | None = None, **options: Any
    ) -> None:
        super().__init__(**options)
        self._http = http_client or httpx.Client(
            base_url=self.base_url, transport=transport, verify=True, timeout=self.timeout
        )
        self._timeout_on_client = http_client is None

    def request(
        self,
        operation: str,
        kwargs: Mapping[str, Any],
        *,
        idempotent: bool,
        timeout: Timeout = None,
        ok: Callable[[httpx.Response], bool] = lambda r: r.status_code in _SUCCESS,
        _reauthenticated: bool = False,
    ) -> httpx.Response:
        """Send with auth, rate limit and retries; return a success response or raise a typed error.

        Errors carry `attempts` (how many requests were sent), so callers can tell a first answer
        from one that follows a failed attempt whose outcome is unknown."""
        attempts = 0
        while True:
            attempts += 1
            try:
                return self._attempt(operation, kwargs, idempotent, timeout, ok, attempts, _reauthenticated)
            except FreightError as error:
                delay = self.retry.delay(attempts, error, idempotent)
                if delay is None:
                    raise
            time.sleep(delay)

    def _attempt(
        self,
        operation: str,
        kwargs: Mapping[str, Any],
        idempotent: bool,
        timeout: Timeout,
        ok: Callable[[httpx.Response], bool],
        attempts: int,
        reauthenticated: bool,
    ) -> httpx.Response:
        try:
            headers = self._auth.headers(self._http)  # may log in first, over the same network
            self.limiter.acquire(self._auth.credential_key)
            started = time.monotonic()
            response = self._http.request(**self._build(kwargs, headers, timeout))
        except httpx.TransportError as error:
            raise self._transport_error(operation, error, attempts) from error
        if self._settle(operation, response, attempts, started, ok, reauthenticated):
            return response
        # one more try with a fresh token, outside the retry budget
        return self.request(operation, kwargs, idempotent=idempotent, timeout=timeout, ok=ok, _reauthenticated=True)

    @staticmethod
    def _wire_sandbox(sandbox: Any, options: dict[str, Any]) -> dict[str, Any]:
        """Options that route through an in-process sandbox's app (a served one needs nothing)."""
        if getattr(sandbox, "app", None) is not None and "transport" not in options:
            from .sandbox._server import _SyncASGITransport

            return {**options, "transport": _SyncASGITransport(sandbox.app)}
        return options

    def close(self) -> None:
        self._http.close()

    def __enter__(self: T) -> T:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncAPIClient(_ClientCore):
    """Asyncio client with the same surface; use `async with` or `await close()`."""

    def __init__(
        self,
        *,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        **options: Any,
    ) -> None:
        super().__init__(**options)
        self._http = http_client or httpx.AsyncClient(
            base_url=self.base_url, transport=transport, verify=True, timeout=self.timeout
        )
        self._timeout_on_client = http_client is None

    async def request(
        self,
        operation: str,
        kwargs: Mapping[str, Any],
        *,
        idempotent: bool,
        timeout: Timeout = None,
        ok: Callable[[httpx.Response], bool] = lambda r: r.status_code in _SUCCESS,
        _reauthenticated: bool = False,
    ) -> httpx.Response:
        attempts = 0
        while True:
            attempts += 1
            try:
                return await self._attempt(operation, kwargs, idempotent, timeout, ok, attempts, _reauthenticated)
            except FreightError as error:
                delay = self.retry.delay(attempts, error, idempotent)
                if delay is None:
                    raise
            await asyncio.sleep(delay)

    async def _attempt(
        self,
        operation: str,
        kwargs: Mapping[str, Any],
        idempotent: bool,
        timeout: Timeout,
        ok: Callable[[httpx.Response], bool],
        attempts: int,
        reauthenticated: bool,
    ) -> httpx.Response:
        try:
            headers = await self._auth.async_headers(self._http)  # may log in first, over the same network
            await self.limiter.acquire_async(self._auth.credential_key)
            started = time.monotonic()
            response = await self._http.request(**self._build(kwargs, headers, timeout))
        except httpx.TransportError as error:
            raise self._transport_error(operation, error, attempts) from error
        if self._settle(operation, response, attempts, started, ok, reauthenticated):
            return response
        return await self.request(
            operation, kwargs, idempotent=idempotent, timeout=timeout, ok=ok, _reauthenticated=True
        )

    @staticmethod
    def _wire_sandbox(sandbox: Any, options: dict[str, Any]) -> dict[str, Any]:
        if getattr(sandbox, "app", None) is not None and "transport" not in options:
            from .sandbox._server import AsyncASGITransport

            return {**options, "transport": AsyncASGITransport(app=sandbox.app)}
        return options

    async def close(self) -> None:
        await self._http.aclose()

    async def __aenter__(self: T) -> T:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
