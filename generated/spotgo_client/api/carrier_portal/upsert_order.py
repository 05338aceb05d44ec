from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.external_error_view_model import ExternalErrorViewModel
from ...models.order_submit_model import OrderSubmitModel
from ...models.order_upsert_view_model import OrderUpsertViewModel
from ...models.problem_details import ProblemDetails
from ...types import Response


def _get_kwargs(
    *,
    body: OrderSubmitModel,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/orders/upsert",
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
) -> ExternalErrorViewModel | OrderUpsertViewModel | ProblemDetails | str | None:
    if response.status_code == 200:
        response_200 = OrderUpsertViewModel.from_dict(response.json())

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
) -> Response[ExternalErrorViewModel | OrderUpsertViewModel | ProblemDetails | str]:
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
) -> Response[ExternalErrorViewModel | OrderUpsertViewModel | ProblemDetails | str]:
    """Create or update an order by order number ("absorb")

     Create or update by order number.
    - If no order exists, creates one: the response flags `created` and `linkChanged` (a new share link
    is issued).
    - If it exists, updates it (`updated`), unless the order is already completed (updates are rejected,
    409).
    - Carrier change: if the carrier on the payload (its VAT code) differs from the stored carrier,
      the new carrier is assigned and the carrier share link is regenerated (`linkChanged`).
      If the order already has documents uploaded, changing the carrier is not allowed (409).
    The share URL is always returned (public docs: the TS client's comment, research/spotgo.md §2.5).

    Args:
        body (OrderSubmitModel): An order as sent to create, update and upsert.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExternalErrorViewModel | OrderUpsertViewModel | ProblemDetails | str]
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
) -> ExternalErrorViewModel | OrderUpsertViewModel | ProblemDetails | str | None:
    """Create or update an order by order number ("absorb")

     Create or update by order number.
    - If no order exists, creates one: the response flags `created` and `linkChanged` (a new share link
    is issued).
    - If it exists, updates it (`updated`), unless the order is already completed (updates are rejected,
    409).
    - Carrier change: if the carrier on the payload (its VAT code) differs from the stored carrier,
      the new carrier is assigned and the carrier share link is regenerated (`linkChanged`).
      If the order already has documents uploaded, changing the carrier is not allowed (409).
    The share URL is always returned (public docs: the TS client's comment, research/spotgo.md §2.5).

    Args:
        body (OrderSubmitModel): An order as sent to create, update and upsert.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExternalErrorViewModel | OrderUpsertViewModel | ProblemDetails | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OrderSubmitModel,
) -> Response[ExternalErrorViewModel | OrderUpsertViewModel | ProblemDetails | str]:
    """Create or update an order by order number ("absorb")

     Create or update by order number.
    - If no order exists, creates one: the response flags `created` and `linkChanged` (a new share link
    is issued).
    - If it exists, updates it (`updated`), unless the order is already completed (updates are rejected,
    409).
    - Carrier change: if the carrier on the payload (its VAT code) differs from the stored carrier,
      the new carrier is assigned and the carrier share link is regenerated (`linkChanged`).
      If the order already has documents uploaded, changing the carrier is not allowed (409).
    The share URL is always returned (public docs: the TS client's comment, research/spotgo.md §2.5).

    Args:
        body (OrderSubmitModel): An order as sent to create, update and upsert.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExternalErrorViewModel | OrderUpsertViewModel | ProblemDetails | str]
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
) -> ExternalErrorViewModel | OrderUpsertViewModel | ProblemDetails | str | None:
    """Create or update an order by order number ("absorb")

     Create or update by order number.
    - If no order exists, creates one: the response flags `created` and `linkChanged` (a new share link
    is issued).
    - If it exists, updates it (`updated`), unless the order is already completed (updates are rejected,
    409).
    - Carrier change: if the carrier on the payload (its VAT code) differs from the stored carrier,
      the new carrier is assigned and the carrier share link is regenerated (`linkChanged`).
      If the order already has documents uploaded, changing the carrier is not allowed (409).
    The share URL is always returned (public docs: the TS client's comment, research/spotgo.md §2.5).

    Args:
        body (OrderSubmitModel): An order as sent to create, update and upsert.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExternalErrorViewModel | OrderUpsertViewModel | ProblemDetails | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
