"""How a receiver checks that a delivery comes from the vendor: the credential the subscription was
created with (SpotGo's `BasicAuthentication`, `ApiKeyAuthentication`, `Oauth2Authentication`; Quivo
and Trans.eu document none, so an unguessable URL or a key header of the receiver's choosing).

Every check compares in constant time (`hmac.compare_digest`), and no secret is in a repr."""

from __future__ import annotations

import base64
import binascii
import hmac
from collections.abc import Callable, Sequence
from typing import Protocol

#: A delivery's headers as they arrived, repeated names included.
Headers = Sequence[tuple[str, str]]


class DeliveryAuth(Protocol):
    """Decides whether the headers of a delivery carry the subscription's credential."""

    def authenticate(self, headers: Headers) -> bool: ...


def _header(headers: Headers, name: str) -> str | None:
    wanted = name.lower()
    found = [value for key, value in headers if key.lower() == wanted]
    return found[0] if len(found) == 1 else None  # a repeated credential header is refused


def _same(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode("utf-8", "surrogatepass"), expected.encode("utf-8", "surrogatepass"))


class BasicAuth:
    """`Authorization: Basic base64(username:password)`, as the subscription was created with."""

    def __init__(self, username: str, password: str) -> None:
        if not username or not password:
            raise ValueError("BasicAuth needs a username and a password")
        self._expected = f"{username}:{password}"

    def authenticate(self, headers: Headers) -> bool:
        value = _header(headers, "Authorization")
        if value is None or value[:6].lower() != "basic ":
            return False
        try:
            given = base64.b64decode(value[6:].strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return False
        return _same(given, self._expected)

    def __repr__(self) -> str:
        return "BasicAuth(***)"


class ApiKeyAuth:
    """A key in a header of the receiver's choosing (`X-Api-Key: ...`)."""

    def __init__(self, header: str, key: str) -> None:
        if not header or not key:
            raise ValueError("ApiKeyAuth needs a header name and a key")
        self.header = header
        self._key = key

    def authenticate(self, headers: Headers) -> bool:
        value = _header(headers, self.header)
        return value is not None and _same(value, self._key)

    def __repr__(self) -> str:
        return f"ApiKeyAuth({self.header!r}, ***)"


class BearerAuth:
    """`Authorization: Bearer <token>`: a fixed token, or `verify(token)` for tokens the receiver
    checks itself (an OAuth2 introspection or a JWT library)."""

    def __init__(self, token: str | None = None, *, verify: Callable[[str], bool] | None = None) -> None:
        if (token is None) == (verify is None):
            raise ValueError("BearerAuth needs either a token or verify=")
        self._token = token
        self._verify = verify

    def authenticate(self, headers: Headers) -> bool:
        value = _header(headers, "Authorization")
        if value is None or value[:7].lower() != "bearer ":
            return False
        given = value[7:].strip()
        if not given:
            return False
        if self._token is not None:
            return _same(given, self._token)
        assert self._verify is not None
        return bool(self._verify(given))

    def __repr__(self) -> str:
        return "BearerAuth(***)"
