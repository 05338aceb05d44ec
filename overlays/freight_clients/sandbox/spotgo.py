"""SpotGo Carrier Portal sandbox: the rules of `001_10353d48e07b817d.txt`, per company (API key).

Decisions where the docs are silent (also in the spec's x-provenance notes):
- order numbers are compared after normalisation: Unicode NFKC, surrounding and repeated white
  space collapsed, case folded (`" ab-1 "` and `"AB-1"` are the same order);
- an order's status follows its documents: `Created` with none, `InReview` while any is in review,
  `Rejected` when any is rejected, `Accepted` when all are accepted, and `Completed` once every
  required document type has an accepted document (completed orders refuse updates);
- a new document starts `InReview` (the seed's only document example shows `Processing`; 001
  describes the review); only `InReview` -> `Accepted` / `Rejected`, the reason optional (001);
- a status filter `Active` (001: restrict to "active") keeps every status but `Completed`;
- PUT refuses a completed order like upsert does (001 says it for upsert);
- a refusal that rests on one of these, or on a constraint the spec marks inferred, says
  "inferred" in its message;
- query pages are in creation order; the continuation token names the last order returned, so
  orders added while paging appear on later pages and none is skipped or repeated.
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
from typing import Any

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from .._guesses import annotate, inferred
from ._core import ApiError, Call, Operation, SandboxApi, content_disposition, json_response

MEDIA = "application/json; x-api-version=1.0"
PROBLEM = "application/problem+json"
#: One key per company, then a colleague's key of company A (same orders, same order numbers).
API_KEYS = {
    "sandbox-spotgo-key-company-a": "company-a",
    "sandbox-spotgo-key-company-b": "company-b",
    "sandbox-spotgo-key-company-a-colleague": "company-a",
}
BINARY_TYPES = ("application/pdf", "image/jpeg", "image/png")


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


class SpotGoSandbox(SandboxApi):
    """In-memory SpotGo Carrier Portal, one order book per company."""

    name = "spotgo"
    creates = frozenset({"createOrder", "upsertOrder"})

    def reset(self) -> None:
        super().reset()
        self.companies: dict[str, dict[str, Order]] = {company: {} for company in API_KEYS.values()}
        self._numbers: dict[str, dict[str, str]] = {}  # tenant -> normalised number -> order id
        self._seq = itertools.count(1)

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
                inferred(message, "001 states this for upsert; PUT is refused alike") if put else message,
                code="ORDER_COMPLETED",
                field="orderNumber",
            )

    # -- operations -------------------------------------------------------------------------------

    def op_createOrder(self, call: Call) -> Response:
        if self._by_number(call, call.body["orderNumber"]):
            raise ApiError(
                409,
                f"An order with number {call.body['orderNumber']!r} already exists.",
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
                "PUT does not allow changing the carrier.",
                code="CARRIER_CHANGE_NOT_ALLOWED",
                field="carrier.vatCode",
            )
        other = self._by_number(call, call.body["orderNumber"])
        if other is not None and other.id != order.id:
            raise ApiError(
                409,
                f"An order with number {call.body['orderNumber']!r} already exists.",
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
                    "The order has documents; its carrier cannot change.",
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
        document = Document(
            id=str(uuid.uuid4()),
            name=upload.filename,
            document_type=call.body["documentType"],
            content_type=upload.content_type or "application/octet-stream",
            data=upload.data,
        )
        order.documents.append(document)
        return json_response(document.view(), 200, MEDIA)

    def op_getOrderDocumentContent(self, call: Call) -> Response:
        _, document = self._document(call)
        media = document.content_type if document.content_type in BINARY_TYPES else "application/octet-stream"
        disposition = content_disposition(document.name or f"{document.id}.bin")
        return Response(document.data, media_type=media, headers={"Content-Disposition": disposition})

    def op_changeOrderDocumentStatus(self, call: Call) -> Response:
        _, document = self._document(call)
        target = call.body.get("status")
        if target is None:
            message = inferred("A status change needs its status.", "the key name status is a guess")
            raise ApiError(400, message, field="status", details=[("status", "required", message)])
        if target not in ("Accepted", "Rejected") or document.status != "InReview":
            raise ApiError(
                409,
                f"A document in status {document.status} cannot move to {target}.",
                code="INVALID_STATUS_TRANSITION",
                field="status",
            )
        document.status = target
        document.comment = call.body.get("comment")
        document.rejection_reason = call.body.get("rejectionReason") if target == "Rejected" else None
        return json_response(document.view(), 200, MEDIA)


_QUERY_ITEM_FIELDS = ("orderId", "orderNumber", "status", "createdAt", "carrier", "locations", "documents")


def _encode_token(seq: int) -> str:
    return base64.urlsafe_b64encode(json.dumps({"after": seq}).encode()).decode()


def _decode_token(token: Any) -> int:
    if not token:
        return 0
    try:
        value = json.loads(base64.urlsafe_b64decode(str(token).encode()))
        return int(value["after"])
    except (ValueError, KeyError, TypeError):
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
    if not value:
        return None
    parsed = datetime.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=datetime.UTC)


def _matches(order: Order, query: dict[str, Any]) -> bool:
    statuses = set(query.get("statuses") or ())
    if "Active" in statuses and order.status != "Completed":  # 001's "active"; our reading
        statuses.add(order.status)
    if statuses and order.status not in statuses:
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
