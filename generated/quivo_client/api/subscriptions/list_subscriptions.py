from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.gateway_message import GatewayMessage
from ...models.subscription import Subscription
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/subscriptions",
    }

    return _kwargs


def request_kwargs() -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (method, URL, params,
    headers, body), built without sending anything."""
    return _get_kwargs()


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GatewayMessage | list[Subscription] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Subscription.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

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
) -> Response[GatewayMessage | list[Subscription]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[GatewayMessage | list[Subscription]]:
    """List the subscriptions

     See the summary; the vendor's page gives no more.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayMessage | list[Subscription]]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> GatewayMessage | list[Subscription] | None:
    """List the subscriptions

     See the summary; the vendor's page gives no more.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayMessage | list[Subscription]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[GatewayMessage | list[Subscription]]:
    """List the subscriptions

     See the summary; the vendor's page gives no more.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayMessage | list[Subscription]]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> GatewayMessage | list[Subscription] | None:
    """List the subscriptions

     See the summary; the vendor's page gives no more.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayMessage | list[Subscription]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
