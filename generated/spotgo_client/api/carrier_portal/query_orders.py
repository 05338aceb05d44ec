from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.order_query_submit_model import OrderQuerySubmitModel
from ...models.order_query_view_model import OrderQueryViewModel
from ...models.problem_details import ProblemDetails
from ...types import Response


def _get_kwargs(
    *,
    body: OrderQuerySubmitModel,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/orders/query",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; x-api-version=1.0"

    _kwargs["headers"] = headers
    return _kwargs


def request_kwargs(
    *,
    body: OrderQuerySubmitModel,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (method, URL, params,
    headers, body), built without sending anything."""
    return _get_kwargs(
        body=body,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OrderQueryViewModel | ProblemDetails | str | None:
    if response.status_code == 200:
        response_200 = OrderQueryViewModel.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        if "json" not in response.headers.get("content-type", "").lower():
            return None
        response_400 = ProblemDetails.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = response.text
        return response_401

    if response.status_code == 415:
        if "json" not in response.headers.get("content-type", "").lower():
            return None
        response_415 = ProblemDetails.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        if "json" not in response.headers.get("content-type", "").lower():
            return None
        response_429 = ProblemDetails.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OrderQueryViewModel | ProblemDetails | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OrderQuerySubmitModel,
) -> Response[OrderQueryViewModel | ProblemDetails | str]:
    """Search and list orders, one page at a time

     Search/list orders. Filters include status, carrier, order number pattern, loading and
    unloading date ranges; a continuation token pages through the results. Each row includes the
    same documents summary as GET. Send back the `continuationToken` of a page to get the next
    one; a null token means the last page.

    Args:
        body (OrderQuerySubmitModel): Filters and paging of an order query. All filters are
            optional and combine with AND.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrderQueryViewModel | ProblemDetails | str]
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
    body: OrderQuerySubmitModel,
) -> OrderQueryViewModel | ProblemDetails | str | None:
    """Search and list orders, one page at a time

     Search/list orders. Filters include status, carrier, order number pattern, loading and
    unloading date ranges; a continuation token pages through the results. Each row includes the
    same documents summary as GET. Send back the `continuationToken` of a page to get the next
    one; a null token means the last page.

    Args:
        body (OrderQuerySubmitModel): Filters and paging of an order query. All filters are
            optional and combine with AND.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderQueryViewModel | ProblemDetails | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OrderQuerySubmitModel,
) -> Response[OrderQueryViewModel | ProblemDetails | str]:
    """Search and list orders, one page at a time

     Search/list orders. Filters include status, carrier, order number pattern, loading and
    unloading date ranges; a continuation token pages through the results. Each row includes the
    same documents summary as GET. Send back the `continuationToken` of a page to get the next
    one; a null token means the last page.

    Args:
        body (OrderQuerySubmitModel): Filters and paging of an order query. All filters are
            optional and combine with AND.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrderQueryViewModel | ProblemDetails | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OrderQuerySubmitModel,
) -> OrderQueryViewModel | ProblemDetails | str | None:
    """Search and list orders, one page at a time

     Search/list orders. Filters include status, carrier, order number pattern, loading and
    unloading date ranges; a continuation token pages through the results. Each row includes the
    same documents summary as GET. Send back the `continuationToken` of a page to get the next
    one; a null token means the last page.

    Args:
        body (OrderQuerySubmitModel): Filters and paging of an order query. All filters are
            optional and combine with AND.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderQueryViewModel | ProblemDetails | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
