"""SpotGo Carrier Portal client: orders, upsert, paged queries, bulk sync and documents.

    from freight_clients import SpotGo
    with SpotGo(api_key="...") as spotgo:                  # or SPOTGO_API_KEY / SPOTGO_BASE_URL
        order = spotgo.orders.create({"orderNumber": "A-1", "carrier": {"vatCode": "LT1"}})

Retries: reads, PUT, DELETE, upsert (keyed by order number) and status changes are retried on
5xx, timeouts and connection errors; create is retried too, and a duplicate-number answer after a
failed attempt is reconciled to the order that attempt created. Uploads are retried on 429 only.
"""

from __future__ import annotations

import concurrent.futures
import os
import tempfile
import uuid
from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar, Unpack

import httpx

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
    OrderShareViewModel,
    OrderSubmitModel,
    OrderUpsertViewModel,
    OrderViewModel,
)
from spotgo_client.types import File

from . import _validation
from ._auth import Auth
from ._base_client import AsyncAPIClient, ClientOptions, SyncAPIClient, Timeout, _ClientCore
from ._config import from_env, require
from ._exceptions import APIStatusError, ConflictError, DuplicateOrderError, FreightError, NotFoundError
from ._limits import RateLimit
from ._models import DownloadedFile, FileInput, FilePart, JsonBody, as_dict, filename_from

TEST_BASE_URL = "https://api-test.spotgo.eu"
#: "The default rate limit is 100" per API key (the docs' unit is cut off; per minute is the safe reading).
DEFAULT_RATE_LIMIT = RateLimit(100, 60.0)
OrderInput = OrderSubmitModel | Mapping[str, Any]


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
        share = model.share.share_url if isinstance(model.share, OrderShareViewModel) else None
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

    def _order_body(self, operation: str, order: OrderInput) -> Any:
        data = as_dict(order)
        if self.validate:
            _validation.check(self.api, self.title, operation, "OrderSubmitModel", data)
        return JsonBody(data)


def _options(api_key: str | None, base_url: str | None) -> dict[str, Any]:
    key = require(from_env(api_key, "SPOTGO_API_KEY"), "API key", "SPOTGO_API_KEY", "SpotGo")
    url = from_env(base_url, "SPOTGO_BASE_URL", TEST_BASE_URL) or TEST_BASE_URL
    return {"base_url": url, "auth": Auth({"X-Api-Key": key}), "default_headers": {"x-api-version": "1.0"}}


def _sandbox_options(sandbox: Any, key_index: int) -> dict[str, Any]:
    return {"api_key": sandbox.credentials["api_keys"][key_index], "base_url": sandbox.base_url}


def _query_body(query: OrderQuerySubmitModel | Mapping[str, Any] | None, token: str | None) -> Any:
    data = as_dict(query or {})
    if token:
        data["continuationToken"] = token
    return JsonBody(data)


def _upload_body(
    file: FileInput, document_type: str, filename: str | None, content_type: str | None
) -> OrderDocumentUploadForm:
    part = FilePart.of(file, filename, content_type)
    return OrderDocumentUploadForm(
        file=File(payload=part.stream(), file_name=part.filename, mime_type=part.content_type),
        document_type=document_type,
    )


def _status_body(status: str, reason: str | None, comment: str | None) -> Any:
    data: dict[str, Any] = {"status": status}
    if reason is not None:
        data["rejectionReason"] = reason
    if comment is not None:
        data["comment"] = comment
    return JsonBody(data)


def _downloaded(response: httpx.Response) -> DownloadedFile:
    return DownloadedFile(
        response.content,
        filename_from(response.headers.get("content-disposition")),
        response.headers.get("content-type"),
    )


def _is_duplicate_after_retry(error: ConflictError) -> bool:
    return isinstance(error, DuplicateOrderError) and error.attempts > 1


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
        super().__init__(
            **_options(api_key, base_url),
            transport=transport,
            http_client=http_client,
            **options,
        )
        self.orders = Orders(self)
        self.documents = Documents(self)

    @classmethod
    def for_sandbox(cls, sandbox: Any, *, key_index: int = 0, **options: Any) -> SpotGo:
        """A client for a running `freight-sandbox spotgo` (or a sandbox fixture / handle)."""
        return cls(**_sandbox_options(sandbox, key_index), **cls._wire_sandbox(sandbox, options))


class Orders:
    def __init__(self, client: SpotGo) -> None:
        self._client = client

    def create(self, order: OrderInput, *, timeout: Timeout = None) -> OrderViewModel:
        """Create an order (fails with DuplicateOrderError if its number exists in your company)."""
        body = self._client._order_body("createOrder", order)
        try:
            response = self._client.request(
                "createOrder", create_order._get_kwargs(body=body), idempotent=True, timeout=timeout
            )
        except ConflictError as error:
            if not _is_duplicate_after_retry(error):
                raise
            return self._find(str(body.data["orderNumber"]), error)  # an earlier attempt created it
        return OrderViewModel.from_dict(response.json())

    def _find(self, order_number: str, error: FreightError) -> OrderViewModel:
        for item in self.query({"orderNumber": order_number}):
            if str(item.order_number).casefold() == order_number.casefold():
                return self.get(str(item.order_id))
        raise error

    def get(self, order_id: str | uuid.UUID, *, timeout: Timeout = None) -> OrderViewModel:
        response = self._client.request(
            "getOrder", get_order._get_kwargs(order_id=uuid.UUID(str(order_id))), idempotent=True, timeout=timeout
        )
        return OrderViewModel.from_dict(response.json())

    def update(self, order_id: str | uuid.UUID, order: OrderInput, *, timeout: Timeout = None) -> OrderViewModel:
        body = self._client._order_body("updateOrder", order)
        kwargs = update_order._get_kwargs(order_id=uuid.UUID(str(order_id)), body=body)
        return OrderViewModel.from_dict(
            self._client.request("updateOrder", kwargs, idempotent=True, timeout=timeout).json()
        )

    def delete(self, order_id: str | uuid.UUID, *, timeout: Timeout = None) -> None:
        try:
            self._client.request(
                "deleteOrder",
                delete_order._get_kwargs(order_id=uuid.UUID(str(order_id))),
                idempotent=True,
                timeout=timeout,
            )
        except NotFoundError as error:
            if error.attempts == 1:  # a 404 after a lost response means the earlier attempt deleted it
                raise

    def upsert(self, order: OrderInput, *, timeout: Timeout = None) -> UpsertResult:
        """Create or update by order number; safe to retry (the number is the key)."""
        body = self._client._order_body("upsertOrder", order)
        response = self._client.request(
            "upsertOrder", upsert_order._get_kwargs(body=body), idempotent=True, timeout=timeout
        )
        return UpsertResult.of(OrderUpsertViewModel.from_dict(response.json()))

    def query_pages(
        self, query: OrderQuerySubmitModel | Mapping[str, Any] | None = None
    ) -> Iterator[OrderQueryViewModel]:
        """Each page of a query, following the continuation token."""
        token: str | None = None
        while True:
            kwargs = query_orders._get_kwargs(body=_query_body(query, token))
            page = OrderQueryViewModel.from_dict(self._client.request("queryOrders", kwargs, idempotent=True).json())
            yield page
            token = page.continuation_token if isinstance(page.continuation_token, str) else None
            if not token:
                return

    def query(
        self, query: OrderQuerySubmitModel | Mapping[str, Any] | None = None
    ) -> Iterator[OrderQueryItemViewModel]:
        """Every order matching the filters, across all pages."""
        for page in self.query_pages(query):
            yield from page.items

    def sync(self, orders: Iterable[OrderInput], *, concurrency: int = 4) -> list[SyncOutcome]:
        """Upsert many orders with bounded concurrency under the client's rate limit.

        One outcome per input order, in input order. Upserts are keyed by order number, so the
        retries inside each call never duplicate an order, and a failure is reported, not lost."""
        items = list(orders)

        def one(order: OrderInput) -> SyncOutcome:
            number = str(as_dict(order).get("orderNumber"))
            try:
                return SyncOutcome(number, result=self.upsert(order))
            except FreightError as error:
                return SyncOutcome(number, error=error)

        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, concurrency)) as pool:
            return list(pool.map(one, items))


class Documents:
    def __init__(self, client: SpotGo) -> None:
        self._client = client

    def upload(
        self,
        order_id: str | uuid.UUID,
        file: FileInput,
        document_type: str,
        *,
        filename: str | None = None,
        content_type: str | None = None,
        timeout: Timeout = None,
    ) -> OrderDocumentViewModel:
        """Attach a file (a path, bytes, a binary stream or a (name, bytes[, type]) tuple) to an order."""
        body = _upload_body(file, document_type, filename, content_type)
        kwargs = upload_order_document._get_kwargs(order_id=uuid.UUID(str(order_id)), body=body)
        response = self._client.request("uploadOrderDocument", kwargs, idempotent=False, timeout=timeout)
        return OrderDocumentViewModel.from_dict(response.json())

    def download(
        self, order_id: str | uuid.UUID, document_id: str | uuid.UUID, *, timeout: Timeout = None
    ) -> DownloadedFile:
        kwargs = get_order_document_content._get_kwargs(
            order_id=uuid.UUID(str(order_id)), document_id=uuid.UUID(str(document_id))
        )
        return _downloaded(self._client.request("getOrderDocumentContent", kwargs, idempotent=True, timeout=timeout))

    def download_to(self, order_id: str | uuid.UUID, document_id: str | uuid.UUID, path: str | Path) -> Path:
        """Stream a document into `path` (written to a temporary file, then moved into place)."""
        kwargs = get_order_document_content._get_kwargs(
            order_id=uuid.UUID(str(order_id)), document_id=uuid.UUID(str(document_id))
        )
        target = Path(path)
        headers = self._client._auth.headers(self._client._http)
        built = self._client._build(kwargs, headers, None)
        with self._client._http.stream(**built) as response:
            if response.status_code != 200:
                response.read()
                raise self._client._status_error("getOrderDocumentContent", response)
            fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
            with os.fdopen(fd, "wb") as sink:
                for chunk in response.iter_bytes():
                    sink.write(chunk)
        os.replace(temporary, target)
        return target

    def _status(
        self,
        order_id: str | uuid.UUID,
        document_id: str | uuid.UUID,
        status: str,
        reason: str | None,
        comment: str | None,
    ) -> OrderDocumentViewModel:
        body = _status_body(status, reason, comment)
        kwargs = change_order_document_status._get_kwargs(
            order_id=uuid.UUID(str(order_id)), document_id=uuid.UUID(str(document_id)), body=body
        )
        try:
            response = self._client.request("changeOrderDocumentStatus", kwargs, idempotent=True)
        except ConflictError as error:
            if error.attempts > 1:  # an earlier attempt may have applied it: check
                current = next(
                    (
                        d
                        for d in self._client.orders.get(order_id).documents or []
                        if str(d.document_id) == str(document_id)
                    ),
                    None,
                )
                if current is not None and str(current.status) == status:
                    return current
            raise
        return OrderDocumentViewModel.from_dict(response.json())

    def accept(
        self, order_id: str | uuid.UUID, document_id: str | uuid.UUID, *, comment: str | None = None
    ) -> OrderDocumentViewModel:
        return self._status(order_id, document_id, "Accepted", None, comment)

    def reject(
        self, order_id: str | uuid.UUID, document_id: str | uuid.UUID, reason: str, *, comment: str | None = None
    ) -> OrderDocumentViewModel:
        return self._status(order_id, document_id, "Rejected", reason, comment)


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
        super().__init__(
            **_options(api_key, base_url),
            transport=transport,
            http_client=http_client,
            **options,
        )
        self.orders = AsyncOrders(self)
        self.documents = AsyncDocuments(self)

    @classmethod
    def for_sandbox(cls, sandbox: Any, *, key_index: int = 0, **options: Any) -> AsyncSpotGo:
        return cls(**_sandbox_options(sandbox, key_index), **cls._wire_sandbox(sandbox, options))


class AsyncOrders:
    def __init__(self, client: AsyncSpotGo) -> None:
        self._client = client

    async def create(self, order: OrderInput, *, timeout: Timeout = None) -> OrderViewModel:
        body = self._client._order_body("createOrder", order)
        try:
            response = await self._client.request(
                "createOrder", create_order._get_kwargs(body=body), idempotent=True, timeout=timeout
            )
        except ConflictError as error:
            if not _is_duplicate_after_retry(error):
                raise
            number = str(body.data["orderNumber"])
            async for item in self.query({"orderNumber": number}):
                if str(item.order_number).casefold() == number.casefold():
                    return await self.get(str(item.order_id))
            raise
        return OrderViewModel.from_dict(response.json())

    async def get(self, order_id: str | uuid.UUID, *, timeout: Timeout = None) -> OrderViewModel:
        response = await self._client.request(
            "getOrder", get_order._get_kwargs(order_id=uuid.UUID(str(order_id))), idempotent=True, timeout=timeout
        )
        return OrderViewModel.from_dict(response.json())

    async def update(self, order_id: str | uuid.UUID, order: OrderInput, *, timeout: Timeout = None) -> OrderViewModel:
        body = self._client._order_body("updateOrder", order)
        kwargs = update_order._get_kwargs(order_id=uuid.UUID(str(order_id)), body=body)
        return OrderViewModel.from_dict(
            (await self._client.request("updateOrder", kwargs, idempotent=True, timeout=timeout)).json()
        )

    async def delete(self, order_id: str | uuid.UUID, *, timeout: Timeout = None) -> None:
        try:
            await self._client.request(
                "deleteOrder",
                delete_order._get_kwargs(order_id=uuid.UUID(str(order_id))),
                idempotent=True,
                timeout=timeout,
            )
        except NotFoundError as error:
            if error.attempts == 1:
                raise

    async def upsert(self, order: OrderInput, *, timeout: Timeout = None) -> UpsertResult:
        body = self._client._order_body("upsertOrder", order)
        response = await self._client.request(
            "upsertOrder", upsert_order._get_kwargs(body=body), idempotent=True, timeout=timeout
        )
        return UpsertResult.of(OrderUpsertViewModel.from_dict(response.json()))

    async def query_pages(
        self,
        query: OrderQuerySubmitModel | Mapping[str, Any] | None = None,
    ) -> AsyncIterator[OrderQueryViewModel]:
        token: str | None = None
        while True:
            kwargs = query_orders._get_kwargs(body=_query_body(query, token))
            response = await self._client.request("queryOrders", kwargs, idempotent=True)
            page = OrderQueryViewModel.from_dict(response.json())
            yield page
            token = page.continuation_token if isinstance(page.continuation_token, str) else None
            if not token:
                return

    async def query(
        self,
        query: OrderQuerySubmitModel | Mapping[str, Any] | None = None,
    ) -> AsyncIterator[OrderQueryItemViewModel]:
        async for page in self.query_pages(query):
            for item in page.items:
                yield item

    async def sync(self, orders: Iterable[OrderInput], *, concurrency: int = 8) -> list[SyncOutcome]:
        """Upsert many orders, at most `concurrency` at a time; one outcome per order, in order."""
        import asyncio

        gate = asyncio.Semaphore(max(1, concurrency))

        async def one(order: OrderInput) -> SyncOutcome:
            number = str(as_dict(order).get("orderNumber"))
            async with gate:
                try:
                    return SyncOutcome(number, result=await self.upsert(order))
                except FreightError as error:
                    return SyncOutcome(number, error=error)

        return list(await asyncio.gather(*(one(order) for order in orders)))


class AsyncDocuments:
    def __init__(self, client: AsyncSpotGo) -> None:
        self._client = client

    async def upload(
        self,
        order_id: str | uuid.UUID,
        file: FileInput,
        document_type: str,
        *,
        filename: str | None = None,
        content_type: str | None = None,
        timeout: Timeout = None,
    ) -> OrderDocumentViewModel:
        body = _upload_body(file, document_type, filename, content_type)
        kwargs = upload_order_document._get_kwargs(order_id=uuid.UUID(str(order_id)), body=body)
        response = await self._client.request("uploadOrderDocument", kwargs, idempotent=False, timeout=timeout)
        return OrderDocumentViewModel.from_dict(response.json())

    async def download(
        self, order_id: str | uuid.UUID, document_id: str | uuid.UUID, *, timeout: Timeout = None
    ) -> DownloadedFile:
        kwargs = get_order_document_content._get_kwargs(
            order_id=uuid.UUID(str(order_id)), document_id=uuid.UUID(str(document_id))
        )
        return _downloaded(
            await self._client.request("getOrderDocumentContent", kwargs, idempotent=True, timeout=timeout)
        )

    async def download_to(self, order_id: str | uuid.UUID, document_id: str | uuid.UUID, path: str | Path) -> Path:
        """Stream a document into `path` (written to a temporary file, then moved into place)."""
        kwargs = get_order_document_content._get_kwargs(
            order_id=uuid.UUID(str(order_id)), document_id=uuid.UUID(str(document_id))
        )
        target = Path(path)
        headers = await self._client._auth.async_headers(self._client._http)
        async with self._client._http.stream(**self._client._build(kwargs, headers, None)) as response:
            if response.status_code != 200:
                await response.aread()
                raise self._client._status_error("getOrderDocumentContent", response)
            fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
            with os.fdopen(fd, "wb") as sink:
                async for chunk in response.aiter_bytes():
                    sink.write(chunk)
        os.replace(temporary, target)
        return target

    async def accept(
        self, order_id: str | uuid.UUID, document_id: str | uuid.UUID, *, comment: str | None = None
    ) -> OrderDocumentViewModel:
        kwargs = change_order_document_status._get_kwargs(
            order_id=uuid.UUID(str(order_id)),
            document_id=uuid.UUID(str(document_id)),
            body=_status_body("Accepted", None, comment),
        )
        return OrderDocumentViewModel.from_dict(
            (await self._client.request("changeOrderDocumentStatus", kwargs, idempotent=True)).json()
        )

    async def reject(
        self, order_id: str | uuid.UUID, document_id: str | uuid.UUID, reason: str, *, comment: str | None = None
    ) -> OrderDocumentViewModel:
        kwargs = change_order_document_status._get_kwargs(
            order_id=uuid.UUID(str(order_id)),
            document_id=uuid.UUID(str(document_id)),
            body=_status_body("Rejected", reason, comment),
        )
        return OrderDocumentViewModel.from_dict(
            (await self._client.request("changeOrderDocumentStatus", kwargs, idempotent=True)).json()
        )
