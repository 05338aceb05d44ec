"""The `freight-sandbox` command and the pytest plugin, as installed with the package: both work
without the `[sandbox]` extra, and then say exactly what to install instead of failing on an import
(the plugin must not break pytest for a user who only wants the clients)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from freight_clients.registry import NAMES as APIS
from freight_clients.support import MissingExtraError, require

#: The fixtures of freight_sandbox.pytest_plugin, for the stand-ins below.
FIXTURES = ("freight_sandbox", "prism_mock", *(f"{api}_sandbox{kind}" for api in APIS for kind in ("", "_server")))


def sandbox_cli(argv: list[str] | None = None) -> int:
    """`freight-sandbox`: run freight_sandbox.cli, or print what to install (exit 2)."""
    try:
        require("sandbox")
    except MissingExtraError as missing:
        print(f"freight-sandbox: {missing}", file=sys.stderr)
        return 2
    from .cli import main

    return main(argv)


def _stand_in(name: str, missing: MissingExtraError) -> Callable[..., Any]:
    import pytest

    @pytest.fixture(name=name)
    def fixture() -> Any:
        pytest.fail(f"the fixture {name} needs the sandboxes: {missing}", pytrace=False)

    return fixture


try:
    require("sandbox")
except MissingExtraError as _missing:  # each fixture fails with the pip command; the rest of pytest runs
    globals().update({f"_fixture_{name}": _stand_in(name, _missing) for name in FIXTURES})
else:
    pytest_plugins = ["freight_sandbox.pytest_plugin"]
