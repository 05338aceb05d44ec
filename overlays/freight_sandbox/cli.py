"""freight-sandbox API: run one sandbox on a real socket until Ctrl-C or SIGTERM.

The first line on stdout is one JSON object, {"api", "base_url", "credentials"}, printed once
the server accepts connections, so scripts can read it and start sending requests. With --env,
the first lines are instead the shell `export` lines of the client's environment variables.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import json
import shlex
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any

import uvicorn
import uvicorn.config

import freight_clients

from . import SANDBOXES, sandbox
from ._core import MAX_JOURNAL, MAX_ORDERS_PER_CREDENTIAL
from ._drift import drift
from ._faults import FAULT_KINDS, TOKEN_FAULT_KINDS, FaultSpec, RateLimit
from ._prism import start_prism
from ._server import check_host, quiet_injected_resets
from .standin import vendor_environment

#: What each fault kind does, for `--help` (one entry per kind of freight_sandbox._faults).
FAULT_HELP = {
    "5xx": "a 503 in the vendor's error shape, before or after the write (half each)",
    "reset": "the connection closed without an answer, before or after the write",
    "429": "429 Too Many Requests with Retry-After (429=RATE:SECONDS, default 1)",
    "latency": "answer late (latency=RATE:SECONDS, default 0.05)",
    "hang": "read the request, then stall (hang=RATE:SECONDS, default 30): the write still happens",
    "malformed": "a 2xx whose JSON fits no schema, after the write",
    "html": "a gateway's HTML page with status 200, before the request reaches the API",
    "truncated": "half the body, then the connection drops (its Content-Length is the whole), after the write",
    "token5xx": "the token endpoint (or a login) answers 503",
    "invalid_grant": "the token endpoint (or a login) refuses the credential or refresh token",
}
FAULTS_EPILOG = "\n".join(
    [
        "fault kinds (--faults KIND=RATE[:PARAM],...; each group's rates add up to at most 1):",
        *(f"  {kind:<14}{FAULT_HELP[kind]}" for kind in FAULT_KINDS + TOKEN_FAULT_KINDS),
        "  only=OP[+OP]  fault only these operations (operationIds of the spec; 'token' is the token endpoint),",
        "                e.g. --faults 'truncated=1,only=getOrderDocumentContent'",
    ]
)


class _AnnouncingServer(uvicorn.Server):
    """A uvicorn server that prints the sandbox's JSON line once it is listening."""

    def __init__(self, config: uvicorn.Config, api_name: str, credentials: Any, env: bool = False) -> None:
        super().__init__(config)
        self.api_name = api_name
        self.credentials = credentials
        self.env = env

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
        sys.stdout.write(announcement(self.api_name, base_url, self.credentials(base_url), env=self.env))
        sys.stdout.flush()


def announcement(api: str, base_url: str, credentials: dict[str, Any], *, env: bool = False) -> str:
    """The first output: the JSON line, or with `env` the `export` lines a user with an account would write."""
    if not env:
        return json.dumps({"api": api, "base_url": base_url, "credentials": credentials}) + "\n"
    variables = vendor_environment(api, base_url, credentials)
    return "".join(f"export {name}={shlex.quote(value)}\n" for name, value in variables.items())


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
        prog="freight-sandbox",
        description=__doc__,
        epilog=FAULTS_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("api", choices=sorted(SANDBOXES), help="which API to serve")
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {freight_clients.__version__} (freight-order-clients)"
    )
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
        help="fault injection, e.g. 5xx=0.1,reset=0.05,429=0.05:2,latency=0.2:0.05,hang=0.02:30 (kinds below)",
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
        help="serve Prism's mock of the API's spec instead (an independent mock; needs Prism from npm)",
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
        help="answer like a vendor that changed its API since the specs were written (new fields, enums, statuses)",
    )
    parser.add_argument(
        "--env",
        action="store_true",
        help="print the client's environment variables as shell export lines instead of the JSON line",
    )
    parser.add_argument("--access-log", action="store_true", help="log every request (method, path, status) on stderr")
    return parser


def _run_prism(api: str, port: int, fail: Callable[[str], Any]) -> int:
    """`prism mock` on the spec until Ctrl-C or SIGTERM; the same JSON first line as the sandboxes."""
    try:
        mock = start_prism(api, *(["--port", str(port)] if port else []))
    except FileNotFoundError as missing:  # a pip install has no node_modules: say what to install
        fail(str(missing))
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
        if args.env:
            parser.error("--env gives the sandboxes' credentials; Prism's mock has none (use its base URL)")
        return _run_prism(args.api, args.port, lambda message: parser.exit(1, f"freight-sandbox: {message}\n"))
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
    try:
        box = sandbox(args.api, **options)
    except ValueError as refused:  # options the parser cannot check alone: an only= naming no operation
        parser.error(str(refused))
    if args.drift:
        drift(box.api)
    config = uvicorn.Config(
        box.api.app(),
        host=args.host,
        port=args.port,
        log_level=None,  # the levels are _log_config's (uvicorn's log_level would set the access log's too)
        lifespan="off",
        access_log=args.access_log,
        log_config=_log_config(access_log=args.access_log),
    )
    server = _AnnouncingServer(config, args.api, box.api.credentials, env=args.env)
    server.run()  # uvicorn handles SIGINT and SIGTERM: it stops accepting, finishes, and returns
    return 0


def _log_config(*, access_log: bool) -> dict[str, Any]:
    """uvicorn's logging, with the access log (when asked for) on stderr: stdout carries the announcement."""
    config = copy.deepcopy(uvicorn.config.LOGGING_CONFIG)
    config["handlers"]["access"]["stream"] = "ext://sys.stderr"
    config["loggers"]["uvicorn"]["level"] = "WARNING"
    config["loggers"]["uvicorn.error"]["level"] = "WARNING"
    config["loggers"]["uvicorn.access"]["level"] = "INFO" if access_log else "WARNING"
    return config


if __name__ == "__main__":
    raise SystemExit(main())
