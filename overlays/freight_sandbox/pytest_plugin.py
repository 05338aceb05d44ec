"""pytest fixtures for the sandboxes, registered by installing freight-order-clients[sandbox].

- `freight_sandbox(api, server=False, **options)`: a factory; in-process by default, on a real
  127.0.0.1 port with `server=True`; `drift=True` answers like a vendor that changed its API;
  other options as for `freight_sandbox.sandbox()` (faults, seed, rate_limit, validate_responses).
  Everything it starts stops at the end of the test.
- `spotgo_sandbox`, `smouv_sandbox`, `transeu_sandbox`, `quivo_sandbox`: in-process sandboxes;
  the same names with `_server` run on a real port.
- `prism_mock(api)`: Prism (from npm) mocking an API's spec.
- The marker `@pytest.mark.freight_sandbox(api, **options)` sets the options of that API's
  sandbox fixture for one test (without `api`: of every API's), for example faults that strike
  one operation: `@pytest.mark.freight_sandbox("spotgo", faults="truncated=1,only=getOrderDocumentContent")`.

Every handle has `base_url`, `credentials`, `api` (the state, e.g. `api.companies`, `api.journal`),
`connect(Client, **options)`, `client()` (a plain httpx client) and `reset()`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from freight_clients.registry import NAMES

from . import sandbox
from ._drift import drift as drifted
from ._prism import PrismMock, start_prism
from ._server import InProcessSandbox, RunningSandbox

Handle = InProcessSandbox | RunningSandbox

#: The marker the plugin registers, as `pytest --markers` shows it.
MARKER = (
    "freight_sandbox(api=None, **options): options of the API's sandbox fixture for this test "
    "(faults, seed, rate_limit, drift, validate_responses, ...); without api, of every API's"
)


def pytest_configure(config: pytest.Config) -> None:
    """Register the plugin's marker (so `--strict-markers` accepts it)."""
    config.addinivalue_line("markers", MARKER)


def marker_options(node: pytest.Item, api: str) -> dict[str, Any]:
    """The options the `freight_sandbox` markers of `node` give `api`'s fixture; the closest marker wins."""
    options: dict[str, Any] = {}
    for marker in reversed(list(node.iter_markers("freight_sandbox"))):  # farthest first: the closest overrides
        if len(marker.args) > 1:
            raise pytest.UsageError(f"@pytest.mark.freight_sandbox takes one API name, got {marker.args}")
        named = marker.args[0] if marker.args else marker.kwargs.get("api")
        if named is not None and named not in NAMES:
            raise pytest.UsageError(f"@pytest.mark.freight_sandbox: unknown API {named!r}; expected one of {NAMES}")
        if named in (None, api):
            options.update({key: value for key, value in marker.kwargs.items() if key != "api"})
    return options


@pytest.fixture
def freight_sandbox() -> Iterator[Callable[..., Handle]]:
    """Factory: `freight_sandbox(api, server=False, drift=False, **options)` makes a new sandbox.

    In-process (an httpx transport, no socket) unless `server=True` (a real 127.0.0.1 port).
    Options as for `freight_sandbox.sandbox()`: `faults="5xx=0.2,only=createOrder"`, `seed`,
    `rate_limit="10/s"`, `validate_responses`, `max_orders`. Servers it started stop after the test.
    """
    running: list[RunningSandbox] = []

    def start(api: str, server: bool = False, drift: bool = False, **options: Any) -> Handle:
        box = sandbox(api, **options)
        if drift:  # answers like a vendor that moved on (freight_sandbox._drift)
            drifted(box.api)
        if not server:
            return box.in_process()
        handle = box.serve()
        running.append(handle)
        return handle

    yield start
    for handle in running:
        handle.stop()


def _fixture(api: str, server: bool) -> Any:
    def fixture(request: pytest.FixtureRequest, freight_sandbox: Callable[..., Handle]) -> Handle:
        return freight_sandbox(api, server=server, **marker_options(request.node, api))

    where = "on a real 127.0.0.1 port (stopped after the test)" if server else "in-process (no socket)"
    fixture.__doc__ = (
        f"A new, empty {api} sandbox {where}: `.credentials`, `.connect(Client)`, `.api` (its state); "
        f"options from `@pytest.mark.freight_sandbox({api!r}, ...)`."
    )
    fixture.__name__ = f"{api}_sandbox{'_server' if server else ''}"
    return pytest.fixture(fixture)


# `spotgo_sandbox`, `spotgo_sandbox_server` and so on: two fixtures per API of the registry.
for _api in NAMES:
    globals()[f"{_api}_sandbox"] = _fixture(_api, False)
    globals()[f"{_api}_sandbox_server"] = _fixture(_api, True)
del _api


@pytest.fixture
def prism_mock() -> Iterator[Callable[..., PrismMock]]:
    """Factory: `prism_mock(api, *prism_args)` starts Prism mocking `api`'s spec on a free port
    (`.base_url`; `.log` holds its output). Needs Prism from npm (or FREIGHT_PRISM); stopped after the test."""
    started: list[PrismMock] = []

    def start(api: str, *args: str) -> PrismMock:
        mock = start_prism(api, *args)
        started.append(mock)
        return mock

    yield start
    for mock in started:
        mock.stop()
