"""S'mouv's resource `CustomerOrders` (create with files, get, update, cancel, search), each
operation one plan (see `_plan`), and the request bodies and checks its plans build before any I/O."""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import httpx

from .._base_client import APIResource, Timeout, _ClientCore, json_model
from .._dates import parse_datetime
from .._encode import merge_patch, project
from .._exceptions import BadRequestError, ClientValidationError
from .._models import FileInput, FilePart, JsonBody
from .._plan import M, Pages, Plan, operation, pager
from ..smouv_rules import check_order
from ._generated import (
    cancel_customer_order,
    create_customer_order,
    get_customer_order,
    models,
    search_customer_orders,
    update_customer_order,
)

if TYPE_CHECKING:
    from smouv_client.models import (
        CustomerOrder,
        CustomerOrderCreated,
        CustomerOrderPostDict,
        CustomerOrderProjection,
        CustomerOrderUpdateDict,
    )

PAGE_LIMIT = 50


class MultipartOrder:
    """The create body with the seed prose's part names: a JSON `order` part, one `files` part per
    file (the curl's `Order`/`Files[]` spelling is not used; A3-18)."""

    def __init__(self, order: dict[str, Any], files: Sequence[FilePart]) -> None:
        self.order, self.files = order, files

    def to_multipart(self) -> list[tuple[str, Any]]:
        parts: list[tuple[str, Any]] = [("order", (None, json.dumps(self.order).encode(), "application/json"))]
        parts += [("files", (f.filename, f.stream(), f.content_type)) for f in self.files]
        return parts


def _create_body(
    client: _ClientCore, order: Mapping[str, Any] | Any, files: Sequence[FileInput]
) -> Any:  # duck-typed for the generated request_kwargs (to_multipart)
    data = client._body("createCustomerOrder", "CustomerOrderPost", order)
    if client.validate:
        broken = check_order(data)
        if broken:
            first = broken[0]
            raise ClientValidationError(
                api=client.title,
                operation="createCustomerOrder",
                field=first.field,
                message=first.message,
                code=first.code,
                problems=[(v.field, f"[{v.code}] {v.message}" if v.code else v.message) for v in broken],
            )
    return MultipartOrder(data, [client._file("createCustomerOrder", f) for f in files])


def _update_body(client: _ClientCore, current: CustomerOrder, changes: dict[str, Any]) -> Any:
    """The update's JsonBody (duck-typed for the generated request_kwargs): `changes` merged onto the
    order as read, in the update's shape (its `container` sent back as `containers`, as it is)."""
    read = current.to_dict()
    containers = read.pop("container", None)
    if containers is not None:
        read["containers"] = containers if isinstance(containers, list) else [containers]
    base = project(client.api, "CustomerOrderUpdate", read)
    return JsonBody(client._body("updateCustomerOrder", "CustomerOrderUpdate", merge_patch(base, changes)))


def _order(response: httpx.Response) -> CustomerOrder:
    order = models.CustomerOrder.from_dict(response.json())
    if not isinstance(order.version, str) and response.headers.get("etag"):
        order.version = response.headers["etag"].strip('"')
    return order


def _if_match(client: _ClientCore, version: Any) -> str:
    """The If-Match value for `version` (as read from `get`); refuses a missing one."""
    if not isinstance(version, str) or not version.strip():
        raise ClientValidationError(
            api=client.title,
            operation="updateCustomerOrder",
            field="version",
            message="no order version to send as If-Match; read the order first or pass version=",
        )
    return version if version.startswith(('"', "W/")) else f'"{version}"'


def _search_params(filters: dict[str, Any], offset: int) -> dict[str, Any]:
    known = {
        "transport_order_number",
        "container_number",
        "carrier_code",
        "processing_indicator",
        "start_date",
        "end_date",
        "status",
        "desc",
        "is_projection",
    }
    unknown = set(filters) - known
    if unknown:
        raise ClientValidationError(
            api="S'mouv",
            operation="searchCustomerOrders",
            field=sorted(unknown)[0],
            message=f"unknown search filters {sorted(unknown)}; expected {sorted(known)}",
        )
    params = dict(filters)
    parsers: dict[str, Callable[[str], Any]] = {
        "processing_indicator": models.CustomsFlag,
        "status": models.OrderStatus,
    }
    parsers.update(dict.fromkeys(("start_date", "end_date"), _timestamp))
    for key, parse in parsers.items():
        value = params.get(key)
        try:
            if isinstance(value, str):
                params[key] = parse(value)
            elif key in ("start_date", "end_date") and value is not None:
                params[key] = _aware(key, value)
        except ValueError as problem:  # a bad enum value or date: refused before any I/O
            why = f"not a valid {key}: {value[:60]!r}" if isinstance(value, str) else f"{key}: {problem}"
            raise ClientValidationError(
                api="S'mouv", operation="searchCustomerOrders", field=key, message=why
            ) from None
    return {**params, "offset": offset, "limit": PAGE_LIMIT}


def _timestamp(text: str) -> datetime.datetime:
    """A search date: RFC 3339 as the spec's pattern writes it, a missing zone read as UTC (the one
    parser, `_dates`)."""
    return parse_datetime(text)


def _aware(key: str, value: Any) -> Any:
    """A search date given as an object: an aware datetime as it is; a naive one or a date is
    refused, as in request bodies (the spec wants a date-time with its zone)."""
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("a datetime without a time zone (give it one: datetime.now(timezone.utc))")
        return value
    if isinstance(value, datetime.date):
        raise ValueError("a date where the spec wants a date-time; pass an aware datetime")
    return value


_CREATED = json_model(lambda data: models.CustomerOrderCreated.from_dict(data))


def _page(data: Any) -> models.CustomerOrderPage:
    """A search page whose paging numbers can be followed (else the page is unreadable)."""
    page = models.CustomerOrderPage.from_dict(data)
    if not isinstance(page.returned, int) or not isinstance(page.total, int):
        raise ValueError("the page's returned and total are not integers")
    return page


_search_page = json_model(_page)


def _order_id(value: str) -> str:
    """A path id: refuses "", "." and ".." (they would change the URL's path) before any I/O."""
    text = str(value)
    if text.strip() in ("", ".", "..") or "/" in text:
        raise ClientValidationError(
            api="S'mouv", operation="customer_orders", field="order_id", message=f"not an order id: {text[:60]!r}"
        )
    return text


class CustomerOrders(APIResource[M]):
    """Customer orders: create (with files), get, update, cancel, search."""

    path = "customer_orders"
    _client: _ClientCore

    @operation
    def create(
        self,
        order: CustomerOrderPostDict | Mapping[str, Any] | Any,
        files: Sequence[FileInput] = (),
        *,
        timeout: Timeout = None,
    ) -> Plan[CustomerOrderCreated]:
        """Create an order with its documents (paths, bytes, streams or (name, bytes[, type]) tuples).

        Not retried on 5xx or on connections that may have reached the service (there is no
        idempotency key, and a retry could create a second order); 429 is retried."""
        body = _create_body(self._client, order, files)
        kwargs = create_customer_order.request_kwargs(body=body)
        return (yield from self._fetch("createCustomerOrder", kwargs, _CREATED, idempotent=False, timeout=timeout))

    @operation
    def get(self, order_id: str, *, timeout: Timeout = None) -> Plan[CustomerOrder]:
        """The order; `version` holds the value to send as If-Match."""
        kwargs = get_customer_order.request_kwargs(order_id=_order_id(order_id))
        return (yield from self._fetch("getCustomerOrder", kwargs, _order, idempotent=True, timeout=timeout))

    @operation
    def update(
        self,
        order_id: str,
        changes: CustomerOrderUpdateDict | Mapping[str, Any] | Any,
        *,
        version: str | None = None,
        timeout: Timeout = None,
    ) -> Plan[CustomerOrderCreated]:
        """Change an order: `changes` holds only the fields to change (objects merge, a list or a
        value replaces, None removes: a JSON Merge Patch, RFC 7396), applied to the order as read
        now and sent with If-Match: the version of that read, or `version=` (the one your changes
        were decided on). An order changed by someone else in between is a PreconditionFailedError
        (412), never a lost update.

            smouv.customer_orders.update(order_id, {"comment": "gate 4"})
        """
        target = _order_id(order_id)
        patch = self._client._body("updateCustomerOrder", "CustomerOrderUpdate", changes, partial=True)
        current: CustomerOrder = yield from CustomerOrders.get.plan(self, order_id, timeout=timeout)
        if_match = _if_match(self._client, current.version if version is None else version)
        body = _update_body(self._client, current, patch)
        kwargs = update_customer_order.request_kwargs(order_id=target, body=body, if_match=if_match)
        return (yield from self._fetch("updateCustomerOrder", kwargs, _CREATED, idempotent=False, timeout=timeout))

    @operation
    def cancel(self, order_id: str, *, timeout: Timeout = None) -> Plan[None]:
        """Cancel a Master order; ORDER_ALREADY_CANCELED after an attempt whose outcome is unknown
        means that attempt did it."""
        kwargs = cancel_customer_order.request_kwargs(order_id=_order_id(order_id))
        try:
            yield from self._call("cancelCustomerOrder", kwargs, idempotent=True, timeout=timeout)
        except BadRequestError as error:
            if not (error.code == "ORDER_ALREADY_CANCELED" and error.outcome_unknown):
                raise

    def _next(self, filters: dict[str, Any], offset: int) -> Plan[tuple[list[CustomerOrderProjection], int | None]]:
        kwargs = search_customer_orders.request_kwargs(**_search_params(filters, offset))
        page = yield from self._fetch("searchCustomerOrders", kwargs, _search_page, idempotent=True)
        items = page.items if isinstance(page.items, list) else []
        following = offset + max(page.returned, 0)  # a page that does not move on ends the listing
        return items, (None if not items or following >= page.total else following)

    @pager
    def search(self, /, **filters: Any) -> Pages[CustomerOrderProjection]:
        """Every matching order, page by page (filters: transport_order_number, container_number,
        carrier_code, processing_indicator, start_date, end_date, status, desc, is_projection)."""
        _search_params(filters, 0)  # unknown filters fail now, not on first iteration
        return Pages(self, lambda resource, offset: resource._next(filters, offset), first=0)
