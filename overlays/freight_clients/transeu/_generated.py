"""The generated `transeu_client` modules the resources use, loaded on the first call, not on import
(type checkers see the generated modules themselves; see `_lazy`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy

if TYPE_CHECKING:
    from transeu_client import models as models
    from transeu_client.api.orders import get_order as get_order
    from transeu_client.api.shipping_orders import add_shipping_order as add_shipping_order
else:
    models = lazy("transeu_client.models")
    get_order = lazy("transeu_client.api.orders.get_order")
    add_shipping_order = lazy("transeu_client.api.shipping_orders.add_shipping_order")
