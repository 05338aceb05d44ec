from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_order import CustomerOrder
from ...models.error import Error
from ...models.gateway_error import GatewayError
from ...types import Response


def _get_kwargs(
    order_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/customer-orders/{order_id}".format(
            order_id=quote(str(order_id), safe=""),
        ),
    }

    return _kwargs


def request_kwargs(
    order_id: str,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (method, URL, params,
    headers, body), built without sending anything."""
    return _get_kwargs(
        order_id=order_id,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerOrder | Error | GatewayError | None:
    if response.status_code == 200:
        response_200 = CustomerOrder.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        if "json" not in response.headers.get("content-type", "").lower():
            return None
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        if "json" not in response.headers.get("content-type", "").lower():
            return None
        response_401 = GatewayError.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        if "json" not in response.headers.get("content-type", "").lower():
            return None
        response_429 = GatewayError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CustomerOrder | Error | GatewayError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CustomerOrder | Error | GatewayError]:
    """Get a customer order by id

     Returns the order. (The vendor's page for this operation names the path parameter `{id}`;
    the wire is the same as for PUT and DELETE, so the paths are one here.) An unknown id is answered
    400 `CUSTOMER_ORDER_NOT_FOUND` (the vendor
    documents no 404); an id not of the form prefix + 10 digits gives `WRONG_FORMAT`. The `ETag`
    header carries the version to send back as `If-Match` on update.

    Args:
        order_id (str): Order identifier: a prefix of 3 characters and 10 digits. `CDE` global
            customer order,
            `ELM` elementary order (multi-container case), `SEG` transport segment (carrier).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerOrder | Error | GatewayError]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CustomerOrder | Error | GatewayError | None:
    """Get a customer order by id

     Returns the order. (The vendor's page for this operation names the path parameter `{id}`;
    the wire is the same as for PUT and DELETE, so the paths are one here.) An unknown id is answered
    400 `CUSTOMER_ORDER_NOT_FOUND` (the vendor
    documents no 404); an id not of the form prefix + 10 digits gives `WRONG_FORMAT`. The `ETag`
    header carries the version to send back as `If-Match` on update.

    Args:
        order_id (str): Order identifier: a prefix of 3 characters and 10 digits. `CDE` global
            customer order,
            `ELM` elementary order (multi-container case), `SEG` transport segment (carrier).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerOrder | Error | GatewayError
    """

    return sync_detailed(
        order_id=order_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CustomerOrder | Error | GatewayError]:
    """Get a customer order by id

     Returns the order. (The vendor's page for this operation names the path parameter `{id}`;
    the wire is the same as for PUT and DELETE, so the paths are one here.) An unknown id is answered
    400 `CUSTOMER_ORDER_NOT_FOUND` (the vendor
    documents no 404); an id not of the form prefix + 10 digits gives `WRONG_FORMAT`. The `ETag`
    header carries the version to send back as `If-Match` on update.

    Args:
        order_id (str): Order identifier: a prefix of 3 characters and 10 digits. `CDE` global
            customer order,
            `ELM` elementary order (multi-container case), `SEG` transport segment (carrier).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerOrder | Error | GatewayError]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CustomerOrder | Error | GatewayError | None:
    """Get a customer order by id

     Returns the order. (The vendor's page for this operation names the path parameter `{id}`;
    the wire is the same as for PUT and DELETE, so the paths are one here.) An unknown id is answered
    400 `CUSTOMER_ORDER_NOT_FOUND` (the vendor
    documents no 404); an id not of the form prefix + 10 digits gives `WRONG_FORMAT`. The `ETag`
    header carries the version to send back as `If-Match` on update.

    Args:
        order_id (str): Order identifier: a prefix of 3 characters and 10 digits. `CDE` global
            customer order,
            `ELM` elementary order (multi-container case), `SEG` transport segment (carrier).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerOrder | Error | GatewayError
    """

    return (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
        )
    ).parsed
