"""SpotGo's resources: `Orders` (create, get, update, delete, upsert, query, bulk sync) and
`Documents` (upload, download, accept, reject), each operation one plan (see `_plan`)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

import httpx

from .._base_client import APIResource, Timeout, _ClientCore, json_model
from .._exceptions import (
    APIStatusError,
    ClientValidationError,
    ConflictError,
    DuplicateOrderError,
    FreightError,
    NotFoundError,
    unexpected,
)
from .._matching import matches
from .._models import DownloadedFile, FileInput, FilePart, JsonBody, as_dict, filename_from
from .._plan import BulkJob, M, Pages, Plan, bulk, bulk_stream, operation, pager
from .._temp import TemporaryFile
from ._generated import (
    change_order_document_status,
    create_order,
    delete_order,
    get_order,
    get_order_document_content,
    models,
    query_orders,
    types,
    update_order,
    upload_order_document,
    upsert_order,
)
from ._results import SyncOutcome, UpsertResult

if TYPE_CHECKING:
    from spotgo_client.models import (
        OrderDocumentUploadForm,
        OrderDocumentViewModel,
        OrderQueryItemViewModel,
        OrderQuerySubmitModel,
        OrderQuerySubmitModelDict,
        OrderQueryViewModel,
        OrderSubmitModel,
        OrderSubmitModelDict,
        OrderViewModel,
    )

OrderInput: TypeAlias = "OrderSubmitModel | OrderSubmitModelDict | Mapping[str, Any]"
QueryInput: TypeAlias = "OrderQuerySubmitModel | OrderQuerySubmitModelDict | Mapping[str, Any]"


#: Statuses a refused create may carry when its number exists (SpotGo documents none; A3-9).
_REFUSALS = frozenset({400, 409, 422})


def _as_duplicate(error: APIStatusError) -> DuplicateOrderError:
    """`error` (a refusal while the number exists) as the DuplicateOrderError it means."""
    duplicate = DuplicateOrderError(
        api=error.api,
        operation=error.operation,
        response=error.response,
        code=error.code,
        field=error.field,
        message=error.message,
        body=error.body,
    )
    duplicate.attempts, duplicate.outcome_unknown = error.attempts, error.outcome_unknown
    return duplicate


def _order_body(client: _ClientCore, operation: str, order: OrderInput) -> Any:
    return JsonBody(client._body(operation, "OrderSubmitModel", order))


def _query_body(query: QueryInput | None, token: str | None) -> Any:
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


def _uuid(value: str | uuid.UUID, name: str) -> uuid.UUID:
    try:
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    except ValueError:
        raise ClientValidationError(
            api="SpotGo", operation=name, field=name, message=f"not a UUID: {str(value)[:60]!r}"
        ) from None


def _unwritable(title: str, target: Path, problem: OSError, attempts: int) -> FreightError:
    """A download whose file could not be written (R3-20): typed, naming the path."""
    error = FreightError(
        f"{title} getOrderDocumentContent: could not write {target}: {problem.strerror or problem}",
        api=title,
        operation="getOrderDocumentContent",
    )
    error.field, error.message, error.attempts = "path", problem.strerror or str(problem), attempts
    return error


class Orders(APIResource[M]):
    """Orders: create, get, update, delete, upsert, query, and bulk sync."""

    path = "orders"
    _client: _ClientCore

    @operation
    def create(self, order: OrderInput, *, timeout: Timeout = None) -> Plan[OrderViewModel]:
        """Create an order (DuplicateOrderError if its number exists in your company)."""
        body = _order_body(self._client, "createOrder", order)
        try:
            created: OrderViewModel = yield from self._fetch(
                "createOrder", create_order.request_kwargs(body=body), _ORDER, idempotent=True, timeout=timeout
            )
        except APIStatusError as error:
            if isinstance(error, DuplicateOrderError) and not error.outcome_unknown:
                raise  # the service's own duplicate code, and no attempt of ours may have written it
            if not isinstance(error, DuplicateOrderError) and error.status_code not in _REFUSALS:
                raise
            # 001: a create "fails if an order with the same order number already exists", with no
            # status or code stated (A3-9): a refusal while the number exists, read back, is the duplicate.
            number = body.data.get("orderNumber")
            found = (yield from self._find(str(number))) if number else None
            if found is None:
                raise
            if error.outcome_unknown and matches(body.data, found.to_dict()):
                return found  # the order our lost attempt wrote
            if isinstance(error, DuplicateOrderError):
                raise  # the number existed before this call, or holds other content
            raise _as_duplicate(error) from error
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
        kwargs = get_order.request_kwargs(order_id=_uuid(order_id, "order_id"))
        return (yield from self._fetch("getOrder", kwargs, _ORDER, idempotent=True, timeout=timeout))

    @operation
    def update(self, order_id: str | uuid.UUID, order: OrderInput, *, timeout: Timeout = None) -> Plan[OrderViewModel]:
        body = _order_body(self._client, "updateOrder", order)
        kwargs = update_order.request_kwargs(order_id=_uuid(order_id, "order_id"), body=body)
        return (yield from self._fetch("updateOrder", kwargs, _ORDER, idempotent=True, timeout=timeout))

    @operation
    def delete(self, order_id: str | uuid.UUID, *, timeout: Timeout = None) -> Plan[None]:
        """Delete an order; a 404 after an attempt whose outcome is unknown means that attempt did it."""
        kwargs = delete_order.request_kwargs(order_id=_uuid(order_id, "order_id"))
        try:
            yield from self._call("deleteOrder", kwargs, idempotent=True, timeout=timeout)
        except NotFoundError as error:
            if not error.outcome_unknown:
                raise

    @operation
    def upsert(self, order: OrderInput, *, timeout: Timeout = None) -> Plan[UpsertResult]:
        """Create or update by order number; safe to retry (the number is the key)."""
        body = _order_body(self._client, "upsertOrder", order)
        kwargs = upsert_order.request_kwargs(body=body)
        return (yield from self._fetch("upsertOrder", kwargs, _UPSERTED, idempotent=True, timeout=timeout))

    def _page(self, query: QueryInput | None, token: str | None) -> Plan[OrderQueryViewModel]:
        body = _query_body(self._client._body("queryOrders", "OrderQuerySubmitModel", query or {}), token)
        kwargs = query_orders.request_kwargs(body=body)
        return (yield from self._fetch("queryOrders", kwargs, _PAGE, idempotent=True))

    def _next_page(self, query: QueryInput | None, cursor: str) -> Plan[tuple[list[OrderQueryViewModel], str | None]]:
        page = yield from self._page(query, cursor or None)
        token = page.continuation_token if isinstance(page.continuation_token, str) else None
        return [page], token or None

    @pager
    def query_pages(self, query: QueryInput | None = None) -> Pages[OrderQueryViewModel]:
        """Each page of a query, following the continuation token."""
        return Pages(self, lambda resource, cursor: resource._next_page(query, cursor), first="")

    def _next_items(
        self, query: QueryInput | None, cursor: str
    ) -> Plan[tuple[list[OrderQueryItemViewModel], str | None]]:
        pages, token = yield from self._next_page(query, cursor)
        return list(pages[0].items), token

    @pager
    def query(self, query: QueryInput | None = None) -> Pages[OrderQueryItemViewModel]:
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


class Documents(APIResource[M]):
    """An order's documents: upload, download, accept, reject."""

    path = "documents"
    _client: _ClientCore

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
        kwargs = upload_order_document.request_kwargs(order_id=_uuid(order_id, "order_id"), body=body)
        return (yield from self._fetch("uploadOrderDocument", kwargs, _DOCUMENT, idempotent=False, timeout=timeout))

    def _content_kwargs(self, order_id: str | uuid.UUID, document_id: str | uuid.UUID) -> dict[str, Any]:
        return get_order_document_content.request_kwargs(
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
        target = Path(path)
        try:
            temporary = TemporaryFile(target)
        except OSError as problem:  # a missing directory, a directory, a name too long: before any request
            raise ClientValidationError(
                api=self._client.title,
                operation="getOrderDocumentContent",
                field="path",
                message=f"cannot write {target}: {problem.strerror or problem}",
            ) from None
        with temporary:
            try:
                yield from self._call(
                    "getOrderDocumentContent",
                    kwargs,
                    idempotent=True,
                    timeout=timeout,
                    sink=temporary.file,
                    document=True,
                )
                return temporary.commit()
            except OSError as problem:  # the file could not be written or moved into place (a full disk)
                raise _unwritable(self._client.title, target, problem, self._op.attempts) from problem

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
        kwargs = change_order_document_status.request_kwargs(
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
