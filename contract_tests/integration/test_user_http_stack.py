"""A user's own httpx client (`http_client=`), the openai way to add a proxy, a CA bundle or event
hooks: every client works through a real forwarding proxy on loopback (proxy.py, with basic auth so
a request that bypassed it could not succeed), whatever base URL the user's client has, and the
requests (with their credentials) go to the API's base URL only (newcomer-3 #4)."""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

import freight_clients
from freight_clients import APIStatusError, registry
from freight_sandbox import RunningSandbox, examples, sandbox

proxy = pytest.importorskip("proxy")  # the `test` dependency group


@pytest.fixture(scope="module")
def forwarding_proxy() -> Iterator[tuple[str, str]]:
    """(proxy URL with its credentials, the same with a wrong password) of proxy.py on 127.0.0.1."""
    password = secrets.token_hex(8)
    flags = ["--hostname", "127.0.0.1", "--port", "0", "--num-workers", "1", "--num-acceptors", "1"]
    with proxy.Proxy([*flags, "--basic-auth", f"user:{password}"]) as running:
        where = f"127.0.0.1:{running.flags.port}"
        yield f"http://user:{password}@{where}", f"http://user:wrong@{where}"


@pytest.fixture(scope="module")
def boxes() -> Iterator[dict[str, RunningSandbox]]:
    running = {api: sandbox(api).serve() for api in registry.NAMES}
    try:
        yield running
    finally:
        for box in running.values():
            box.stop()


def _workflow(api: str, box: RunningSandbox) -> Callable[[Any], Any]:
    """A plan of calls (a write and a read back) that a client of `api` makes; awaited when async."""
    if api == "spotgo":

        async def spotgo(client: Any) -> Any:
            created = await _maybe(client.orders.create(examples.spotgo_order(f"SG-{secrets.token_hex(3)}")))
            return (await _maybe(client.orders.get(created.order_id))).order_number == created.order_number

        return spotgo
    if api == "smouv":

        async def smouv(client: Any) -> Any:
            order = examples.import_order(f"TOC-{secrets.token_hex(3)}")
            created = await _maybe(client.customer_orders.create(order, files=[("a.pdf", b"%PDF-1.4")]))
            read = await _maybe(client.customer_orders.get(str(created.id)))
            return read.transport_order_number == order["transportOrderNumber"]

        return smouv
    if api == "transeu":

        async def transeu(client: Any) -> Any:
            created = await _maybe(client.shipping_orders.create(examples.transeu_order(f"TE/{secrets.token_hex(3)}")))
            return (await _maybe(client.orders.get(str(created.id)))).number == created.number

        return transeu
    if api == "transeu_platform":

        async def transeu_platform(client: Any) -> Any:
            order = examples.transeu_platform_order(f"TP/{secrets.token_hex(3)}")
            created = await _maybe(client.orders.create(order))
            return (await _maybe(client.orders.get(str(created.id)))).number == created.number

        return transeu_platform

    async def quivo(client: Any) -> Any:
        order = examples.quivo_order(box.credentials.get("seller_id", 0), f"WEBSHOP-{secrets.token_hex(3)}")
        return bool((await _maybe(client.orders.submit(order))).order_id)

    return quivo


async def _maybe(value: Any) -> Any:
    return await value if asyncio.iscoroutine(value) else value


def _run(api: str, box: RunningSandbox, asynchronous: bool, http: httpx.Client | httpx.AsyncClient) -> Any:
    cls = getattr(freight_clients, registry.get(api).clients[1 if asynchronous else 0])
    workflow = _workflow(api, box)

    async def go() -> Any:
        client = box.connect(cls, http_client=http)
        try:
            return await workflow(client)
        finally:
            await _maybe(client.close())

    return asyncio.run(go())


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("api", registry.NAMES)
def test_every_client_works_through_a_users_httpx_client_with_a_proxy_and_event_hooks(
    api: str, asynchronous: bool, forwarding_proxy: tuple[str, str], boxes: dict[str, RunningSandbox]
) -> None:
    box = boxes[api]
    seen: list[tuple[str, str]] = []

    def on_request(request: httpx.Request) -> None:
        seen.append(("request", str(request.url)))

    def on_response(response: httpx.Response) -> None:
        seen.append((str(response.status_code), str(response.request.url)))

    async def a_on_request(request: httpx.Request) -> None:
        on_request(request)

    async def a_on_response(response: httpx.Response) -> None:
        on_response(response)

    # its own base URL is another origin: it decides nothing about where the requests go
    options: dict[str, Any] = {"proxy": forwarding_proxy[0], "base_url": "https://elsewhere.example", "timeout": 10}
    http: httpx.Client | httpx.AsyncClient = (
        httpx.AsyncClient(event_hooks={"request": [a_on_request], "response": [a_on_response]}, **options)
        if asynchronous
        else httpx.Client(event_hooks={"request": [on_request], "response": [on_response]}, **options)
    )
    assert _run(api, box, asynchronous, http) is True
    assert seen and all(url.startswith(box.base_url + "/") for _, url in seen), seen
    assert {kind for kind, _ in seen} >= {"request", "200"} or {kind for kind, _ in seen} >= {"request", "201"}


@pytest.mark.parametrize("api", registry.NAMES)
def test_the_requests_really_go_through_the_proxy(
    api: str, forwarding_proxy: tuple[str, str], boxes: dict[str, RunningSandbox]
) -> None:
    """The same client with the proxy's password wrong is refused by the proxy (407), never answered
    by the sandbox: the successful runs above went through it."""
    http = httpx.Client(proxy=forwarding_proxy[1], timeout=10)
    with pytest.raises(APIStatusError) as refused:
        _run(api, boxes[api], False, http)
    assert refused.value.status_code == 407
    assert "wrong" not in str(refused.value)  # the proxy's credentials are not in the error
