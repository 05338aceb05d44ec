"""Bearer tokens with an expiry, shared by the sandboxes that issue tokens (S'mouv, Trans.eu, Quivo),
the OAuth 2.0 pieces both Trans.eu token servers (the seed's, the platform's) answer with, and
the PKCE checks of their authorization-code grants (RFC 7636)."""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
import threading
import urllib.parse
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from ._core import json_response


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


#: RFC 7636 §4.2 and §4.1: a challenge and a verifier are 43 to 128 unreserved characters.
_PKCE_VALUE = re.compile(r"[A-Za-z0-9\-._~]{43,128}")
PKCE_METHODS = ("S256", "plain")


def pkce_request_problem(challenge: str | None, method: str | None) -> str | None:
    """Why an authorization request's PKCE parameters are refused (`invalid_request`), or None: an
    unsupported `code_challenge_method` (RFC 7636 §4.4.1) or a challenge outside §4.2's ABNF. No
    challenge is no PKCE (the vendors document none, so none is required)."""
    if not challenge:
        return None
    if (method or "plain") not in PKCE_METHODS:
        return f"code_challenge_method {method!r} is not supported (S256 or plain, RFC 7636 §4.2)."
    if not _PKCE_VALUE.fullmatch(challenge):
        return "code_challenge must be 43 to 128 characters of A-Z a-z 0-9 - . _ ~ (RFC 7636 §4.2)."
    return None


def pkce_params(challenge: str | None, method: str | None) -> dict[str, str]:
    """What a code keeps of its authorization request's PKCE (`plain` when no method is named, §4.3)."""
    return {"code_challenge": challenge, "code_challenge_method": method or "plain"} if challenge else {}


def pkce_verified(kept: dict[str, str], verifier: str | None) -> bool:
    """Whether a token request's `code_verifier` fits the code's challenge (RFC 7636 §4.6: else
    `invalid_grant`). A verifier for a code issued without a challenge is refused too (RFC 9700
    §2.1.1, against PKCE downgrade)."""
    challenge = kept.get("code_challenge")
    if not challenge:
        return verifier is None
    if verifier is None or not verifier.isascii():
        return False
    if kept.get("code_challenge_method") == "S256":
        verifier = s256(verifier)
    return secrets.compare_digest(verifier, challenge)


def s256(verifier: str) -> str:
    """The S256 challenge of an ASCII verifier: BASE64URL(SHA256(verifier)), unpadded (RFC 7636 §4.2)."""
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def oauth_error(error: str, description: str, status: int = 400) -> Response:
    """An RFC 6749 error answer (`{error, error_description}`)."""
    return json_response({"error": error, "error_description": description}, status)


def client_of(request: Request, form: Mapping[str, str]) -> tuple[str | None, str | None]:
    """The client id and secret of a token request: HTTP Basic (form-urlencoded parts, RFC 6749
    2.3.1) or the form's `client_id` and `client_secret`; (None, None) for a Basic that does not decode."""
    client_id, client_secret = form.get("client_id"), form.get("client_secret")
    basic = request.headers.get("authorization", "")
    if basic[:6].lower() == "basic ":
        try:
            decoded = base64.b64decode(basic[6:], validate=True).decode()
        except ValueError:
            return None, None
        name, _, secret = decoded.partition(":")
        client_id, client_secret = urllib.parse.unquote(name), urllib.parse.unquote(secret)
    return client_id, client_secret


def redirect_with_code(redirect_uri: str, code: str, state: str | None) -> RedirectResponse:
    """The consent's answer: 302 to the redirect URI with the code (and the request's state)."""
    params = {"code": code, **({"state": state} if state is not None else {})}
    separator = "&" if "?" in redirect_uri else "?"
    return RedirectResponse(f"{redirect_uri}{separator}{urllib.parse.urlencode(params)}", status_code=302)
