"""The platform's resource `Orders` (create, get, list, update, amend), each operation one plan."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

from .._base_client import APIResource, Timeout, _ClientCore, json_model
from .._exceptions import AlreadyCreatedError, ClientValidationError, DuplicateOrderError, NotFoundError
from .._models import JsonBody
from .._plan import M, Pages, Plan, operation, pager
from ._generated import add_order_amendment, create_order, get_created_order, list_created_orders, models, update_order

if TYPE_CHECKING:
    from transeu_platform_client.models import CreateOrder, CreateOrderDict, Order, OrderAmendment, OrderAmendmentDict

OrderInput: TypeAlias = "CreateOrder | CreateOrderDict | Mapping[str, Any]"
AmendmentInput: TypeAlias = "OrderAmendment | OrderAmendmentDict | Mapping[str, Any]"
#: Orders per page of the created-orders listing (a shorter page is the last).
PAGE_SIZE = 30

_ORDER = json_model(lambda data: models.Order.from_dict(data))


def _orders(data: Any) -> list[Order]:
    if not isinstance(data, list):
        raise TypeError(f"expected a JSON array of orders, got {type(data).__name__}")
    return [models.Order.from_dict(item) for item in data]


_PAGE = json_model(_orders)


def _id(value: Any, operation: str) -> str:
    """A path id: refuses "", ".", ".." and "/" (they would change the URL's path) before any I/O."""
    text = str(value)
    if text.strip() in ("", ".", "..") or "/" in text:
        raise ClientValidationError(
            api="TransEuPlatform", operation=operation, field="order_id", message=f"not an order id: {text[:60]!r}"
        )
    return text


def _uuid(value: str | uuid.UUID, operation: str) -> uuid.UUID:
    try:
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    except ValueError:
        raise ClientValidationError(
            api="TransEuPlatform", operation=operation, field="order_id", message=f"not a UUID: {str(value)[:60]!r}"
        ) from None


class Orders(APIResource[M]):
    """The caller's created orders: create, get, list, update (shipment external id), amend."""

    path = "orders"
    _client: _ClientCore

    @operation
    def create(self, order: OrderInput, *, timeout: Timeout = None) -> Plan[Order]:
        """Create an order (`POST /ext/orders-api/v1/orders`; the deprecated path is not used).

        With a `number` the call is retried on 429, 5xx, timeouts and resets: the number is unique
        per company, so a retry cannot create a second order, and a duplicate answer after an
        attempt whose outcome is unknown raises AlreadyCreatedError (that attempt probably created
        it). Without a number (the platform assigns one) only 429 is retried."""
        data = self._client._body("createOrder", "CreateOrder", order)
        numbered = isinstance(data.get("number"), str) and bool(data["number"])
        kwargs = create_order.request_kwargs(body=JsonBody(data))  # type: ignore[arg-type]
        try:
            created: Order = yield from self._fetch("createOrder", kwargs, _ORDER, idempotent=numbered, timeout=timeout)
        except DuplicateOrderError as error:
            if error.outcome_unknown:
                raise AlreadyCreatedError.after(error) from error
            raise
        return created

    @operation
    def get(self, order_id: str | uuid.UUID, *, timeout: Timeout = None) -> Plan[Order]:
        """One created order; FailedDependencyError (424) while a service it needs is down."""
        kwargs = get_created_order.request_kwargs(id=_id(order_id, "getCreatedOrder"))
        return (yield from self._fetch("getCreatedOrder", kwargs, _ORDER, idempotent=True, timeout=timeout))

    def _page(self, sort_by: str, order: str, page: int) -> Plan[tuple[list[Order], int | None]]:
        kwargs = list_created_orders.request_kwargs(
            sort_by=sort_by, order=models.ListCreatedOrdersOrder(order), page=page
        )
        try:
            items: list[Order] = yield from self._fetch("listCreatedOrders", kwargs, _PAGE, idempotent=True)
        except NotFoundError:
            if page == 1:
                raise
            return [], None  # "page not found": the previous page was the last
        return items, (page + 1 if len(items) >= PAGE_SIZE else None)

    @pager
    def list(self, /, sort_by: str = "created_at", order: Literal["asc", "desc"] = "desc") -> Pages[Order]:
        """Every created order, page by page from page 1 (`sortBy`, `order` and `page` are required
        by the vendor; a page shorter than 30, or a 404 past the last, ends the listing)."""
        if order not in ("asc", "desc") or not sort_by:
            raise ClientValidationError(
                api="TransEuPlatform",
                operation="listCreatedOrders",
                field="order" if sort_by else "sort_by",
                message="order is 'asc' or 'desc', and sort_by a field name",
            )
        return Pages(self, lambda resource, page: resource._page(sort_by, order, page), first=1)

    @operation
    def update(
        self, order_id: str | uuid.UUID, shipment_external_id: str | None, *, timeout: Timeout = None
    ) -> Plan[None]:
        """Set (or, with None, clear) the freight's shipment external id; the only field the vendor's
        PATCH changes. Retried like a read: setting a value twice is setting it once."""
        body = self._client._body(
            "updateOrder", "PatchOrder", {"freight": {"shipment_external_id": shipment_external_id}}
        )
        kwargs = update_order.request_kwargs(_uuid(order_id, "updateOrder"), body=JsonBody(body))  # type: ignore[arg-type]
        yield from self._call("updateOrder", kwargs, idempotent=True, timeout=timeout)

    @operation
    def amend(self, order_id: str | uuid.UUID, amendment: AmendmentInput, *, timeout: Timeout = None) -> Plan[str]:
        """Propose an amendment (freight, additional terms, payment); returns its id. An amendment
        without an `id` gets a new UUID, so a retry sends the same amendment, never a second one."""
        data = self._client._body("addOrderAmendment", "OrderAmendment", amendment)
        data["id"] = data.get("id") or str(uuid.uuid4())
        kwargs = add_order_amendment.request_kwargs(_uuid(order_id, "addOrderAmendment"), body=JsonBody(data))  # type: ignore[arg-type]
        yield from self._call("addOrderAmendment", kwargs, idempotent=True, timeout=timeout)
        return str(data["id"])
