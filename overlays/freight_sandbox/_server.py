"""Run a sandbox: in-process (an httpx transport) or on a real socket (uvicorn in a thread)."""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import socket
import sys
import threading
import time
import weakref
from types import TracebackType
from typing import Any, TypeVar

import httpx
import uvicorn

from freight_clients.support import is_loopback

from ._connect import connect
from ._core import SandboxApi, SandboxConnectionReset

C = TypeVar("C")


class _DropInjectedResets(logging.Filter):
    """uvicorn logs an app exception with a traceback; an injected reset is expected, not an error."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return not isinstance(exc, SandboxConnectionReset | asyncio.CancelledError)


def quiet_injected_resets() -> None:
    logger = logging.getLogger("uvicorn.error")
    if not any(isinstance(f, _DropInjectedResets) for f in logger.filters):
        logger.addFilter(_DropInjectedResets())


def check_host(host: str, public: bool) -> None:
    """Refuse to bind a non-loopback address unless `public` is set, and then warn on stderr: the
    sandboxes' credentials are fixed and published, so anyone who reaches the port can use them."""
    if is_loopback(host):
        return
    if not public:
        raise ValueError(
            f"refusing to serve on {host!r}, which is not a loopback address: the sandbox's credentials are "
            "public (they are in this project's source). Pass public=True (freight-sandbox --public) to do it anyway."
        )
    sys.stderr.write(
        f"WARNING: the sandbox listens on {host}: its credentials are public, anyone who can reach this port "
        "can use them, read and change its orders.\n"
    )


class _Handle:
    """What every handle of a sandbox offers: its credentials, a reset, and clients wired to it."""

    api: SandboxApi
    base_url: str

    @property
    def credentials(self) -> dict[str, Any]:
        return self.api.credentials(self.base_url)

    def reset(self) -> None:
        self.api.reset()

    def connect(self, client: type[C], **options: Any) -> C:
        """A `client` (`SpotGo`, `AsyncSpotGo`, ...) for this sandbox; see `freight_sandbox.connect`."""
        return connect(client, self, **options)


class ServedApp:
    """An ASGI app served by uvicorn in a daemon thread, on 127.0.0.1 and a free port by default:
    what a sandbox listens with, and what tests, the demo and the soak serve a webhook receiver with.
    `start()` returns once it accepts connections (`base_url` set); use as a context manager, or
    call `stop()`. Any other address than loopback needs `public=True` (see `check_host`)."""

    def __init__(self, app: Any, name: str, host: str = "127.0.0.1", port: int = 0, *, public: bool = False) -> None:
        check_host(host, public)
        self.name = name
        config = uvicorn.Config(
            app, host=host, port=port, log_level="warning", lifespan="off", timeout_graceful_shutdown=2
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name=name, daemon=True)
        self.base_url = ""

    def start(self) -> ServedApp:
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"{self.name} did not start")
            time.sleep(0.01)
        host, port = self._server.servers[0].sockets[0].getsockname()[:2]
        self.base_url = f"http://{host}:{port}"
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)

    def __enter__(self) -> ServedApp:
        return self.start() if not self.base_url else self

    def __exit__(self, *exc: tuple[type[BaseException] | None, BaseException | None, TracebackType | None]) -> None:
        self.stop()


class RunningSandbox(_Handle):
    """A sandbox listening on 127.0.0.1: its base URL, credentials and the API object (its state).

    Use as a context manager, or call `stop()`. `reset()` forgets every order. Any other address
    than loopback needs `public=True` (see `check_host`).
    """

    def __init__(self, api: SandboxApi, host: str = "127.0.0.1", port: int = 0, *, public: bool = False) -> None:
        self.api = api
        self._served = ServedApp(api.app(), f"freight-sandbox-{api.name}", host, port, public=public)
        self.base_url = ""

    def start(self) -> RunningSandbox:
        quiet_injected_resets()
        self.base_url = self._served.start().base_url
        return self

    def stop(self) -> None:
        self._served.stop()

    def client(self, **kwargs: Any) -> httpx.Client:
        """An httpx client for this sandbox (keyword arguments go to httpx.Client)."""
        return httpx.Client(base_url=self.base_url, **kwargs)

    def async_client(self, **kwargs: Any) -> httpx.AsyncClient:
        return httpx.AsyncClient(base_url=self.base_url, **kwargs)

    def __enter__(self) -> RunningSandbox:
        return self.start() if not self.base_url else self

    def __exit__(self, *exc: tuple[type[BaseException] | None, BaseException | None, TracebackType | None]) -> None:
        self.stop()


class InProcessSandbox(_Handle):
    """A sandbox without sockets. `client()` / `async_client()` give wired httpx clients; `transport`
    and `async_transport` are transports to pass to clients built elsewhere (one client each)."""

    base_url = "http://localhost"  # loopback, so clients allow plain http; nothing leaves the process

    def __init__(self, api: SandboxApi) -> None:
        self.api = api
        self.app = api.app()
        self.async_transport = AsyncASGITransport(app=self.app)
        self.transport = SyncASGITransport(self.app)

    def client(self, **kwargs: Any) -> httpx.Client:
        """An httpx client wired to the in-process app (keyword arguments go to httpx.Client)."""
        return httpx.Client(base_url=self.base_url, transport=SyncASGITransport(self.app), **kwargs)

    def async_client(self, **kwargs: Any) -> httpx.AsyncClient:
        return httpx.AsyncClient(base_url=self.base_url, transport=AsyncASGITransport(app=self.app), **kwargs)


class AsyncASGITransport(httpx.ASGITransport):
    """httpx's ASGI transport, with an injected connection reset surfacing as a transport error."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return await super().handle_async_request(request)
        except SandboxConnectionReset as reset:
            raise httpx.RemoteProtocolError(str(reset), request=request) from reset


class SyncASGITransport(httpx.BaseTransport):
    """httpx's ASGI transport is async only; this runs it on a private event loop in a thread of its
    own (started at the first request), so a sync client works even where an event loop is already
    running in the caller's thread (Jupyter, async tests). The client's timeout bounds each request."""

    def __init__(self, app: Any) -> None:
        self._inner = httpx.ASGITransport(app=app)  # resets are translated in handle_request
        self._loop: asyncio.AbstractEventLoop | None = None
        self._lock = threading.Lock()
        self._stop: weakref.finalize[Any, Any] | None = None

    def _running_loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                thread = threading.Thread(target=_serve_forever, args=(loop,), name="freight-sandbox", daemon=True)
                thread.start()
                self._loop = loop
                # Stop the thread on close() or when the transport is garbage-collected unclosed.
                self._stop = weakref.finalize(self, _stop_loop, loop, thread)
            return self._loop

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        async def send() -> httpx.Response:
            body = request.read()
            forwarded = httpx.Request(request.method, request.url, headers=request.headers, content=body)
            response = await self._inner.handle_async_request(forwarded)
            content = await response.aread()
            return httpx.Response(response.status_code, headers=response.headers, content=content, request=request)

        timeout = request.extensions.get("timeout", {}).get("read")
        future = asyncio.run_coroutine_threadsafe(send(), self._running_loop())
        try:
            return future.result(timeout)
        except concurrent.futures.TimeoutError:
            future.cancel()
            raise httpx.ReadTimeout("the in-process sandbox did not answer in time", request=request) from None
        except SandboxConnectionReset as reset:  # what a real socket would show the client
            raise httpx.RemoteProtocolError(str(reset), request=request) from reset

    def close(self) -> None:
        if self._stop is not None:
            self._stop()


def _serve_forever(loop: asyncio.AbstractEventLoop) -> None:
    asyncio.set_event_loop(loop)
    try:
        loop.run_forever()
    finally:
        pending = asyncio.all_tasks(loop)
        for task in pending:
            task.cancel()
        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        loop.close()


def _stop_loop(loop: asyncio.AbstractEventLoop, thread: threading.Thread) -> None:
    if not loop.is_closed():
        loop.call_soon_threadsafe(loop.stop)
    if thread is not threading.current_thread():
        thread.join(timeout=5)


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])
