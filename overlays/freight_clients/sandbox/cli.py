"""`freight-sandbox API`: run one sandbox on a real socket until Ctrl-C or SIGTERM.

The first line on stdout is one JSON object, `{"api", "base_url", "credentials"}`, printed once
the server accepts connections, so scripts can read it and start sending requests.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import signal
import sys
import threading
from collections.abc import Iterator
from typing import Any

import uvicorn

from . import SANDBOXES, sandbox
from ._core import MAX_JOURNAL, MAX_ORDERS_PER_CREDENTIAL
from ._drift import drift
from ._faults import FaultSpec, RateLimit
from ._prism import start_prism
from ._server import check_host, quiet_injected_resets


class _AnnouncingServer(uvicorn.Server):
    """A uvicorn server that prints the sandbox's JSON line once it is listening."""

    def __init__(self, config: uvicorn.Config, api_name: str, credentials: Any) -> None:
        super().__init__(config)
        self.api_name = api_name
        self.credentials = credentials

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        """Ctrl-C or SIGTERM: stop serving and exit 0 (uvicorn would re-raise the signal after)."""
        previous = {sig: signal.signal(sig, self.handle_exit) for sig in (signal.SIGINT, signal.SIGTERM)}
        try:
            yield
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)

    async def startup(self, sockets: Any = None) -> None:
        await super().startup(sockets)
        host, port = self.servers[0].sockets[0].getsockname()[:2]
        base_url = f"http://{host}:{port}"
        line = {"api": self.api_name, "base_url": base_url, "credentials": self.credentials(base_url)}
        sys.stdout.write(json.dumps(line) + "\n")
        sys.stdout.flush()


def _option(parse: Any) -> Any:
    """An argparse type that reports the parser's own message (argparse hides ValueError's)."""

    def convert(text: str) -> Any:
        try:
            return parse(text)
        except ValueError as error:
            raise argparse.ArgumentTypeError(str(error)) from None

    convert.__name__ = parse.__name__
    return convert


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="freight-sandbox", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("api", choices=sorted(SANDBOXES), help="which API to serve")
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to bind (default 127.0.0.1; any other needs --public)"
    )
    parser.add_argument(
        "--public",
        action="store_true",
        help="allow a non-loopback --host: the sandbox's credentials are public, anyone reaching the port can use them",
    )
    parser.add_argument("--port", type=int, default=0, help="port (default: a free one)")
    parser.add_argument(
        "--faults",
        default=None,
        type=_option(FaultSpec.parse),
        help="fault injection, e.g. 5xx=0.1,reset=0.05,429=0.05:2,latency=0.2:0.05,hang=0.02:30",
    )
    parser.add_argument("--seed", type=int, default=None, help="seed of the fault draws (repeatable runs)")
    parser.add_argument(
        "--rate-limit",
        default=None,
        type=_option(RateLimit.parse),
        help="requests per period per credential, e.g. 100/60, 10/s, 100/min",
    )
    parser.add_argument(
        "--max-orders",
        type=int,
        default=MAX_ORDERS_PER_CREDENTIAL,
        help=f"orders each tenant may create before creates get 403 (default {MAX_ORDERS_PER_CREDENTIAL:,})",
    )
    parser.add_argument(
        "--max-journal", type=int, default=MAX_JOURNAL, help=f"journal entries kept (default {MAX_JOURNAL:,})"
    )
    parser.add_argument(
        "--prism",
        action="store_true",
        help="serve Prism's mock of the API's spec instead (an independent mock; needs `npm ci`)",
    )
    parser.add_argument(
        "--duplicates",
        choices=("conflict", "existing", "reject"),
        default=None,
        help="quivo only: how a duplicate orderIdentifier is answered (default conflict)",
    )
    parser.add_argument(
        "--drift",
        action="store_true",
        help="answer like a vendor that changed its API after our seeds (see freight_clients.sandbox._drift)",
    )
    return parser


def _run_prism(api: str, port: int) -> int:
    """`prism mock` on the spec until Ctrl-C or SIGTERM; the same JSON first line as the sandboxes."""
    mock = start_prism(api, *(["--port", str(port)] if port else []))
    sys.stdout.write(json.dumps({"api": api, "base_url": mock.base_url, "mock": "prism", "credentials": {}}) + "\n")
    sys.stdout.flush()
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    while not stop.is_set() and mock.process.poll() is None:
        stop.wait(0.5)
    mock.stop()
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        check_host(args.host, args.public)
    except ValueError as refused:
        parser.error(str(refused))
    if args.prism:
        return _run_prism(args.api, args.port)
    quiet_injected_resets()
    options: dict[str, Any] = {
        "faults": args.faults,
        "seed": args.seed,
        "rate_limit": args.rate_limit,
        "max_orders": args.max_orders,
        "max_journal": args.max_journal,
    }
    if args.duplicates:
        if args.api != "quivo":
            parser.error("--duplicates applies to quivo only")
        options["duplicates"] = args.duplicates
    box = sandbox(args.api, **options)
    if args.drift:
        drift(box.api)
    config = uvicorn.Config(box.api.app(), host=args.host, port=args.port, log_level="warning", lifespan="off")
    server = _AnnouncingServer(config, args.api, box.api.credentials)
    server.run()  # uvicorn handles SIGINT and SIGTERM: it stops accepting, finishes, and returns
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
