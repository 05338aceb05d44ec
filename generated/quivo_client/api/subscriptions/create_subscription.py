from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.gateway_message import GatewayMessage
from ...models.subscription import Subscription
from ...models.subscription_request import SubscriptionRequest
from ...types import Response


def _get_kwargs(
    *,
    body: SubscriptionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/subscriptions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def request_kwargs(
    *,
    body: SubscriptionRequest,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (method, URL, params,
    headers, body), built without sending anything."""
    return _get_kwargs(
        body=body,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GatewayMessage | Subscription | None:
    if response.status_code == 200:
        response_200 = Subscription.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        if "json" not in response.headers.get("content-type", "").lower():
            return None
        response_400 = GatewayMessage.from_dict(response.json())

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
) -> Response[GatewayMessage | Subscription]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SubscriptionRequest,
) -> Response[GatewayMessage | Subscription]:
    """Subscribe an endpoint to one entity's changes

     Registers `endpoint` to be told when entities of kind `entity` of seller `sellerId` change
    (`GET /sellers` lists the seller ids). Deliveries are thin (see `webhooks`): the receiver
    reads the entity back. Not idempotent: a second call makes a second subscription (inferred).

    Args:
        body (SubscriptionRequest): A subscription of one seller's entities of one kind to an
            endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayMessage | Subscription]
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
    body: SubscriptionRequest,
) -> GatewayMessage | Subscription | None:
    """Subscribe an endpoint to one entity's changes

     Registers `endpoint` to be told when entities of kind `entity` of seller `sellerId` change
    (`GET /sellers` lists the seller ids). Deliveries are thin (see `webhooks`): the receiver
    reads the entity back. Not idempotent: a second call makes a second subscription (inferred).

    Args:
        body (SubscriptionRequest): A subscription of one seller's entities of one kind to an
            endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayMessage | Subscription
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SubscriptionRequest,
) -> Response[GatewayMessage | Subscription]:
    """Subscribe an endpoint to one entity's changes

     Registers `endpoint` to be told when entities of kind `entity` of seller `sellerId` change
    (`GET /sellers` lists the seller ids). Deliveries are thin (see `webhooks`): the receiver
    reads the entity back. Not idempotent: a second call makes a second subscription (inferred).

    Args:
        body (SubscriptionRequest): A subscription of one seller's entities of one kind to an
            endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayMessage | Subscription]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SubscriptionRequest,
) -> GatewayMessage | Subscription | None:
    """Subscribe an endpoint to one entity's changes

     Registers `endpoint` to be told when entities of kind `entity` of seller `sellerId` change
    (`GET /sellers` lists the seller ids). Deliveries are thin (see `webhooks`): the receiver
    reads the entity back. Not idempotent: a second call makes a second subscription (inferred).

    Args:
        body (SubscriptionRequest): A subscription of one seller's entities of one kind to an
            endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayMessage | Subscription
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
