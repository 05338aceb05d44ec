"""The public methods of every client show their plan's name, parameters (without `self`) and
docstring to `inspect.signature`, `help()` and IPython, instead of `bound(*args, **kwargs)` (issue 25,
"Types and discoverability")."""

from __future__ import annotations

import inspect
import io
import pydoc
from collections.abc import Iterator
from typing import Any

import pytest

import freight_clients
from freight_clients import registry
from freight_clients._plan import Resource, _Public

#: Enough to build each client without I/O (keyed by class, the registry names the classes).
CREDENTIALS: dict[str, dict[str, Any]] = {
    "SpotGo": {"api_key": "k"},
    "Smouv": {"client_id": "i", "client_secret": "s", "subscription_key": "k"},
    "TransEu": {"client_id": "i", "client_secret": "s"},
    "TransEuPlatform": {"client_id": "i", "client_secret": "s", "api_key": "k"},
    "Quivo": {"api_key": "k", "username": "u", "password": "p"},
}


def _clients() -> Iterator[tuple[str, Any]]:
    for api in registry.APIS:
        if api.clients[0] in CREDENTIALS:  # a new API without a row fails the next test, not collection
            for name in api.clients:
                yield name, getattr(freight_clients, name)(**CREDENTIALS[api.clients[0]])


def _methods(client: Any) -> Iterator[tuple[str, Any, Any]]:
    """(resource.method, the bound public method, its descriptor) of every public method."""
    for attribute, resource in vars(client).items():
        if isinstance(resource, Resource):
            for name, descriptor in vars(type(resource)).items():
                if isinstance(descriptor, _Public):
                    yield f"{attribute}.{name}", getattr(resource, name), descriptor


CASES = [
    (f"{name}.{path}", method, descriptor)
    for name, client in _clients()
    for path, method, descriptor in _methods(client)
]


def test_every_client_has_public_methods_to_check() -> None:
    assert sorted(CREDENTIALS) == sorted(api.clients[0] for api in registry.APIS), "add the new API's credentials"
    names = {case[0].split(".", 1)[0] for case in CASES}
    assert names == {name for api in registry.APIS for name in api.clients}


def test_spotgo_orders_create_shows_its_order_parameter_and_docstring() -> None:
    create = freight_clients.SpotGo(api_key="k").orders.create
    signature = inspect.signature(create)
    assert list(signature.parameters) == ["order", "timeout"]
    assert signature.parameters["timeout"].kind is inspect.Parameter.KEYWORD_ONLY
    assert signature.return_annotation == "OrderViewModel"
    assert create.__name__ == "create" and create.__qualname__ == "Orders.create"
    output = io.StringIO()
    pydoc.Helper(output=output).help(create)  # what help(spotgo.orders.create) prints
    shown = output.getvalue()
    assert "create(order: 'OrderInput', *, timeout: 'Timeout' = None) -> 'OrderViewModel'" in shown
    assert "Create an order" in shown


@pytest.mark.parametrize(("where", "method", "descriptor"), CASES, ids=[case[0] for case in CASES])
def test_each_public_method_shows_its_plans_parameters_without_self(where: str, method: Any, descriptor: Any) -> None:
    wrapped = vars(descriptor).get("plan") or vars(descriptor)["make"]
    planned = list(inspect.signature(wrapped).parameters.values())
    assert list(inspect.signature(method).parameters.values()) == planned[1:], where
    assert method.__doc__ == wrapped.__doc__ and method.__name__ == wrapped.__name__, where
    assert method.__wrapped__ is wrapped, where


def test_async_methods_say_they_return_a_coroutine_or_an_async_iterator() -> None:
    spotgo = freight_clients.AsyncSpotGo(api_key="k")
    assert inspect.signature(spotgo.orders.get).return_annotation == "Coroutine[Any, Any, OrderViewModel]"
    assert inspect.signature(spotgo.orders.query).return_annotation == "AsyncIterator[OrderQueryItemViewModel]"
    assert inspect.signature(spotgo.orders.sync).return_annotation == "Coroutine[Any, Any, list[SyncOutcome]]"
    blocking = freight_clients.SpotGo(api_key="k")
    assert inspect.signature(blocking.orders.sync_iter).return_annotation == "Iterator[SyncOutcome]"


def test_a_bound_method_still_calls_its_plan() -> None:
    """The description is only metadata: arguments still reach the plan (a bad id is refused
    before any I/O, by the plan's own check)."""
    with pytest.raises(freight_clients.ClientValidationError, match="not a UUID"):
        freight_clients.SpotGo(api_key="k").orders.get("not-a-uuid")
