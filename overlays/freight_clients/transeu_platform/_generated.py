"""The generated `transeu_platform_client` modules the resources use, loaded on the first call, not on
import (type checkers see the generated modules themselves; see `_lazy`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy

if TYPE_CHECKING:
    from transeu_platform_client import models as models
    from transeu_platform_client.api.orders_api import add_order_amendment as add_order_amendment
    from transeu_platform_client.api.orders_api import create_order as create_order
    from transeu_platform_client.api.orders_api import get_created_order as get_created_order
    from transeu_platform_client.api.orders_api import list_created_orders as list_created_orders
    from transeu_platform_client.api.orders_api import update_order as update_order
else:
    models = lazy("transeu_platform_client.models")
    _api = "transeu_platform_client.api.orders_api."
    add_order_amendment = lazy(_api + "add_order_amendment")
    create_order = lazy(_api + "create_order")
    get_created_order = lazy(_api + "get_created_order")
    list_created_orders = lazy(_api + "list_created_orders")
    update_order = lazy(_api + "update_order")
