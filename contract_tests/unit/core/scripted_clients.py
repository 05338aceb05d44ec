"""Clients and answers the core tests share: each client is driven by a `Script` (see
`freight_clients._scripted`), with validation off (these tests are about the loop, not the spec),
no client-side rate limit and retries that wait a known time (no jitter)."""

from __future__ import annotations

from typing import Any

import httpx

from freight_clients import AsyncSpotGo, Quivo, RetryPolicy, Smouv, SpotGo, TransEu
from freight_clients._scripted import Script

ORDER_ID = "8c585a79-f0dd-42c3-b4e1-cc0daa99c123"
DOC_ID = "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9"
#: Backoff of 1 s, 2 s, 4 s ... with no jitter: the sleeps a test sees are exact.
EXACT = RetryPolicy(max_retries=3, initial_delay=1.0, max_delay=8.0, jitter=0.0)
QUIET: dict[str, Any] = {"validate": False, "rate_limit": None, "retry": EXACT}


def spotgo(script: Script, **options: Any) -> SpotGo:
    return script.drive(SpotGo(api_key="spotgo-key", base_url="https://spotgo.test", **{**QUIET, **options}))


def async_spotgo(script: Script, **options: Any) -> AsyncSpotGo:
    return script.drive(AsyncSpotGo(api_key="spotgo-key", base_url="https://spotgo.test", **{**QUIET, **options}))


def smouv(script: Script, **options: Any) -> Smouv:
    client = Smouv(
        client_id="cid",
        client_secret="smouv-secret",
        subscription_key="sub-key",
        base_url="https://smouv.test/v1",
        token_url="https://smouv.test/token",
        **{**QUIET, **options},
    )
    return script.drive(client)


def transeu(script: Script, **options: Any) -> TransEu:
    client = TransEu(
        client_id="cid",
        client_secret="transeu-secret",
        username="user",
        password="transeu-password",
        base_url="https://transeu.test/v1",
        token_url="https://transeu.test/token",
        **{**QUIET, **options},
    )
    return script.drive(client)


def quivo(script: Script, **options: Any) -> Quivo:
    client = Quivo(
        api_key="quivo-key", username="user", password="quivo-password", base_url="https://quivo.test", **options
    )
    return script.drive(client)


def json(status: int, body: Any = None, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


def token(value: str = "access-1") -> httpx.Response:
    """A token endpoint's success answer (OAuth2 shape)."""
    return json(200, {"access_token": value, "expires_in": 3600, "refresh_token": f"refresh-{value}"})


def lost(request: httpx.Request) -> Exception:
    """The request was sent and no answer came: the service may have processed it."""
    return httpx.ReadTimeout("timed out reading the answer", request=request)


def refused(request: httpx.Request) -> Exception:
    """The connection was never made: the service cannot have seen the request."""
    return httpx.ConnectError("connection refused", request=request)


def spotgo_order(number: str = "SG-1") -> dict[str, Any]:
    return {"orderNumber": number, "carrier": {"name": "Baltic Haulage", "vatCode": "LT100200300"}}


def stored(order: dict[str, Any], **changes: Any) -> dict[str, Any]:
    """The order as SpotGo stores and returns it."""
    return {**order, "orderId": ORDER_ID, "status": "New", **changes}


def paths(script: Script) -> list[str]:
    return [f"{request.method} {request.url.path}" for request in script.requests]
