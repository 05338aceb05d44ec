"""The generated `smouv_client` modules the resources use, loaded on the first call, not on import
(type checkers see the generated modules themselves; see `_lazy`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy

if TYPE_CHECKING:
    from smouv_client import models as models
    from smouv_client.api.customer_orders import cancel_customer_order as cancel_customer_order
    from smouv_client.api.customer_orders import create_customer_order as create_customer_order
    from smouv_client.api.customer_orders import get_customer_order as get_customer_order
    from smouv_client.api.customer_orders import search_customer_orders as search_customer_orders
    from smouv_client.api.customer_orders import update_customer_order as update_customer_order
else:
    models = lazy("smouv_client.models")
    _orders = "smouv_client.api.customer_orders."
    cancel_customer_order = lazy(_orders + "cancel_customer_order")
    create_customer_order = lazy(_orders + "create_customer_order")
    get_customer_order = lazy(_orders + "get_customer_order")
    search_customer_orders = lazy(_orders + "search_customer_orders")
    update_customer_order = lazy(_orders + "update_customer_order")
