from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.external_error_view_model import ExternalErrorViewModel
from ...models.order_submit_model import OrderSubmitModel
from ...models.order_view_model import OrderViewModel
from ...models.problem_details import ProblemDetails
from ...types import Response


def _get_kwargs(
    *,
    body: OrderSubmitModel,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/orders",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; x-api-version=1.0"

    _kwargs["headers"] = headers
    return _kwargs


def request_kwargs(
    *,
    body: OrderSubmitModel,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (method, URL, params,
    headers, body), built without sending anything."""
    return _get_kwargs(
        body=body,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ExternalErrorViewModel | OrderViewModel | ProblemDetails | str | None:
    if response.status_code == 200:
        response_200 = OrderViewModel.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        if "json" not in response.headers.get("content-type", "").lower():
            return None
        response_400 = ProblemDetails.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = response.text
        return response_401

    if response.status_code == 409:
        if "json" not in response.headers.get("content-type", "").lower():
            return None
        response_409 = ExternalErrorViewModel.from_dict(response.json())

        return response_409

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
) -> Response[ExternalErrorViewModel | OrderViewModel | ProblemDetails | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OrderSubmitModel,
) -> Response[ExternalErrorViewModel | OrderViewModel | ProblemDetails | str]:
    """Create an order (create only)

     Create only. Fails if an order with the same order number already exists for your company
    (order numbers are unique per company account; the service normalises them before comparing).
    Use when you want strict "create once" semantics. Always persist the returned `orderId`
    (GUID): almost all document and follow-up calls use it, not the human-readable order number.

    Args:
        body (OrderSubmitModel): An order as sent to create, update and upsert.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExternalErrorViewModel | OrderViewModel | ProblemDetails | str]
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
    body: OrderSubmitModel,
) -> ExternalErrorViewModel | OrderViewModel | ProblemDetails | str | None:
    """Create an order (create only)

     Create only. Fails if an order with the same order number already exists for your company
    (order numbers are unique per company account; the service normalises them before comparing).
    Use when you want strict "create once" semantics. Always persist the returned `orderId`
    (GUID): almost all document and follow-up calls use it, not the human-readable order number.

    Args:
        body (OrderSubmitModel): An order as sent to create, update and upsert.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExternalErrorViewModel | OrderViewModel | ProblemDetails | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OrderSubmitModel,
) -> Response[ExternalErrorViewModel | OrderViewModel | ProblemDetails | str]:
    """Create an order (create only)

     Create only. Fails if an order with the same order number already exists for your company
    (order numbers are unique per company account; the service normalises them before comparing).
    Use when you want strict "create once" semantics. Always persist the returned `orderId`
    (GUID): almost all document and follow-up calls use it, not the human-readable order number.

    Args:
        body (OrderSubmitModel): An order as sent to create, update and upsert.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExternalErrorViewModel | OrderViewModel | ProblemDetails | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OrderSubmitModel,
) -> ExternalErrorViewModel | OrderViewModel | ProblemDetails | str | None:
    """Create an order (create only)

     Create only. Fails if an order with the same order number already exists for your company
    (order numbers are unique per company account; the service normalises them before comparing).
    Use when you want strict "create once" semantics. Always persist the returned `orderId`
    (GUID): almost all document and follow-up calls use it, not the human-readable order number.

    Args:
        body (OrderSubmitModel): An order as sent to create, update and upsert.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExternalErrorViewModel | OrderViewModel | ProblemDetails | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
