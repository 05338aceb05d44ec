"""How the platform's error bodies read (problem style, or NestJS's `{statusCode, message, error}`),
and the typed 424."""

from __future__ import annotations

from typing import Any

import httpx

from .._exceptions import APIStatusError, DuplicateOrderError
from ..transeu._errors import error_details as problem_details


class FailedDependencyError(APIStatusError):
    """424: a service the orders API depends on did not answer (RFC 4918). Transient: the same read
    may succeed later; the client does not retry it by itself."""


def error_details(body: Any) -> tuple[str | None, str | None, str | None]:
    """(vendor code, field, message) of an error body."""
    if isinstance(body, dict) and "statusCode" in body and "detail" not in body:
        message = body.get("message")
        text = "; ".join(map(str, message)) if isinstance(message, list) else message
        return body.get("error"), None, text if isinstance(text, str) else None
    return problem_details(body)


def error_class(response: httpx.Response) -> type[APIStatusError] | None:
    """The error class the platform's answer calls for, or None for the one its status maps to."""
    if response.status_code == 424:
        return FailedDependencyError
    return DuplicateOrderError if response.status_code == 409 else None
