from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.document_status_change_submit_model import DocumentStatusChangeSubmitModel
from ...models.external_error_view_model import ExternalErrorViewModel
from ...models.order_document_view_model import OrderDocumentViewModel
from ...models.problem_details import ProblemDetails
from ...types import Response


def _get_kwargs(
    order_id: UUID,
    document_id: UUID,
    *,
    body: DocumentStatusChangeSubmitModel,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/orders/{order_id}/documents/{document_id}/status".format(
            order_id=quote(str(order_id), safe=""),
            document_id=quote(str(document_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; x-api-version=1.0"

    _kwargs["headers"] = headers
    return _kwargs


def request_kwargs(
    order_id: UUID,
    document_id: UUID,
    *,
    body: DocumentStatusChangeSubmitModel,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (method, URL, params,
    headers, body), built without sending anything."""
    return _get_kwargs(
        order_id=order_id,
        document_id=document_id,
        body=body,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ExternalErrorViewModel | OrderDocumentViewModel | ProblemDetails | str | None:
    if response.status_code == 200:
        response_200 = OrderDocumentViewModel.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        if "json" not in response.headers.get("content-type", "").lower():
            return None
        response_400 = ProblemDetails.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = response.text
        return response_401

    if response.status_code == 404:
        if "json" not in response.headers.get("content-type", "").lower():
            return None
        response_404 = ProblemDetails.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        if "json" not in response.headers.get("content-type", "").lower():
            return None
        response_409 = ExternalErrorViewModel.from_dict(response.json())

        return response_409

    if response.status_code == 415:
        if "json" not in response.headers.get("content-type", "").lower():
            return None
        response_415 = ProblemDetails.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        if "json" not in response.headers.get("content-type", "").lower():
            return None
        response_429 = ProblemDetails.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ExternalErrorViewModel | OrderDocumentViewModel | ProblemDetails | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    order_id: UUID,
    document_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: DocumentStatusChangeSubmitModel,
) -> Response[ExternalErrorViewModel | OrderDocumentViewModel | ProblemDetails | str]:
    """Accept or reject a document

     Sets the document status to `Accepted` or `Rejected`, with optional reasoning: a rejection
    reason and a comment (001: "with optional reasoning / rejection reason per your API model").
    001: "The API only allows transitions appropriate to the document's current state (... the
    implementation focuses on InReview / Accepted / Rejected style states for changes)". Which
    transitions those are is inferred: here a document in `InReview` may become `Accepted` or
    `Rejected`, and anything else (a document still `Processing`, an already decided document, a
    target status other than Accepted/Rejected) is refused with 409 (the status is inferred too);
    the sandbox's refusal says so.

    Args:
        order_id (UUID):
        document_id (UUID):
        body (DocumentStatusChangeSubmitModel): The status a document should move to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExternalErrorViewModel | OrderDocumentViewModel | ProblemDetails | str]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        document_id=document_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_id: UUID,
    document_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: DocumentStatusChangeSubmitModel,
) -> ExternalErrorViewModel | OrderDocumentViewModel | ProblemDetails | str | None:
    """Accept or reject a document

     Sets the document status to `Accepted` or `Rejected`, with optional reasoning: a rejection
    reason and a comment (001: "with optional reasoning / rejection reason per your API model").
    001: "The API only allows transitions appropriate to the document's current state (... the
    implementation focuses on InReview / Accepted / Rejected style states for changes)". Which
    transitions those are is inferred: here a document in `InReview` may become `Accepted` or
    `Rejected`, and anything else (a document still `Processing`, an already decided document, a
    target status other than Accepted/Rejected) is refused with 409 (the status is inferred too);
    the sandbox's refusal says so.

    Args:
        order_id (UUID):
        document_id (UUID):
        body (DocumentStatusChangeSubmitModel): The status a document should move to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExternalErrorViewModel | OrderDocumentViewModel | ProblemDetails | str
    """

    return sync_detailed(
        order_id=order_id,
        document_id=document_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    order_id: UUID,
    document_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: DocumentStatusChangeSubmitModel,
) -> Response[ExternalErrorViewModel | OrderDocumentViewModel | ProblemDetails | str]:
    """Accept or reject a document

     Sets the document status to `Accepted` or `Rejected`, with optional reasoning: a rejection
    reason and a comment (001: "with optional reasoning / rejection reason per your API model").
    001: "The API only allows transitions appropriate to the document's current state (... the
    implementation focuses on InReview / Accepted / Rejected style states for changes)". Which
    transitions those are is inferred: here a document in `InReview` may become `Accepted` or
    `Rejected`, and anything else (a document still `Processing`, an already decided document, a
    target status other than Accepted/Rejected) is refused with 409 (the status is inferred too);
    the sandbox's refusal says so.

    Args:
        order_id (UUID):
        document_id (UUID):
        body (DocumentStatusChangeSubmitModel): The status a document should move to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExternalErrorViewModel | OrderDocumentViewModel | ProblemDetails | str]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        document_id=document_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: UUID,
    document_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: DocumentStatusChangeSubmitModel,
) -> ExternalErrorViewModel | OrderDocumentViewModel | ProblemDetails | str | None:
    """Accept or reject a document

     Sets the document status to `Accepted` or `Rejected`, with optional reasoning: a rejection
    reason and a comment (001: "with optional reasoning / rejection reason per your API model").
    001: "The API only allows transitions appropriate to the document's current state (... the
    implementation focuses on InReview / Accepted / Rejected style states for changes)". Which
    transitions those are is inferred: here a document in `InReview` may become `Accepted` or
    `Rejected`, and anything else (a document still `Processing`, an already decided document, a
    target status other than Accepted/Rejected) is refused with 409 (the status is inferred too);
    the sandbox's refusal says so.

    Args:
        order_id (UUID):
        document_id (UUID):
        body (DocumentStatusChangeSubmitModel): The status a document should move to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExternalErrorViewModel | OrderDocumentViewModel | ProblemDetails | str
    """

    return (
        await asyncio_detailed(
            order_id=order_id,
            document_id=document_id,
            client=client,
            body=body,
        )
    ).parsed
