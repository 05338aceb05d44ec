"""SpotGo Carrier Portal client: orders, upsert, paged queries, bulk sync and documents.

    from freight_clients import SpotGo
    with SpotGo(api_key="...") as spotgo:                  # or SPOTGO_API_KEY / SPOTGO_BASE_URL
        order = spotgo.orders.create({"orderNumber": "A-1", "carrier": {"vatCode": "LT1"}})

Retries: reads, PUT, DELETE, upsert (keyed by order number) and status changes are retried on
5xx, timeouts and connection errors; create is retried too. A duplicate-number answer is
reconciled only when an earlier attempt's outcome is unknown (it timed out, the connection dropped,
or it answered 5xx), and only to an order whose number and stored fields match what was sent;
otherwise DuplicateOrderError. Uploads are retried on 429 and on connections never made.

Every operation is written once, as a plan (see `_plan`); `SpotGo` and `AsyncSpotGo` run them.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeAlias, Unpack

import httpx

from ._auth import Auth
from ._lazy import lazy

if TYPE_CHECKING:
    from spotgo_client import models, types
    from spotgo_client.api.carrier_portal import (
        change_order_document_status,
        create_order,
        delete_order,
        get_order,
        get_order_document_content,
        query_orders,
        update_order,
        upload_order_document,
        upsert_order,
    )
    from spotgo_client.models import (
        OrderDocumentUploadForm,
        OrderDocumentViewModel,
        OrderQueryItemViewModel,
        OrderQuerySubmitModel,
        OrderQueryViewModel,
        OrderSubmitModel,
        OrderUpsertViewModel,
        OrderViewModel,
    )
else:  # the generated package loads on the first call, not on import (see _lazy)
    models, types = lazy("spotgo_client.models"), lazy("spotgo_client.types")
    _portal = "spotgo_client.api.carrier_portal."
    change_order_document_status = lazy(_portal + "change_order_document_status")
    create_order, delete_order = lazy(_portal + "create_order"), lazy(_portal + "delete_order")
    get_order, get_order_document_content = lazy(_portal + "get_order"), lazy(_portal + "get_order_document_content")
    query_orders, update_order = lazy(_portal + "query_orders"), lazy(_portal + "update_order")
    upload_order_document, upsert_order = lazy(_portal + "upload_order_document"), lazy(_portal + "upsert_order")

from ._base_client import APIResource, AsyncAPIClient, ClientOptions, SyncAPIClient, Timeout, _ClientCore, json_model
from ._config import check_credential, from_env, require
from ._exceptions import APIStatusError, ConflictError, DuplicateOrderError, FreightError, NotFoundError, unexpected
from ._limits import RateLimit
from ._matching import matches
from ._models import DownloadedFile, FileInput, FilePart, JsonBody, as_dict, filename_from
from ._plan import Async, BulkJob, M, Pages, Plan, Sync, bulk, bulk_stream, operation, pager
from ._temp import TemporaryFile

TEST_BASE_URL = "https://api-test.spotgo.eu"
#: "The default rate limit is 100" per API key (the docs' unit is cut off; per minute is the safe reading).
DEFAULT_RATE_LIMIT = RateLimit(100, 60.0)
OrderInput: TypeAlias = "OrderSubmitModel | Mapping[str, Any]"


@dataclass(frozen=True)
class UpsertResult:
    """What an upsert did, and the share link to give the carrier."""

    order_id: str
    created: bool
    updated: bool
    link_changed: bool
    share_url: str | None

    @classmethod
    def of(cls, model: OrderUpsertViewModel) -> UpsertResult:
        share = model.share.share_url if isinstance(model.share, models.OrderShareViewModel) else None
        return cls(
            str(model.order_id),
            model.created,
            model.updated,
            model.link_changed,
            share if isinstance(share, str) else None,
        )


@dataclass(frozen=True)
class SyncOutcome:
    """One order of a bulk sync: its number, and either the upsert result or the error."""

    order_number: str
    result: UpsertResult | None = None
    error: FreightError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


class _SpotGoCore(_ClientCore):
    api: ClassVar[str] = "spotgo"
    title: ClassVar[str] = "SpotGo"

    def _error_details(self, body: Any) -> tuple[str | None, str | None, str | None]:
        if isinstance(body, dict):
            items = body.get("errors")
            if isinstance(items, list) and items:  # ExternalErrorViewModel
                first = items[0] or {}
                return (
                    body.get("code") or first.get("code"),
                    first.get("field"),
                    body.get("message") or first.get("message"),
                )
            if isinstance(items, dict) and items:  # ProblemDetails with validation errors
                field, messages = next(iter(items.items()))
                return None, field, f"{body.get('title', '')} {'; '.join(messages)}".strip()
            return body.get("code"), None, body.get("detail") or body.get("title") or body.get("message")
        return None, None, str(body)[:300] if body else None

    def _error_class(self, response: httpx.Response, code: str | None) -> type[APIStatusError]:
        if response.status_code == 409 and code == "ORDER_NUMBER_DUPLICATE":
            return DuplicateOrderError
        return super()._error_class(response, code)

    @classmethod
    def for_sandbox(cls, sandbox: Any, *, key_index: int = 0, **options: Any) -> Self:
        """A client for a running `freight-sandbox spotgo` (or a sandbox fixture / handle)."""
        return cls(**_sandbox_options(sandbox, key_index), **cls._wire_sandbox(sandbox, options))

    def _order_body(self, operation: str, order: OrderInput) -> Any:
        return JsonBody(self._body(operation, "OrderSubmitModel", order))


def _options(api_key: str | None, base_url: str | None) -> dict[str, Any]:
    key = check_credential(
        require(from_env(api_key, "SPOTGO_API_KEY"), "API key", "SPOTGO_API_KEY", "SpotGo"),
        "API key",
        "SpotGo",
        header=True,
    )
    url = from_env(base_url, "SPOTGO_BASE_URL", TEST_BASE_URL) or TEST_BASE_URL
    return {"base_url": url, "auth": Auth({"X-Api-Key": key}), "default_headers": {"x-api-version": "1.0"}}


def _sandbox_options(sandbox: Any, key_index: int) -> dict[str, Any]:
    return {"api_key": sandbox.credentials["api_keys"][key_index], "base_url": sandbox.base_url}


def _query_body(query: OrderQuerySubmitModel | Mapping[str, Any] | None, token: str | None) -> Any:
    data = as_dict(query or {})
    if token:
        data["continuationToken"] = token
    return JsonBody(data)


def _upload_body(part: FilePart, document_type: str) -> OrderDocumentUploadForm:
    return models.OrderDocumentUploadForm(
        file=types.File(payload=part.stream(), file_name=part.filename, mime_type=part.content_type),
        document_type=document_type,
    )


def _status_body(status: str, reason: str | None, comment: str | None) -> Any:
    data: dict[str, Any] = {"status": status}
    if reason is not None:
        data["rejectionReason"] = reason
    if comment is not None:
        data["comment"] = comment
    return JsonBody(data)


_ORDER = json_model(lambda data: models.OrderViewModel.from_dict(data))
_DOCUMENT = json_model(lambda data: models.OrderDocumentViewModel.from_dict(data))
_PAGE = json_model(lambda data: models.OrderQueryViewModel.from_dict(data))
_UPSERTED = json_model(lambda data: UpsertResult.of(models.OrderUpsertViewModel.from_dict(data)))


def _downloaded(response: httpx.Response) -> DownloadedFile:
    return DownloadedFile(
        response.content,
        filename_from(response.headers.get("content-disposition")),
        response.headers.get("content-type"),
    )


class SpotGo(_SpotGoCore, SyncAPIClient):
    """SpotGo Carrier Portal (blocking). `orders` and `documents` hold the operations."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        transport: httpx.BaseTransport | None = None,
        http_client: httpx.Client | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        options.setdefault("rate_limit", DEFAULT_RATE_LIMIT)
        super().__init__(**_options(api_key, base_url), transport=transport, http_client=http_client, **options)
        self.orders: Orders[Sync] = Orders(self)
        self.documents: Documents[Sync] = Documents(self)


def _sync_outcome(order: Any, result: UpsertResult | None, error: Exception | None) -> SyncOutcome:
    """One bulk outcome; an error that is not a FreightError is wrapped in one (never lost)."""
    number = _order_number(order)
    if error is None:
        return SyncOutcome(number, result=result)
    return SyncOutcome(number, error=unexpected(error, "SpotGo", "orders.sync"))


def _order_number(order: Any) -> str:
    try:
        return str(as_dict(order).get("orderNumber"))
    except Exception:
        return repr(order)[:100]


class Orders(APIResource[M]):
    """Orders: create, get, update, delete, upsert, query, and bulk sync."""

    path = "orders"
    _client: _SpotGoCore

    @operation
    def create(self, order: OrderInput, *, timeout: Timeout = None) -> Plan[OrderViewModel]:
        """Create an order (DuplicateOrderError if its number exists in your company)."""
        body = self._client._order_body("createOrder", order)
        try:
            created: OrderViewModel = yield from self._fetch(
                "createOrder", create_order._get_kwargs(body=body), _ORDER, idempotent=True, timeout=timeout
            )
        except DuplicateOrderError as error:
            if not error.outcome_unknown:
                raise  # the number existed before this call
            found = yield from self._find(str(body.data["orderNumber"]))
            if found is None or not matches(body.data, found.to_dict()):
                raise  # not the order our lost attempt would have written
            return found
        return created

    def _find(self, order_number: str) -> Plan[OrderViewModel | None]:
        """The order with this number (compared as the service does, ignoring case), or None."""
        token: str | None = None
        seen: set[str] = set()
        for _ in range(100):
            page = yield from self._page({"orderNumber": order_number}, token)
            for item in page.items:
                if str(item.order_number).casefold() == order_number.casefold():
                    found: OrderViewModel = yield from Orders.get.plan(self, str(item.order_id))
                    return found
            token = page.continuation_token if isinstance(page.continuation_token, str) else None
            if not token or token in seen:  # the end, or a cursor that does not move (L1)
                break
            seen.add(token)
        return None

    @operation
    def get(self, order_id: str | uuid.UUID, *, timeout: Timeout = None) -> Plan[OrderViewModel]:
        kwargs = get_order._get_kwargs(order_id=_uuid(order_id, "order_id"))
        return (yield from self._fetch("getOrder", kwargs, _ORDER, idempotent=True, timeout=timeout))

    @operation
    def update(self, order_id: str | uuid.UUID, order: OrderInput, *, timeout: Timeout = None) -> Plan[OrderViewModel]:
        body = self._client._order_body("updateOrder", order)
        kwargs = update_order._get_kwargs(order_id=_uuid(order_id, "order_id"), body=body)
        return (yield from self._fetch("updateOrder", kwargs, _ORDER, idempotent=True, timeout=timeout))

    @operation
    def delete(self, order_id: str | uuid.UUID, *, timeout: Timeout = None) -> Plan[None]:
        """Delete an order; a 404 after an attempt whose outcome is unknown means that attempt did it."""
        kwargs = delete_order._get_kwargs(order_id=_uuid(order_id, "order_id"))
        try:
            yield from self._call("deleteOrder", kwargs, idempotent=True, timeout=timeout)
        except NotFoundError as error:
            if not error.outcome_unknown:
                raise

    @operation
    def upsert(self, order: OrderInput, *, timeout: Timeout = None) -> Plan[UpsertResult]:
        """Create or update by order number; safe to retry (the number is the key)."""
        body = self._client._order_body("upsertOrder", order)
        kwargs = upsert_order._get_kwargs(body=body)
        return (yield from self._fetch("upsertOrder", kwargs, _UPSERTED, idempotent=True, timeout=timeout))

    def _page(
        self, query: OrderQuerySubmitModel | Mapping[str, Any] | None, token: str | None
    ) -> Plan[OrderQueryViewModel]:
        body = _query_body(self._client._body("queryOrders", "OrderQuerySubmitModel", query or {}), token)
        kwargs = query_orders._get_kwargs(body=body)
        return (yield from self._fetch("queryOrders", kwargs, _PAGE, idempotent=True))

    def _next_page(
        self, query: OrderQuerySubmitModel | Mapping[str, Any] | None, cursor: str
    ) -> Plan[tuple[list[OrderQueryViewModel], str | None]]:
        page = yield from self._page(query, cursor or None)
        token = page.continuation_token if isinstance(page.continuation_token, str) else None
        return [page], token or None

    @pager
    def query_pages(self, query: OrderQuerySubmitModel | Mapping[str, Any] | None = None) -> Pages[OrderQueryViewModel]:
        """Each page of a query, following the continuation token."""
        return Pages(self, lambda resource, cursor: resource._next_page(query, cursor), first="")

    def _next_items(
        self, query: OrderQuerySubmitModel | Mapping[str, Any] | None, cursor: str
    ) -> Plan[tuple[list[OrderQueryItemViewModel], str | None]]:
        pages, token = yield from self._next_page(query, cursor)
        return list(pages[0].items), token

    @pager
    def query(self, query: OrderQuerySubmitModel | Mapping[str, Any] | None = None) -> Pages[OrderQueryItemViewModel]:
        """Every order matching the filters, across all pages."""
        return Pages(self, lambda resource, cursor: resource._next_items(query, cursor), first="")

    def _job(
        self, orders: Iterable[OrderInput], concurrency: int, on_progress: Callable[[int, int | None], None] | None
    ) -> BulkJob[OrderInput, SyncOutcome]:
        return BulkJob("orders.upsert", self, orders, Orders.upsert.plan, _sync_outcome, concurrency, on_progress)

    @bulk
    def sync(
        self,
        orders: Iterable[OrderInput],
        *,
        concurrency: int = 4,
        on_progress: Callable[[int, int | None], None] | None = None,
    ) -> BulkJob[OrderInput, SyncOutcome]:
        """Upsert many orders with bounded concurrency under the client's rate limit: exactly one
        outcome per input, in input order, whatever fails. Upserts are keyed by order number, so
        retries (and re-running a failed batch) never duplicate an order. `on_progress(done,
        total)` is called as outcomes arrive."""
        return self._job(orders, concurrency, on_progress)

    @bulk_stream
    def sync_iter(
        self,
        orders: Iterable[OrderInput],
        *,
        concurrency: int = 4,
        on_progress: Callable[[int, int | None], None] | None = None,
    ) -> BulkJob[OrderInput, SyncOutcome]:
        """Like `sync`, but yields each outcome as it completes and reads `orders` lazily (flat
        memory for any number of orders); outcomes come in completion order."""
        return self._job(orders, concurrency, on_progress)


def _uuid(value: str | uuid.UUID, name: str) -> uuid.UUID:
    from ._exceptions import ClientValidationError

    try:
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    except ValueError:
        raise ClientValidationError(
            api="SpotGo", operation=name, field=name, message=f"not a UUID: {str(value)[:60]!r}"
        ) from None


class Documents(APIResource[M]):
    """An order's documents: upload, download, accept, reject."""

    path = "documents"
    _client: _SpotGoCore

    @operation
    def upload(
        self,
        order_id: str | uuid.UUID,
        file: FileInput,
        document_type: str,
        *,
        filename: str | None = None,
        content_type: str | None = None,
        timeout: Timeout = None,
    ) -> Plan[OrderDocumentViewModel]:
        """Attach a file (a path, bytes, a binary stream or a (name, bytes[, type]) tuple) to an order."""
        part = self._client._file("uploadOrderDocument", file, filename, content_type)
        form = {"file": part.filename, "documentType": document_type}  # the form's fields, the file by name
        self._client._body("uploadOrderDocument", "OrderDocumentUploadForm", form)
        body = _upload_body(part, document_type)
        kwargs = upload_order_document._get_kwargs(order_id=_uuid(order_id, "order_id"), body=body)
        return (yield from self._fetch("uploadOrderDocument", kwargs, _DOCUMENT, idempotent=False, timeout=timeout))

    def _content_kwargs(self, order_id: str | uuid.UUID, document_id: str | uuid.UUID) -> dict[str, Any]:
        return get_order_document_content._get_kwargs(
            order_id=_uuid(order_id, "order_id"), document_id=_uuid(document_id, "document_id")
        )

    @operation
    def download(
        self, order_id: str | uuid.UUID, document_id: str | uuid.UUID, *, timeout: Timeout = None
    ) -> Plan[DownloadedFile]:
        kwargs = self._content_kwargs(order_id, document_id)
        response = yield from self._call(
            "getOrderDocumentContent", kwargs, idempotent=True, timeout=timeout, document=True
        )
        return _downloaded(response)

    @operation
    def download_to(
        self,
        order_id: str | uuid.UUID,
        document_id: str | uuid.UUID,
        path: str | os.PathLike[str],
        *,
        timeout: Timeout = None,
    ) -> Plan[Path]:
        """Stream a document into `path`: written to a temporary file beside it, moved into place
        when complete (mode from your umask), removed on any failure or cancellation. Retried
        like `download` until the first byte arrives."""
        kwargs = self._content_kwargs(order_id, document_id)
        with TemporaryFile(Path(path)) as temporary:
            yield from self._call(
                "getOrderDocumentContent", kwargs, idempotent=True, timeout=timeout, sink=temporary.file, document=True
            )
            return temporary.commit()

    def _status(
        self,
        order_id: str | uuid.UUID,
        document_id: str | uuid.UUID,
        status: str,
        reason: str | None,
        comment: str | None,
    ) -> Plan[OrderDocumentViewModel]:
        body = _status_body(status, reason, comment)
        self._client._body("changeOrderDocumentStatus", "DocumentStatusChangeSubmitModel", body.data)
        kwargs = change_order_document_status._get_kwargs(
            order_id=_uuid(order_id, "order_id"), document_id=_uuid(document_id, "document_id"), body=body
        )
        try:
            changed: OrderDocumentViewModel = yield from self._fetch(
                "changeOrderDocumentStatus", kwargs, _DOCUMENT, idempotent=True
            )
        except ConflictError as error:
            if not error.outcome_unknown:
                raise
            order: OrderViewModel = yield from Orders.get.plan(self, order_id)  # did the lost attempt apply it?
            current = next((d for d in order.documents or [] if str(d.document_id) == str(document_id)), None)
            if current is None or str(current.status) != status:
                raise
            return current
        return changed

    @operation
    def accept(
        self, order_id: str | uuid.UUID, document_id: str | uuid.UUID, *, comment: str | None = None
    ) -> Plan[OrderDocumentViewModel]:
        """Accept a document in review."""
        return (yield from self._status(order_id, document_id, "Accepted", None, comment))

    @operation
    def reject(
        self,
        order_id: str | uuid.UUID,
        document_id: str | uuid.UUID,
        reason: str | None = None,
        *,
        comment: str | None = None,
    ) -> Plan[OrderDocumentViewModel]:
        """Reject a document in review, with the vendor's reason if you have one."""
        return (yield from self._status(order_id, document_id, "Rejected", reason, comment))


class AsyncSpotGo(_SpotGoCore, AsyncAPIClient):
    """SpotGo Carrier Portal (asyncio), with the same surface as SpotGo."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        options.setdefault("rate_limit", DEFAULT_RATE_LIMIT)
        super().__init__(**_options(api_key, base_url), transport=transport, http_client=http_client, **options)
        self.orders: Orders[Async] = Orders(self)
        self.documents: Documents[Async] = Documents(self)
