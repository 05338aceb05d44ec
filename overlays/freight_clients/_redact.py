"""Keep secrets out of logs and text: a registry of secret values and a logging filter."""

from __future__ import annotations

import logging
import threading
from typing import Any

MASK = "***"
_secrets: set[str] = set()
_lock = threading.Lock()
#: Headers whose values are always masked when a request or response is described.
SECRET_HEADERS = frozenset({"authorization", "x-api-key", "ocp-apim-subscription-key", "cookie", "set-cookie"})


def register_secret(value: str | None) -> None:
    """Mask `value` wherever it appears in log records from now on (short values are ignored)."""
    if value and len(value) >= 6:
        with _lock:
            _secrets.add(value)


def redact(text: str) -> str:
    with _lock:
        values = sorted(_secrets, key=len, reverse=True)
    for value in values:
        if value in text:
            text = text.replace(value, MASK)
    return text


def redact_headers(headers: Any) -> dict[str, str]:
    return {k: (MASK if k.lower() in SECRET_HEADERS else redact(str(v))) for k, v in dict(headers).items()}


class RedactingFilter(logging.Filter):
    """Rewrites each record's message with every registered secret masked."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message or record.args:
            record.msg, record.args = cleaned, None
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


logger = logging.getLogger("freight_clients")
logger.addFilter(RedactingFilter())
