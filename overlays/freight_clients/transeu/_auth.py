"""Trans.eu's auth strategy: OAuth2 bearer tokens (password, authorization code with PKCE, refresh),
kept in a token storage and renewed before they expire; one renewal at a time per client."""

from __future__ import annotations

import base64
import hashlib
import time
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from .._auth import Auth, Exchange, token_json
from .._exceptions import AuthenticationError, ClientValidationError, FreightError
from .._plan import Plan, Sleep
from .._redact import register_secret
from .._token_storage import TokenStorage
from .._types import Op, Timeout

#: Renew this many seconds before the access token expires.
RENEW_MARGIN = 60.0


#: How long a renewal waits for another holder of the storage's lock, and how often it looks.
LOCK_WAIT = 30.0
_POLL = 0.02


def _locked(storage: TokenStorage, api: str) -> Plan[bool]:
    """Take the storage's renewal lock (`try_lock`, a `FileTokenStorage`'s holds across processes),
    polling without blocking a thread or an event loop; False for a storage without one.
    FreightError after LOCK_WAIT seconds."""
    try_lock = getattr(storage, "try_lock", None)
    if try_lock is None:
        return False
    deadline = time.monotonic() + LOCK_WAIT
    while not try_lock():
        if time.monotonic() >= deadline:
            raise FreightError(
                f"{api} token: another client or process has been renewing the token for {LOCK_WAIT:.0f} s",
                api=api,
                operation="token",
            )
        yield Sleep(_POLL)
    return True


class TransEuAuth(Auth):
    """Bearer tokens from Trans.eu's token endpoint (client authentication by HTTP Basic)."""

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        token_url: str,
        username: str | None,
        password: str | None,
        storage: TokenStorage,
        scopes: tuple[str, ...],
    ) -> None:
        super().__init__({})
        self.client_id, self.token_url, self.storage, self.scopes = client_id, token_url, storage, scopes
        basic = base64.b64encode(f"{quote(client_id, safe='')}:{quote(client_secret, safe='')}".encode()).decode()
        self._client_auth = f"Basic {basic}"
        register_secret(client_secret)
        register_secret(basic)
        self._username, self._password = username, password
        register_secret(password)
        self._key = hashlib.sha256(f"{client_id}|{username}".encode()).hexdigest()[:16]
        self._token: dict[str, Any] | None = None
        self._adopt(self._stored())
        #: Authorizations started by `authorization_url`: state -> (PKCE verifier, redirect URI).
        self.pending: dict[str, tuple[str, str]] = {}

    @property
    def credential_key(self) -> str:
        return self._key

    def _stored(self) -> dict[str, Any] | None:
        try:
            token = self.storage.load()
        except Exception:  # an unreadable storage means "no token"
            return None
        return token if isinstance(token, dict) and isinstance(token.get("access_token"), str) else None

    def _adopt(self, token: dict[str, Any] | None) -> None:
        if token is None:
            return
        for key in ("access_token", "refresh_token"):
            register_secret(token.get(key))
        self._token = dict(token)

    def needs_token(self) -> bool:
        token = self._token
        expires_at = token.get("expires_at") if token else None
        if not isinstance(expires_at, int | float) or isinstance(expires_at, bool):
            return True  # no token, or a stored one whose expiry is not a number: renew it
        return expires_at - RENEW_MARGIN <= time.time()

    def token_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._token['access_token']}"} if self._token else {}

    def fetch(self, client: Exchange, op: Op, timeout: Timeout) -> Plan[None]:
        """Renew under the storage's lock (a FileTokenStorage's holds across processes), so a
        single-use refresh token is spent once by all the clients sharing it (R3-7)."""
        locked = yield from _locked(self.storage, client.title)
        try:
            yield from self.renew(client, op, timeout)
        finally:
            if locked:
                self.storage.unlock()  # type: ignore[attr-defined]

    def renew(self, client: Exchange, op: Op, timeout: Timeout) -> Plan[None]:
        """One renewal: adopt a token another holder stored, else refresh, else the password grant."""
        stored = self._stored()
        if stored and stored.get("access_token") != (self._token or {}).get("access_token"):
            # another process (or client) rotated it: its refresh token is the live one
            self._adopt(stored)
            if not self.needs_token():
                return
        refresh = (self._token or {}).get("refresh_token")
        if isinstance(refresh, str) and refresh:
            try:
                yield from self.grant(client, op, timeout, {"grant_type": "refresh_token", "refresh_token": refresh})
                return
            except AuthenticationError:
                self._token = None  # refused (rotated elsewhere, expired): log in again if we can
                if not self._password_grant_possible():
                    raise
        if not self._password_grant_possible():
            raise ClientValidationError(
                api=client.title,
                operation="token",
                field="password",
                message="no valid token; pass username and password, or complete the authorization-code flow "
                "(authorization_url / complete_authorization)",
            )
        form = {"grant_type": "password", "username": self._username or "", "password": self._password or ""}
        yield from self.grant(client, op, timeout, {**form, "scope": " ".join(self.scopes)})

    def _password_grant_possible(self) -> bool:
        return bool(self._username and self._password)

    def grant(self, client: Exchange, op: Op, timeout: Timeout, form: dict[str, str]) -> Plan[None]:
        """One token request; the answer is kept and saved to the storage."""
        kwargs = {
            "method": "POST",
            "url": self.token_url,
            "data": form,
            "headers": {"Authorization": self._client_auth, "Accept": "application/json"},
        }
        response = yield from client.exchange(client.build_request(kwargs, timeout), "token", op)
        token = token_json(client, response, "token", "access_token")
        expires_in = token.get("expires_in")
        # our own clock, whatever the answer says: a stored expires_at is a number we wrote
        token["expires_at"] = time.time() + (float(expires_in) if isinstance(expires_in, int | float) else 3600)
        self._adopt(token)
        try:
            self.storage.save(token)
        except Exception as failure:  # the token still works in memory; say why it was not kept
            client.log.warning("%s: could not save the token: %s", client.title, type(failure).__name__)

    def invalidate(self, sent: Mapping[str, str]) -> bool:
        token = self._token
        if token is not None and sent.get("Authorization") == f"Bearer {token.get('access_token')}":
            token["expires_at"] = 0  # renewed (refresh, else password) before the next request
        return True

    def authorization_url(self, authorize_url: str, redirect_uri: str, state: str | None) -> tuple[str, str]:
        from .._pkce import code_flow_url, new_state, new_verifier

        state = state or new_state()
        verifier = new_verifier()
        register_secret(verifier)
        self.pending[state] = (verifier, redirect_uri)
        return code_flow_url(authorize_url, self.client_id, redirect_uri, self.scopes, state, verifier), state

    def exchange_code(self, client: Exchange, op: Op, code: str, redirect_uri: str, state: str) -> Plan[None]:
        pending = self.pending.pop(state, None)
        if pending is None or pending[1] != redirect_uri:
            raise ClientValidationError(
                api=client.title,
                operation="token",
                field="state",
                message="the redirect's state was not issued by authorization_url (or was already used) "
                "for this redirect URI: possible request forgery, refused",
            )
        form = {"grant_type": "authorization_code", "code": code, "redirect_uri": redirect_uri}
        yield from self.grant(client, op, None, {**form, "code_verifier": pending[0]})
