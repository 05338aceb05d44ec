"""The public surface of `freight_clients` is one table (`_exports`): `__all__` is pinned here (as
httpx's `tests/test_exported_members.py` pins its own), and the registry, the table, `__all__`, the
package's literal imports and `dir()` all agree. Exported classes print and pickle as
`freight_clients.X`."""

from __future__ import annotations

import ast
import importlib
import json
import pickle
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import httpx
import pytest

import freight_clients
from freight_clients import _exports, registry

INIT = Path(freight_clients.__file__)

#: The public names, written out once so that adding or dropping one is a visible change.
PINNED = [
    "__version__",
    "AlreadyCreatedError",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncQuivo",
    "AsyncSmouv",
    "AsyncSpotGo",
    "AsyncTransEu",
    "AsyncTransEuPlatform",
    "AuthenticationError",
    "BadRequestError",
    "ClientValidationError",
    "ConfigurationError",
    "ConflictError",
    "DownloadedFile",
    "DriftCollector",
    "DuplicateOrderError",
    "ErrorEvent",
    "FailedDependencyError",
    "FileTokenStorage",
    "FreightError",
    "Hook",
    "InferredConstraintWarning",
    "InternalServerError",
    "MemoryTokenStorage",
    "MissingExtraError",
    "NotFoundError",
    "OpenTelemetryHook",
    "OperationFinished",
    "OperationStarted",
    "PermissionDeniedError",
    "PreconditionFailedError",
    "Quivo",
    "RateLimit",
    "RateLimitError",
    "RedisRateLimit",
    "RequestEvent",
    "ResponseEvent",
    "ResponseValidationError",
    "RetryEvent",
    "RetryPolicy",
    "Smouv",
    "spec_path",
    "SpotGo",
    "SubmitResult",
    "SyncOutcome",
    "TokenEvent",
    "TokenStorage",
    "TransEu",
    "TransEuPlatform",
    "UnknownFieldWarning",
    "UnprocessableEntityError",
    "UpsertResult",
]


def _literal_imports() -> dict[str, str]:
    """name -> module of every `from .x import Name as Name` in the package's `__init__`, at the top
    level and under TYPE_CHECKING (what type checkers read)."""
    found: dict[str, str] = {}
    tree = ast.parse(INIT.read_text(encoding="utf-8"))
    nodes = [*tree.body, *(n for stmt in tree.body if isinstance(stmt, ast.If) for n in stmt.body)]
    for node in nodes:
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
            for alias in node.names:
                assert alias.asname in (None, alias.name), alias.name  # no renamed exports
                if alias.asname == alias.name:  # the explicit re-export form
                    found[alias.name] = f".{node.module}"
    return found


def test_all_is_the_pinned_list_in_httpx_order() -> None:
    assert freight_clients.__all__ == PINNED
    assert sorted(PINNED, key=str.casefold) == PINNED


def test_all_is_the_table() -> None:
    assert freight_clients.__all__ == sorted(_exports.EXPORTS, key=str.casefold)
    assert not set(_exports.EAGER) & set(_exports.LAZY)


def test_the_literal_imports_are_the_table() -> None:
    assert _literal_imports() == _exports.EXPORTS


def test_each_api_exports_its_registry_row_from_its_own_package() -> None:
    api_modules = {f".{api.name}" for api in registry.APIS}
    expected = {name: f".{api.name}" for api in registry.APIS for name in (*api.clients, *api.exports)}
    assert {name: module for name, module in _exports.EXPORTS.items() if module in api_modules} == expected
    for api in registry.APIS:
        package = importlib.import_module(api.module)
        for name in (*api.clients, *api.exports):
            assert getattr(freight_clients, name) is getattr(package, name), name
            assert name in package.__all__, name


def test_dir_lists_every_export_and_no_other_public_name() -> None:
    for name in freight_clients.__all__:
        assert getattr(freight_clients, name) is not None, name
    public = {
        name
        for name in dir(freight_clients)
        if not name.startswith("_") and not isinstance(getattr(freight_clients, name), ModuleType)
    }
    assert public == {name for name in freight_clients.__all__ if not name.startswith("_")}
    assert set(freight_clients.__all__) <= set(dir(freight_clients))


def test_an_unknown_name_is_an_attribute_error() -> None:
    name = "Nope"
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        getattr(freight_clients, name)


def test_exported_classes_print_as_freight_clients() -> None:
    classes = [getattr(freight_clients, name) for name in freight_clients.__all__]
    classes = [value for value in classes if isinstance(value, type)]
    assert len(classes) > 40
    for value in classes:
        assert value.__module__ == "freight_clients", value
        assert repr(value) == f"<class 'freight_clients.{value.__name__}'>"


def test_exported_errors_and_results_pickle_by_their_public_name() -> None:
    response = httpx.Response(409, request=httpx.Request("POST", "https://api.example/orders"))
    error = freight_clients.ConflictError(api="SpotGo", operation="createOrder", response=response, message="taken")
    assert b"_exceptions" not in pickle.dumps(freight_clients.ConflictError)  # by its public name
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is freight_clients.ConflictError and str(back) == str(error)
    outcome = freight_clients.SyncOutcome("A-1", result=freight_clients.UpsertResult("id", True, False, False, None))
    blob = pickle.dumps(outcome)
    assert b"_results" not in blob and pickle.loads(blob) == outcome


def test_an_error_a_client_raises_prints_as_freight_clients_in_a_fresh_interpreter() -> None:
    """The rewrite happens on import, not only when the name is read from the package: a user who
    never names the error class still sees `freight_clients.ClientValidationError`."""
    probe = (
        "import json, pickle\n"
        "from freight_clients import SpotGo\n"
        "try:\n"
        "    SpotGo(api_key='k').orders.get('not-a-uuid')\n"
        "except Exception as error:\n"
        "    blob = pickle.dumps(error)\n"
        "    print(json.dumps([type(error).__module__, type(pickle.loads(blob)).__qualname__]))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == ["freight_clients", "ClientValidationError"]
