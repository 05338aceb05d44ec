"""Bearer tokens with an expiry, shared by the sandboxes that issue tokens (S'mouv, Trans.eu, Quivo)."""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Token:
    value: str
    tenant: str
    expires_at: float
    scopes: frozenset[str] = frozenset()
    extra: dict[str, str] = field(default_factory=dict)


#: Tokens one store keeps at most: past it, each new token evicts the oldest (its holder gets a 401
#: and logs in again), so a long-running sandbox holds bounded state.
MAX_TOKENS = 10_000


class TokenStore:
    """Issues opaque tokens and answers who holds one, honouring the sandbox clock.

    Expired tokens are pruned as new ones are issued; at most `max_tokens` are kept.
    """

    def __init__(self, clock: Callable[[], float], prefix: str, max_tokens: int = MAX_TOKENS) -> None:
        self._clock = clock
        self._prefix = prefix
        self._max = max_tokens
        self._tokens: dict[str, Token] = {}  # in issue order, so the first is the oldest
        self._lock = threading.Lock()
        self._pinned: set[str] = set()  # tokens issued with a fixed value (the documented pre-issued ones)
        self._prune_at = 64  # prune when the store reaches this size: amortised O(1) per token

    def issue(
        self, tenant: str, lifetime: float, scopes: frozenset[str] = frozenset(), value: str | None = None, **extra: str
    ) -> Token:
        token = Token(
            value or f"{self._prefix}{secrets.token_urlsafe(24)}", tenant, self._clock() + lifetime, scopes, dict(extra)
        )
        with self._lock:
            self._make_room()
            self._tokens[token.value] = token
            if value is not None:
                self._pinned.add(value)
        return token

    def _make_room(self) -> None:
        """Drop expired tokens (a scan whenever the store has doubled: amortised O(1) per token),
        then the oldest ones while the store is full (never a pinned one)."""
        if len(self._tokens) >= self._prune_at:
            now = self._clock()
            for expired in [v for v, t in self._tokens.items() if t.expires_at <= now and v not in self._pinned]:
                del self._tokens[expired]
            self._prune_at = max(64, 2 * len(self._tokens))
        while len(self._tokens) >= self._max:
            oldest = next((v for v in self._tokens if v not in self._pinned), None)
            if oldest is None:
                return
            del self._tokens[oldest]

    def __len__(self) -> int:
        return len(self._tokens)

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
        with self._lock:
            self._tokens.pop(value, None)

    def clear(self) -> None:
        with self._lock:
            self._tokens.clear()
            self._pinned.clear()


def bearer(header: str | None) -> str | None:
    if header and header[:7].lower() == "bearer ":
        return header[7:].strip()
    return None
