"""How SpotGo's error bodies read: an ExternalErrorViewModel, a ProblemDetails, or text."""

from __future__ import annotations

from typing import Any

import httpx

from .._exceptions import APIStatusError, DuplicateOrderError


def error_details(body: Any) -> tuple[str | None, str | None, str | None]:
    """(vendor code, field, message) of an error body."""
    if isinstance(body, dict):
        items = body.get("errors")
        if isinstance(items, list) and items:  # ExternalErrorViewModel
            first = items[0] or {}
            return (
                body.get("code") or first.get("code"),
                first.get("field"),
                body.get("message") or first.get("message"),
            )
        if isinstance(items, dict) and items:  # ProblemDetails with validation errors
            field, messages = next(iter(items.items()))
            return None, field, f"{body.get('title', '')} {'; '.join(messages)}".strip()
        return body.get("code"), None, body.get("detail") or body.get("title") or body.get("message")
    return None, None, str(body)[:300] if body else None


def error_class(response: httpx.Response, code: str | None) -> type[APIStatusError] | None:
    """The error class SpotGo's answer calls for, or None for the one its status maps to."""
    if response.status_code == 409 and code == "ORDER_NUMBER_DUPLICATE":
        return DuplicateOrderError
    return None
