"""The errors every client raises. Each names the API, the operation and, where known, the field and
the vendor's own error code and message; `response` keeps the raw httpx response."""

from __future__ import annotations

from typing import Any

import httpx


class FreightError(Exception):
    """Base of every error raised by freight_clients."""

    def __init__(self, message: str, *, api: str, operation: str) -> None:
        super().__init__(message)
        self.api = api
        self.operation = operation
        #: Requests sent before this error (1 when it answered the first one).
        self.attempts = 1


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
    """The request did not get an answer (connection refused or reset, DNS, TLS)."""

    def __init__(self, *, api: str, operation: str, cause: BaseException) -> None:
        super().__init__(
            f"{api} {operation}: connection failed: {type(cause).__name__}: {cause}", api=api, operation=operation
        )
        self.__cause__ = cause


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class APIStatusError(FreightError):
    """The API answered with an error status."""

    status_code: int = 0

    def __init__(
        self,
        *,
        api: str,
        operation: str,
        response: httpx.Response,
        code: str | None,
        field: str | None,
        message: str | None,
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
        self.code = code
        self.field = field
        self.message = message
        self.body = body
        self.response = response

    @property
    def request_id(self) -> str | None:
        for header in ("x-request-id", "x-amzn-requestid", "request-id", "x-ms-request-id"):
            if header in self.response.headers:
                return self.response.headers[header]
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
    """A create whose answer was lost (timeout, reset, 5xx) was retried and met its own order: the
    earlier attempt created it, exactly once. Raised where the API offers no lookup by number to
    return the order (Trans.eu); treat it as created. (A number that existed before the first
    attempt looks the same; the first attempt's DuplicateOrderError is what tells them apart.)"""

    @classmethod
    def after(cls, error: DuplicateOrderError) -> AlreadyCreatedError:
        created = cls(
            api=error.api,
            operation=error.operation,
            response=error.response,
            code=error.code,
            field=error.field,
            message=f"{error.message or 'duplicate'} (created by an earlier attempt of this call, "
            f"{error.attempts} attempts; the API has no lookup by number to return it)",
            body=error.body,
        )
        created.attempts = error.attempts
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
        from ._retry import retry_after_seconds

        return retry_after_seconds(self.response)


class InternalServerError(APIStatusError):
    """5xx: the service failed."""


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
