"""The standard-library PKCE and state of the Trans.eu authorization URL (RFC 7636, RFC 6749 §4.1.1)."""

from __future__ import annotations

import base64
import re
from urllib.parse import parse_qs, urlsplit

import pytest

from freight_clients._pkce import (
    authorization_request_url,
    code_flow_url,
    new_state,
    new_verifier,
    s256_challenge,
)

#: RFC 7636 appendix B: the 32 random octets, the verifier they encode to, and its S256 challenge.
APPENDIX_B_OCTETS = bytes(
    [
        *(116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186),
        *(22, 212, 37, 77, 105, 214, 191, 240, 91, 88, 5, 88, 83, 132, 141, 121),
    ]
)
APPENDIX_B_VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
APPENDIX_B_CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"


def test_s256_challenge_matches_rfc7636_appendix_b() -> None:
    assert base64.urlsafe_b64encode(APPENDIX_B_OCTETS).rstrip(b"=").decode() == APPENDIX_B_VERIFIER
    assert s256_challenge(APPENDIX_B_VERIFIER) == APPENDIX_B_CHALLENGE


@pytest.mark.parametrize("verifier", ["short", "x" * 129, "a" * 42 + "+", "é" * 50, "a" * 42 + " "])
def test_s256_challenge_refuses_a_verifier_outside_the_rfc_alphabet_or_length(verifier: str) -> None:
    with pytest.raises(ValueError, match="RFC 7636"):
        s256_challenge(verifier)


def test_new_verifiers_and_states_are_url_safe_long_enough_and_distinct() -> None:
    verifiers = {new_verifier() for _ in range(50)}
    states = {new_state() for _ in range(50)}
    assert len(verifiers) == len(states) == 50
    assert all(re.fullmatch(r"[A-Za-z0-9\-._~]{43,128}", v) for v in verifiers)
    assert all(re.fullmatch(r"[A-Za-z0-9_-]{32}", s) for s in states)
    assert all(s256_challenge(v) for v in verifiers)  # every fresh verifier is one the RFC accepts


def test_code_flow_url_carries_every_parameter_of_the_code_request() -> None:
    url = code_flow_url("https://auth.example/authorize", "cid", "https://app.example/cb", ["a", "b"], "st", "v" * 43)
    parts = urlsplit(url)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "auth.example", "/authorize")
    assert parse_qs(parts.query) == {
        "response_type": ["code"],
        "client_id": ["cid"],
        "redirect_uri": ["https://app.example/cb"],
        "scope": ["a b"],
        "state": ["st"],
        "code_challenge": [s256_challenge("v" * 43)],
        "code_challenge_method": ["S256"],
    }


def test_code_flow_url_omits_an_empty_scope() -> None:
    url = code_flow_url("https://auth.example/authorize", "cid", "https://app.example/cb", [], "st", "v" * 43)
    assert "scope" not in parse_qs(urlsplit(url).query)


def test_authorization_request_url_keeps_the_endpoints_own_query_and_encodes_values() -> None:
    url = authorization_request_url("https://auth.example/authorize?tenant=7", {"redirect_uri": "https://a/b?c=d&e"})
    assert url == "https://auth.example/authorize?tenant=7&redirect_uri=https%3A%2F%2Fa%2Fb%3Fc%3Dd%26e"
