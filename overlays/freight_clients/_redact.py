"""Keep secrets out of logs, error text and the requests kept on errors: a registry of secret values,
the names of secret headers and fields, and redacted copies of httpx requests and responses."""

from __future__ import annotations

import collections
import json
import logging
import re
import threading
from typing import Any
from urllib.parse import parse_qsl, urlencode

import httpx

MASK = "***"
#: Header and body-field names whose values are always masked (compared in lower case).
SECRET_FIELDS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "x-api-key",
        "api-key",
        "api_key",
        "apikey",
        "ocp-apim-subscription-key",
        "subscription_key",
        "cookie",
        "set-cookie",
        "client_secret",
        "password",
        "refresh_token",
        "access_token",
        "id_token",
        "token",
        "code_verifier",
    }
)
#: Kept for callers of the header-only name.
SECRET_HEADERS = SECRET_FIELDS
#: The names also masked in free text ("token" and "cookie" alone are too common in ordinary messages).
_TEXT_FIELDS = SECRET_FIELDS - {"token", "cookie", "set-cookie"}
#: `name=value`, `name: value`, `"name": "value"` for a secret field name in free text (log lines,
#: exception text): the value (after an optional auth scheme) is masked even when it was never registered.
_NAMES_IN_TEXT = "|".join(re.escape(name) for name in sorted(_TEXT_FIELDS, key=len, reverse=True))
_FIELD_IN_TEXT = re.compile(
    r"""(?P<key>(?<![\w-])["']?(?:"""
    + _NAMES_IN_TEXT
    + r""")["']?\s*[:=]\s*(?:b?["'])?(?:(?:bearer|basic|token)\s+)?)"""
    r"""(?P<value>[^\s"'&,;)}\]]+)""",
    re.IGNORECASE,
)

#: Any secret field name in raw bytes: bodies without one need only the registered values masked.
_ANY_NAME = re.compile("|".join(re.escape(name) for name in SECRET_FIELDS).encode(), re.IGNORECASE)

_secrets: set[str] = set()
#: Tokens and sessions, which a long-lived process fetches without end: the newest ROTATING_KEPT
#: are masked (an expired token is worth less than an unbounded registry, review-3 R3-22).
_rotating: collections.OrderedDict[str, None] = collections.OrderedDict()
ROTATING_KEPT = 256
_lock = threading.Lock()
_pattern: re.Pattern[str] | None = None


def register_secret(value: str | None, *, rotating: bool = False) -> None:
    """Mask `value` wherever it appears in log records and error text from now on (values shorter
    than 6 characters are ignored: masking them would garble ordinary text). The value without its
    surrounding white space and its escaped form are registered too, since error text quotes them.
    `rotating`: a token or session that a newer one replaces (only the newest ROTATING_KEPT stay)."""
    global _pattern
    if not value:
        return
    forms = [
        f for f in dict.fromkeys((value, value.strip(), value.encode("unicode_escape").decode("ascii"))) if len(f) >= 6
    ]
    with _lock:
        if not rotating:
            before = len(_secrets)
            _secrets.update(forms)
            changed = len(_secrets) != before
        else:
            changed = False
            for form in forms:
                changed = changed or form not in _rotating
                _rotating[form] = None
                _rotating.move_to_end(form)
            while len(_rotating) > ROTATING_KEPT:
                _rotating.popitem(last=False)
        if changed:
            _pattern = None


def registered_count() -> int:
    """How many values are masked now (the registry's size, for its bound's tests)."""
    with _lock:
        return len(_secrets | _rotating.keys())


def _secret_pattern() -> re.Pattern[str] | None:
    global _pattern
    with _lock:
        values = _secrets | _rotating.keys()
        if _pattern is None and values:
            _pattern = re.compile("|".join(re.escape(v) for v in sorted(values, key=len, reverse=True)))
        return _pattern


def redact(text: str) -> str:
    """`text` with every registered secret, and the value of every `secret_field=value`, masked."""
    pattern = _secret_pattern()
    if pattern is not None:
        text = pattern.sub(MASK, text)
    return _FIELD_IN_TEXT.sub(lambda m: m["key"] + MASK, text)


class SecretHeaders(dict[str, str]):
    """Headers that carry credentials: a plain dict whose repr masks every value, so a traceback
    that shows locals (pytest --showlocals, rich, Sentry) never prints one (review-3 R3-18)."""

    def __repr__(self) -> str:
        return repr(dict.fromkeys(self, MASK))


def _masked_items(headers: Any) -> list[tuple[str, str]]:
    items = headers.multi_items() if isinstance(headers, httpx.Headers) else dict(headers).items()
    return [(k, MASK if k.lower() in SECRET_FIELDS else redact(str(v))) for k, v in items]


def redact_headers(headers: Any) -> dict[str, str]:
    """A plain dict of `headers` with secret headers masked and registered secrets masked elsewhere."""
    return dict(_masked_items(headers))


#: Deeper parts of a value are replaced by MASK: redacting them would exhaust the stack.
_DEEPEST = 64


def redact_value(value: Any, _depth: int = 0) -> Any:
    """A copy of a JSON-like value with secret fields masked and registered secrets masked in strings
    (anything nested deeper than 64 levels is masked whole)."""
    if isinstance(value, dict | list | tuple) and _depth >= _DEEPEST:
        return MASK
    if isinstance(value, dict):
        return {k: (MASK if str(k).lower() in SECRET_FIELDS else redact_value(v, _depth + 1)) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [redact_value(item, _depth + 1) for item in value]
    if isinstance(value, str):
        return redact(value)
    return value


def redact_body(content: bytes, content_type: str | None) -> bytes:
    """A request or response body with its secret form fields, JSON fields and registered secrets masked."""
    if not content:
        return content
    if _ANY_NAME.search(content) is None:  # the common case: only registered values can be in it
        pattern = _secret_pattern()
        if pattern is None:
            return content
        return pattern.sub(MASK, content.decode("utf-8", "surrogateescape")).encode("utf-8", "surrogateescape")
    kind = (content_type or "").lower()
    try:
        if "x-www-form-urlencoded" in kind:
            pairs = parse_qsl(content.decode("ascii"), keep_blank_values=True)
            masked = [(k, MASK if k.lower() in SECRET_FIELDS else redact(v)) for k, v in pairs]
            return urlencode(masked, safe="*").encode("ascii")
        if "json" in kind:
            return json.dumps(redact_value(json.loads(content))).encode()
    except (ValueError, RecursionError):
        pass  # not what it says it is: mask it as text
    return redact(content.decode("utf-8", "surrogateescape")).encode("utf-8", "surrogateescape")


_DROPPED = frozenset({"content-encoding", "content-length", "transfer-encoding"})


def _headers_of_copy(headers: httpx.Headers) -> list[tuple[bytes, bytes]]:
    """Raw header pairs with secrets masked (bytes, so a non-ASCII value survives the copy), without
    the encoding and length headers: the copy holds the decoded body, which they would not fit."""
    kept = []
    for name, value in headers.raw:
        lowered = name.decode("latin-1").lower()
        if lowered in _DROPPED:
            continue
        masked = MASK if lowered in SECRET_FIELDS else redact(value.decode("latin-1"))
        kept.append((name, masked.encode("latin-1")))
    return kept


def redacted_request(request: httpx.Request) -> httpx.Request:
    """A copy of `request` that is safe to keep, print and pickle: secret headers, fields and values
    masked. A streamed body (an upload) is not read; the copy has none."""
    try:
        content = request.content
    except httpx.RequestNotRead:
        content = b""
    url = str(request.url)
    masked_url = redact(url)
    return httpx.Request(
        request.method,
        request.url if masked_url == url else masked_url,
        headers=_headers_of_copy(request.headers),
        content=redact_body(content, request.headers.get("content-type")),
    )


def redacted_response(response: httpx.Response) -> httpx.Response:
    """A copy of `response` (status, headers, decoded body, request) with secrets masked; picklable."""
    try:
        content = response.content
    except httpx.ResponseNotRead:
        content = b""
    try:
        request: httpx.Request | None = redacted_request(response.request)
    except RuntimeError:  # a response built without a request
        request = None
    copy = httpx.Response(
        response.status_code,
        headers=_headers_of_copy(response.headers),
        content=redact_body(content, response.headers.get("content-type")),
        request=request,
        extensions={k: v for k, v in response.extensions.items() if k in ("http_version", "reason_phrase")},
    )
    if hasattr(response, "_elapsed"):
        copy.elapsed = response.elapsed
    return copy


class RedactingFilter(logging.Filter):
    """Rewrites each record's message with every registered secret and secret field masked."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message or record.args:
            record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:  # format the traceback here, so it is redacted too
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


_FILTER = RedactingFilter()
logger = logging.getLogger("freight_clients")
logger.addFilter(_FILTER)


def logger_for(name: str) -> logging.Logger:
    """The `freight_clients.<name>` logger, redacting like its parent (a logger's filters see only the
    records logged on it, not those of its children, so each child needs its own)."""
    child = logging.getLogger(f"freight_clients.{name}")
    if _FILTER not in child.filters:
        child.addFilter(_FILTER)
    return child
