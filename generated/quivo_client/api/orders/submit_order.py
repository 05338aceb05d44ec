from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.gateway_message import GatewayMessage
from ...models.order_request import OrderRequest
from ...models.order_response import OrderResponse
from ...types import Response


def _get_kwargs(
    *,
    body: OrderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/orders",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def request_kwargs(
    *,
    body: OrderRequest,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (method, URL, params,
    headers, body), built without sending anything."""
    return _get_kwargs(
        body=body,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GatewayMessage | OrderResponse | None:
    if response.status_code == 200:
        response_200 = OrderResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        if "json" not in response.headers.get("content-type", "").lower():
            return None
        response_400 = OrderResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        if "json" not in response.headers.get("content-type", "").lower():
            return None
        response_401 = GatewayMessage.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        if "json" not in response.headers.get("content-type", "").lower():
            return None
        response_403 = GatewayMessage.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        if "json" not in response.headers.get("content-type", "").lower():
            return None
        response_409 = OrderResponse.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        if "json" not in response.headers.get("content-type", "").lower():
            return None
        response_429 = GatewayMessage.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GatewayMessage | OrderResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OrderRequest,
) -> Response[GatewayMessage | OrderResponse]:
    """Submit request (create an order)

     Creates a new order. `orderIdentifier` prevents duplicates of the same order in the system
    (it can be the id of the order in the shop system or another unique number). The seed says
    unique "in the system"; this spec and the sandbox read it as unique per seller (inferred). How the
    service answers a duplicate is not documented; this spec assumes 409 with the
    same response model, naming the field `orderIdentifier` and carrying the `orderId` of the
    existing order, so that a retried submit can be reconciled (`x-provenance` on the 409).

    Args:
        body (OrderRequest): Request payload for creating a new order: delivery address, order
            identifier, item
            positions, shipping preferences, optional customer information.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayMessage | OrderResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: OrderRequest,
) -> GatewayMessage | OrderResponse | None:
    """Submit request (create an order)

     Creates a new order. `orderIdentifier` prevents duplicates of the same order in the system
    (it can be the id of the order in the shop system or another unique number). The seed says
    unique "in the system"; this spec and the sandbox read it as unique per seller (inferred). How the
    service answers a duplicate is not documented; this spec assumes 409 with the
    same response model, naming the field `orderIdentifier` and carrying the `orderId` of the
    existing order, so that a retried submit can be reconciled (`x-provenance` on the 409).

    Args:
        body (OrderRequest): Request payload for creating a new order: delivery address, order
            identifier, item
            positions, shipping preferences, optional customer information.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayMessage | OrderResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OrderRequest,
) -> Response[GatewayMessage | OrderResponse]:
    """Submit request (create an order)

     Creates a new order. `orderIdentifier` prevents duplicates of the same order in the system
    (it can be the id of the order in the shop system or another unique number). The seed says
    unique "in the system"; this spec and the sandbox read it as unique per seller (inferred). How the
    service answers a duplicate is not documented; this spec assumes 409 with the
    same response model, naming the field `orderIdentifier` and carrying the `orderId` of the
    existing order, so that a retried submit can be reconciled (`x-provenance` on the 409).

    Args:
        body (OrderRequest): Request payload for creating a new order: delivery address, order
            identifier, item
            positions, shipping preferences, optional customer information.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayMessage | OrderResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OrderRequest,
) -> GatewayMessage | OrderResponse | None:
    """Submit request (create an order)

     Creates a new order. `orderIdentifier` prevents duplicates of the same order in the system
    (it can be the id of the order in the shop system or another unique number). The seed says
    unique "in the system"; this spec and the sandbox read it as unique per seller (inferred). How the
    service answers a duplicate is not documented; this spec assumes 409 with the
    same response model, naming the field `orderIdentifier` and carrying the `orderId` of the
    existing order, so that a retried submit can be reconciled (`x-provenance` on the 409).

    Args:
        body (OrderRequest): Request payload for creating a new order: delivery address, order
            identifier, item
            positions, shipping preferences, optional customer information.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayMessage | OrderResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
