"""The Trans.eu sandboxes check PKCE as RFC 7636 says (review-3 R3-24): when the authorization
request carried a `code_challenge`, the token request needs the matching `code_verifier` (§4.6:
`invalid_grant` otherwise), by `S256` or `plain` (§4.2; `plain` when no method is named, §4.3); an
unsupported method is `invalid_request` (§4.4.1). A verifier for a code issued without a challenge
is refused too (RFC 9700 §2.1.1, the PKCE downgrade). Both the Orders sandbox and the platform's."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from contract_tests.sandbox.test_transeu_platform import registered
from freight_sandbox import InProcessSandbox
from freight_sandbox.transeu_platform import API_KEY, TransEuPlatformSandbox

VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"  # RFC 7636 Appendix B
CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"  # its S256 challenge, as Appendix B gives it


@dataclass
class OAuth:
    """One sandbox's authorization and token endpoints, as a client calls them."""

    box: Any
    authorize_path: str
    token_path: str
    redirect_uri: str
    headers: dict[str, str]

    def authorize(self, **params: str) -> httpx.Response:
        query = {
            "response_type": "code",
            "client_id": self.box.credentials["client_id"],
            "redirect_uri": self.redirect_uri,
            **params,
        }
        answer: httpx.Response = self.box.client().get(self.authorize_path, params=query)
        return answer

    def code(self, **params: str) -> str:
        answer = self.authorize(**params)
        assert answer.status_code == 302, answer.text
        return parse_qs(urlsplit(answer.headers["location"]).query)["code"][0]

    def exchange(self, code: str, **extra: str) -> httpx.Response:
        creds = self.box.credentials
        form = {"grant_type": "authorization_code", "code": code, "redirect_uri": self.redirect_uri, **extra}
        answer: httpx.Response = self.box.client().post(
            self.token_path, data=form, auth=(creds["client_id"], creds["client_secret"]), headers=self.headers
        )
        return answer


def _orders(freight_sandbox: Callable[..., Any]) -> Iterator[OAuth]:
    yield OAuth(freight_sandbox("transeu"), "/oauth2/authorize", "/oauth2/token", "https://app.example/cb", {})


def _platform(freight_sandbox: Callable[..., Any]) -> Iterator[OAuth]:
    with registered():
        box = InProcessSandbox(TransEuPlatformSandbox())
        redirect = box.credentials["redirect_uri"]
        yield OAuth(box, "/oauth2/auth", "/ext/auth-api/accounts/token", redirect, {"Api-key": API_KEY})


@pytest.fixture(params=["transeu", "transeu_platform"])
def oauth(request: pytest.FixtureRequest, freight_sandbox: Callable[..., Any]) -> Iterator[OAuth]:
    yield from (_orders if request.param == "transeu" else _platform)(freight_sandbox)


def _refused(answer: httpx.Response, error: str = "invalid_grant") -> bool:
    return answer.status_code == 400 and answer.json()["error"] == error


def test_an_s256_code_needs_its_verifier(oauth: OAuth) -> None:
    """R3-24: a wrong and a missing verifier were answered 200 with tokens."""
    code = oauth.code(code_challenge=CHALLENGE, code_challenge_method="S256")
    assert _refused(oauth.exchange(code, code_verifier=VERIFIER[:-1] + "Y"))  # wrong
    assert _refused(oauth.exchange(code))  # missing
    assert _refused(oauth.exchange(code, code_verifier=CHALLENGE))  # the challenge itself is not the verifier
    issued = oauth.exchange(code, code_verifier=VERIFIER)
    assert issued.status_code == 200 and issued.json()["access_token"]


@pytest.mark.parametrize("method", [{"code_challenge_method": "plain"}, {}], ids=["plain", "no method: plain"])
def test_a_plain_code_needs_the_challenge_itself_as_verifier(oauth: OAuth, method: dict[str, str]) -> None:
    """R3-24: `plain` compares the verifier with the challenge; it is the default (RFC 7636 §4.3)."""
    code = oauth.code(code_challenge=VERIFIER, **method)
    assert _refused(oauth.exchange(code, code_verifier=CHALLENGE))
    assert _refused(oauth.exchange(code))
    assert oauth.exchange(code, code_verifier=VERIFIER).status_code == 200


def test_a_verifier_for_a_code_issued_without_a_challenge_is_refused(oauth: OAuth) -> None:
    """RFC 9700 §2.1.1 (PKCE downgrade); a code without a challenge and without a verifier is fine."""
    assert _refused(oauth.exchange(oauth.code(), code_verifier=VERIFIER))
    assert oauth.exchange(oauth.code()).status_code == 200


@pytest.mark.parametrize(
    "params",
    [
        {"code_challenge": CHALLENGE, "code_challenge_method": "S512"},
        {"code_challenge": "short", "code_challenge_method": "S256"},
        {"code_challenge": CHALLENGE + "!", "code_challenge_method": "plain"},
    ],
    ids=["unsupported method", "too short", "outside the alphabet"],
)
def test_an_unusable_challenge_is_refused_at_the_authorization_request(oauth: OAuth, params: dict[str, str]) -> None:
    """RFC 7636 §4.4.1 (an unsupported transformation) and §4.2 (43 to 128 unreserved characters)."""
    answer = oauth.authorize(**params)
    assert answer.status_code in (302, 400), answer.text
    if answer.status_code == 302:  # an authorization error response, to the client's redirect URI
        query = parse_qs(urlsplit(answer.headers["location"]).query)
        assert query["error"] == ["invalid_request"] and "code" not in query
    else:
        assert answer.json()["error"] == "invalid_request"
