from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_details import ProblemDetails
from ...models.webhook_subscription_request import WebhookSubscriptionRequest
from ...models.webhook_subscription_response import WebhookSubscriptionResponse
from ...types import Response


def _get_kwargs(
    *,
    body: WebhookSubscriptionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/webhooks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; x-api-version=1.0"

    _kwargs["headers"] = headers
    return _kwargs


def request_kwargs(
    *,
    body: WebhookSubscriptionRequest,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (method, URL, params,
    headers, body), built without sending anything."""
    return _get_kwargs(
        body=body,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetails | WebhookSubscriptionResponse | str | None:
    if response.status_code == 200:
        response_200 = WebhookSubscriptionResponse.from_dict(response.json())

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
) -> Response[ProblemDetails | WebhookSubscriptionResponse | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WebhookSubscriptionRequest,
) -> Response[ProblemDetails | WebhookSubscriptionResponse | str]:
    """Subscribe a callback URL to an event type

     Registers a callback URL for one event type, with how SpotGo authenticates its deliveries
    (Basic, an API key header, or OAuth 2 client credentials). 001 builds both workflows on it:
    Workflow A subscribes to accepted documents, Workflow B to new uploads. SpotGo's webhook-flow
    page says a test event (`example.event.publish.test`) is sent when a webhook is registered,
    that the receiver must "Always return 200 OK", and that a failed delivery is retried 3 times
    with increasing intervals; after repeated failures the subscription is deactivated until
    `reset` (research/anchors-3.md §3.3). Every delivery is described under `webhooks`.

    Args:
        body (WebhookSubscriptionRequest): A subscription of one callback URL to one event type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | WebhookSubscriptionResponse | str]
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
    body: WebhookSubscriptionRequest,
) -> ProblemDetails | WebhookSubscriptionResponse | str | None:
    """Subscribe a callback URL to an event type

     Registers a callback URL for one event type, with how SpotGo authenticates its deliveries
    (Basic, an API key header, or OAuth 2 client credentials). 001 builds both workflows on it:
    Workflow A subscribes to accepted documents, Workflow B to new uploads. SpotGo's webhook-flow
    page says a test event (`example.event.publish.test`) is sent when a webhook is registered,
    that the receiver must "Always return 200 OK", and that a failed delivery is retried 3 times
    with increasing intervals; after repeated failures the subscription is deactivated until
    `reset` (research/anchors-3.md §3.3). Every delivery is described under `webhooks`.

    Args:
        body (WebhookSubscriptionRequest): A subscription of one callback URL to one event type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | WebhookSubscriptionResponse | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WebhookSubscriptionRequest,
) -> Response[ProblemDetails | WebhookSubscriptionResponse | str]:
    """Subscribe a callback URL to an event type

     Registers a callback URL for one event type, with how SpotGo authenticates its deliveries
    (Basic, an API key header, or OAuth 2 client credentials). 001 builds both workflows on it:
    Workflow A subscribes to accepted documents, Workflow B to new uploads. SpotGo's webhook-flow
    page says a test event (`example.event.publish.test`) is sent when a webhook is registered,
    that the receiver must "Always return 200 OK", and that a failed delivery is retried 3 times
    with increasing intervals; after repeated failures the subscription is deactivated until
    `reset` (research/anchors-3.md §3.3). Every delivery is described under `webhooks`.

    Args:
        body (WebhookSubscriptionRequest): A subscription of one callback URL to one event type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | WebhookSubscriptionResponse | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: WebhookSubscriptionRequest,
) -> ProblemDetails | WebhookSubscriptionResponse | str | None:
    """Subscribe a callback URL to an event type

     Registers a callback URL for one event type, with how SpotGo authenticates its deliveries
    (Basic, an API key header, or OAuth 2 client credentials). 001 builds both workflows on it:
    Workflow A subscribes to accepted documents, Workflow B to new uploads. SpotGo's webhook-flow
    page says a test event (`example.event.publish.test`) is sent when a webhook is registered,
    that the receiver must "Always return 200 OK", and that a failed delivery is retried 3 times
    with increasing intervals; after repeated failures the subscription is deactivated until
    `reset` (research/anchors-3.md §3.3). Every delivery is described under `webhooks`.

    Args:
        body (WebhookSubscriptionRequest): A subscription of one callback URL to one event type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | WebhookSubscriptionResponse | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
