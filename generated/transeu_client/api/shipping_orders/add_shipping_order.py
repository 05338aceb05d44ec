from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.order import Order
from ...models.problem import Problem
from ...models.shipping_order import ShippingOrder
from ...models.validation_problem import ValidationProblem
from ...types import Response


def _get_kwargs(
    *,
    body: ShippingOrder,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/shipping-orders",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def request_kwargs(
    *,
    body: ShippingOrder,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (method, URL, params,
    headers, body), built without sending anything."""
    return _get_kwargs(
        body=body,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Order | Problem | ValidationProblem | None:
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

    if response.status_code == 403:
        if "json" not in response.headers.get("content-type", "").lower():
            return None
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        if "json" not in response.headers.get("content-type", "").lower():
            return None
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 415:
        if "json" not in response.headers.get("content-type", "").lower():
            return None
        response_415 = Problem.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        if "json" not in response.headers.get("content-type", "").lower():
            return None
        response_422 = ValidationProblem.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Order | Problem | ValidationProblem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ShippingOrder,
) -> Response[Order | Problem | ValidationProblem]:
    """Add shipping order

     Creates a shipping order. The order number must be unique in the scope of your company
    (409 otherwise). The 201 body has the same structure as the GET response.

    Args:
        body (ShippingOrder): Request body of Add shipping order (seed revision).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Order | Problem | ValidationProblem]
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
    client: AuthenticatedClient,
    body: ShippingOrder,
) -> Order | Problem | ValidationProblem | None:
    """Add shipping order

     Creates a shipping order. The order number must be unique in the scope of your company
    (409 otherwise). The 201 body has the same structure as the GET response.

    Args:
        body (ShippingOrder): Request body of Add shipping order (seed revision).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Order | Problem | ValidationProblem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ShippingOrder,
) -> Response[Order | Problem | ValidationProblem]:
    """Add shipping order

     Creates a shipping order. The order number must be unique in the scope of your company
    (409 otherwise). The 201 body has the same structure as the GET response.

    Args:
        body (ShippingOrder): Request body of Add shipping order (seed revision).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Order | Problem | ValidationProblem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ShippingOrder,
) -> Order | Problem | ValidationProblem | None:
    """Add shipping order

     Creates a shipping order. The order number must be unique in the scope of your company
    (409 otherwise). The 201 body has the same structure as the GET response.

    Args:
        body (ShippingOrder): Request body of Add shipping order (seed revision).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Order | Problem | ValidationProblem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
