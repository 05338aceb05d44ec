from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_created_orders_order import ListCreatedOrdersOrder
from ...models.order import Order
from ...models.problem import Problem
from ...types import UNSET, Response


def _get_kwargs(
    *,
    sort_by: str,
    order: ListCreatedOrdersOrder,
    page: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sortBy"] = sort_by

    json_order = order.value
    params["order"] = json_order

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ext/orders-api/v1/orders-created",
        "params": params,
    }

    return _kwargs


def request_kwargs(
    *,
    sort_by: str,
    order: ListCreatedOrdersOrder,
    page: int,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (method, URL, params,
    headers, body), built without sending anything."""
    return _get_kwargs(
        sort_by=sort_by,
        order=order,
        page=page,
    )


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | list[Order] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Order.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

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

    if response.status_code == 404:
        if "json" not in response.headers.get("content-type", "").lower():
            return None
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 424:
        if "json" not in response.headers.get("content-type", "").lower():
            return None
        response_424 = Problem.from_dict(response.json())

        return response_424

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
) -> Response[Problem | list[Order]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    sort_by: str,
    order: ListCreatedOrdersOrder,
    page: int,
) -> Response[Problem | list[Order]]:
    """List created orders (one page)

     The orders the caller's company created, one page at a time. Pages are numbered from 1;
    `sortBy`, `order` and `page` are all required. A page past the last is 404 "page not
    found"; a page shorter than the page size is the last.

    Args:
        sort_by (str):
        order (ListCreatedOrdersOrder):
        page (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[Order]]
    """

    kwargs = _get_kwargs(
        sort_by=sort_by,
        order=order,
        page=page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    sort_by: str,
    order: ListCreatedOrdersOrder,
    page: int,
) -> Problem | list[Order] | None:
    """List created orders (one page)

     The orders the caller's company created, one page at a time. Pages are numbered from 1;
    `sortBy`, `order` and `page` are all required. A page past the last is 404 "page not
    found"; a page shorter than the page size is the last.

    Args:
        sort_by (str):
        order (ListCreatedOrdersOrder):
        page (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[Order]
    """

    return sync_detailed(
        client=client,
        sort_by=sort_by,
        order=order,
        page=page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    sort_by: str,
    order: ListCreatedOrdersOrder,
    page: int,
) -> Response[Problem | list[Order]]:
    """List created orders (one page)

     The orders the caller's company created, one page at a time. Pages are numbered from 1;
    `sortBy`, `order` and `page` are all required. A page past the last is 404 "page not
    found"; a page shorter than the page size is the last.

    Args:
        sort_by (str):
        order (ListCreatedOrdersOrder):
        page (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[Order]]
    """

    kwargs = _get_kwargs(
        sort_by=sort_by,
        order=order,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    sort_by: str,
    order: ListCreatedOrdersOrder,
    page: int,
) -> Problem | list[Order] | None:
    """List created orders (one page)

     The orders the caller's company created, one page at a time. Pages are numbered from 1;
    `sortBy`, `order` and `page` are all required. A page past the last is 404 "page not
    found"; a page shorter than the page size is the last.

    Args:
        sort_by (str):
        order (ListCreatedOrdersOrder):
        page (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[Order]
    """

    return (
        await asyncio_detailed(
            client=client,
            sort_by=sort_by,
            order=order,
            page=page,
        )
    ).parsed
