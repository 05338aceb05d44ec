"""OAuth2 authorization requests with state and PKCE (RFC 6749 §4.1.1, RFC 7636 S256), from the
standard library: the few lines authlib and cryptography (22 MB) were installed for."""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
from collections.abc import Mapping
from urllib.parse import urlencode, urlsplit, urlunsplit

#: RFC 7636 §4.1: 43 to 128 characters of [A-Z] / [a-z] / [0-9] / "-" / "." / "_" / "~".
_VERIFIER = re.compile(r"[A-Za-z0-9\-._~]{43,128}")


def new_state() -> str:
    """An unguessable `state` (RFC 6749 §10.12): 32 URL-safe characters from 24 random bytes."""
    return secrets.token_urlsafe(24)


def new_verifier() -> str:
    """A `code_verifier` (RFC 7636 §4.1): 64 URL-safe characters from 48 random bytes."""
    return secrets.token_urlsafe(48)


def s256_challenge(verifier: str) -> str:
    """`BASE64URL(SHA256(ASCII(code_verifier)))` without padding (RFC 7636 §4.2); ValueError for a
    verifier outside §4.1's alphabet and length."""
    if not _VERIFIER.fullmatch(verifier):
        raise ValueError("a PKCE code_verifier has 43 to 128 characters of A-Z a-z 0-9 - . _ ~ (RFC 7636 §4.1)")
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def authorization_request_url(endpoint: str, params: Mapping[str, str]) -> str:
    """`endpoint` with `params` added to its query (form-encoded, after any query it has)."""
    parts = urlsplit(endpoint)
    query = "&".join(filter(None, (parts.query, urlencode(params))))
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, parts.fragment))


def code_flow_url(
    endpoint: str, client_id: str, redirect_uri: str, scopes: list[str] | tuple[str, ...], state: str, verifier: str
) -> str:
    """The authorization code request of RFC 6749 §4.1.1 with the PKCE S256 challenge of `verifier`."""
    params = {"response_type": "code", "client_id": client_id, "redirect_uri": redirect_uri}
    if scopes:
        params["scope"] = " ".join(scopes)
    params |= {"state": state, "code_challenge": s256_challenge(verifier), "code_challenge_method": "S256"}
    return authorization_request_url(endpoint, params)
