"""S'mouv customer-orders sandbox: the rules of `002_872d6e7342de7f3c.txt` and the public docs.

Decisions where the docs are silent (each refusal resting on one says "inferred" in its message):
new orders are `Valid`; the version (ETag, `If-Match`) is a counter per order; an order is a
duplicate when an order of the same organisation has the same transport order number and the same
container references; `R0006` refuses updates of cancelled orders; `R0005` refuses any change of
container or event information; `R0008` refuses `Submitted` and `InProcess` (the seed's
`InProgress`). `WRONG_FORMAT` ("Order identifier is in wrong format") answers a malformed order id
only; other schema violations, and rules for which the seed names no code, answer
`SANDBOX_VALIDATION`, a code of the sandbox's own. Carrier and contractor codes are checked against
a small referential (`KNOWN_ACTORS`). Location codes are S)ONE codes of up to 20 characters with
a parent (terminal `MTDF` under `FRLEH`, anchors-3 §3.4), not UN/LOCODEs, and container types ISO
6346 size/type codes (`45G1`): neither is checked beyond the seed's lengths, so no well-formed code
the sandbox does not know is refused. Fields the seed makes "available" for other flows only are
taken on any flow (the seed's own Import example carries export fields); clients warn about them.
A PUT of a non-Master id answers `NOT_SUPPORTED_ORDER_TYPE` and a stale `If-Match` 412 with
`CONFLICT`: both pairings are ours, and the messages say so.
"""

from __future__ import annotations

import datetime
import itertools
from dataclasses import dataclass
from typing import Any, ClassVar

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from freight_clients.smouv_rules import ACCEPTED_GUESSES, check_order
from freight_clients.support import parse_datetime

from ._auth import TokenStore, bearer
from ._core import ApiError, Call, Operation, SandboxApi, json_response
from ._guesses import annotate, inferred

TOKEN_PATH = "/soget-connect/v1/openid-connect/token"
CLIENT_ID, CLIENT_SECRET = "sandbox-smouv-client", "sandbox-smouv-secret"
SUBSCRIPTIONS = {"sandbox-smouv-subscription-org-a": "org-a", "sandbox-smouv-subscription-org-b": "org-b"}
PRE_ISSUED_TOKEN = "sandbox-smouv-pre-issued-token"
TOKEN_LIFETIME = 3600.0
#: Actors the sandbox's referential (GEDMOUV) knows: another carrier needs a contact e-mail, another
#: contractor may not create orders.
KNOWN_ACTORS = frozenset({"SOGETS.", "CMACGM", "MSC", "MAERSK"})
KNOWN_CARRIERS = KNOWN_ACTORS
#: The code of refusals for which the seed names none (a sandbox code, not the vendor's).
SANDBOX_CODE = "SANDBOX_VALIDATION"
#: Search bounds the spec states as `minimum` and the seed answers with codes of their own.
_SEARCH_CODES = {
    ("limit", "minimum"): ("LIMIT_NONPOSITIVE", "The LIMIT parameter must be greater than 0."),
    ("offset", "minimum"): ("OFFSET_NEGATIVE", "The OFFSET parameter cannot be negative."),
}


def _bound_error(parameter: str, details: list[tuple[str, str, str]] | None = None) -> ApiError:
    """The seed's answer to a search `limit` under 1 or a negative `offset`."""
    code, text = _SEARCH_CODES[(parameter, "minimum")]
    return ApiError(400, text, code=code, field=parameter, details=details or [])


_WHY_DUPLICATE = "the seed says 'the same characteristics'; same number and container references is our reading"
SEGMENTS = {
    "Import": ("SegmentTerminalEntrepot", "SegmentEntrepotDepot"),
    "Export": ("SegmentDepotEntrepot", "SegmentEntrepotTerminal"),
    "Transfer": ("SegmentTransfer",),
}


@dataclass
class StoredOrder:
    id: str
    org: str
    body: dict[str, Any]
    created: dict[str, Any]  # the create response: ids of elementary orders and segments
    created_at: str
    status: str = "Valid"
    version: int = 1

    @property
    def etag(self) -> str:
        return f'"{self.version}"'


class SmouvSandbox(SandboxApi):
    """In-memory S'mouv, one order book per organisation (subscription key)."""

    name = "smouv"
    creates = frozenset({"createCustomerOrder"})

    def reset(self) -> None:
        super().reset()
        self.orders: dict[str, StoredOrder] = {}
        self.children: dict[str, tuple[str, str]] = {}  # ELM/SEG id -> (master id, type)
        self._ids = {prefix: itertools.count(1) for prefix in ("CDE", "ELM", "SEG")}
        self.tokens = TokenStore(self.clock, "smouv-")
        self.tokens.issue("app", TOKEN_LIFETIME * 24, value=PRE_ISSUED_TOKEN)

    client_selectors: ClassVar[tuple[str, ...]] = ("organisation",)

    @staticmethod
    def client_options(credentials: dict[str, Any], base_url: str, organisation: int = 0) -> dict[str, Any]:
        """A client's constructor options: the OAuth client, and organisation `organisation`'s subscription key."""
        creds = credentials
        return {
            "client_id": creds["client_id"],
            "client_secret": creds["client_secret"],
            "subscription_key": creds["subscription_keys"][organisation],
            "base_url": base_url,
            "token_url": creds["token_url"],
        }

    def credentials(self, base_url: str) -> dict[str, Any]:
        return {
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "subscription_key": next(iter(SUBSCRIPTIONS)),
            "access_token": PRE_ISSUED_TOKEN,
            "token_url": f"{base_url}{TOKEN_PATH}",
            "subscription_keys": list(SUBSCRIPTIONS),
        }

    def routes(self) -> list[Route]:
        return [Route(TOKEN_PATH, self._token_endpoint, methods=["POST"])]

    async def _token_endpoint(self, request: Request) -> Response:
        """SOGET Connect: form-encoded client_id and client_secret (grant_type optional)."""
        form = await request.form()
        grant = form.get("grant_type", "client_credentials")
        if grant != "client_credentials":
            return json_response({"error": "unsupported_grant_type"}, 400)
        if form.get("client_id") != CLIENT_ID or form.get("client_secret") != CLIENT_SECRET:
            return json_response({"error": "invalid_client", "error_description": "Unknown client."}, 401)
        token = self.tokens.issue("app", TOKEN_LIFETIME)
        return json_response({"access_token": token.value, "token_type": "Bearer", "expires_in": int(TOKEN_LIFETIME)})

    # -- plumbing ---------------------------------------------------------------------------------

    def authenticate(self, request: Request, operation: Operation) -> str:
        org = SUBSCRIPTIONS.get(request.headers.get("ocp-apim-subscription-key", ""))
        if org is None:
            raise ApiError(
                401,
                "Access denied due to missing or invalid subscription key. Make sure to include "
                "subscription key when making requests to an API.",
            )
        if self.tokens.lookup(bearer(request.headers.get("authorization"))) is None:
            raise ApiError(401, "Unauthorized. Access token is missing, invalid or expired.")
        return org

    def render_error(self, error: ApiError, operation: Operation | None) -> Response:
        if error.status in (401, 429):
            return json_response(
                {"statusCode": error.status, "message": error.message}, error.status, headers=error.headers
            )
        # The vendor answers every other client failure with 400; server failures keep their status.
        status = error.status if error.status == 412 or error.status >= 500 else 400
        body = {
            "timestamp": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
            "code": error.code or SANDBOX_CODE,
            "message": error.message,
        }
        return json_response(body, status, headers=error.headers)

    def validation_error(self, operation: Operation, errors: list[tuple[str, str, str]], where: str) -> ApiError:
        errors = annotate(self.name, operation.id, errors) if where == "body" else errors
        path, rule, message = errors[0]
        if where == "query" and (path, rule) in _SEARCH_CODES:  # the seed's own codes for these bounds
            return _bound_error(path, errors)
        code = "WRONG_FORMAT" if where == "path" and path == "orderId" else SANDBOX_CODE
        if path in ("limit",) and "maximum" in message:
            message = "limit must be at most 50"
        return ApiError(400, f"{path}: {message}", code=code, field=path, details=errors)

    def unsupported_media_type(self, op: Operation, sent: str) -> ApiError:
        return ApiError(400, f"Content-Type {sent or '(none)'} is not supported.", code=SANDBOX_CODE)

    # -- helpers ----------------------------------------------------------------------------------

    def _next_id(self, prefix: str) -> str:
        return f"{prefix}{next(self._ids[prefix]):010d}"

    def _master(self, call: Call, order_id: str) -> StoredOrder:
        order = self.orders.get(order_id)
        if order is None or order.org != call.tenant:
            raise ApiError(400, f"Customer order {order_id} doesn't exist in S'mouv.", code="CUSTOMER_ORDER_NOT_FOUND")
        return order

    def _resolve(self, call: Call, order_id: str) -> tuple[StoredOrder, str]:
        """The master order behind any id (CDE, ELM or SEG) of the organisation, with the id's type."""
        if order_id in self.children:
            master_id, kind = self.children[order_id]
            return self._master(call, master_id), kind
        return self._master(call, order_id), "Master"

    @staticmethod
    def _rule_error(body: dict[str, Any], known: frozenset[str] | None) -> ApiError | None:
        violations = check_order(body, known_carrier_codes=known, known_contractor_codes=known, guesses=True)
        violations = [v for v in violations if v.guess not in ACCEPTED_GUESSES]
        if not violations:
            return None
        first = min(violations, key=lambda v: v.guess is not None)  # a documented rule first
        message = f"{first.field}: {first.message}"
        return ApiError(
            400, inferred(message, first.inferred) if first.inferred else message, code=first.code, field=first.field
        )

    def _identifiers(self, body: dict[str, Any]) -> dict[str, Any]:
        number, flow = body["transportOrderNumber"], body["customsFlag"]
        master = self._next_id("CDE")
        containers = body["containers"]
        elementary: list[dict[str, Any]] = []
        segments: list[dict[str, Any]] = []
        for _ in containers:
            own = [
                {"id": self._next_id("SEG"), "transportOrderNumber": number, "type": kind} for kind in SEGMENTS[flow]
            ]
            segments += own
            if len(containers) > 1:
                elementary.append(
                    {"id": self._next_id("ELM"), "transportOrderNumber": number, "type": "Elementary", "segments": own}
                )
        for child in elementary:
            self.children[child["id"]] = (master, "Elementary")
        for segment in segments:
            self.children[segment["id"]] = (master, segment["type"])
        return {
            "elementaryOrders": elementary or None,
            "segments": segments,
            "id": master,
            "transportOrderNumber": number,
            "type": "Master",
        }

    # -- operations -------------------------------------------------------------------------------

    def op_createCustomerOrder(self, call: Call) -> Response:
        body = call.body["order"]
        error = self._rule_error(body, KNOWN_CARRIERS)
        if error:
            raise error
        references = sorted(str(c.get("reference")) for c in body["containers"])
        for existing in self.orders.values():
            if (
                existing.org == call.tenant
                and existing.status != "Cancelled"
                and existing.body["transportOrderNumber"] == body["transportOrderNumber"]
                and sorted(str(c.get("reference")) for c in existing.body["containers"]) == references
            ):
                raise ApiError(
                    400,
                    inferred(f"Order {body['transportOrderNumber']} already exists ({existing.id}).", _WHY_DUPLICATE),
                    code="ORDER_DUPLICATED",
                    field="transportOrderNumber",
                )
        created = self._identifiers(body)
        now = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
        self.orders[created["id"]] = StoredOrder(created["id"], call.tenant, body, created, now)
        return json_response(created)

    def op_getCustomerOrder(self, call: Call) -> Response:
        order_id = call.path["orderId"]
        order, kind = self._resolve(call, order_id)
        body = order.body
        view: dict[str, Any] = {
            "customerOrderId": order_id,
            "type": kind,
            "status": order.status,
            "version": str(order.version),
            "histories": [{"status": order.status, "date": order.created_at}],
            "container": [  # S4's field name (research/smouv.md §3); a list is our reading of its shape
                {
                    "reference": c.get("reference"),
                    "type": c.get("type"),
                    "bookingNumber": c.get("bookingNumber"),
                    "billOfLading": c.get("billOfLading"),
                    "events": c.get("events") or [],
                }
                for c in body["containers"]
            ],
            "transportOrderNumber": body["transportOrderNumber"],
            "customsFlag": body["customsFlag"],
        }
        for key in ("contractor", "carrier", "voyage"):
            if body.get(key) is not None:
                view[key] = body[key]
        for key in (
            "date",
            "sender",
            "clientReference",
            "priceInformation",
            "instructionsInformation",
            "contractTermsInformation",
            "comment",
        ):
            view[key] = body.get(key)
        return json_response(view, headers={"ETag": order.etag})

    def op_updateCustomerOrder(self, call: Call) -> Response:
        order, kind = self._resolve(call, call.path["orderId"])
        if kind != "Master":
            raise ApiError(
                400,
                inferred(
                    "Only a Master order can be updated.",
                    "the docs allow updates of Master orders only; answering with NOT_SUPPORTED_ORDER_TYPE is ours",
                ),
                code="NOT_SUPPORTED_ORDER_TYPE",
            )
        if call.header_params["If-Match"].strip() not in (order.etag, str(order.version), f"W/{order.etag}"):
            raise ApiError(
                412,
                inferred(
                    f"The order was changed (version {order.etag}); read it again before updating.",
                    "412 is the docs' PreconditionFailed; pairing it with the seed's CONFLICT code is ours",
                ),
                code="CONFLICT",
            )
        if order.status == "Cancelled":
            raise ApiError(
                400,
                inferred("A cancelled order cannot be updated.", "R0006 says 'in certain status'; Cancelled is ours"),
                code="R0006",
            )
        update = call.body
        if len(update["containers"]) != len(order.body["containers"]):
            raise ApiError(
                400,
                "The number of containers cannot change.",
                code="CANNOT_CHANGE_NUMBER_OF_CONTAINERS",
                field="containers",
            )
        if update.get("customsFlag") not in (None, order.body["customsFlag"]):
            raise ApiError(
                400,
                "The customs flag of an order cannot change.",
                code="CUSTOMS_FLAG_NOT_BE_MODIFIED",
                field="customsFlag",
            )
        old_refs = [c.get("reference") for c in order.body["containers"]]
        if [c.get("reference") for c in update["containers"]] != old_refs:
            raise ApiError(400, "Container references cannot change.", code="R0007", field="containers")
        for i, (old, new) in enumerate(zip(order.body["containers"], update["containers"], strict=True)):
            if _drop_nulls(old) != _drop_nulls(new):
                raise ApiError(
                    400,
                    inferred(
                        "Cannot update information of containers and events.",
                        "R0005 gives no condition; the sandbox applies it to every update",
                    ),
                    code="R0005",
                    field=f"containers[{i}]",
                )
        merged = {**order.body, **{k: v for k, v in update.items() if v is not None or k in order.body}}
        merged["customsFlag"] = order.body["customsFlag"]
        error = self._rule_error(merged, None)
        if error:
            raise error
        order.body = merged
        order.version += 1
        return json_response(order.created, headers={"ETag": order.etag})

    def op_cancelCustomerOrder(self, call: Call) -> Response:
        order, kind = self._resolve(call, call.path["orderId"])
        if kind != "Master":
            raise ApiError(400, "Only a Master order can be cancelled.", code="CANNOT_CANCEL_NOT_MASTER_ORDER")
        if order.status == "Cancelled":
            raise ApiError(400, f"Order {order.id} has already been cancelled.", code="ORDER_ALREADY_CANCELED")
        if order.status in ("Submitted", "InProcess", "InProgress"):  # R0008's InProgress is the docs' InProcess
            raise ApiError(400, f"Order {order.id} is {order.status} and cannot be cancelled.", code="R0008")
        order.status = "Cancelled"
        order.version += 1
        return Response(status_code=200)

    def op_searchCustomerOrders(self, call: Call) -> Response:
        q = call.query
        offset, limit = int(q.get("offset", 0)), int(q.get("limit", 10))
        if limit <= 0:
            raise _bound_error("limit")
        if offset < 0:
            raise _bound_error("offset")
        start, end = _when(q.get("startDate")), _when(q.get("endDate"))
        if start and end and start > end:
            raise ApiError(400, "startDate is after endDate.", code="SEARCH_DATE_ERROR", field="startDate")
        found = []
        for order in sorted(self.orders.values(), key=lambda o: o.id, reverse=bool(q.get("desc"))):
            body = order.body
            created = _when(order.created_at)
            references = [c.get("reference") for c in body["containers"]]
            if order.org != call.tenant:
                continue
            if q.get("transportOrderNumber") not in (None, body["transportOrderNumber"]):
                continue
            if q.get("containerNumber") and q["containerNumber"] not in references:
                continue
            if q.get("carrierCode") and q["carrierCode"] != (body.get("carrier") or {}).get("code"):
                continue
            if q.get("processingIndicator") not in (None, body["customsFlag"]):
                continue
            if q.get("status") not in (None, order.status):
                continue
            if (start and created and created < start) or (end and created and created > end):
                continue
            found.append(
                {
                    "customerOrderId": order.id,
                    "date": body.get("date"),
                    "type": "Master",
                    "reference": references[0],
                    "transportOrderNumber": body["transportOrderNumber"],
                    "status": order.status,
                }
            )
        page = found[offset : offset + limit]
        return json_response({"total": len(found), "returned": len(page), "first": offset, "items": page})


def _drop_nulls(value: Any) -> Any:
    """A JSON value without null members: sending `"x": null` is not a change."""
    if isinstance(value, dict):
        return {k: _drop_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_drop_nulls(v) for v in value]
    return value


def _when(value: Any) -> datetime.datetime | None:
    """An RFC 3339 date-time (the clients' one parser); one that does not parse is a 400."""
    if not value:
        return None
    try:
        return parse_datetime(str(value))
    except ValueError as error:
        raise ApiError(400, str(error), code="SEARCH_DATE_ERROR", field="startDate") from None


SANDBOX = SmouvSandbox
