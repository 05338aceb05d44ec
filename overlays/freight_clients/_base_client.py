"""The request loop every API client shares, written once as a plan (see `_plan`): auth and token
fetches, rate limit, retries, typed errors, hooks, logging. `SyncAPIClient` and `AsyncAPIClient`
differ only in the driver that carries the plans out.

Each request keeps a ledger: the attempts sent, and whether any of them may have been processed
without our seeing the answer (a timeout, a reset after sending, a 5xx). Operations read it from
the error they catch (`error.outcome_unknown`) to decide whether a conflict can be their own lost
write; a 429, another 4xx or a refused connection never makes an outcome unknown. A 401 triggers
one re-authentication, and token fetches, re-authentication and retries share one budget.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import logging
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import IO, Any, ClassVar, TypedDict, TypeVar

import httpx

from . import _bulk
from ._auth import Auth
from ._config import check_base_url, check_http_client
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    ClientValidationError,
    FreightError,
    ResponseValidationError,
    connection_error,
    error_body,
    error_details,
    parse_success,
    status_error_class,
)
from ._hooks import (
    ErrorEvent,
    Hook,
    OperationFinished,
    OperationStarted,
    RequestEvent,
    ResponseEvent,
    RetryEvent,
    TokenEvent,
    emit,
)
from ._json import loads
from ._limits import CredentialLimiter, Limit
from ._models import FilePart, as_dict
from ._plan import Acquire, BulkJob, Drain, M, Pages, Plan, Read, Resource, Send, Sleep, run_async, run_sync
from ._raw import capture, record
from ._redact import logger_for, redact_headers, redact_value
from ._request import RequestBuilder
from ._retry import RetryPolicy, retry_after_seconds

T = TypeVar("T")
C = TypeVar("C")


class ClientOptions(TypedDict, total=False):
    """Options every client takes (see _ClientCore)."""

    timeout: float | httpx.Timeout | None
    max_retries: int
    rate_limit: Limit
    validate: bool
    hooks: Sequence[Hook]


Timeout = float | httpx.Timeout | None
_SUCCESS = range(200, 300)
#: Transport failures after which the request cannot have reached the service.
_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)
_call_ids = itertools.count(1)


def _success(response: httpx.Response) -> bool:
    return response.status_code in _SUCCESS


@dataclass
class Call:
    """One request through the loop: a generated endpoint's `_get_kwargs()` and how to treat it."""

    operation: str
    kwargs: Mapping[str, Any]
    idempotent: bool
    timeout: Timeout = None
    ok: Callable[[httpx.Response], bool] = _success
    #: Stream a successful answer's body into this file instead of reading it (downloads).
    sink: IO[bytes] | None = None
    #: Turn a success answer into the call's result inside the loop, so an unreadable answer (an
    #: HTML page with status 200, a truncated body) is retried like a lost one where that is safe.
    parse: Callable[[httpx.Response], Any] | None = None
    #: The answer is a document's bytes: an HTML page in its place (text/html, status 200: a
    #: gateway's or proxy's page) is unreadable, retried like one, never handed over as the file.
    document: bool = False


class Op:
    """The running public call: its name and id, and what hooks and traces report about it."""

    __slots__ = ("attempts", "call_id", "code", "name", "rate_wait", "started", "status")

    def __init__(self, name: str) -> None:
        self.name, self.call_id = name, next(_call_ids)
        self.attempts, self.rate_wait, self.started = 0, 0.0, time.monotonic()
        self.status: int | None = None
        self.code: str | None = None


class Ledger:
    """What one request's attempts did: how many were sent, how much retry budget is spent, and
    whether any may have been processed unseen."""

    __slots__ = ("attempts", "final", "reauthenticated", "response", "retries", "unknown", "value")

    def __init__(self) -> None:
        self.attempts = self.retries = 0
        self.unknown = self.reauthenticated = self.final = False
        self.response: httpx.Response | None = None
        self.value: Any = None

    def stamp(self, error: FreightError) -> FreightError:
        error.attempts, error.outcome_unknown = self.attempts, self.unknown
        return error


class _ClientCore:
    """Configuration and the request loop, as plans (shared by sync and async clients)."""

    api: ClassVar[str]
    title: ClassVar[str]
    _http: httpx.Client | httpx.AsyncClient
    _requests: RequestBuilder

    def __init__(
        self,
        *,
        base_url: str,
        auth: Auth,
        timeout: Timeout = 30.0,
        max_retries: int = 3,
        rate_limit: Limit = None,
        validate: bool = True,
        hooks: Sequence[Hook] = (),
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        self.base_url = check_base_url(base_url, self.title)
        self._auth = auth
        self.timeout = timeout
        self.retry = RetryPolicy(max_retries=max_retries)
        self.limiter = CredentialLimiter(rate_limit)
        self.validate = validate
        self.hooks = list(hooks)
        self._default_headers = dict(default_headers or {})
        self.log = logger_for(self.api)

    def raw_responses(self) -> contextlib.AbstractContextManager[list[httpx.Response]]:
        """Collect the raw httpx responses of the calls made inside the block (this thread or task,
        and the workers of a bulk call started in it):

        with client.raw_responses() as raw:
            order = client.orders.get(order_id)
        raw[-1].headers["content-type"]
        """
        return capture()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, max_retries={self.retry.max_retries})"

    # --- Operations ------------------------------------------------------------------------

    def _operation(self, name: str, make: Callable[[Op], Plan[T]]) -> Plan[T]:
        """A public call: `make(op)` is its plan; hooks see it start and end."""
        op = Op(name)
        if self.hooks:
            emit(self.hooks, "on_operation_start", OperationStarted(self.title, name, op.call_id))
        error: FreightError | None = None
        try:
            return (yield from make(op))
        except FreightError as failure:
            error = failure
            op.code = op.code or getattr(failure, "code", None)
            raise
        finally:
            if self.hooks:
                elapsed = time.monotonic() - op.started
                finished = OperationFinished(
                    self.title, name, op.call_id, op.attempts, op.status, op.code, error, op.rate_wait, elapsed
                )
                emit(self.hooks, "on_operation_end", finished)

    def call(self, call: Call, op: Op) -> Plan[Any]:
        """Send `call` with auth, rate limit and retries; return a success answer (body read, or
        streamed into `call.sink`), or what `call.parse` makes of it; or raise its typed error,
        stamped with the ledger."""
        ledger = Ledger()
        while True:
            error, from_token = None, False
            try:
                headers = yield from self._auth.headers(self, op, call.timeout)
            except FreightError as failure:
                error, from_token = failure, True
            if error is None:
                error = yield from self._attempt(call, op, ledger, headers)
                if error is None and ledger.response is not None:
                    return ledger.response if call.parse is None else ledger.value
            assert error is not None
            ledger.stamp(error)
            if ledger.final:
                delay = None
            elif (
                isinstance(error, AuthenticationError)
                and not from_token
                and not ledger.reauthenticated
                and self._auth.invalidate(headers)
            ):
                ledger.reauthenticated = True  # one fresh token, from the same budget
                delay = 0.0 if ledger.retries < self.retry.max_retries else None
            else:
                replayable = call.idempotent or from_token or not _may_have_arrived(error)
                delay = self.retry.delay(ledger.retries + 1, error, replayable)
            if delay is None:
                if self.hooks:
                    emit(
                        self.hooks, "on_error", ErrorEvent(self.title, error.operation, op.call_id, op.attempts, error)
                    )
                raise error
            ledger.retries += 1
            if self.hooks:
                event = RetryEvent(
                    self.title, error.operation, op.call_id, op.attempts, delay, _reason(error), *_status_code(error)
                )
                emit(self.hooks, "on_retry", event)
            if delay:
                yield Sleep(delay)

    def _attempt(self, call: Call, op: Op, ledger: Ledger, headers: Mapping[str, str]) -> Plan[FreightError | None]:
        """One attempt: None on success (the answer is on the ledger), else the typed error."""
        if self.limiter.limit is not None:
            op.rate_wait += yield Acquire(self.limiter, self._auth.credential_key)
        request = self._request(call, op, ledger, headers)
        ledger.attempts += 1
        op.attempts += 1
        started = time.monotonic()
        stream = call.sink is not None  # only downloads stream: everything else is read by httpx
        try:
            response = yield Send(request, stream)
        except (httpx.TransportError, httpx.DecodingError) as failure:  # reading the body may fail too
            ledger.unknown = ledger.unknown or not isinstance(failure, _NEVER_SENT)
            return self._transport_error(call.operation, failure)
        ok = call.ok(response)
        page = ok and call.document and _is_html(response)
        drain = Drain(response, call.sink) if ok and not page and call.sink is not None else None
        if stream:
            try:
                yield drain or Read(response)
            except (httpx.TransportError, httpx.DecodingError) as failure:
                ledger.unknown = True  # the service answered: a success may be behind the broken body
                ledger.final = bool(drain and drain.written)  # bytes already reached the file: no retry
                return self._transport_error(call.operation, failure)
        self._observe(call.operation, op, ledger.attempts, response, started, b"" if drain else response.content)
        if page:
            ledger.unknown = True  # as for any unreadable success answer
            return ResponseValidationError(
                api=self.title,
                operation=call.operation,
                response=response,
                message="an HTML page (text/html) with status 200 where the document was expected",
            )
        if ok:
            if call.parse is not None:
                try:
                    ledger.value = parse_success(call.parse, response, api=self.title, operation=call.operation)
                except ResponseValidationError as unreadable:
                    ledger.unknown = True  # a success status: the service may well have acted
                    return unreadable
            ledger.response = response
            return None
        if response.status_code >= 500:
            ledger.unknown = True
        error = self._status_error(call.operation, response)
        op.code = error.code
        return error

    def _request(self, call: Call, op: Op, ledger: Ledger, auth_headers: Mapping[str, str]) -> httpx.Request:
        built = dict(call.kwargs)
        headers = {**self._default_headers, **dict(built.get("headers") or {})}
        if self.hooks:
            url = str(self._http.base_url.join(built["url"]))
            event = RequestEvent(
                self.title,
                call.operation,
                op.call_id,
                ledger.attempts + 1,
                str(built["method"]).upper(),
                url,
                redact_headers(headers),
            )
            emit(self.hooks, "on_request", event)
            headers.update(event.added_headers)
        built["headers"] = {**headers, **auth_headers}
        return self.build_request(built, call.timeout)

    def build_request(self, kwargs: Mapping[str, Any], timeout: Timeout) -> httpx.Request:
        """An httpx request with the call's timeout, else the client's."""
        return self._requests.build(kwargs, timeout, self.timeout)

    def exchange(self, request: httpx.Request, operation: str, op: Op) -> Plan[httpx.Response]:
        """Send a token or login request (no auth, no retries here) and read its answer; transport
        failures are typed. Counted on the operation, reported to `on_token` hooks."""
        op.attempts += 1
        started = time.monotonic()
        try:
            response: httpx.Response = yield Send(request)
        except (httpx.TransportError, httpx.DecodingError) as failure:
            raise self._transport_error(operation, failure) from failure
        self._observe(operation, op, 1, response, started, _redacted_content(response))
        if self.hooks:
            emit(self.hooks, "on_token", TokenEvent(self.title, operation, op.call_id, 1, response.status_code))
        return response

    def _observe(
        self, operation: str, op: Op, attempt: int, response: httpx.Response, started: float, content: bytes
    ) -> None:
        """Log, record for raw_responses(), tell the rate limiter and the hooks about an answer."""
        elapsed = time.monotonic() - started
        op.status = response.status_code
        record(response)
        if self.limiter.limit == "adaptive":  # only a learned limit listens to the answers
            throttled = response.status_code == 429
            self.limiter.feedback(self._auth.credential_key, throttled=throttled, retry_after=_retry_after(response))
        if self.log.isEnabledFor(logging.DEBUG):
            path = response.request.url.path
            self.log.debug(
                "%s %s %s -> %s in %.0f ms", self.title, operation, path, response.status_code, elapsed * 1e3
            )
        if self.hooks:
            event = ResponseEvent(
                self.title,
                operation,
                op.call_id,
                attempt,
                response.request.method,
                str(response.request.url),
                response.status_code,
                redact_headers(response.headers),
                content,
                elapsed,
            )
            emit(self.hooks, "on_response", event)

    @staticmethod
    def _wire_sandbox(sandbox: Any, options: dict[str, Any]) -> dict[str, Any]:
        """Options that route through an in-process sandbox's app (a served one needs nothing)."""
        return options

    def _body(self, operation: str, schema_name: str, value: Any) -> dict[str, Any]:
        """`value` (a mapping or a generated model) as the JSON object to send, checked before any
        I/O: anything else, or a value JSON cannot carry (a datetime, a set, NaN), is a
        ClientValidationError; then, when `validate` is on, the spec's documented rules."""
        from . import _validation

        if not isinstance(value, Mapping) and not callable(getattr(value, "to_dict", None)):
            problem: tuple[str, str] | None = ("", f"a {type(value).__name__}, not a mapping or a model")
        else:
            data = as_dict(value)
            problem = _validation.not_json(data)
        if problem is not None:
            field, kind = problem
            raise ClientValidationError(
                api=self.title, operation=operation, field=field or "body", message=f"{kind} cannot be sent as JSON"
            )
        if self.validate:
            _validation.check(self.api, self.title, operation, schema_name, data)
        return data

    def _file(
        self, operation: str, value: Any, filename: str | None = None, content_type: str | None = None
    ) -> FilePart:
        """An upload's file part, before any I/O: a path that cannot be read, or a text stream, is a
        ClientValidationError."""
        try:
            return FilePart.of(value, filename, content_type)
        except (OSError, TypeError, ValueError) as problem:
            raise ClientValidationError(
                api=self.title, operation=operation, field="file", message=f"{type(problem).__name__}: {problem}"
            ) from None

    # --- Answers ---------------------------------------------------------------------------

    def _error_details(self, body: Any) -> tuple[str | None, str | None, str | None]:
        """(vendor code, field, message) from an error body; each API overrides this."""
        if isinstance(body, dict):
            return body.get("code"), body.get("field"), body.get("message") or body.get("detail")
        return None, None, str(body)[:500] if body else None

    def _status_error(self, operation: str, response: httpx.Response) -> APIStatusError:
        body = error_body(response)
        code, field, message = error_details(self._error_details, body)
        return self._error_class(response, code)(
            api=self.title, operation=operation, response=response, code=code, field=field, message=message, body=body
        )

    def _error_class(self, response: httpx.Response, code: str | None) -> type[APIStatusError]:
        return status_error_class(response.status_code)

    def _transport_error(self, operation: str, error: Exception) -> APIConnectionError:
        return connection_error(api=self.title, operation=operation, cause=error)

    def parse(self, operation: str, response: httpx.Response, parse: Callable[[Any], T]) -> T:
        """`parse(json)` of a success answer; a body that is not JSON or does not fit the model
        (an HTML page with status 200, a missing required key) is a ResponseValidationError."""
        return parse_success(json_model(parse), response, api=self.title, operation=operation)

    def _pages(self, pages: Pages[T], state: dict[str, Any]) -> Callable[[Op], Plan[list[T]]]:
        """The plan of the next page; a cursor that does not move ends the listing with an error."""

        def page(op: Op) -> Plan[list[T]]:
            cursor = state["cursor"]
            items, following = yield from pages.fetch(pages.resource._bound(op), cursor)
            if following is not None and (following == cursor or following in state["seen"]):
                raise FreightError(
                    f"{self.title} {op.name}: the service returned the same page cursor twice; stopped paging",
                    api=self.title,
                    operation=op.name,
                )
            state["seen"].add(cursor)
            state["cursor"] = following
            return items

        return page


class APIResource(Resource[M]):
    """A resource of one API's client: its plans send through `_call` (the answer) or `_fetch`
    (the answer parsed inside the loop, so an unreadable one is retried where that is safe)."""

    _client: Any

    def _call(
        self,
        operation: str,
        kwargs: Mapping[str, Any],
        *,
        idempotent: bool,
        timeout: Timeout = None,
        ok: Callable[[httpx.Response], bool] = _success,
        sink: IO[bytes] | None = None,
        document: bool = False,
    ) -> Plan[httpx.Response]:
        """Send through the loop; the success answer (`document`: a file's bytes, see `Call`)."""
        call = Call(operation, kwargs, idempotent, timeout, ok, sink, document=document)
        response: httpx.Response = yield from self._client.call(call, self._op)
        return response

    def _fetch(
        self,
        operation: str,
        kwargs: Mapping[str, Any],
        parse: Callable[[httpx.Response], T],
        *,
        idempotent: bool,
        timeout: Timeout = None,
        ok: Callable[[httpx.Response], bool] = _success,
    ) -> Plan[T]:
        """Send through the loop; `parse(answer)`. An answer `parse` cannot read is a
        ResponseValidationError, retried when the call is idempotent."""
        call = Call(operation, kwargs, idempotent, timeout, ok, parse=parse)
        value: T = yield from self._client.call(call, self._op)
        return value


def json_model(parse: Callable[[Any], T]) -> Callable[[httpx.Response], T]:
    """A parser for `_fetch`: `parse` (a generated model's `from_dict`) of the answer's JSON."""
    return lambda response: parse(loads(response.content))


def _redacted_content(response: httpx.Response) -> bytes:
    """A token or login answer's body for hooks, with its token fields masked."""
    body = error_body(response)
    return json.dumps(redact_value(body)).encode() if isinstance(body, dict | list) else b""


def _is_html(response: httpx.Response) -> bool:
    media: str = response.headers.get("content-type", "")
    return media.split(";", 1)[0].strip().lower() == "text/html"


def _may_have_arrived(error: FreightError) -> bool:
    cause = error.__cause__
    if isinstance(error, APIConnectionError):
        return error.retryable and not isinstance(cause, _NEVER_SENT)
    return isinstance(error, APIStatusError) and error.status_code >= 500


def _reason(error: FreightError) -> str:
    if isinstance(error, APIStatusError):
        if error.status_code == 401:
            return "reauthenticate"
        return "429" if error.status_code == 429 else "5xx"
    return "timeout" if isinstance(error, APITimeoutError) else "connection"


def _status_code(error: FreightError) -> tuple[int | None, str | None]:
    if isinstance(error, APIStatusError):
        return error.status_code, error.code
    return None, None


def _retry_after(response: httpx.Response) -> float | None:
    return retry_after_seconds(response) if response.status_code in (429, 503) else None


class SyncAPIClient(_ClientCore):
    """Blocking client; use as a context manager or call close()."""

    _http: httpx.Client

    def __init__(
        self, *, http_client: httpx.Client | None = None, transport: httpx.BaseTransport | None = None, **options: Any
    ) -> None:
        super().__init__(**options)
        if http_client is not None:
            check_http_client(http_client, self.base_url, self.title)
        self._http = http_client or httpx.Client(
            base_url=self.base_url, transport=transport, verify=True, timeout=self.timeout
        )
        self._requests = RequestBuilder(self._http, own=http_client is None)

    def _run(self, name: str, make: Callable[[Op], Plan[T]]) -> T:
        return run_sync(self._operation(name, make), self._http)

    def _iterate(self, name: str, pages: Pages[T]) -> Iterator[T]:
        state: dict[str, Any] = {"cursor": pages.first, "seen": set()}
        while state["cursor"] is not None:
            yield from self._run(name, self._pages(pages, state))

    def _bulk(self, job: BulkJob[Any, Any], stream: bool) -> Any:
        return _bulk.run_sync_bulk(self, job, stream)

    def auth_headers(self) -> dict[str, str]:
        """The headers that authenticate a request now (logging in first if needed)."""
        return self._run("auth", lambda op: self._auth.headers(self, op, None))

    @staticmethod
    def _wire_sandbox(sandbox: Any, options: dict[str, Any]) -> dict[str, Any]:
        """Options that route through an in-process sandbox's app (a served one needs nothing)."""
        if getattr(sandbox, "app", None) is not None and "transport" not in options:
            from .sandbox._server import _SyncASGITransport

            return {**options, "transport": _SyncASGITransport(sandbox.app)}
        return options

    def close(self) -> None:
        self._http.close()

    def __enter__(self: C) -> C:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncAPIClient(_ClientCore):
    """Asyncio client with the same surface; use `async with` or `await close()`."""

    _http: httpx.AsyncClient

    def __init__(
        self,
        *,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        **options: Any,
    ) -> None:
        super().__init__(**options)
        if http_client is not None:
            check_http_client(http_client, self.base_url, self.title)
        self._http = http_client or httpx.AsyncClient(
            base_url=self.base_url, transport=transport, verify=True, timeout=self.timeout
        )
        self._requests = RequestBuilder(self._http, own=http_client is None)

    async def _run(self, name: str, make: Callable[[Op], Plan[T]]) -> T:
        return await run_async(self._operation(name, make), self._http)

    async def _iterate(self, name: str, pages: Pages[T]) -> AsyncIterator[T]:
        state: dict[str, Any] = {"cursor": pages.first, "seen": set()}
        while state["cursor"] is not None:
            for item in await self._run(name, self._pages(pages, state)):
                yield item

    def _bulk(self, job: BulkJob[Any, Any], stream: bool) -> Any:
        return _bulk.run_async_bulk(self, job, stream)

    async def auth_headers(self) -> dict[str, str]:
        """The headers that authenticate a request now (logging in first if needed)."""
        return await self._run("auth", lambda op: self._auth.headers(self, op, None))

    @staticmethod
    def _wire_sandbox(sandbox: Any, options: dict[str, Any]) -> dict[str, Any]:
        if getattr(sandbox, "app", None) is not None and "transport" not in options:
            from .sandbox._server import AsyncASGITransport

            return {**options, "transport": AsyncASGITransport(app=sandbox.app)}
        return options

    async def close(self) -> None:
        await self._http.aclose()

    async def __aenter__(self: C) -> C:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
