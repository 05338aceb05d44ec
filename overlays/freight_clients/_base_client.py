"""The request loop every API client shares, written once as a plan (see `_plan`): auth and token
fetches, rate limit, retries, typed errors, hooks, logging. `SyncAPIClient` and `AsyncAPIClient`
differ only in the driver that carries the plans out.

Each request keeps a ledger: the attempts sent, and whether any of them may have been processed
without our seeing the answer (a timeout, a reset after sending, a 5xx). Operations read it from
the error they catch (`error.outcome_unknown`) to decide whether a conflict can be their own lost
write; a 429, another 4xx or a refused connection never makes an outcome unknown. A 401 triggers
one re-authentication, and token fetches, re-authentication and retries share one budget.

Layer: client and loop, under the per-API packages only. It may import every core layer below it:
drivers (`_drivers`, `_bulk`), pacing (`_retry`, `_limits`), auth (`_auth`, whose `Exchange` the
core implements), spec (`_validation`, loaded on first use), plan (`_plan`) and the leaves
(`_types`, `_http`, `_exceptions`, `_request`, ...). No API module and no test tooling.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import functools
import inspect
import json
import logging
import time
import warnings
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from typing import IO, Any, ClassVar, Protocol, Self, TypedDict, TypeVar, Unpack, get_origin, get_type_hints

import httpx

from . import _bulk
from ._auth import Auth
from ._config import _caller_stacklevel, check_base_url, check_http_client
from ._drivers import run_async, run_sync
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    ClientValidationError,
    ConfigurationError,
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
from ._http import MAX_ANSWER, AnswerTooLarge, is_html, retry_after_seconds
from ._json import loads
from ._limits import CredentialLimiter, Limit
from ._models import FilePart, as_dict
from ._options import check_flag, check_headers, check_hooks, check_max_retries, check_timeout, merge_headers
from ._plan import Acquire, BulkJob, Drain, M, Pages, Plan, Read, Resource, Send, Sleep, _Public
from ._raw import capture, record
from ._redact import SecretHeaders, logger_for, redact_body, redact_headers, redact_value
from ._request import RequestBuilder
from ._retry import RetryPolicy
from ._types import Call, Ledger, success
from ._types import Op as Op  # re-exported: the per-API packages import these two from here
from ._types import Timeout as Timeout

T = TypeVar("T")
C = TypeVar("C")


class ClientOptions(TypedDict, total=False):
    """Options every client takes (see _ClientCore). Retries: `retry=RetryPolicy(...)`, or
    `max_retries=n` for the default policy with n retries."""

    timeout: float | httpx.Timeout | None
    max_retries: int
    retry: RetryPolicy
    rate_limit: Limit
    validate: bool
    hooks: Sequence[Hook]
    #: Headers sent on every request (beside the API's own; never in place of a credential).
    default_headers: Mapping[str, str]


#: Transport failures after which the request cannot have reached the service.
_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


class _ClientCore:
    """Configuration and the request loop, as plans (shared by sync and async clients)."""

    api: ClassVar[str]
    title: ClassVar[str]
    #: The client's resources (`orders`, ...): its cached properties, listed by `with_resources`.
    _resources: ClassVar[tuple[str, ...]] = ()
    _http: httpx.Client | httpx.AsyncClient
    _requests: RequestBuilder

    def __init__(
        self,
        *,
        base_url: str,
        auth: Auth,
        timeout: Timeout = 30.0,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        rate_limit: Limit = None,
        validate: bool = True,
        hooks: Sequence[Hook] = (),
        default_headers: Mapping[str, str] | None = None,
        api_headers: Mapping[str, str] | None = None,
    ) -> None:
        """`api_headers`: the API's own (its settings'), under the caller's `default_headers`."""
        self.base_url = check_base_url(base_url, self.title)
        self._auth = auth
        self.timeout = check_timeout(timeout, self.title)
        self.retry = _retry_policy(retry, check_max_retries(max_retries, self.title), self.title)
        self.limiter = CredentialLimiter(rate_limit)
        self.validate = check_flag(validate, "validate", self.title)
        self.hooks = check_hooks(hooks, self.title)
        self._default_headers = merge_headers(api_headers or {}, check_headers(default_headers, self.title))
        self.log = logger_for(self.api)
        self._owns_http = True
        for name in self._resources:  # made now: one object each, before any thread shares the client
            getattr(self, name)

    def with_options(self, **options: Unpack[ClientOptions]) -> Self:
        """A copy of this client with some options changed, sharing its connection pool, its
        credentials and token, and its rate limit (unless `rate_limit=` is given), as openai's
        `client.with_options(...)`: for one call, or a block of them.

            spotgo.with_options(timeout=5, max_retries=0).orders.get(order_id)
            fast = spotgo.with_options(default_headers={"X-Trace": "batch-7"})

        `default_headers` are added to this client's; `max_retries=n` keeps the rest of its retry
        policy. Closing the copy closes nothing: the pool is the original's."""
        unknown = set(options) - set(ClientOptions.__annotations__)
        if unknown:
            raise ConfigurationError(
                f"{self.title}: with_options() has no option {sorted(unknown)[0]!r}", api=self.title
            )
        clone = copy.copy(self)
        if "timeout" in options:
            clone.timeout = check_timeout(options["timeout"], self.title)
            clone._requests = self._requests.with_timeout(clone.timeout)
        if "retry" in options or "max_retries" in options:
            retries = check_max_retries(options.get("max_retries"), self.title)
            if "retry" in options:
                clone.retry = _retry_policy(options["retry"], retries, self.title)
            elif retries is not None:
                clone.retry = dataclasses.replace(self.retry, max_retries=retries)
        if "rate_limit" in options:
            clone.limiter = CredentialLimiter(options["rate_limit"])
        if "validate" in options:
            clone.validate = check_flag(options["validate"], "validate", self.title)
        if "hooks" in options:
            clone.hooks = check_hooks(options["hooks"], self.title)
        if "default_headers" in options:
            clone._default_headers = merge_headers(
                self._default_headers, check_headers(options["default_headers"], self.title)
            )
        clone._owns_http = False
        for name, value in vars(self).items():  # the resources (`orders`, ...) of the copy send through it
            if isinstance(value, Resource) and value._client is self:
                resource = copy.copy(value)
                resource._client = clone
                setattr(clone, name, resource)
        return clone

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
        interrupted: str | None = None
        try:
            return (yield from make(op))
        except FreightError as failure:
            error = failure
            if op.unknown:  # a write of this call may have happened, whatever failed after it
                failure.outcome_unknown = True
            op.code = op.code or getattr(failure, "code", None)
            raise
        except BaseException as other:  # not a success either: a Ctrl-C or a cancellation closes the plan
            interrupted = "cancelled" if isinstance(other, GeneratorExit) else type(other).__name__
            raise
        finally:
            if self.hooks:
                elapsed = time.monotonic() - op.started
                finished = OperationFinished(
                    self.title,
                    name,
                    op.call_id,
                    op.attempts,
                    op.status,
                    op.code,
                    error,
                    op.rate_wait,
                    elapsed,
                    interrupted,
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
                if ledger.unknown and str(call.kwargs.get("method", "get")).upper() not in ("GET", "HEAD"):
                    op.unknown = True
                if self.hooks:
                    emit(
                        self.hooks, "on_error", ErrorEvent(self.title, error.operation, op.call_id, op.attempts, error)
                    )
                raise error
            ledger.retries += 1
            # as openai logs "Retrying request to ... in 0.4 seconds": visible with FREIGHT_LOG=info
            self.log.info("Retrying %s %s in %.1f s (%s)", self.title, op.name, delay, _why(error))
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
            try:
                waited = yield Acquire(self.limiter, self._auth.credential_key)
            except FreightError as failure:  # a shared limiter (Redis) failed: this call's error, stamped
                cause = failure.__cause__ if isinstance(failure.__cause__, Exception) else failure
                return self._transport_error(call.operation, cause)
            op.rate_wait += waited
            if waited > 1.0:  # a slow limit is not a hang: say so (newcomer-3 #10)
                self.log.info(
                    "%s %s waited %.1f s for the client-side rate limit %r",
                    self.title,
                    call.operation,
                    waited,
                    self.limiter.limit,
                )
        try:
            request = self._request(call, op, ledger, headers)
        except UnicodeEncodeError as unsendable:  # a header value httpx cannot encode: typed, its value redacted
            return self._transport_error(call.operation, unsendable)
        ledger.attempts += 1
        op.attempts += 1
        started = time.monotonic()
        try:  # every answer streams: a download's into its sink, the rest read up to MAX_ANSWER
            response = yield Send(request, True)
        except (httpx.TransportError, httpx.DecodingError) as failure:  # reading the body may fail too
            ledger.unknown = ledger.unknown or not isinstance(failure, _NEVER_SENT)
            return self._transport_error(call.operation, failure)
        ok = call.ok(response)
        page = _not_a_document(response) if ok and call.document else None
        drain = Drain(response, call.sink) if ok and not page and call.sink is not None else None
        try:
            yield drain or Read(response, MAX_ANSWER)
        except (httpx.TransportError, httpx.DecodingError) as failure:
            if not ok and response.status_code < 500:  # a refusal (4xx) whose body broke is still a refusal
                refused = self.status_error(call.operation, response)
                op.code = refused.code
                return refused
            ledger.unknown = True  # the service answered: a success may be behind the broken body
            # bytes already reached the file, or the answer is too large to read: no retry
            ledger.final = bool(drain and drain.written) or isinstance(failure, AnswerTooLarge)
            return self._transport_error(call.operation, failure)
        self._observe(call.operation, op, ledger.attempts, response, started, b"" if drain else response.content)
        if ok and (short := _cut_short(response, drain.written if drain else len(response.content))):
            ledger.unknown = True  # as for a connection dropped mid-body (h11 raises this on a socket)
            ledger.final = bool(drain and drain.written)  # bytes already reached the file: no retry
            return self._transport_error(call.operation, httpx.RemoteProtocolError(short, request=request))
        if page:
            ledger.unknown = True  # as for any unreadable success answer
            return ResponseValidationError(
                api=self.title,
                operation=call.operation,
                response=response,
                message=f"{page} with status {response.status_code} where the document was expected",
            )
        if ok:
            if call.parse is not None:
                try:
                    ledger.value = parse_success(call.parse, response, api=self.title, operation=call.operation)
                except ResponseValidationError as unreadable:
                    ledger.unknown = True  # a success status: the service may well have acted
                    return unreadable
                except FreightError as refused:  # the answer read as a failure (Quivo: 200 without an orderId)
                    ledger.final = True
                    return refused
            ledger.response = response
            return None
        if response.status_code >= 500:
            ledger.unknown = True
        error = self.status_error(call.operation, response)
        op.code = error.code
        return error

    def _request(self, call: Call, op: Op, ledger: Ledger, auth_headers: Mapping[str, str]) -> httpx.Request:
        built = dict(call.kwargs)
        headers = {**self._default_headers, **dict(built.get("headers") or {})}
        if self.hooks:
            url = str(self._requests.url(built["url"]))
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
        # Header names ignore case: no added or default header may stand beside a credential (R3-16).
        credentials = {name.lower() for name in auth_headers}
        built["headers"] = SecretHeaders({k: v for k, v in headers.items() if k.lower() not in credentials})
        built["headers"].update(auth_headers)
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
            response: httpx.Response = yield Send(request, True)
            yield Read(response, MAX_ANSWER)
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
            asked = _retry_after(response)  # the credential's pause is capped like the call's own wait
            retry_after = None if asked is None else min(asked, self.retry.max_retry_after)
            self.limiter.feedback(self._auth.credential_key, throttled=throttled, retry_after=retry_after)
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
                redact_body(content, response.headers.get("content-type")),  # a server may echo secrets (R3-9)
                elapsed,
            )
            emit(self.hooks, "on_response", event)

    def _body(self, operation: str, schema_name: str, value: Any, *, partial: bool = False) -> dict[str, Any]:
        """`value` (a mapping or a generated model) as the JSON object to send, checked before any
        I/O: a datetime, date, Decimal, UUID or Enum in it written as its field's format says
        (`_encode`); anything else, or a value JSON cannot carry (a naive datetime, a set, NaN), is
        a ClientValidationError; then, when `validate` is on and the body is whole (not `partial`:
        changes to merge onto a read order), the spec's documented rules."""
        from . import _validation

        if not isinstance(value, Mapping) and not callable(getattr(value, "to_dict", None)):
            problem: tuple[str, str] | None = ("", f"a {type(value).__name__}, not a mapping or a model")
        else:
            data = as_dict(value)
            problem = _validation.not_json(data)
            if problem is not None:  # only a body holding such values pays for writing them
                from ._encode import Unencodable, json_values

                try:
                    data = json_values(self.api, schema_name, data)
                except Unencodable as unencodable:
                    problem = (unencodable.path, unencodable.kind)
                else:
                    problem = _validation.not_json(data)
        if problem is not None:
            field, kind = problem
            raise ClientValidationError(
                api=self.title, operation=operation, field=field or "body", message=f"{kind} cannot be sent as JSON"
            )
        if self.validate:
            self._check_keys(operation, schema_name, data, partial)
        return data

    def _check_keys(self, operation: str, schema_name: str, data: dict[str, Any], partial: bool) -> None:
        """The spec's documented rules (for a whole body), and the keys the schema does not name: one
        close to a known key (`order_number`) is an UnknownFieldWarning with "did you mean", or, where
        the documented rules refuse the body, the same hint in the ClientValidationError."""
        from . import _validation
        from ._encode import UnknownFieldWarning, first_report, unknown_fields

        unknown = [field for field in unknown_fields(self.api, schema_name, data) if field.suggestion]
        try:
            if not partial:
                _validation.check(self.api, self.title, operation, schema_name, data)
        except ClientValidationError as error:
            if not unknown:
                raise
            hints = "; ".join(f"{field.path}: {field.hint()}" for field in unknown)
            raise ClientValidationError(
                api=error.api,
                operation=error.operation,
                field=error.field,
                message=f"{error.message} (unknown keys: {hints})",
                code=error.code,
                problems=[*error.problems, *((field.path, field.hint()) for field in unknown)],
            ) from None
        for field in unknown:
            if first_report(self.api, operation, field.path):
                message = (
                    f"{self.title} {operation}: {field.path} is not a field of the spec's {field.schema}; "
                    f"{field.hint()} (sent as it is)"
                )
                self.log.warning("%s", message)
                warnings.warn(message, UnknownFieldWarning, stacklevel=_caller_stacklevel())

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

    def status_error(self, operation: str, response: httpx.Response) -> APIStatusError:
        """The typed error for an error answer: the API's class for its status and vendor code, with
        the code, field and message its error shape carries."""
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
        ok: Callable[[httpx.Response], bool] = success,
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
        ok: Callable[[httpx.Response], bool] = success,
    ) -> Plan[T]:
        """Send through the loop; `parse(answer)`. An answer `parse` cannot read is a
        ResponseValidationError, retried when the call is idempotent."""
        call = Call(operation, kwargs, idempotent, timeout, ok, parse=parse)
        value: T = yield from self._client.call(call, self._op)
        return value


def with_resources(client: type[C]) -> type[C]:
    """Class decorator of a client: each of its resources (a `functools.cached_property` returning an
    APIResource, `orders`) gets a docstring listing the resource's methods with their parameters
    and first docstring lines, so `help(SpotGo)` shows `orders.create(order, *, timeout=None)`
    beside the client's own methods (the resource's class is read from the property's annotation).
    The client makes each resource when it is built (`_ClientCore.__init__`)."""
    for name, attribute in list(vars(client).items()):
        if not isinstance(attribute, functools.cached_property):
            continue
        returned = get_type_hints(attribute.func).get("return")
        resource = get_origin(returned) or returned
        if isinstance(resource, type) and issubclass(resource, Resource):
            attribute.__doc__ = _resource_doc(name, resource)
            client._resources = (*client._resources, name)  # type: ignore[attr-defined]
    return client


def _resource_doc(name: str, resource: type[Resource[Any]]) -> str:
    lines = [(resource.__doc__ or resource.__name__).strip(), ""]
    for method, public in _public_methods(resource):
        wrapped = vars(public).get("plan") or vars(public)["make"]
        signature = inspect.signature(wrapped)
        parameters = [p.replace(annotation=inspect.Parameter.empty) for p in list(signature.parameters.values())[1:]]
        bare = signature.replace(parameters=parameters, return_annotation=inspect.Signature.empty)
        summary = (public.__doc__ or "").strip().split("\n\n", 1)[0].replace("\n", " ")
        summary = " ".join(summary.split())
        lines.append(f"{name}.{method}{bare}" + (f": {summary}" if summary else ""))
    return "\n".join(lines)


def _public_methods(resource: type) -> list[tuple[str, _Public]]:
    """The public operations of a resource class, bases first, in definition order."""
    found: dict[str, _Public] = {}
    for klass in reversed(resource.__mro__):
        for method, value in vars(klass).items():
            if isinstance(value, _Public) and not method.startswith("_"):
                found[method] = value
    return list(found.items())


def json_model(parse: Callable[[Any], T]) -> Callable[[httpx.Response], T]:
    """A parser for `_fetch`: `parse` (a generated model's `from_dict`) of the answer's JSON."""
    return lambda response: parse(loads(response.content))


def _redacted_content(response: httpx.Response) -> bytes:
    """A token or login answer's body for hooks, with its token fields masked."""
    body = error_body(response)
    return json.dumps(redact_value(body)).encode() if isinstance(body, dict | list) else b""


def _may_have_arrived(error: FreightError) -> bool:
    """Whether the service may have processed the request `error` answered: any answer that arrived
    other than a 429 (a 2xx it could not read, a 5xx), or a failure after the request was sent."""
    if isinstance(error, APIConnectionError):
        return error.retryable and not isinstance(error.__cause__, _NEVER_SENT)
    return isinstance(error, APIStatusError) and error.status_code != 429


def _not_a_document(response: httpx.Response) -> str | None:
    """What a success answer is instead of a document's bytes (a gateway's HTML page, a JSON error
    answered with a 2xx), or None when it may be the document."""
    media = response.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if is_html(response):
        return "an HTML page (text/html)"
    if media == "application/json" or media.endswith("+json"):
        return f"a JSON body ({media})"
    return None


def _cut_short(response: httpx.Response, received: int) -> str | None:
    """Why a success answer's body is incomplete: it ended before its Content-Length (h11 refuses
    such a body on a socket; an in-process or mock transport may hand it over), else None."""
    declared = response.headers.get("content-length", "").strip()
    if not declared.isdigit() or response.request.method == "HEAD" or response.status_code in (204, 304):
        return None
    if response.headers.get("content-encoding", "identity").strip().lower() not in ("", "identity"):
        received = response.num_bytes_downloaded  # the declared length counts the encoded bytes
        if not received:
            return None  # a body handed over already decoded: nothing to compare
    if received >= int(declared):
        return None
    return f"the answer ended after {received} of the {declared} bytes its Content-Length declares"


def _reason(error: FreightError) -> str:
    if isinstance(error, APIStatusError):
        if error.status_code == 401:
            return "reauthenticate"
        return "429" if error.status_code == 429 else "5xx"
    return "timeout" if isinstance(error, APITimeoutError) else "connection"


def _why(error: FreightError) -> str:
    """What a retry log line gives as its reason: the status (`429`, `503 [CODE]`), or the failure."""
    if isinstance(error, APIStatusError):
        return f"{error.status_code} [{error.code}]" if error.code else str(error.status_code)
    cause = error.__cause__
    return type(cause).__name__ if cause is not None else type(error).__name__


def _status_code(error: FreightError) -> tuple[int | None, str | None]:
    if isinstance(error, APIStatusError):
        return error.status_code, error.code
    return None, None


def _retry_after(response: httpx.Response) -> float | None:
    return retry_after_seconds(response) if response.status_code in (429, 503) else None


def _retry_policy(retry: object, max_retries: object, title: str) -> RetryPolicy:
    """The client's retry policy: `retry`, else `RetryPolicy(max_retries=...)`, else the default;
    anything else (or both, disagreeing) is a ConfigurationError."""
    if retry is None:
        if max_retries is None:
            return _DEFAULT_RETRY
        if isinstance(max_retries, bool) or not isinstance(max_retries, int):
            raise ConfigurationError(f"{title}: max_retries must be an integer >= 0, got {max_retries!r}", api=title)
        return RetryPolicy(max_retries=max_retries)
    if not isinstance(retry, RetryPolicy):
        raise ConfigurationError(f"{title}: retry must be a RetryPolicy, got {type(retry).__name__}", api=title)
    if max_retries is not None and max_retries != retry.max_retries:
        raise ConfigurationError(
            f"{title}: max_retries={max_retries!r} disagrees with retry=RetryPolicy(max_retries="
            f"{retry.max_retries}); pass one",
            api=title,
        )
    return retry


_DEFAULT_RETRY = RetryPolicy()


class _SyncDriver(Protocol):
    def __call__(self, plan: Plan[T], http: httpx.Client, /) -> T: ...


class _AsyncDriver(Protocol):
    def __call__(self, plan: Plan[T], http: httpx.AsyncClient, /) -> Awaitable[T]: ...


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
        self._requests = RequestBuilder(self._http, own=http_client is None, base_url=self.base_url)
        #: What carries out the plans: `run_sync` (a `_scripted.Script` swaps in its own).
        self._drive: _SyncDriver = run_sync

    def _run(self, name: str, make: Callable[[Op], Plan[T]]) -> T:
        return self._drive(self._operation(name, make), self._http)

    def _iterate(self, name: str, pages: Pages[T]) -> Iterator[T]:
        state: dict[str, Any] = {"cursor": pages.first, "seen": set()}
        while state["cursor"] is not None:
            yield from self._run(name, self._pages(pages, state))

    def _bulk(self, job: BulkJob[Any, Any], stream: bool) -> Any:
        return _bulk.run_sync_bulk(self._run, job, stream)

    def auth_headers(self) -> dict[str, str]:
        """The headers that authenticate a request now (logging in first if needed)."""
        return self._run("auth", lambda op: self._auth.headers(self, op, None))

    def close(self) -> None:
        if self._owns_http:
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
        self._requests = RequestBuilder(self._http, own=http_client is None, base_url=self.base_url)
        #: What carries out the plans: `run_async` (a `_scripted.Script` swaps in its own).
        self._drive: _AsyncDriver = run_async
        self._loop: Callable[[], object] | None = None  # a weak reference to the loop of the first call

    async def _run(self, name: str, make: Callable[[Op], Plan[T]]) -> T:
        self._check_loop()
        return await self._drive(self._operation(name, make), self._http)

    def _check_loop(self) -> None:
        """Its connections and locks belong to the event loop of its first call: another loop (a
        second `asyncio.run`) is a ConfigurationError naming the fix, not a bare RuntimeError (R3-19)."""
        import asyncio
        import weakref

        loop = asyncio.get_running_loop()
        if self._loop is None:
            self._loop = weakref.ref(loop)
        elif self._loop() is not loop:
            raise ConfigurationError(
                f"{type(self).__name__} was first used in another event loop: its connections belong to that "
                "loop. Create one client per event loop (each asyncio.run() starts a new one).",
                api=self.title,
            )

    async def _iterate(self, name: str, pages: Pages[T]) -> AsyncIterator[T]:
        state: dict[str, Any] = {"cursor": pages.first, "seen": set()}
        while state["cursor"] is not None:
            for item in await self._run(name, self._pages(pages, state)):
                yield item

    def _bulk(self, job: BulkJob[Any, Any], stream: bool) -> Any:
        return _bulk.run_async_bulk(self._run, job, stream)

    async def auth_headers(self) -> dict[str, str]:
        """The headers that authenticate a request now (logging in first if needed)."""
        return await self._run("auth", lambda op: self._auth.headers(self, op, None))

    async def close(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self: C) -> C:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
