from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_order_created import CustomerOrderCreated
from ...models.customer_order_update import CustomerOrderUpdate
from ...models.error import Error
from ...models.gateway_error import GatewayError
from ...types import Response


def _get_kwargs(
    order_id: str,
    *,
    body: CustomerOrderUpdate,
    if_match: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/customer-orders/{order_id}".format(
            order_id=quote(str(order_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def request_kwargs(
    order_id: str,
    *,
    body: CustomerOrderUpdate,
    if_match: str,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (method, URL, params,
    headers, body), built without sending anything."""
    return _get_kwargs(
        order_id=order_id,
        body=body,
        if_match=if_match,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerOrderCreated | Error | GatewayError | None:
    if response.status_code == 200:
        response_200 = CustomerOrderCreated.from_dict(response.json())

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

    if response.status_code == 412:
        if "json" not in response.headers.get("content-type", "").lower():
            return None
        response_412 = Error.from_dict(response.json())

        return response_412

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
) -> Response[CustomerOrderCreated | Error | GatewayError]:
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
    body: CustomerOrderUpdate,
    if_match: str,
) -> Response[CustomerOrderCreated | Error | GatewayError]:
    """Update a customer order

     JSON body (not multipart). `If-Match` must carry the current version (the `ETag` of GET);
    a stale version is answered 412. Refused changes: the number of containers
    (`CANNOT_CHANGE_NUMBER_OF_CONTAINERS`), the customs flag (`CUSTOMS_FLAG_NOT_BE_MODIFIED`),
    container references (`R0007`), any other container or event information (`R0005`: "Cannot
    update information of containers and events"; the body must repeat the containers as they
    are), an order "in certain status" (`R0006`; which statuses is not stated: the sandbox
    refuses a cancelled order, inferred).

    Args:
        order_id (str): Order identifier: a prefix of 3 characters and 10 digits. `CDE` global
            customer order,
            `ELM` elementary order (multi-container case), `SEG` transport segment (carrier).
        if_match (str):
        body (CustomerOrderUpdate): Body of an update (JSON): the fields the public update page
            lists (carrier, contractor and
            transport order number are not among them). Closed by analogy with the create model: the
            docs state "Additional properties are NOT allowed" for the create page only, so clients
            warn
            about an extra field and send it; the lengths are the create model's (seed 002), applied
            here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerOrderCreated | Error | GatewayError]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomerOrderUpdate,
    if_match: str,
) -> CustomerOrderCreated | Error | GatewayError | None:
    """Update a customer order

     JSON body (not multipart). `If-Match` must carry the current version (the `ETag` of GET);
    a stale version is answered 412. Refused changes: the number of containers
    (`CANNOT_CHANGE_NUMBER_OF_CONTAINERS`), the customs flag (`CUSTOMS_FLAG_NOT_BE_MODIFIED`),
    container references (`R0007`), any other container or event information (`R0005`: "Cannot
    update information of containers and events"; the body must repeat the containers as they
    are), an order "in certain status" (`R0006`; which statuses is not stated: the sandbox
    refuses a cancelled order, inferred).

    Args:
        order_id (str): Order identifier: a prefix of 3 characters and 10 digits. `CDE` global
            customer order,
            `ELM` elementary order (multi-container case), `SEG` transport segment (carrier).
        if_match (str):
        body (CustomerOrderUpdate): Body of an update (JSON): the fields the public update page
            lists (carrier, contractor and
            transport order number are not among them). Closed by analogy with the create model: the
            docs state "Additional properties are NOT allowed" for the create page only, so clients
            warn
            about an extra field and send it; the lengths are the create model's (seed 002), applied
            here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerOrderCreated | Error | GatewayError
    """

    return sync_detailed(
        order_id=order_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomerOrderUpdate,
    if_match: str,
) -> Response[CustomerOrderCreated | Error | GatewayError]:
    """Update a customer order

     JSON body (not multipart). `If-Match` must carry the current version (the `ETag` of GET);
    a stale version is answered 412. Refused changes: the number of containers
    (`CANNOT_CHANGE_NUMBER_OF_CONTAINERS`), the customs flag (`CUSTOMS_FLAG_NOT_BE_MODIFIED`),
    container references (`R0007`), any other container or event information (`R0005`: "Cannot
    update information of containers and events"; the body must repeat the containers as they
    are), an order "in certain status" (`R0006`; which statuses is not stated: the sandbox
    refuses a cancelled order, inferred).

    Args:
        order_id (str): Order identifier: a prefix of 3 characters and 10 digits. `CDE` global
            customer order,
            `ELM` elementary order (multi-container case), `SEG` transport segment (carrier).
        if_match (str):
        body (CustomerOrderUpdate): Body of an update (JSON): the fields the public update page
            lists (carrier, contractor and
            transport order number are not among them). Closed by analogy with the create model: the
            docs state "Additional properties are NOT allowed" for the create page only, so clients
            warn
            about an extra field and send it; the lengths are the create model's (seed 002), applied
            here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerOrderCreated | Error | GatewayError]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CustomerOrderUpdate,
    if_match: str,
) -> CustomerOrderCreated | Error | GatewayError | None:
    """Update a customer order

     JSON body (not multipart). `If-Match` must carry the current version (the `ETag` of GET);
    a stale version is answered 412. Refused changes: the number of containers
    (`CANNOT_CHANGE_NUMBER_OF_CONTAINERS`), the customs flag (`CUSTOMS_FLAG_NOT_BE_MODIFIED`),
    container references (`R0007`), any other container or event information (`R0005`: "Cannot
    update information of containers and events"; the body must repeat the containers as they
    are), an order "in certain status" (`R0006`; which statuses is not stated: the sandbox
    refuses a cancelled order, inferred).

    Args:
        order_id (str): Order identifier: a prefix of 3 characters and 10 digits. `CDE` global
            customer order,
            `ELM` elementary order (multi-container case), `SEG` transport segment (carrier).
        if_match (str):
        body (CustomerOrderUpdate): Body of an update (JSON): the fields the public update page
            lists (carrier, contractor and
            transport order number are not among them). Closed by analogy with the create model: the
            docs state "Additional properties are NOT allowed" for the create page only, so clients
            warn
            about an extra field and send it; the lengths are the create model's (seed 002), applied
            here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerOrderCreated | Error | GatewayError
    """

    return (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
