"""Trans.eu's resources: `ShippingOrders` (create) and `Orders` (get), each operation one plan."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias

from .._base_client import APIResource, Timeout, _ClientCore, json_model
from .._exceptions import AlreadyCreatedError, ClientValidationError, DuplicateOrderError
from .._models import JsonBody
from .._plan import M, Plan, operation
from ._generated import add_shipping_order, get_order, models

if TYPE_CHECKING:
    from transeu_client.models import Order, ShippingOrder, ShippingOrderDict

OrderInput: TypeAlias = "ShippingOrder | ShippingOrderDict | Mapping[str, Any]"

_ORDER = json_model(lambda data: models.Order.from_dict(data))


def _order_body(client: _ClientCore, order: OrderInput) -> Any:
    """A JsonBody, duck-typed for the generated request_kwargs."""
    return JsonBody(client._body("addShippingOrder", "ShippingOrder", order))


class ShippingOrders(APIResource[M]):
    """Shipping orders: create."""

    path = "shipping_orders"
    _client: _ClientCore

    @operation
    def create(self, order: OrderInput, *, timeout: Timeout = None) -> Plan[Order]:
        """Add a shipping order. Retried on 429, 5xx, timeouts and resets: the order number is
        unique per company, so a retry cannot create a second order. A duplicate answer after an
        attempt whose outcome is unknown raises AlreadyCreatedError (that attempt probably created
        it; Trans.eu cannot look it up by number); otherwise DuplicateOrderError."""
        kwargs = add_shipping_order.request_kwargs(body=_order_body(self._client, order))
        try:
            created: Order = yield from self._fetch(
                "addShippingOrder", kwargs, _ORDER, idempotent=True, timeout=timeout
            )
        except DuplicateOrderError as error:
            if error.outcome_unknown:
                raise AlreadyCreatedError.after(error) from error
            raise
        return created


class Orders(APIResource[M]):
    """Orders: get."""

    path = "orders"
    _client: _ClientCore

    @operation
    def get(self, order_id: str | uuid.UUID, *, timeout: Timeout = None) -> Plan[Order]:
        try:
            key = order_id if isinstance(order_id, uuid.UUID) else uuid.UUID(str(order_id))
        except ValueError:
            raise ClientValidationError(
                api="Trans.eu", operation="getOrder", field="order_id", message=f"not a UUID: {str(order_id)[:60]!r}"
            ) from None
        kwargs = get_order.request_kwargs(order_id=key)
        return (yield from self._fetch("getOrder", kwargs, _ORDER, idempotent=True, timeout=timeout))
