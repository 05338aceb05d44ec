"""`help(SpotGo)` and the other clients list their resources and each resource's methods with their
parameters (issue 25: before, it listed only internals such as `call`, `exchange` and `parse`). The
resources are typed properties, one object per client, and `with_options` copies send through the
copy."""

from __future__ import annotations

import inspect
import pydoc

import httpx
import pytest

import freight_clients
from freight_clients import registry

#: What each API's help must show: a resource method and its first parameter.
SHOWN = {
    "spotgo": ["orders.create(order,", "orders.sync(orders,", "documents.download_to(order_id,", "webhooks."],
    "smouv": ["customer_orders.create(order,", "customer_orders.update(order_id, changes,", "customer_orders.search("],
    "transeu": ["shipping_orders.create(order,", "orders.get(order_id,"],
    "transeu_platform": ["orders.create(order,", "orders.amend(order_id, amendment,"],
    "quivo": ["orders.submit(order,", "subscriptions.create(seller_id,"],
}
CLIENTS = [(api.name, name) for api in registry.APIS for name in api.clients]


@pytest.mark.parametrize(("api", "name"), CLIENTS, ids=[name for _, name in CLIENTS])
def test_help_lists_the_resources_and_their_methods(api: str, name: str) -> None:
    text = pydoc.render_doc(getattr(freight_clients, name), renderer=pydoc.TextDoc())
    missing = [shown for shown in SHOWN[api] if shown not in text]
    assert missing == [], text
    assert "`api_headers`" not in text  # the constructor has its own docstring, not the core's


def test_a_resource_is_one_object_per_client_and_with_options_rebinds_it() -> None:
    answered: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        answered.append(request)
        return httpx.Response(404, json={"title": "Not Found"})

    spotgo = freight_clients.SpotGo(api_key="k" * 20, transport=httpx.MockTransport(answer), max_retries=0)
    assert spotgo.orders is spotgo.orders
    assert "order" in inspect.signature(spotgo.orders.create).parameters
    quick = spotgo.with_options(default_headers={"X-Trace": "t-1"})
    assert quick.orders is not spotgo.orders and quick.orders._client is quick
    with pytest.raises(freight_clients.NotFoundError):
        quick.documents.download("b3e1eced-f2bd-4d8c-9765-fbc9d1d222d5", "b3e1eced-f2bd-4d8c-9765-fbc9d1d222d6")
    assert answered[-1].headers["X-Trace"] == "t-1"  # a resource first used on the copy sends through it
