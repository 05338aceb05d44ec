from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.order_document_upload_form import OrderDocumentUploadForm
from ...models.order_document_view_model import OrderDocumentViewModel
from ...models.problem_details import ProblemDetails
from ...types import Response


def _get_kwargs(
    order_id: UUID,
    *,
    body: OrderDocumentUploadForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/orders/{order_id}/documents".format(
            order_id=quote(str(order_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def request_kwargs(
    order_id: UUID,
    *,
    body: OrderDocumentUploadForm,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (method, URL, params,
    headers, body), built without sending anything."""
    return _get_kwargs(
        order_id=order_id,
        body=body,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OrderDocumentViewModel | ProblemDetails | str | None:
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
) -> Response[OrderDocumentViewModel | ProblemDetails | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    order_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: OrderDocumentUploadForm,
) -> Response[OrderDocumentViewModel | ProblemDetails | str]:
    """Upload a document to an order (multipart)

     Uploads a file and attaches it to the order. 001 names its purpose: "your customer may need
    to upload an order PDF or self-billing invoice from their side" (an optional step of both
    workflows); the carrier's own documents (the CMR) come through the carrier's share link, not
    this endpoint. Multipart with the parts `file` and `documentType`. A document is accepted or
    rejected through the status endpoint (001 Workflow B). Initial status: the seed's only document
    example (000)
    shows `Processing`, and 001 describes a review (`InReview`) before the decision; which one a
    new upload answers is not stated. The sandbox answers `InReview` so that the review can
    follow at once (inferred).

    Args:
        order_id (UUID):
        body (OrderDocumentUploadForm): Multipart form of a document upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrderDocumentViewModel | ProblemDetails | str]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: OrderDocumentUploadForm,
) -> OrderDocumentViewModel | ProblemDetails | str | None:
    """Upload a document to an order (multipart)

     Uploads a file and attaches it to the order. 001 names its purpose: "your customer may need
    to upload an order PDF or self-billing invoice from their side" (an optional step of both
    workflows); the carrier's own documents (the CMR) come through the carrier's share link, not
    this endpoint. Multipart with the parts `file` and `documentType`. A document is accepted or
    rejected through the status endpoint (001 Workflow B). Initial status: the seed's only document
    example (000)
    shows `Processing`, and 001 describes a review (`InReview`) before the decision; which one a
    new upload answers is not stated. The sandbox answers `InReview` so that the review can
    follow at once (inferred).

    Args:
        order_id (UUID):
        body (OrderDocumentUploadForm): Multipart form of a document upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderDocumentViewModel | ProblemDetails | str
    """

    return sync_detailed(
        order_id=order_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    order_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: OrderDocumentUploadForm,
) -> Response[OrderDocumentViewModel | ProblemDetails | str]:
    """Upload a document to an order (multipart)

     Uploads a file and attaches it to the order. 001 names its purpose: "your customer may need
    to upload an order PDF or self-billing invoice from their side" (an optional step of both
    workflows); the carrier's own documents (the CMR) come through the carrier's share link, not
    this endpoint. Multipart with the parts `file` and `documentType`. A document is accepted or
    rejected through the status endpoint (001 Workflow B). Initial status: the seed's only document
    example (000)
    shows `Processing`, and 001 describes a review (`InReview`) before the decision; which one a
    new upload answers is not stated. The sandbox answers `InReview` so that the review can
    follow at once (inferred).

    Args:
        order_id (UUID):
        body (OrderDocumentUploadForm): Multipart form of a document upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrderDocumentViewModel | ProblemDetails | str]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: OrderDocumentUploadForm,
) -> OrderDocumentViewModel | ProblemDetails | str | None:
    """Upload a document to an order (multipart)

     Uploads a file and attaches it to the order. 001 names its purpose: "your customer may need
    to upload an order PDF or self-billing invoice from their side" (an optional step of both
    workflows); the carrier's own documents (the CMR) come through the carrier's share link, not
    this endpoint. Multipart with the parts `file` and `documentType`. A document is accepted or
    rejected through the status endpoint (001 Workflow B). Initial status: the seed's only document
    example (000)
    shows `Processing`, and 001 describes a review (`InReview`) before the decision; which one a
    new upload answers is not stated. The sandbox answers `InReview` so that the review can
    follow at once (inferred).

    Args:
        order_id (UUID):
        body (OrderDocumentUploadForm): Multipart form of a document upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderDocumentViewModel | ProblemDetails | str
    """

    return (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
            body=body,
        )
    ).parsed
