"""pytest fixtures for the sandboxes, registered by installing freight-order-clients.

- `freight_sandbox(api, server=False, **options)`: a factory; in-process by default, on a real
  127.0.0.1 port with `server=True`; `drift=True` answers like a vendor that changed its API
  (`freight_clients.sandbox._drift`); other options as for `freight_clients.sandbox.sandbox()` (faults,
  seed, rate_limit, validate_responses). Everything it starts stops at the end of the test.
- `spotgo_sandbox`, `smouv_sandbox`, `transeu_sandbox`, `quivo_sandbox`: in-process sandboxes;
  the same names with `_server` run on a real port.
- `prism_mock(api)`: Prism (`npm ci` in the project installs it) mocking an API's spec.

Every handle has `base_url`, `credentials`, `api` (the state, e.g. `api.companies`, `api.journal`)
and `reset()`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from . import sandbox
from ._drift import drift as drifted
from ._prism import PrismMock, start_prism
from ._server import InProcessSandbox, RunningSandbox

Handle = InProcessSandbox | RunningSandbox


@pytest.fixture
def freight_sandbox() -> Iterator[Callable[..., Handle]]:
    running: list[RunningSandbox] = []

    def start(api: str, server: bool = False, drift: bool = False, **options: Any) -> Handle:
        box = sandbox(api, **options)
        if drift:  # answers like a vendor that moved on (freight_clients.sandbox._drift)
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
    @pytest.fixture
    def fixture(freight_sandbox: Callable[..., Handle]) -> Handle:
        return freight_sandbox(api, server=server)

    fixture.__doc__ = f"A {api} sandbox {'on a real port' if server else 'in-process'}."
    return fixture


spotgo_sandbox = _fixture("spotgo", False)
spotgo_sandbox_server = _fixture("spotgo", True)
smouv_sandbox = _fixture("smouv", False)
smouv_sandbox_server = _fixture("smouv", True)
transeu_sandbox = _fixture("transeu", False)
transeu_sandbox_server = _fixture("transeu", True)
quivo_sandbox = _fixture("quivo", False)
quivo_sandbox_server = _fixture("quivo", True)


@pytest.fixture
def prism_mock() -> Iterator[Callable[..., PrismMock]]:
    started: list[PrismMock] = []

    def start(api: str, *args: str) -> PrismMock:
        mock = start_prism(api, *args)
        started.append(mock)
        return mock

    yield start
    for mock in started:
        mock.stop()
