"""Bearer tokens with an expiry, shared by the sandboxes that issue tokens (S'mouv, Trans.eu, Quivo)."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Token:
    value: str
    tenant: str
    expires_at: float
    scopes: frozenset[str] = frozenset()
    extra: dict[str, str] = field(default_factory=dict)


class TokenStore:
    """Issues opaque tokens and answers who holds one, honouring the sandbox clock."""

    def __init__(self, clock: Callable[[], float], prefix: str) -> None:
        self._clock = clock
        self._prefix = prefix
        self._tokens: dict[str, Token] = {}

    def issue(
        self, tenant: str, lifetime: float, scopes: frozenset[str] = frozenset(), value: str | None = None, **extra: str
    ) -> Token:
        token = Token(
            value or f"{self._prefix}{secrets.token_urlsafe(24)}", tenant, self._clock() + lifetime, scopes, dict(extra)
        )
        self._tokens[token.value] = token
        return token

    def lookup(self, value: str | None) -> Token | None:
        """The live token, or None when unknown or expired."""
        token = self._tokens.get(value or "")
        if token is None or token.expires_at <= self._clock():
            return None
        return token

    def known(self, value: str | None) -> Token | None:
        """The token even if expired (to tell 'expired' from 'unknown')."""
        return self._tokens.get(value or "")

    def revoke(self, value: str) -> None:
        self._tokens.pop(value, None)

    def clear(self) -> None:
        self._tokens.clear()


def bearer(header: str | None) -> str | None:
    if header and header[:7].lower() == "bearer ":
        return header[7:].strip()
    return None
