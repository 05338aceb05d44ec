"""Quivo's resource `QuivoOrders` (submit, one plan), with how its answers, duplicates included, are
read (see the package's docstring for why a duplicate after a lost attempt is AlreadyCreatedError)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import TYPE_CHECKING, Any, TypeAlias

import httpx

from .._base_client import APIResource, Timeout, _ClientCore
from .._exceptions import (
    AlreadyCreatedError,
    APIStatusError,
    BadRequestError,
    ConflictError,
    DuplicateOrderError,
    ResponseValidationError,
)
from .._models import JsonBody
from .._plan import M, Plan, operation
from ._errors import says_identifier_exists
from ._generated import submit_order
from ._results import SubmitResult

if TYPE_CHECKING:
    from quivo_client.models import OrderRequest, OrderRequestDict

OrderInput: TypeAlias = "OrderRequest | OrderRequestDict | Mapping[str, Any]"


def _submit_body(client: _ClientCore, order: OrderInput) -> tuple[Any, str]:
    """The body (Any: a JsonBody, duck-typed for the generated endpoint) and its orderIdentifier."""
    data = client._body("submitOrder", "OrderRequest", order)
    return JsonBody(data), str(data.get("orderIdentifier"))


def _resolve(title: str, identifier: str, error: APIStatusError) -> SubmitResult:
    """A duplicate answer to a submit, as a typed error: AlreadyCreatedError after an attempt of
    this call whose outcome is unknown (Quivo has no read to confirm it is ours), else
    DuplicateOrderError. A 409 is a duplicate (the spec's assumption); a 400 only when it says the
    identifier exists (R3-4): other refusals pass as they are."""
    body = error.body if isinstance(error.body, dict) else {}
    ours = error.outcome_unknown  # only a lost attempt of this call can have created it
    if isinstance(error, ConflictError) or says_identifier_exists(error.code, error.field, error.message):
        why = "an earlier attempt of this call may have created it" if ours else "it existed before this call"
        duplicate = DuplicateOrderError(
            api=title,
            operation="submitOrder",
            response=error.response,
            code=error.code,
            field=error.field or "orderIdentifier",
            message=f"{error.message or 'duplicate orderIdentifier'} ({why})",
            body=error.body,
        )
        duplicate.attempts, duplicate.outcome_unknown = error.attempts, error.outcome_unknown
        if ours:
            existing = body.get("orderId")
            raise AlreadyCreatedError.after(duplicate, existing if isinstance(existing, int) else None) from error
        raise duplicate from error
    raise error


def _result(title: str, identifier: str, response: httpx.Response) -> SubmitResult:
    """The created order; a success status without an orderId (the seed: "null on failure") is
    reported as the failure it is, with the vendor's status, field and message. A success that
    says the identifier already exists (an idempotent duplicate answer) is a duplicate, not a
    creation: a number that existed before the call is never reported as created (R3-13)."""
    data = response.json()
    if not isinstance(data, dict):
        raise ResponseValidationError(
            api=title, operation="submitOrder", response=response, message="not a JSON object"
        )
    code, field, message = data.get("status"), data.get("field"), data.get("message")
    if not isinstance(data.get("orderId"), int):
        raise APIStatusError(
            api=title,
            operation="submitOrder",
            response=response,
            code=code,
            field=field,
            message=message or "the answer carries no orderId",
            body=data,
        )
    if says_identifier_exists(code, field, message):
        raise DuplicateOrderError(
            api=title,
            operation="submitOrder",
            response=response,
            code=code,
            field="orderIdentifier",
            message=str(message),
            body=data,
        )
    return SubmitResult(int(data["orderId"]), identifier, code, message)


def _submit_ok(response: httpx.Response) -> bool:
    """200 is the documented answer; a 201 Created (with its orderId) is a success too (A3-24, R3-12)."""
    return response.status_code in (200, 201)


class QuivoOrders(APIResource[M]):
    """Quivo orders: submit."""

    path = "orders"
    _client: _ClientCore

    @operation
    def submit(self, order: OrderInput, *, timeout: Timeout = None) -> Plan[SubmitResult]:
        """Create an order; a duplicate after a lost attempt resolves to that order (see module doc)."""
        body, identifier = _submit_body(self._client, order)
        kwargs = submit_order.request_kwargs(body=body)
        result = partial(_result, self._client.title, identifier)
        try:
            submitted: SubmitResult = yield from self._fetch(
                "submitOrder", kwargs, result, idempotent=True, timeout=timeout, ok=_submit_ok
            )
        except (ConflictError, BadRequestError) as error:
            return _resolve(self._client.title, identifier, error)
        return submitted
