from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_details import ProblemDetails
from ...types import File, Response


def _get_kwargs(
    order_id: UUID,
    document_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/orders/{order_id}/documents/{document_id}/content".format(
            order_id=quote(str(order_id), safe=""),
            document_id=quote(str(document_id), safe=""),
        ),
    }

    return _kwargs


def request_kwargs(
    order_id: UUID,
    document_id: UUID,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (method, URL, params,
    headers, body), built without sending anything."""
    return _get_kwargs(
        order_id=order_id,
        document_id=document_id,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> File | ProblemDetails | str | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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
) -> Response[File | ProblemDetails | str]:
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
) -> Response[File | ProblemDetails | str]:
    """Download the bytes of a document

     Returns the file bytes (suitable for archiving CMR, invoice, packing list, etc.). The real
    media type of the stored file is in `Content-Type`, the file name in `Content-Disposition`.

    Args:
        order_id (UUID):
        document_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | ProblemDetails | str]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        document_id=document_id,
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
) -> File | ProblemDetails | str | None:
    """Download the bytes of a document

     Returns the file bytes (suitable for archiving CMR, invoice, packing list, etc.). The real
    media type of the stored file is in `Content-Type`, the file name in `Content-Disposition`.

    Args:
        order_id (UUID):
        document_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | ProblemDetails | str
    """

    return sync_detailed(
        order_id=order_id,
        document_id=document_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    order_id: UUID,
    document_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[File | ProblemDetails | str]:
    """Download the bytes of a document

     Returns the file bytes (suitable for archiving CMR, invoice, packing list, etc.). The real
    media type of the stored file is in `Content-Type`, the file name in `Content-Disposition`.

    Args:
        order_id (UUID):
        document_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | ProblemDetails | str]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        document_id=document_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: UUID,
    document_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> File | ProblemDetails | str | None:
    """Download the bytes of a document

     Returns the file bytes (suitable for archiving CMR, invoice, packing list, etc.). The real
    media type of the stored file is in `Content-Type`, the file name in `Content-Disposition`.

    Args:
        order_id (UUID):
        document_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | ProblemDetails | str
    """

    return (
        await asyncio_detailed(
            order_id=order_id,
            document_id=document_id,
            client=client,
        )
    ).parsed
