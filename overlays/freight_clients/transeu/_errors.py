"""How Trans.eu's error bodies read: problem details with `validation_messages`, OAuth errors, or
text; a 401, or a 403 about the token, is an authentication error."""

from __future__ import annotations

from typing import Any

import httpx

from .._exceptions import APIStatusError, AuthenticationError, DuplicateOrderError


def error_details(body: Any) -> tuple[str | None, str | None, str | None]:
    """(vendor code, field, message) of an error body; the message lists every field's rules."""
    if isinstance(body, dict):
        messages = body.get("validation_messages")
        field = next(iter(messages), None) if isinstance(messages, dict) else None
        detail = body.get("detail") or body.get("title") or body.get("error_description")
        if field and isinstance(messages, dict):
            detail = f"{detail}: " + "; ".join(
                f"{name}: {', '.join(rules.values()) if isinstance(rules, dict) else rules}"
                for name, rules in messages.items()
            )
        return body.get("title") if body.get("status") else body.get("error"), field, detail
    return None, None, str(body)[:300] if body else None


def error_class(response: httpx.Response, code: str | None) -> type[APIStatusError] | None:
    """The error class Trans.eu's answer calls for, or None for the one its status maps to."""
    if response.status_code in (401, 403) and token_refused(response):
        return AuthenticationError  # the seed: 403 for a wrong or missing access token
    return DuplicateOrderError if response.status_code == 409 else None


def token_refused(response: httpx.Response) -> bool:
    """True for a 401, and for a 403 that is about the token rather than a scope (the seed says
    Trans.eu answers 403 for a wrong or missing access token)."""
    if response.status_code == 401:
        return True
    text = response.text.casefold() if response.content else ""
    return "token" in text and "scope" not in text
