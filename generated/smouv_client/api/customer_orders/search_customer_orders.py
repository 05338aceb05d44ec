import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_order_page import CustomerOrderPage
from ...models.customs_flag import CustomsFlag
from ...models.error import Error
from ...models.gateway_error import GatewayError
from ...models.order_status import OrderStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    transport_order_number: str | Unset = UNSET,
    container_number: str | Unset = UNSET,
    carrier_code: str | Unset = UNSET,
    processing_indicator: CustomsFlag | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    status: OrderStatus | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    desc: bool | Unset = False,
    is_projection: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["transportOrderNumber"] = transport_order_number

    params["containerNumber"] = container_number

    params["carrierCode"] = carrier_code

    json_processing_indicator: str | Unset = UNSET
    if not isinstance(processing_indicator, Unset):
        json_processing_indicator = processing_indicator.value

    params["processingIndicator"] = json_processing_indicator

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["startDate"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["endDate"] = json_end_date

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["offset"] = offset

    params["limit"] = limit

    params["desc"] = desc

    params["isProjection"] = is_projection

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/customer-orders",
        "params": params,
    }

    return _kwargs


def request_kwargs(
    *,
    transport_order_number: str | Unset = UNSET,
    container_number: str | Unset = UNSET,
    carrier_code: str | Unset = UNSET,
    processing_indicator: CustomsFlag | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    status: OrderStatus | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    desc: bool | Unset = False,
    is_projection: bool | Unset = False,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (method, URL, params,
    headers, body), built without sending anything."""
    return _get_kwargs(
        transport_order_number=transport_order_number,
        container_number=container_number,
        carrier_code=carrier_code,
        processing_indicator=processing_indicator,
        start_date=start_date,
        end_date=end_date,
        status=status,
        offset=offset,
        limit=limit,
        desc=desc,
        is_projection=is_projection,
    )


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerOrderPage | Error | GatewayError | None:
    if response.status_code == 200:
        response_200 = CustomerOrderPage.from_dict(response.json())

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
) -> Response[CustomerOrderPage | Error | GatewayError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    transport_order_number: str | Unset = UNSET,
    container_number: str | Unset = UNSET,
    carrier_code: str | Unset = UNSET,
    processing_indicator: CustomsFlag | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    status: OrderStatus | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    desc: bool | Unset = False,
    is_projection: bool | Unset = False,
) -> Response[CustomerOrderPage | Error | GatewayError]:
    """Search customer orders (filter)

     Filters customer orders. `startDate`/`endDate` bound the creation date, both inclusive.
    Paging by `offset` and `limit` (at most 50). A non-positive limit gives `LIMIT_NONPOSITIVE`,
    a negative offset `OFFSET_NEGATIVE`, an invalid date range `SEARCH_DATE_ERROR`.

    Args:
        transport_order_number (str | Unset):
        container_number (str | Unset):
        carrier_code (str | Unset):
        processing_indicator (CustomsFlag | Unset): Type of flow: Import, Export or Transfer.
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        status (OrderStatus | Unset): Status of a customer order. (`InProcess` is the seed's
            `InProgress` of R0008.)
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        desc (bool | Unset):  Default: False.
        is_projection (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerOrderPage | Error | GatewayError]
    """

    kwargs = _get_kwargs(
        transport_order_number=transport_order_number,
        container_number=container_number,
        carrier_code=carrier_code,
        processing_indicator=processing_indicator,
        start_date=start_date,
        end_date=end_date,
        status=status,
        offset=offset,
        limit=limit,
        desc=desc,
        is_projection=is_projection,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    transport_order_number: str | Unset = UNSET,
    container_number: str | Unset = UNSET,
    carrier_code: str | Unset = UNSET,
    processing_indicator: CustomsFlag | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    status: OrderStatus | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    desc: bool | Unset = False,
    is_projection: bool | Unset = False,
) -> CustomerOrderPage | Error | GatewayError | None:
    """Search customer orders (filter)

     Filters customer orders. `startDate`/`endDate` bound the creation date, both inclusive.
    Paging by `offset` and `limit` (at most 50). A non-positive limit gives `LIMIT_NONPOSITIVE`,
    a negative offset `OFFSET_NEGATIVE`, an invalid date range `SEARCH_DATE_ERROR`.

    Args:
        transport_order_number (str | Unset):
        container_number (str | Unset):
        carrier_code (str | Unset):
        processing_indicator (CustomsFlag | Unset): Type of flow: Import, Export or Transfer.
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        status (OrderStatus | Unset): Status of a customer order. (`InProcess` is the seed's
            `InProgress` of R0008.)
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        desc (bool | Unset):  Default: False.
        is_projection (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerOrderPage | Error | GatewayError
    """

    return sync_detailed(
        client=client,
        transport_order_number=transport_order_number,
        container_number=container_number,
        carrier_code=carrier_code,
        processing_indicator=processing_indicator,
        start_date=start_date,
        end_date=end_date,
        status=status,
        offset=offset,
        limit=limit,
        desc=desc,
        is_projection=is_projection,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    transport_order_number: str | Unset = UNSET,
    container_number: str | Unset = UNSET,
    carrier_code: str | Unset = UNSET,
    processing_indicator: CustomsFlag | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    status: OrderStatus | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    desc: bool | Unset = False,
    is_projection: bool | Unset = False,
) -> Response[CustomerOrderPage | Error | GatewayError]:
    """Search customer orders (filter)

     Filters customer orders. `startDate`/`endDate` bound the creation date, both inclusive.
    Paging by `offset` and `limit` (at most 50). A non-positive limit gives `LIMIT_NONPOSITIVE`,
    a negative offset `OFFSET_NEGATIVE`, an invalid date range `SEARCH_DATE_ERROR`.

    Args:
        transport_order_number (str | Unset):
        container_number (str | Unset):
        carrier_code (str | Unset):
        processing_indicator (CustomsFlag | Unset): Type of flow: Import, Export or Transfer.
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        status (OrderStatus | Unset): Status of a customer order. (`InProcess` is the seed's
            `InProgress` of R0008.)
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        desc (bool | Unset):  Default: False.
        is_projection (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerOrderPage | Error | GatewayError]
    """

    kwargs = _get_kwargs(
        transport_order_number=transport_order_number,
        container_number=container_number,
        carrier_code=carrier_code,
        processing_indicator=processing_indicator,
        start_date=start_date,
        end_date=end_date,
        status=status,
        offset=offset,
        limit=limit,
        desc=desc,
        is_projection=is_projection,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    transport_order_number: str | Unset = UNSET,
    container_number: str | Unset = UNSET,
    carrier_code: str | Unset = UNSET,
    processing_indicator: CustomsFlag | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    status: OrderStatus | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    desc: bool | Unset = False,
    is_projection: bool | Unset = False,
) -> CustomerOrderPage | Error | GatewayError | None:
    """Search customer orders (filter)

     Filters customer orders. `startDate`/`endDate` bound the creation date, both inclusive.
    Paging by `offset` and `limit` (at most 50). A non-positive limit gives `LIMIT_NONPOSITIVE`,
    a negative offset `OFFSET_NEGATIVE`, an invalid date range `SEARCH_DATE_ERROR`.

    Args:
        transport_order_number (str | Unset):
        container_number (str | Unset):
        carrier_code (str | Unset):
        processing_indicator (CustomsFlag | Unset): Type of flow: Import, Export or Transfer.
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        status (OrderStatus | Unset): Status of a customer order. (`InProcess` is the seed's
            `InProgress` of R0008.)
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        desc (bool | Unset):  Default: False.
        is_projection (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerOrderPage | Error | GatewayError
    """

    return (
        await asyncio_detailed(
            client=client,
            transport_order_number=transport_order_number,
            container_number=container_number,
            carrier_code=carrier_code,
            processing_indicator=processing_indicator,
            start_date=start_date,
            end_date=end_date,
            status=status,
            offset=offset,
            limit=limit,
            desc=desc,
            is_projection=is_projection,
        )
    ).parsed
