"""What a sandbox's error answer must look like: each vendor's documented error shape.

Shared by the hostile-input tests and the fuzz test: an answer of 400 or more that does not fit
its vendor's shape is a defect, whatever the request was.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

#: Paths of each API's OAuth2 routes, which answer in RFC 6749's shape.
TOKEN_PATHS = {
    "smouv": ("/soget-connect/v1/openid-connect/token",),
    "transeu": ("/oauth2/token", "/oauth2/authorize"),
    "transeu_platform": ("/ext/auth-api/accounts/token", "/oauth2/auth"),
}


def _json(response: httpx.Response) -> Any:
    try:
        return json.loads(response.content)
    except ValueError:
        return None


def _has(body: Any, *keys: str) -> bool:
    return isinstance(body, dict) and all(key in body for key in keys)


def _is_problem(media: str, body: Any, status: int) -> bool:
    """RFC 9457 problem details with the answer's own status."""
    return media == "application/problem+json" and _has(body, "type", "title", "detail") and body["status"] == status


def shape_problem(api: str, response: httpx.Response) -> str | None:
    """Why `response` (an error answer of `api`'s sandbox) is not in its vendor's shape, or None."""
    status, body = response.status_code, _json(response)
    media = response.headers.get("content-type", "").split(";", 1)[0].strip()
    where = f"{api} {response.request.method} {response.request.url.path} -> {status} {response.text[:120]!r}"
    if response.request.url.path in TOKEN_PATHS.get(api, ()):
        ok = _has(body, "error", "error_description")
    elif api == "spotgo":
        if status == 401:
            ok = media == "text/plain" and bool(response.text)
        elif status == 409:
            ok = _has(body, "code", "message", "errors")
        else:
            ok = (
                media == "application/problem+json"
                and _has(body, "type", "title", "detail")
                and body["status"] == status
            )
    elif api == "smouv":
        if status in (401, 429):
            ok = _has(body, "statusCode", "message") and body["statusCode"] == status
        else:
            ok = (status in (400, 412) or status >= 500) and _has(body, "timestamp", "code", "message")
    elif api == "transeu":
        ok = _is_problem(media, body, status)
    elif api == "transeu_platform":  # problem style in application/json (no error body is documented)
        ok = media == "application/json" and _has(body, "title", "detail") and body["status"] == status
    else:  # quivo: {"message"} (auth, login, 503), plain text (a missing field), or {status, field, message}
        ok = _has(body, "message") or (media == "text/plain" and bool(response.text))
    return None if ok else f"not in the vendor's error shape: {where}"
