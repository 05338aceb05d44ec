"""How S'mouv's error bodies read: the service's `{code, message}`, the API gateway's, or text."""

from __future__ import annotations

from typing import Any


def error_details(body: Any) -> tuple[str | None, str | None, str | None]:
    """(vendor code, field, message) of an error body; the field is the message's `name: ` prefix."""
    if isinstance(body, dict):
        if "statusCode" in body:  # API Management gateway
            return None, None, body.get("message")
        message = body.get("message")
        field = message.split(": ", 1)[0] if isinstance(message, str) and ": " in message else None
        return body.get("code"), field if field and " " not in field else None, message
    return None, None, str(body)[:300] if body else None
