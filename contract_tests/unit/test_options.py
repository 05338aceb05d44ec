"""Client options (newcomer-3 #4, #20, and the conventions table's `with_options`, `default_headers`):
refused at construction when of the wrong type or range; `default_headers` on every request, never in
place of a credential; `with_options(...)` a copy for a call or a block, sharing the pool, the
credentials and the rate limit; a user's `http_client` with any base URL of its own. No socket."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from freight_clients import (
    AsyncSpotGo,
    ConfigurationError,
    Hook,
    InternalServerError,
    NotFoundError,
    RateLimit,
    RetryPolicy,
    SpotGo,
)

KEY = "k" * 20
BASE = "https://api-test.spotgo.eu"
NO_WAIT = RetryPolicy(max_retries=2, initial_delay=0.0, max_delay=0.0, jitter=0.0)


def _recording(status: int = 404) -> tuple[list[httpx.Request], httpx.MockTransport]:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(status, json={"title": "no"})

    return sent, httpx.MockTransport(answer)


@pytest.mark.parametrize(
    "options",
    [
        {"timeout": "10"},
        {"timeout": -1},
        {"timeout": 0},
        {"timeout": float("nan")},
        {"timeout": True},
        {"max_retries": -1},
        {"max_retries": "3"},
        {"max_retries": 1.5},
        {"validate": "no"},
        {"hooks": "audit"},
        {"hooks": [object()]},
        {"default_headers": {"X-Trace": 1}},
        {"default_headers": {"bad name": "v"}},
        {"default_headers": {"X-Trace": "a\r\nX-Evil: 1"}},
        {"default_headers": ["X-Trace"]},
        {"rate_limit": 100},
    ],
    ids=lambda options: f"{next(iter(options))}-{type(next(iter(options.values()))).__name__}",
)
def test_bad_constructor_options_are_a_configuration_error_naming_the_option(options: dict[str, Any]) -> None:
    with pytest.raises(ConfigurationError) as refused:
        SpotGo(api_key=KEY, **options)
    assert next(iter(options)) in str(refused.value)


def test_good_options_are_accepted_as_given() -> None:
    client = SpotGo(api_key=KEY, timeout=10, max_retries=0, validate=False, hooks=[Hook()], default_headers={})
    assert client.timeout == 10.0 and client.retry.max_retries == 0 and client.validate is False


def test_default_headers_go_on_every_request_beside_the_apis_and_never_replace_the_key() -> None:
    sent, transport = _recording()
    headers = {"X-Trace": "t-1", "x-api-key": "someone-elses-key", "X-Api-Version": "2.0"}
    with SpotGo(api_key=KEY, transport=transport, default_headers=headers) as spotgo, pytest.raises(NotFoundError):
        spotgo.orders.get(str(uuid.uuid4()))
    assert sent[0].headers["x-trace"] == "t-1"
    assert sent[0].headers.get_list("x-api-key") == [KEY]
    assert sent[0].headers["x-api-version"] == "2.0"  # the caller's wins over the API's default


def test_with_options_changes_a_call_and_leaves_the_client_as_it_was() -> None:
    sent, transport = _recording(500)
    with SpotGo(api_key=KEY, transport=transport, retry=NO_WAIT, timeout=30) as spotgo:
        quick = spotgo.with_options(timeout=2.5, max_retries=0, default_headers={"X-Trace": "once"})
        with pytest.raises(InternalServerError):
            quick.orders.get(str(uuid.uuid4()))
        assert len(sent) == 1  # no retry on the copy
        assert sent[0].extensions["timeout"] == httpx.Timeout(2.5).as_dict()
        assert sent[0].headers["x-trace"] == "once"
        sent.clear()
        with pytest.raises(InternalServerError):
            spotgo.orders.get(str(uuid.uuid4()))
        assert len(sent) == 3  # the original keeps its 2 retries, its timeout and its headers
        assert sent[0].extensions["timeout"] == httpx.Timeout(30).as_dict()
        assert "x-trace" not in sent[0].headers
        assert quick.retry == RetryPolicy(max_retries=0, initial_delay=0.0, max_delay=0.0, jitter=0.0)


def test_with_options_shares_the_pool_credentials_and_rate_limit_and_closing_it_closes_nothing() -> None:
    _sent, transport = _recording()
    spotgo = SpotGo(api_key=KEY, transport=transport, rate_limit=RateLimit(100, 60.0))
    copy = spotgo.with_options(validate=False)
    assert copy._http is spotgo._http and copy._auth is spotgo._auth and copy.limiter is spotgo.limiter
    assert copy.orders._client is copy and copy.documents._client is copy and spotgo.orders._client is spotgo
    with copy:
        pass  # a block on the copy
    with pytest.raises(NotFoundError):
        spotgo.orders.get(str(uuid.uuid4()))  # the pool is still open
    assert spotgo.with_options(rate_limit=None).limiter is not spotgo.limiter
    spotgo.close()


def test_with_options_refuses_an_unknown_or_bad_option() -> None:
    spotgo = SpotGo(api_key=KEY)
    with pytest.raises(ConfigurationError, match="max_retry"):
        spotgo.with_options(max_retry=2)  # type: ignore[call-arg]
    with pytest.raises(ConfigurationError, match="timeout"):
        spotgo.with_options(timeout="10")  # type: ignore[arg-type]


def test_with_options_on_an_async_client() -> None:
    sent, transport = _recording()

    async def run() -> None:
        async with AsyncSpotGo(api_key=KEY, transport=httpx.MockTransport(transport.handler)) as spotgo:
            with pytest.raises(NotFoundError):
                await spotgo.with_options(default_headers={"X-Trace": "a"}).orders.get(str(uuid.uuid4()))

    asyncio.run(run())
    assert sent[0].headers["x-trace"] == "a"


@pytest.mark.parametrize("own_base", ["https://elsewhere.example", "http://10.0.0.1:8080/v9", None])
@pytest.mark.parametrize("make", [httpx.Client, httpx.AsyncClient])
def test_a_users_http_client_with_any_base_url_sends_to_the_apis_base_url_only(
    own_base: str | None, make: Callable[..., Any]
) -> None:
    """Its own base URL (or none) is ignored: the requests, with the key, go to the API's."""
    sent, transport = _recording()

    async def answer(request: httpx.Request) -> httpx.Response:
        return transport.handler(request)  # type: ignore[return-value]

    options: dict[str, Any] = {"base_url": own_base} if own_base else {}
    if make is httpx.AsyncClient:

        async def run() -> None:
            http = httpx.AsyncClient(transport=httpx.MockTransport(answer), **options)
            async with AsyncSpotGo(api_key=KEY, base_url=BASE + "/gw", http_client=http) as spotgo:
                with pytest.raises(NotFoundError):
                    await spotgo.orders.get(str(uuid.uuid4()))

        asyncio.run(run())
    else:
        http = httpx.Client(transport=transport, **options)
        with SpotGo(api_key=KEY, base_url=BASE + "/gw", http_client=http) as spotgo, pytest.raises(NotFoundError):
            spotgo.orders.get(str(uuid.uuid4()))
    assert [str(r.url).startswith(BASE + "/gw/api/") for r in sent] == [True]
    assert sent[0].headers["x-api-key"] == KEY
