"""How Quivo's error bodies read: `{status, field, message}`, or plain text `field: message`; and
whether an answer says its orderIdentifier already exists."""

from __future__ import annotations

import re
from typing import Any

#: Words that say an identifier is taken. Inferred: Quivo documents no duplicate answer (research
#: quivo.md); the sandbox's guess reads "Order with orderIdentifier X already exists".
_EXISTS = re.compile(r"\balready\s+(?:exists?|used|taken|in\s+use)\b", re.IGNORECASE)
_DUPLICATE_CODE = re.compile(r"(?:^|_)DUPLICATE(?:D)?(?:_|$)", re.IGNORECASE)  # a code, not prose


def error_details(body: Any) -> tuple[str | None, str | None, str | None]:
    """(vendor code, field, message) of an error body."""
    if isinstance(body, dict):
        return body.get("status"), body.get("field"), body.get("message")
    text = str(body or "").strip()
    field, sep, message = text.partition(": ")  # plain text: "positions: must not be null"
    return None, (field if sep and " " not in field else None), (message if sep else text) or None


def says_identifier_exists(code: object, field: object, message: object) -> bool:
    """Whether an answer says its orderIdentifier exists: a message saying it "already exists"
    (or a code such as DUPLICATE), about the identifier (its field, or named in the message). A
    field alone proves nothing: a blank or too long identifier is refused on that field too, with
    words like "cannot prevent duplicates" (R3-4)."""
    text = message if isinstance(message, str) else ""
    about = field == "orderIdentifier" or "orderidentifier" in text.lower()
    coded = isinstance(code, str) and _DUPLICATE_CODE.search(code) is not None
    return about and (coded or _EXISTS.search(text) is not None)
