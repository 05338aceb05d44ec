"""Auth strategies know requests and answers, not the client: driven here over a bare `Exchange`
(the narrow protocol the request loop implements) on scripted answers, with no client at all."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

import httpx
import pytest

from contract_tests.unit.core.scripted_clients import json, token
from freight_clients import APIStatusError, AuthenticationError, InternalServerError
from freight_clients._auth import Exchange, SessionAuth, token_json
from freight_clients._exceptions import status_error_class
from freight_clients._plan import Plan, Send
from freight_clients._scripted import Script, run_scripted
from freight_clients._types import Op, Timeout


class BareExchange:
    """The least an auth strategy needs: build, send, type a refusal, parse."""

    title = "Test API"
    log = logging.getLogger("test.auth")

    def build_request(self, kwargs: Mapping[str, Any], timeout: Timeout) -> httpx.Request:
        return httpx.Request(kwargs["method"], kwargs["url"], data=kwargs.get("data"))

    def exchange(self, request: httpx.Request, operation: str, op: Op) -> Plan[httpx.Response]:
        op.attempts += 1
        response: httpx.Response = yield Send(request)
        return response

    def status_error(self, operation: str, response: httpx.Response) -> APIStatusError:
        cls = status_error_class(response.status_code)
        return cls(api=self.title, operation=operation, response=response)

    def parse(self, operation: str, response: httpx.Response, parse: Callable[[Any], Any]) -> Any:
        return parse(response.json())


class ClientCredentials(SessionAuth):
    def token_request(self) -> dict[str, Any]:
        return {"method": "POST", "url": "https://auth.test/token", "data": {"grant_type": "client_credentials"}}

    def parse_token(self, client: Exchange, response: httpx.Response) -> tuple[str, float | None]:
        data = token_json(client, response, self.token_operation, "access_token")
        return str(data["access_token"]), float(data["expires_in"])


def headers(auth: SessionAuth, script: Script) -> dict[str, str]:
    exchange: Exchange = BareExchange()
    return run_scripted(auth.headers(exchange, Op("auth"), None), script)


def test_a_token_is_fetched_once_and_reused() -> None:
    auth = ClientCredentials({"X-Key": "static"})
    script = Script(token("tok-1"))
    assert headers(auth, script) == {"X-Key": "static", "Authorization": "Bearer tok-1"}
    assert headers(auth, script)["Authorization"] == "Bearer tok-1"
    assert [r.url.path for r in script.requests] == ["/token"]


def test_a_401_invalidates_only_the_token_it_answered() -> None:
    auth = ClientCredentials({})
    script = Script(token("tok-1"), token("tok-2"))
    first = headers(auth, script)
    assert auth.invalidate({"Authorization": "Bearer stale"}) and headers(auth, script) == first  # not ours
    assert auth.invalidate(first) and headers(auth, script)["Authorization"] == "Bearer tok-2"


@pytest.mark.parametrize(
    ("status", "error"), [(400, AuthenticationError), (401, AuthenticationError), (503, InternalServerError)]
)
def test_a_refused_or_failed_token_request_is_typed(status: int, error: type[APIStatusError]) -> None:
    with pytest.raises(error) as failed:
        headers(ClientCredentials({}), Script(json(status, {"error": "invalid_client"})))
    assert failed.value.operation == "token" and failed.value.api == "Test API"
