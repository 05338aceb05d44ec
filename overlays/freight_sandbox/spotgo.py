"""SpotGo Carrier Portal sandbox: the rules of `001_10353d48e07b817d.txt`, per company (API key).

Decisions where the docs are silent (also in the spec's x-provenance notes):
- order numbers are compared after normalisation: Unicode NFKC, surrounding and repeated white
  space collapsed, case folded (`" ab-1 "` and `"AB-1"` are the same order);
- an order's status follows its documents: `Created` with none, `InReview` while any is in review,
  `Rejected` when any is rejected, `Accepted` when all are accepted, and `Completed` once every
  required document type has an accepted document (completed orders refuse updates);
- a new document starts `InReview` (the seed's only document example shows `Processing`; 001
  describes the review); only `InReview` -> `Accepted` / `Rejected`, the reason optional (001);
- a status filter `active` (001: restrict to "active"; any case) keeps every status but
  `Completed`, and status filters match without regard to case;
- `requiredDocumentTypes` (a string in 000's request) is read as a comma-separated list of types;
- PUT refuses a completed order like upsert does (001 says it for upsert), and refuses a number
  another order of the company has;
- the statuses (409, 404) and the error codes (`ORDER_NUMBER_DUPLICATE`, `INVALID_STATUS_TRANSITION`,
  ...) are the sandbox's own: 001 states the rules, never how the service answers them;
- a refusal that rests on one of these, or on a constraint the spec marks inferred, says
  "inferred" in its message;
- query pages are in creation order; the continuation token names the last order returned, so
  orders added while paging appear on later pages and none is skipped or repeated;
- the carrier's side (`box.api.carrier`: upload, accept, reject; and `POST /share/{token}`, the
  share link's upload, whose form is ours) delivers the same webhooks as the API's own calls.
"""

from __future__ import annotations

import base64
import datetime
import fnmatch
import itertools
import json
import unicodedata
import uuid
from dataclasses import dataclass, field
from typing import Any, ClassVar

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from freight_clients.support import parse_datetime

from ._core import ApiError, Call, Operation, SandboxApi, content_disposition, json_response
from ._guesses import annotate, inferred, inferred_code
from ._webhooks import Deliveries, SpotGoWebhooks

MEDIA = "application/json; x-api-version=1.0"
_WHY_DUPLICATE = "001 says a create fails when the number exists; the 409 and the code ORDER_NUMBER_DUPLICATE are ours"
PROBLEM = "application/problem+json"
#: One key per company, then a colleague's key of company A (same orders, same order numbers).
API_KEYS = {
    "sandbox-spotgo-key-company-a": "company-a",
    "sandbox-spotgo-key-company-b": "company-b",
    "sandbox-spotgo-key-company-a-colleague": "company-a",
}
BINARY_TYPES = ("application/pdf", "image/jpeg", "image/png")
#: Failed deliveries in a row after which a subscription is deactivated (SpotGo's number is not public).
DEACTIVATE_AFTER = 5


def normalise_order_number(number: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", number).split()).casefold()


def _vat(value: Any) -> str:
    return "".join(str(value).split()).casefold() if value else ""


def _carrier_changed(order: Order, body: dict[str, Any]) -> bool:
    """A different carrier VAT code (ignoring case and spaces) is a carrier change."""
    return _vat((order.submitted.get("carrier") or {}).get("vatCode")) != _vat(
        (body.get("carrier") or {}).get("vatCode")
    )


@dataclass
class Document:
    id: str
    name: str | None
    document_type: str
    content_type: str
    data: bytes
    status: str = "InReview"
    comment: str | None = None
    rejection_reason: str | None = None

    def view(self) -> dict[str, Any]:
        return {
            "documentId": self.id,
            "name": self.name,
            "documentType": self.document_type,
            "comment": self.comment,
            "status": self.status,
            "rejectionReason": self.rejection_reason,
        }


@dataclass
class Order:
    id: str
    seq: int
    submitted: dict[str, Any]
    created_at: str
    share_token: str
    documents: list[Document] = field(default_factory=list)

    @property
    def number(self) -> str:
        return str(self.submitted["orderNumber"])

    @property
    def required_types(self) -> list[str]:
        raw = self.submitted.get("requiredDocumentTypes")
        return [t.strip() for t in raw.split(",") if t.strip()] if isinstance(raw, str) else []

    @property
    def status(self) -> str:
        states = [d.status for d in self.documents]
        accepted = {d.document_type.casefold() for d in self.documents if d.status == "Accepted"}
        if self.required_types and all(t.casefold() in accepted for t in self.required_types):
            return "Completed"
        if not states:
            return "Created"
        if any(s in ("InReview", "Processing") for s in states):
            return "InReview"
        if "Rejected" in states:
            return "Rejected"
        return "Accepted"

    def view(self, base_url: str) -> dict[str, Any]:
        s = self.submitted
        view = {
            "orderId": self.id,
            "status": self.status,
            "orderNumber": self.number,
            "createdAt": self.created_at,
            "carrier": s.get("carrier"),
            "requiredDocumentTypes": self.required_types,
            "internalComments": s.get("internalComments"),
            "details": s.get("details"),
            "locations": s.get("locations"),
            "documents": [d.view() for d in self.documents],
            "share": {"shareUrl": f"{base_url}share/{self.share_token}"},
        }
        return {k: v for k, v in view.items() if v is not None or k not in ("carrier", "details")}


class Carrier:
    """The carrier's side of the sandbox (001: the carrier uploads through the order's share link;
    who accepts a document in Workflow A is not said, SpotGo's review is our reading): the calls
    a test or the demo makes in the carrier's place, delivering the same webhooks as the API's.
    Not part of SpotGo's API; the share link's upload is also served (`POST /share/{token}`)."""

    def __init__(self, box: SpotGoSandbox) -> None:
        self.box = box

    def _find(self, order_id: Any) -> tuple[str, Order]:
        for tenant, orders in self.box.companies.items():
            if str(order_id) in orders:
                return tenant, orders[str(order_id)]
        raise KeyError(f"spotgo sandbox: no order {order_id}")

    def upload(
        self, order_id: Any, data: bytes = b"%PDF-1.4 cmr", document_type: str = "cmr", name: str = "cmr.pdf"
    ) -> str:
        """The carrier uploads a document to an order (as through its share link); the document id."""
        with self.box.lock:
            tenant, order = self._find(order_id)
            return self.box.add_document(tenant, order, name, document_type, "application/pdf", data).id

    def _review(self, order_id: Any, document_id: Any, target: str, comment: str | None) -> None:
        with self.box.lock:
            tenant, order = self._find(order_id)
            document = next(d for d in order.documents if d.id == str(document_id))
            self.box.review(tenant, order, document, target, comment)

    def accept(self, order_id: Any, document_id: Any, comment: str | None = None) -> None:
        """The document is accepted on SpotGo's side (Workflow A's "document is accepted")."""
        self._review(order_id, document_id, "Accepted", comment)

    def reject(self, order_id: Any, document_id: Any, comment: str | None = None) -> None:
        """The document is rejected on SpotGo's side."""
        self._review(order_id, document_id, "Rejected", comment)

    def deliver(self, order_id: Any, document_type: str = "cmr") -> str:
        """Upload and accept one document: Workflow A's whole carrier side; the document id."""
        document_id = self.upload(order_id, document_type=document_type)
        self.accept(order_id, document_id)
        return document_id

    async def share_upload(self, request: Request) -> Response:
        """`POST /share/{token}` (multipart `file`, `documentType`): the share link's upload, the
        carrier's way in (001). Its form is ours: the share site's interface is not public."""
        with self.box.lock:
            found = [
                (tenant, order)
                for tenant, orders in self.box.companies.items()
                for order in orders.values()
                if order.share_token == request.path_params["token"]
            ]
        form = await request.form()
        upload, document_type = form.get("file"), form.get("documentType")
        if not found or not hasattr(upload, "read") or not isinstance(document_type, str):
            status = 404 if not found else 400
            return json_response({"status": status, "detail": "unknown share link or no file"}, status)
        data = await upload.read()  # type: ignore[union-attr]
        with self.box.lock:
            tenant, order = found[0]
            name = getattr(upload, "filename", None)
            kind = getattr(upload, "content_type", None)
            document = self.box.add_document(tenant, order, name, document_type, kind, data)
        return json_response(document.view(), 200, MEDIA)


class SpotGoSandbox(SandboxApi):
    """In-memory SpotGo Carrier Portal, one order book per company; `carrier` is the carrier's side."""

    name = "spotgo"
    creates = frozenset({"createOrder", "upsertOrder"})

    def reset(self) -> None:
        super().reset()
        self.companies: dict[str, dict[str, Order]] = {company: {} for company in API_KEYS.values()}
        self._numbers: dict[str, dict[str, str]] = {}  # tenant -> normalised number -> order id
        self._seq = itertools.count(1)
        if not hasattr(self, "webhooks"):  # subscriptions and deliveries: freight_sandbox._webhooks
            self.webhooks = Deliveries()
            self.webhooks.configure(deactivate_after=DEACTIVATE_AFTER)
        self.webhooks.clear()
        self._webhooks = SpotGoWebhooks(self.webhooks, MEDIA)
        self.carrier = Carrier(self)

    def routes(self) -> list[Route]:
        return [Route("/share/{token}", self.carrier.share_upload, methods=["POST"])]

    client_selectors: ClassVar[tuple[str, ...]] = ("key_index",)

    @staticmethod
    def client_options(credentials: dict[str, Any], base_url: str, key_index: int = 0) -> dict[str, Any]:
        """A client's constructor options for this sandbox: API key `key_index` of `credentials()`."""
        return {"api_key": credentials["api_keys"][key_index], "base_url": base_url}

    def credentials(self, base_url: str) -> dict[str, Any]:
        return {"api_keys": list(API_KEYS)}

    # -- plumbing ---------------------------------------------------------------------------------

    def authenticate(self, request: Request, operation: Operation) -> str:
        company = API_KEYS.get(request.headers.get("x-api-key", ""))
        if company is None:
            raise ApiError(401, "Unauthorized: missing or invalid X-Api-Key.")
        return company

    def validation_error(self, operation: Operation, errors: list[tuple[str, str, str]], where: str) -> ApiError:
        errors = annotate(self.name, operation.id, errors) if where == "body" else errors
        return super().validation_error(operation, errors, where)

    def render_error(self, error: ApiError, operation: Operation | None) -> Response:
        if error.status == 401:
            return PlainTextResponse(error.message, status_code=401, headers=error.headers)
        if error.status == 409:
            body = {
                "code": error.code,
                "message": error.message,
                "errors": [{"code": error.code, "field": error.field, "message": error.message}],
            }
            return json_response(body, 409, MEDIA, error.headers)
        problem: dict[str, Any] = {
            "type": f"https://httpstatuses.io/{error.status}",
            "title": error.message if not error.details else "One or more validation errors occurred.",
            "status": error.status,
            "detail": error.message,
            "traceId": uuid.uuid4().hex,
        }
        if error.details:
            errors: dict[str, list[str]] = {}
            for path, _, message in error.details:
                errors.setdefault(path, []).append(message)
            problem["errors"] = errors
        return json_response(problem, error.status, PROBLEM, error.headers)

    def _orders(self, call: Call) -> dict[str, Order]:
        return self.companies[call.tenant]

    def _order(self, call: Call) -> Order:
        order = self._orders(call).get(str(call.path["orderId"]))
        if order is None:
            raise ApiError(404, f"Order {call.path['orderId']} was not found.", code="ORDER_NOT_FOUND")
        return order

    def _document(self, call: Call) -> tuple[Order, Document]:
        order = self._order(call)
        for document in order.documents:
            if document.id == str(call.path["documentId"]):
                return order, document
        raise ApiError(404, f"Document {call.path['documentId']} was not found.", code="DOCUMENT_NOT_FOUND")

    def _by_number(self, call: Call, number: str) -> Order | None:
        """The tenant's order with this number (normalised), through an index kept by every write:
        a scan normalised every stored number per request (10 ms per call at 10,000 orders)."""
        order_id = self._numbers.setdefault(call.tenant, {}).get(normalise_order_number(number))
        return self._orders(call).get(order_id) if order_id else None

    def _submit(self, call: Call, order: Order, body: dict[str, Any]) -> None:
        """Store what was submitted for an order, and index its number."""
        numbers = self._numbers.setdefault(call.tenant, {})
        if order.submitted:
            numbers.pop(normalise_order_number(order.number), None)
        order.submitted = body
        numbers[normalise_order_number(order.number)] = order.id

    def _new_order(self, call: Call, body: dict[str, Any]) -> Order:
        order = Order(
            id=str(uuid.uuid4()),
            seq=next(self._seq),
            submitted={},
            created_at=datetime.datetime.now(datetime.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
            share_token=uuid.uuid4().hex,
        )
        self._orders(call)[order.id] = order
        self._submit(call, order, body)
        return order

    def _view(self, call: Call, order: Order) -> dict[str, Any]:
        return order.view(str(call.request.base_url))

    @staticmethod
    def _refuse_completed(order: Order, put: bool = False) -> None:
        if order.status == "Completed":
            message = f"Order {order.number} is completed; updates are rejected."
            raise ApiError(
                409,
                inferred(message, "001 states this for upsert; PUT is refused alike")
                if put
                else inferred_code(message, "001 states the rule; the 409 and the code ORDER_COMPLETED are ours"),
                code="ORDER_COMPLETED",
                field="orderNumber",
            )

    # -- operations -------------------------------------------------------------------------------

    def op_createOrder(self, call: Call) -> Response:
        if self._by_number(call, call.body["orderNumber"]):
            raise ApiError(
                409,
                inferred(f"An order with number {call.body['orderNumber']!r} already exists.", _WHY_DUPLICATE),
                code="ORDER_NUMBER_DUPLICATE",
                field="orderNumber",
            )
        return json_response(self._view(call, self._new_order(call, call.body)), 200, MEDIA)

    def op_getOrder(self, call: Call) -> Response:
        return json_response(self._view(call, self._order(call)), 200, MEDIA)

    def op_updateOrder(self, call: Call) -> Response:
        order = self._order(call)
        self._refuse_completed(order, put=True)
        if _carrier_changed(order, call.body):
            raise ApiError(
                409,
                inferred_code(
                    "PUT does not allow changing the carrier.",
                    "001 states the rule; the 409 and the code CARRIER_CHANGE_NOT_ALLOWED are ours",
                ),
                code="CARRIER_CHANGE_NOT_ALLOWED",
                field="carrier.vatCode",
            )
        other = self._by_number(call, call.body["orderNumber"])
        if other is not None and other.id != order.id:
            raise ApiError(
                409,
                inferred(
                    f"An order with number {call.body['orderNumber']!r} already exists.",
                    "001 states number uniqueness for create; refusing it on PUT is ours",
                ),
                code="ORDER_NUMBER_DUPLICATE",
                field="orderNumber",
            )
        self._submit(call, order, call.body)
        return json_response(self._view(call, order), 200, MEDIA)

    def op_deleteOrder(self, call: Call) -> Response:
        order = self._order(call)
        del self._orders(call)[order.id]
        self._numbers.get(call.tenant, {}).pop(normalise_order_number(order.number), None)
        return Response(status_code=204)

    def op_upsertOrder(self, call: Call) -> Response:
        order = self._by_number(call, call.body["orderNumber"])
        if order is None:
            order = self._new_order(call, call.body)
            created, link_changed = True, True
        else:
            self._refuse_completed(order)
            created = False
            link_changed = _carrier_changed(order, call.body)
            if link_changed and order.documents:
                raise ApiError(
                    409,
                    inferred_code(
                        "The order has documents; its carrier cannot change.",
                        "001 states the rule; the 409 and the code CARRIER_CHANGE_NOT_ALLOWED are ours",
                    ),
                    code="CARRIER_CHANGE_NOT_ALLOWED",
                    field="carrier.vatCode",
                )
            if link_changed:
                order.share_token = uuid.uuid4().hex
            self._submit(call, order, call.body)
        body = {
            "orderId": order.id,
            "created": created,
            "updated": not created,
            "linkChanged": link_changed,
            "share": self._view(call, order)["share"],
        }
        return json_response(body, 200, MEDIA)

    def op_queryOrders(self, call: Call) -> Response:
        query = call.body or {}
        after = _decode_token(query.get("continuationToken"))
        size = int(query.get("pageSize") or 100)  # JSON Schema integers may arrive as 1.0
        rows = [o for o in sorted(self._orders(call).values(), key=lambda o: o.seq) if o.seq > after]
        rows = [o for o in rows if _matches(o, query)]
        page, more = rows[:size], len(rows) > size
        items = [{k: v for k, v in self._view(call, o).items() if k in _QUERY_ITEM_FIELDS} for o in page]
        token = _encode_token(page[-1].seq) if more and page else None
        return json_response({"items": items, "continuationToken": token}, 200, MEDIA)

    def op_uploadOrderDocument(self, call: Call) -> Response:
        order = self._order(call)
        [upload] = call.files["file"]
        document = self.add_document(
            call.tenant, order, upload.filename, call.body["documentType"], upload.content_type, upload.data
        )
        return json_response(document.view(), 200, MEDIA)

    def add_document(
        self, tenant: str, order: Order, name: str | None, document_type: str, content_type: str | None, data: bytes
    ) -> Document:
        """Store an uploaded document (the API's upload, or the carrier's) and tell the subscriptions."""
        document = Document(
            id=str(uuid.uuid4()),
            name=name,
            document_type=document_type,
            content_type=content_type or "application/octet-stream",
            data=data,
        )
        order.documents.append(document)
        self._webhooks.document_event(tenant, order.id, document.id, "document.uploaded")
        return document

    def op_getOrderDocumentContent(self, call: Call) -> Response:
        _, document = self._document(call)
        media = document.content_type if document.content_type in BINARY_TYPES else "application/octet-stream"
        disposition = content_disposition(document.name or f"{document.id}.bin")
        return Response(document.data, media_type=media, headers={"Content-Disposition": disposition})

    def op_changeOrderDocumentStatus(self, call: Call) -> Response:
        order, document = self._document(call)
        target = call.body.get("status")
        if target is None:
            message = inferred("A status change needs its status.", "the key name status is a guess")
            raise ApiError(400, message, field="status", details=[("status", "required", message)])
        reason = call.body.get("rejectionReason")
        self.review(call.tenant, order, document, target, call.body.get("comment"), reason)
        return json_response(document.view(), 200, MEDIA)

    def review(
        self, tenant: str, order: Order, document: Document, target: Any, comment: Any = None, reason: Any = None
    ) -> None:
        """Move a document InReview -> Accepted or Rejected (the API's status change, or the
        carrier side's review) and tell the subscriptions; ApiError 409 for any other move."""
        if target not in ("Accepted", "Rejected") or document.status != "InReview":
            raise ApiError(
                409,
                inferred(
                    f"A document in status {document.status} cannot move to {target}.",
                    "001 says only 'transitions appropriate to the document's current state'; "
                    "InReview -> Accepted or Rejected, nothing else, is our reading",
                ),
                code="INVALID_STATUS_TRANSITION",
                field="status",
            )
        document.status = target
        document.comment = comment
        document.rejection_reason = reason if target == "Rejected" else None
        self._webhooks.document_event(tenant, order.id, document.id, f"document.{target.lower()}")

    # -- webhook subscriptions (freight_sandbox._webhooks) ---------------------------------------

    def op_subscribeWebhook(self, call: Call) -> Response:
        return self._webhooks.subscribe(call)

    def op_listWebhooks(self, call: Call) -> Response:
        return self._webhooks.list(call)

    def op_getWebhook(self, call: Call) -> Response:
        return self._webhooks.get(call)

    def op_deleteWebhook(self, call: Call) -> Response:
        return self._webhooks.delete(call)

    def op_resetWebhook(self, call: Call) -> Response:
        return self._webhooks.reset(call)

    def op_setWebhookNotifications(self, call: Call) -> Response:
        return self._webhooks.notify(call)


_QUERY_ITEM_FIELDS = ("orderId", "orderNumber", "status", "createdAt", "carrier", "locations", "documents")


def _encode_token(seq: int) -> str:
    return base64.urlsafe_b64encode(json.dumps({"after": seq}).encode()).decode()


def _decode_token(token: Any) -> int:
    if not token:
        return 0
    try:
        value = json.loads(base64.urlsafe_b64decode(str(token).encode()))
        return int(value["after"])
    except (ValueError, KeyError, TypeError, OverflowError, RecursionError):  # int(1e400), deep JSON
        raise ApiError(
            400,
            "The continuation token is not valid.",
            field="continuationToken",
            details=[("continuationToken", "format", "The continuation token is not valid.")],
        ) from None


def _in_range(order: Order, kind: str, bounds: dict[str, Any] | None) -> bool:
    if not bounds:
        return True
    low, high = (_parse(bounds.get("from")), _parse(bounds.get("to")))
    for location in order.submitted.get("locations") or []:
        if (location or {}).get("type") != kind:
            continue
        when = _parse(location.get("startDate") or location.get("endDate"))
        if when and (low is None or when >= low) and (high is None or when <= high):
            return True
    return False


def _parse(value: Any) -> datetime.datetime | None:
    """An RFC 3339 date-time (the clients' one parser); one that does not parse is a 400."""
    if not value:
        return None
    try:
        return parse_datetime(str(value))
    except ValueError as error:
        raise ApiError(400, str(error), field="dates") from None


def _matches(order: Order, query: dict[str, Any]) -> bool:
    statuses = {str(s).casefold() for s in query.get("statuses") or ()}
    if "active" in statuses and order.status != "Completed":  # 001's "active", in any case; our reading
        statuses.add(order.status.casefold())
    if statuses and order.status.casefold() not in statuses:
        return False
    carrier = query.get("carrier")
    if carrier:
        c = order.submitted.get("carrier") or {}
        if carrier.casefold() not in {str(c.get("vatCode") or "").casefold(), str(c.get("name") or "").casefold()}:
            return False
    pattern = query.get("orderNumber")
    if pattern:
        number, pattern = order.number.casefold(), pattern.casefold()
        if not (fnmatch.fnmatchcase(number, pattern) if "*" in pattern else pattern in number):
            return False
    return _in_range(order, "Loading", query.get("loadingDate")) and _in_range(
        order, "Unloading", query.get("unloadingDate")
    )


SANDBOX = SpotGoSandbox
