from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_order import CreateOrder
from ...models.order import Order
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: CreateOrder,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ext/orders-api/v1/orders",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def request_kwargs(
    *,
    body: CreateOrder,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (method, URL, params,
    headers, body), built without sending anything."""
    return _get_kwargs(
        body=body,
    )


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Order | Problem | None:
    if response.status_code == 201:
        response_201 = Order.from_dict(response.json())

        return response_201

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

    if response.status_code == 409:
        if "json" not in response.headers.get("content-type", "").lower():
            return None
        response_409 = Problem.from_dict(response.json())

        return response_409

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Order | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrder,
) -> Response[Order | Problem]:
    """Create order

     Creates an order with its freight (loads, spots and their operations, requirements),
    payment terms and optional `callback_url` (events about the order are POSTed there, see
    `webhooks`). The answer is the created order entity.

    Args:
        body (CreateOrder): Create order payload. The vendor's file gives only `type: object` and
            an example; the
            fields here are the example's, with the types its values show. Unknown fields pass.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Order | Problem]
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
    body: CreateOrder,
) -> Order | Problem | None:
    """Create order

     Creates an order with its freight (loads, spots and their operations, requirements),
    payment terms and optional `callback_url` (events about the order are POSTed there, see
    `webhooks`). The answer is the created order entity.

    Args:
        body (CreateOrder): Create order payload. The vendor's file gives only `type: object` and
            an example; the
            fields here are the example's, with the types its values show. Unknown fields pass.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Order | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrder,
) -> Response[Order | Problem]:
    """Create order

     Creates an order with its freight (loads, spots and their operations, requirements),
    payment terms and optional `callback_url` (events about the order are POSTed there, see
    `webhooks`). The answer is the created order entity.

    Args:
        body (CreateOrder): Create order payload. The vendor's file gives only `type: object` and
            an example; the
            fields here are the example's, with the types its values show. Unknown fields pass.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Order | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrder,
) -> Order | Problem | None:
    """Create order

     Creates an order with its freight (loads, spots and their operations, requirements),
    payment terms and optional `callback_url` (events about the order are POSTed there, see
    `webhooks`). The answer is the created order entity.

    Args:
        body (CreateOrder): Create order payload. The vendor's file gives only `type: object` and
            an example; the
            fields here are the example's, with the types its values show. Unknown fields pass.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Order | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
