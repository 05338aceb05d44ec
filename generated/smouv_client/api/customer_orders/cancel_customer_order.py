from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.gateway_error import GatewayError
from ...types import Response


def _get_kwargs(
    order_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
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
) -> Any | Error | GatewayError | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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
) -> Response[Any | Error | GatewayError]:
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
) -> Response[Any | Error | GatewayError]:
    """Cancel a customer order

     Cancels a Master order once. Refused for a non-Master order (`CANNOT_CANCEL_NOT_MASTER_ORDER`),
    an already cancelled order (`ORDER_ALREADY_CANCELED`), a Submitted or InProgress order
    (`R0008`; the seed writes `InProgress`, the public docs' status list `InProcess`: read as one
    status, the sandbox refuses both spellings), an order with a delivered segment (`R0009`), or a
    container linked to a booking
    (`CANNOT_CANCEL_ORDER_WITH_ASSOCIATED_CONTAINER`).

    Args:
        order_id (str): Order identifier: a prefix of 3 characters and 10 digits. `CDE` global
            customer order,
            `ELM` elementary order (multi-container case), `SEG` transport segment (carrier).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | GatewayError]
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
) -> Any | Error | GatewayError | None:
    """Cancel a customer order

     Cancels a Master order once. Refused for a non-Master order (`CANNOT_CANCEL_NOT_MASTER_ORDER`),
    an already cancelled order (`ORDER_ALREADY_CANCELED`), a Submitted or InProgress order
    (`R0008`; the seed writes `InProgress`, the public docs' status list `InProcess`: read as one
    status, the sandbox refuses both spellings), an order with a delivered segment (`R0009`), or a
    container linked to a booking
    (`CANNOT_CANCEL_ORDER_WITH_ASSOCIATED_CONTAINER`).

    Args:
        order_id (str): Order identifier: a prefix of 3 characters and 10 digits. `CDE` global
            customer order,
            `ELM` elementary order (multi-container case), `SEG` transport segment (carrier).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | GatewayError
    """

    return sync_detailed(
        order_id=order_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Error | GatewayError]:
    """Cancel a customer order

     Cancels a Master order once. Refused for a non-Master order (`CANNOT_CANCEL_NOT_MASTER_ORDER`),
    an already cancelled order (`ORDER_ALREADY_CANCELED`), a Submitted or InProgress order
    (`R0008`; the seed writes `InProgress`, the public docs' status list `InProcess`: read as one
    status, the sandbox refuses both spellings), an order with a delivered segment (`R0009`), or a
    container linked to a booking
    (`CANNOT_CANCEL_ORDER_WITH_ASSOCIATED_CONTAINER`).

    Args:
        order_id (str): Order identifier: a prefix of 3 characters and 10 digits. `CDE` global
            customer order,
            `ELM` elementary order (multi-container case), `SEG` transport segment (carrier).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | GatewayError]
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
) -> Any | Error | GatewayError | None:
    """Cancel a customer order

     Cancels a Master order once. Refused for a non-Master order (`CANNOT_CANCEL_NOT_MASTER_ORDER`),
    an already cancelled order (`ORDER_ALREADY_CANCELED`), a Submitted or InProgress order
    (`R0008`; the seed writes `InProgress`, the public docs' status list `InProcess`: read as one
    status, the sandbox refuses both spellings), an order with a delivered segment (`R0009`), or a
    container linked to a booking
    (`CANNOT_CANCEL_ORDER_WITH_ASSOCIATED_CONTAINER`).

    Args:
        order_id (str): Order identifier: a prefix of 3 characters and 10 digits. `CDE` global
            customer order,
            `ELM` elementary order (multi-container case), `SEG` transport segment (carrier).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | GatewayError
    """

    return (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
        )
    ).parsed
