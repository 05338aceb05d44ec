"""The errors every client raises. Each names the API, the operation and, where known, the field and
the vendor's own error code and message. Errors are safe to log, print and pickle: their text and the
`response` they keep (a redacted copy of the raw httpx response and its request) have secrets masked.

Layer: a leaf. It imports httpx and the leaves `_http` and `_redact` only; every other module may
raise these errors, none of them is imported here.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TypeVar

import httpx

from ._http import retry_after_seconds
from ._redact import redact, redact_value, redacted_response

T = TypeVar("T")
#: Longest text an error message quotes from a cause or an answer.
_QUOTE = 500


class FreightError(Exception):
    """Base of every error raised by freight_clients. Every error has every attribute the README
    lists; those an error cannot know are None (a ClientValidationError has no `status_code`, a
    connection error no `code` or `response`)."""

    #: The HTTP status of the answer (APIStatusError), else None.
    status_code: int | None = None
    #: The vendor's error code, the field it names and its message, where known.
    code: str | None = None
    field: str | None = None
    message: str | None = None
    #: The answer's body (masked) and a redacted copy of the response (APIStatusError), else None.
    body: Any = None
    response: httpx.Response | None = None
    #: The vendor's id of the request, to quote to its support: a request-id header, or the
    #: ProblemDetails `traceId` (SpotGo), else None.
    request_id: str | None = None

    def __init__(self, message: str, *, api: str, operation: str) -> None:
        super().__init__(redact(message))
        self.api = api
        self.operation = operation
        #: Requests sent before this error (1 when it answered the first one).
        self.attempts = 1
        #: True when an earlier attempt of the same request may have been processed by the service
        #: (it timed out, the connection dropped after sending, or it answered 5xx).
        self.outcome_unknown = False

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle the message and every picklable attribute (a live cause, lock or stream is dropped),
        so errors cross process pools and task queues."""
        import pickle  # on pickling only: `import freight_clients` stays light

        state = {}
        for name, value in vars(self).items():
            try:
                pickle.dumps(value)
            except Exception:  # anything unpicklable is left behind, whatever it raises
                continue
            state[name] = value
        return _restore, (type(self), self.args, state)


def _restore(cls: type[FreightError], args: tuple[Any, ...], state: dict[str, Any]) -> FreightError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    vars(error).update(state)
    return error


class ConfigurationError(FreightError, ValueError):
    """A client was configured with something unusable: a missing or malformed credential, a URL
    that would send secrets over plain http. Raised at construction; never quotes a credential."""

    def __init__(self, message: str, *, api: str) -> None:
        super().__init__(message, api=api, operation="configure")


class ClientValidationError(FreightError):
    """The request was refused before any I/O: it breaks the spec or a documented vendor rule."""

    def __init__(
        self,
        *,
        api: str,
        operation: str,
        field: str | None,
        message: str,
        code: str | None = None,
        problems: list[tuple[str, str]] | None = None,
    ) -> None:
        where = f" at {field}" if field else ""
        vendor = f" [{code}]" if code else ""
        super().__init__(f"{api} {operation}: invalid request{vendor}{where}: {message}", api=api, operation=operation)
        self.field = field
        self.code = code
        self.message = message
        self.problems = problems or [(field or "", message)]


class APIConnectionError(FreightError):
    """The request did not get a usable answer: connection refused or reset, DNS, TLS, a body that
    cannot be decoded (a bad gzip stream), or a request that cannot be sent as built."""

    def __init__(self, *, api: str, operation: str, cause: BaseException) -> None:
        text = str(cause)[:_QUOTE]
        super().__init__(
            f"{api} {operation}: connection failed: {type(cause).__name__}" + (f": {text}" if text else ""),
            api=api,
            operation=operation,
        )
        #: False when sending again cannot help: the request itself is malformed (a header value with a
        #: newline, an unsupported scheme), as opposed to a network or decoding failure.
        self.retryable = isinstance(cause, httpx.TransportError | httpx.DecodingError) and not isinstance(
            cause, httpx.LocalProtocolError | httpx.UnsupportedProtocol
        )
        self.__cause__ = _safe_cause(cause)


class RedactedCause(Exception):
    """Stands in for a cause whose text quotes a secret (a header value httpx refused), or that
    keeps one (`UnicodeEncodeError.object`): its class name and redacted text, so no traceback
    prints the secret (review-3 R3-8)."""


def _safe_cause(cause: BaseException) -> BaseException:
    text = str(cause)
    if isinstance(cause, UnicodeError) or redact(text) != text:
        return RedactedCause(f"{type(cause).__name__}: {redact(text)[:_QUOTE]}")
    return cause


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class APIStatusError(FreightError):
    """The API answered with an error status."""

    status_code: int = 0
    response: httpx.Response

    def __init__(
        self,
        *,
        api: str,
        operation: str,
        response: httpx.Response,
        code: str | None = None,
        field: str | None = None,
        message: str | None = None,
        body: Any = None,
    ) -> None:
        status = response.status_code
        parts = [f"{api} {operation} failed: HTTP {status} {response.reason_phrase}".rstrip()]
        if code:
            parts.append(f"[{code}]")
        if field:
            parts.append(f"{field}:")
        if message:
            parts.append(message)
        super().__init__(" ".join(parts), api=api, operation=operation)
        self.status_code = status
        #: The vendor's code and field, with secrets masked: a server may echo what it was sent (R3-9).
        self.code = None if code is None else redact(code)
        self.field = None if field is None else redact(field)
        self.message = None if message is None else redact(message)
        #: The answer's body (parsed JSON or text), with secret fields and values masked.
        self.body = redact_value(body)
        #: A copy of the raw response, and of its request, with secret headers, fields and values
        #: masked (an upload's body is left out); `raw_responses()` gives the originals.
        self.response = redacted_response(response)
        self.request_id = _request_id(self.response, self.body)


#: Response headers that carry a request id (none of the four vendors documents one; the common names).
_REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-correlation-id", "x-ms-request-id", "x-amzn-requestid")


def _request_id(response: httpx.Response, body: Any) -> str | None:
    """The request id of an error answer: a request-id header, else the body's `traceId` (RFC 9457
    ProblemDetails as ASP.NET writes it: SpotGo's spec has it) or `requestId`; masked like the body."""
    for header in _REQUEST_ID_HEADERS:
        sent: str = response.headers.get(header, "").strip()
        if sent:
            return sent[:_QUOTE]
    if isinstance(body, dict):
        for key in ("traceId", "requestId"):
            value = body.get(key)
            if isinstance(value, str) and value.strip():
                return value.strip()[:_QUOTE]
    return None


class BadRequestError(APIStatusError):
    """400: the service refused the request (for S'mouv, every business rule answers 400)."""


class AuthenticationError(APIStatusError):
    """401: missing, invalid or expired credentials."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials may not do this (a scope, a seller, a missing API key)."""


class NotFoundError(APIStatusError):
    """404: no such resource for these credentials."""


class ConflictError(APIStatusError):
    """409: a state conflict (a duplicate order number, a refused transition)."""


class DuplicateOrderError(ConflictError):
    """409 for an order number or identifier that already exists."""


class AlreadyCreatedError(DuplicateOrderError):
    """A create was retried after an attempt whose outcome is unknown (a timeout, a reset, a 5xx)
    and met an order with its number: almost surely the one that attempt created, exactly once.
    Raised where the API cannot read the order back to compare it with what was sent (Trans.eu has
    no lookup by number, Quivo no read at all); treat it as created. `order_id` is the existing
    order's id where the answer names it (Quivo). A number that already existed before the call
    would look the same only if an attempt was lost too; otherwise it is a DuplicateOrderError."""

    order_id: int | str | None = None

    @classmethod
    def after(cls, error: DuplicateOrderError, order_id: int | str | None = None) -> AlreadyCreatedError:
        created = cls(
            api=error.api,
            operation=error.operation,
            response=error.response,
            code=error.code,
            field=error.field,
            message=f"{error.message or 'duplicate'} (probably created by an earlier attempt of this call, whose "
            f"answer was lost; {error.attempts} attempts; the API cannot read it back to confirm)",
            body=error.body,
        )
        created.attempts, created.outcome_unknown, created.order_id = error.attempts, True, order_id
        return created


class PreconditionFailedError(APIStatusError):
    """412: the version sent in If-Match is not the current one."""


class UnprocessableEntityError(APIStatusError):
    """422: a well-formed request with invalid fields; `field_messages` maps field -> messages."""

    @property
    def field_messages(self) -> dict[str, list[str]]:
        raw = (self.body or {}).get("validation_messages") if isinstance(self.body, dict) else None
        if not isinstance(raw, dict):
            return {}
        return {name: list(rules.values()) if isinstance(rules, dict) else [str(rules)] for name, rules in raw.items()}


class RateLimitError(APIStatusError):
    """429: too many requests; `retry_after` is the wait the service asked for, in seconds."""

    @property
    def retry_after(self) -> float | None:
        return retry_after_seconds(self.response)


class InternalServerError(APIStatusError):
    """5xx: the service failed."""


class ResponseValidationError(APIStatusError):
    """A success status whose body does not fit what the operation returns (an HTML page from a proxy,
    JSON missing required keys, a list for an object): retried when the call is idempotent (the
    service may have acted, so `outcome_unknown` is set); `response` (redacted like every error's)
    and `body` keep the answer."""

    def __init__(
        self, *, api: str, operation: str, response: httpx.Response, message: str, field: str | None = None
    ) -> None:
        super().__init__(
            api=api,
            operation=operation,
            response=response,
            code=None,
            field=field,
            message=f"unexpected answer: {message}",
            body=error_body(response),
        )


def connection_error(*, api: str, operation: str, cause: BaseException, attempts: int = 1) -> APIConnectionError:
    """The typed error for a request that got no usable answer: APITimeoutError for a timeout,
    APIConnectionError for anything else (transport, decoding, a request httpx cannot send)."""
    failure_class = APITimeoutError if isinstance(cause, httpx.TimeoutException) else APIConnectionError
    failure = failure_class(api=api, operation=operation, cause=cause)
    failure.attempts = attempts
    return failure


def unexpected(error: Exception, api: str, operation: str) -> FreightError:
    """`error` itself if it is a FreightError, else a FreightError that wraps it (as its cause):
    how a bulk call reports an item whose failure nobody typed."""
    if isinstance(error, FreightError):
        return error
    wrapped = FreightError(
        f"{api} {operation}: unexpected {type(error).__name__}: {error}", api=api, operation=operation
    )
    wrapped.__cause__ = error
    return wrapped


def error_body(response: httpx.Response) -> Any:
    """An answer's body for an error: its JSON when it says JSON and parses, else its text; None when it
    is empty or was not read. Never raises, whatever the body (deep nesting, bad charset, bad JSON)."""
    try:
        content = response.content
        if not content:
            return None
        if "json" in response.headers.get("content-type", "").lower():
            try:
                return json.loads(content)
            except (ValueError, RecursionError):
                pass
        return response.text
    except Exception:  # an unread stream, an undecodable body: there is no body to show
        return None


Details = tuple[str | None, str | None, str | None]


def error_details(extract: Callable[[Any], tuple[Any, Any, Any]], body: Any) -> Details:
    """(vendor code, field, message) from an error body by `extract`, an API's reader of its error
    shape; never raises: a shape `extract` does not expect gives the body's trimmed text as message."""
    try:
        code, field, message = extract(body)
        return _text(code), _text(field), _text(message)
    except Exception:  # any surprise in an answer's shape falls back to its text
        return None, None, _text(body)


def _text(value: Any) -> str | None:
    if value is None or value == "":
        return None
    try:
        text = value if isinstance(value, str) else json.dumps(value, default=str)
    except (ValueError, TypeError, RecursionError):
        text = type(value).__name__
    return text[:_QUOTE]


def parse_success(parse: Callable[[httpx.Response], T], response: httpx.Response, *, api: str, operation: str) -> T:
    """`parse(response)` for a success answer; any failure to parse it or to fit it to its model
    (JSONDecodeError, KeyError, TypeError, ...) is raised as ResponseValidationError."""
    try:
        return parse(response)
    except FreightError:
        raise
    except Exception as error:  # whatever the parser trips on, the answer is what was wrong
        raise ResponseValidationError(
            api=api, operation=operation, response=response, message=f"{type(error).__name__}: {error}"[:_QUOTE]
        ) from error


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    412: PreconditionFailedError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status: int) -> type[APIStatusError]:
    if status >= 500:
        return InternalServerError
    return _BY_STATUS.get(status, APIStatusError)
