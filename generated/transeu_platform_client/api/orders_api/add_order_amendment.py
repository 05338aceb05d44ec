from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.order_amendment import OrderAmendment
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    order_id: UUID,
    *,
    body: OrderAmendment,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ext/orders-api/v1/orders/{order_id}/amendments".format(
            order_id=quote(str(order_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def request_kwargs(
    order_id: UUID,
    *,
    body: OrderAmendment,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (method, URL, params,
    headers, body), built without sending anything."""
    return _get_kwargs(
        order_id=order_id,
        body=body,
    )


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        if "json" not in response.headers.get("content-type", "").lower():
            return None
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        if "json" not in response.headers.get("content-type", "").lower():
            return None
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        if "json" not in response.headers.get("content-type", "").lower():
            return None
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        if "json" not in response.headers.get("content-type", "").lower():
            return None
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        if "json" not in response.headers.get("content-type", "").lower():
            return None
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        if "json" not in response.headers.get("content-type", "").lower():
            return None
        response_500 = Problem.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Problem]:
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
    body: OrderAmendment,
) -> Response[Any | Problem]:
    """Add order amendment

     Proposes an amendment of an existing order: any of its freight (loads, spots, requirements,
    distance, transit time, shipment external id), additional terms and payment. An `id` (UUID)
    names the amendment; sending the same id again is the same amendment.

    Args:
        order_id (UUID):
        body (OrderAmendment): An amendment of an order (every section optional).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
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
    body: OrderAmendment,
) -> Any | Problem | None:
    """Add order amendment

     Proposes an amendment of an existing order: any of its freight (loads, spots, requirements,
    distance, transit time, shipment external id), additional terms and payment. An `id` (UUID)
    names the amendment; sending the same id again is the same amendment.

    Args:
        order_id (UUID):
        body (OrderAmendment): An amendment of an order (every section optional).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
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
    body: OrderAmendment,
) -> Response[Any | Problem]:
    """Add order amendment

     Proposes an amendment of an existing order: any of its freight (loads, spots, requirements,
    distance, transit time, shipment external id), additional terms and payment. An `id` (UUID)
    names the amendment; sending the same id again is the same amendment.

    Args:
        order_id (UUID):
        body (OrderAmendment): An amendment of an order (every section optional).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
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
    body: OrderAmendment,
) -> Any | Problem | None:
    """Add order amendment

     Proposes an amendment of an existing order: any of its freight (loads, spots, requirements,
    distance, transit time, shipment external id), additional terms and payment. An `id` (UUID)
    names the amendment; sending the same id again is the same amendment.

    Args:
        order_id (UUID):
        body (OrderAmendment): An amendment of an order (every section optional).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
            body=body,
        )
    ).parsed
