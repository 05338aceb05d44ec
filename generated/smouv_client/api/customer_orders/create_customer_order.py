from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_order_create_form import CustomerOrderCreateForm
from ...models.customer_order_created import CustomerOrderCreated
from ...models.error import Error
from ...models.gateway_error import GatewayError
from ...types import Response


def _get_kwargs(
    *,
    body: CustomerOrderCreateForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/customer-orders",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def request_kwargs(
    *,
    body: CustomerOrderCreateForm,
) -> dict[str, Any]:
    """The keyword arguments of `httpx.Client.request` for this operation (method, URL, params,
    headers, body), built without sending anything."""
    return _get_kwargs(
        body=body,
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
    *,
    client: AuthenticatedClient | Client,
    body: CustomerOrderCreateForm,
) -> Response[CustomerOrderCreated | Error | GatewayError]:
    """Create a new customer order

     Call with `Content-Type: multipart/form-data`. 1st part: the customer order data, part name
    `order`, JSON. 2nd part: the attached documents, part name `files`, one part per file.

    Part names: the seed's prose names the parts `order` and `files`, its rendered schema shows
    `Order` and `Files`, and its curl sample sends `Order=` and `Files[]=`. The service is ASP.NET
    Core (`IFormFile`), whose form binding ignores case, so all spellings bind. Clients built from
    this spec send `order` and `files` (the names the prose states); the sandbox accepts
    `order`/`Order` and `files`/`Files`/`files[]`/`Files[]`.

    Rules checked by the service (error code in brackets):
    - Events: exactly 4 events for an Import or Export order and 2 for a Transfer order, with the
      mandatory types of the flow: Import `LadingImport, DeliveryImport, EmptyReleaseImport,
      EmptyReturnImport`; Export `EmptyReleaseExport, PositioningExport, LadingExport,
      DeliveryExport`; Transfer `LadingTransfer, DeliveryTransfer`. The seed names no code for
      this rule; a wrong event set is answered with `NOT_SUPPORTED_ORDER_TYPE` (inferred: the
      event set does not fit the flow).
    - Event dates in chronological order: Import LadingImport -> DeliveryImport ->
      EmptyReleaseImport -> EmptyReturnImport; Export EmptyReleaseExport -> PositioningExport ->
      LadingExport -> DeliveryExport (`WRONG_EVENT_DATE_ORDER`). The seed states no order for
      Transfer; LadingTransfer -> DeliveryTransfer is inferred (clients warn, never refuse).
    - `startDate` is mandatory for the delivery in import (DeliveryImport), the positioning of
      the empty container in export (PositioningExport) and the delivery in transfer
      (DeliveryTransfer) (`EVENT_START_DATE_REQUIRED`).
    - "The fields of event location is required" (`EVENT_LOCATION_FIELDS_REQUIRED`): the seed
      names no criterion. A missing or empty location is refused; which fields suffice is
      inferred as its `code`, or its `name` with an address or a city (`location.address`,
      `location.city`): clients warn, never refuse, on that criterion.
    - Container `reference` is mandatory for import and transfer; any container number must
      follow ISO 6346:1995. An invalid number is `HANDLING_UNIT_REFERENCE_INVALID` ("Reference of
      handling unit is invalid"); a missing one gets the same code (inferred: the seed names none).
      The seed's own curl sample `CGMU1234567` fails the check digit (it is 2, not 7).
    - Export needs the container `type` and `bookingNumber`. The seed names no code for this:
      clients refuse without a vendor code, the sandbox answers `SANDBOX_VALIDATION`.
      (`WRONG_FORMAT` means "Order identifier is in wrong format" only.)
    - Fields the seed calls available for one flow only (`bookingNumber`: export and transfer;
      `billOfLading`, `voyage.eta`: import and transfer; `voyage.etd`, `voyage.closing*`:
      export) set on another flow: whether the service refuses or ignores them is not stated.
      The seed's own example is an Import order carrying `bookingNumber`, `etd` and `closing*`,
      so the sandbox takes them on any flow; clients warn (inferred).
    - A carrier unknown to S'mouv (GEDMOUV) needs a carrier contact email (`CARRIER_EMAIL_REQUIRED`).
    - A contractor unknown to GEDMOUV cannot create an order (`CONTRACTOR_UNAUTHORIZED_BY_GEDMOUV`).
    - The same order twice (`ORDER_DUPLICATED`: "the same characteristics"). The criterion is
      inferred: the same organisation, transport order number and container references, cancelled
      orders excluded.
    - Unknown actor code (`ACTOR_NOT_FOUND`), unknown location code (`UNKNOWN_LOCATION`). Location
      codes are S)ONE codes (up to 20 characters, with a parent), not UN/LOCODEs; no referential
      is bundled, so neither clients nor the sandbox refuse a code they do not know.
    - `EXISTS_ORDER_WITH_HANDLING_UNIT_SPI` ("Exists order with the given handling unit spi") is
      listed with its meaning only: the seed does not say what a handling unit SPI is or when
      the rule applies, so nothing checks it (the sandbox takes a second order for the same
      container under another number).

    Args:
        body (CustomerOrderCreateForm): Multipart body of a create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerOrderCreated | Error | GatewayError]
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
    body: CustomerOrderCreateForm,
) -> CustomerOrderCreated | Error | GatewayError | None:
    """Create a new customer order

     Call with `Content-Type: multipart/form-data`. 1st part: the customer order data, part name
    `order`, JSON. 2nd part: the attached documents, part name `files`, one part per file.

    Part names: the seed's prose names the parts `order` and `files`, its rendered schema shows
    `Order` and `Files`, and its curl sample sends `Order=` and `Files[]=`. The service is ASP.NET
    Core (`IFormFile`), whose form binding ignores case, so all spellings bind. Clients built from
    this spec send `order` and `files` (the names the prose states); the sandbox accepts
    `order`/`Order` and `files`/`Files`/`files[]`/`Files[]`.

    Rules checked by the service (error code in brackets):
    - Events: exactly 4 events for an Import or Export order and 2 for a Transfer order, with the
      mandatory types of the flow: Import `LadingImport, DeliveryImport, EmptyReleaseImport,
      EmptyReturnImport`; Export `EmptyReleaseExport, PositioningExport, LadingExport,
      DeliveryExport`; Transfer `LadingTransfer, DeliveryTransfer`. The seed names no code for
      this rule; a wrong event set is answered with `NOT_SUPPORTED_ORDER_TYPE` (inferred: the
      event set does not fit the flow).
    - Event dates in chronological order: Import LadingImport -> DeliveryImport ->
      EmptyReleaseImport -> EmptyReturnImport; Export EmptyReleaseExport -> PositioningExport ->
      LadingExport -> DeliveryExport (`WRONG_EVENT_DATE_ORDER`). The seed states no order for
      Transfer; LadingTransfer -> DeliveryTransfer is inferred (clients warn, never refuse).
    - `startDate` is mandatory for the delivery in import (DeliveryImport), the positioning of
      the empty container in export (PositioningExport) and the delivery in transfer
      (DeliveryTransfer) (`EVENT_START_DATE_REQUIRED`).
    - "The fields of event location is required" (`EVENT_LOCATION_FIELDS_REQUIRED`): the seed
      names no criterion. A missing or empty location is refused; which fields suffice is
      inferred as its `code`, or its `name` with an address or a city (`location.address`,
      `location.city`): clients warn, never refuse, on that criterion.
    - Container `reference` is mandatory for import and transfer; any container number must
      follow ISO 6346:1995. An invalid number is `HANDLING_UNIT_REFERENCE_INVALID` ("Reference of
      handling unit is invalid"); a missing one gets the same code (inferred: the seed names none).
      The seed's own curl sample `CGMU1234567` fails the check digit (it is 2, not 7).
    - Export needs the container `type` and `bookingNumber`. The seed names no code for this:
      clients refuse without a vendor code, the sandbox answers `SANDBOX_VALIDATION`.
      (`WRONG_FORMAT` means "Order identifier is in wrong format" only.)
    - Fields the seed calls available for one flow only (`bookingNumber`: export and transfer;
      `billOfLading`, `voyage.eta`: import and transfer; `voyage.etd`, `voyage.closing*`:
      export) set on another flow: whether the service refuses or ignores them is not stated.
      The seed's own example is an Import order carrying `bookingNumber`, `etd` and `closing*`,
      so the sandbox takes them on any flow; clients warn (inferred).
    - A carrier unknown to S'mouv (GEDMOUV) needs a carrier contact email (`CARRIER_EMAIL_REQUIRED`).
    - A contractor unknown to GEDMOUV cannot create an order (`CONTRACTOR_UNAUTHORIZED_BY_GEDMOUV`).
    - The same order twice (`ORDER_DUPLICATED`: "the same characteristics"). The criterion is
      inferred: the same organisation, transport order number and container references, cancelled
      orders excluded.
    - Unknown actor code (`ACTOR_NOT_FOUND`), unknown location code (`UNKNOWN_LOCATION`). Location
      codes are S)ONE codes (up to 20 characters, with a parent), not UN/LOCODEs; no referential
      is bundled, so neither clients nor the sandbox refuse a code they do not know.
    - `EXISTS_ORDER_WITH_HANDLING_UNIT_SPI` ("Exists order with the given handling unit spi") is
      listed with its meaning only: the seed does not say what a handling unit SPI is or when
      the rule applies, so nothing checks it (the sandbox takes a second order for the same
      container under another number).

    Args:
        body (CustomerOrderCreateForm): Multipart body of a create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerOrderCreated | Error | GatewayError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CustomerOrderCreateForm,
) -> Response[CustomerOrderCreated | Error | GatewayError]:
    """Create a new customer order

     Call with `Content-Type: multipart/form-data`. 1st part: the customer order data, part name
    `order`, JSON. 2nd part: the attached documents, part name `files`, one part per file.

    Part names: the seed's prose names the parts `order` and `files`, its rendered schema shows
    `Order` and `Files`, and its curl sample sends `Order=` and `Files[]=`. The service is ASP.NET
    Core (`IFormFile`), whose form binding ignores case, so all spellings bind. Clients built from
    this spec send `order` and `files` (the names the prose states); the sandbox accepts
    `order`/`Order` and `files`/`Files`/`files[]`/`Files[]`.

    Rules checked by the service (error code in brackets):
    - Events: exactly 4 events for an Import or Export order and 2 for a Transfer order, with the
      mandatory types of the flow: Import `LadingImport, DeliveryImport, EmptyReleaseImport,
      EmptyReturnImport`; Export `EmptyReleaseExport, PositioningExport, LadingExport,
      DeliveryExport`; Transfer `LadingTransfer, DeliveryTransfer`. The seed names no code for
      this rule; a wrong event set is answered with `NOT_SUPPORTED_ORDER_TYPE` (inferred: the
      event set does not fit the flow).
    - Event dates in chronological order: Import LadingImport -> DeliveryImport ->
      EmptyReleaseImport -> EmptyReturnImport; Export EmptyReleaseExport -> PositioningExport ->
      LadingExport -> DeliveryExport (`WRONG_EVENT_DATE_ORDER`). The seed states no order for
      Transfer; LadingTransfer -> DeliveryTransfer is inferred (clients warn, never refuse).
    - `startDate` is mandatory for the delivery in import (DeliveryImport), the positioning of
      the empty container in export (PositioningExport) and the delivery in transfer
      (DeliveryTransfer) (`EVENT_START_DATE_REQUIRED`).
    - "The fields of event location is required" (`EVENT_LOCATION_FIELDS_REQUIRED`): the seed
      names no criterion. A missing or empty location is refused; which fields suffice is
      inferred as its `code`, or its `name` with an address or a city (`location.address`,
      `location.city`): clients warn, never refuse, on that criterion.
    - Container `reference` is mandatory for import and transfer; any container number must
      follow ISO 6346:1995. An invalid number is `HANDLING_UNIT_REFERENCE_INVALID` ("Reference of
      handling unit is invalid"); a missing one gets the same code (inferred: the seed names none).
      The seed's own curl sample `CGMU1234567` fails the check digit (it is 2, not 7).
    - Export needs the container `type` and `bookingNumber`. The seed names no code for this:
      clients refuse without a vendor code, the sandbox answers `SANDBOX_VALIDATION`.
      (`WRONG_FORMAT` means "Order identifier is in wrong format" only.)
    - Fields the seed calls available for one flow only (`bookingNumber`: export and transfer;
      `billOfLading`, `voyage.eta`: import and transfer; `voyage.etd`, `voyage.closing*`:
      export) set on another flow: whether the service refuses or ignores them is not stated.
      The seed's own example is an Import order carrying `bookingNumber`, `etd` and `closing*`,
      so the sandbox takes them on any flow; clients warn (inferred).
    - A carrier unknown to S'mouv (GEDMOUV) needs a carrier contact email (`CARRIER_EMAIL_REQUIRED`).
    - A contractor unknown to GEDMOUV cannot create an order (`CONTRACTOR_UNAUTHORIZED_BY_GEDMOUV`).
    - The same order twice (`ORDER_DUPLICATED`: "the same characteristics"). The criterion is
      inferred: the same organisation, transport order number and container references, cancelled
      orders excluded.
    - Unknown actor code (`ACTOR_NOT_FOUND`), unknown location code (`UNKNOWN_LOCATION`). Location
      codes are S)ONE codes (up to 20 characters, with a parent), not UN/LOCODEs; no referential
      is bundled, so neither clients nor the sandbox refuse a code they do not know.
    - `EXISTS_ORDER_WITH_HANDLING_UNIT_SPI` ("Exists order with the given handling unit spi") is
      listed with its meaning only: the seed does not say what a handling unit SPI is or when
      the rule applies, so nothing checks it (the sandbox takes a second order for the same
      container under another number).

    Args:
        body (CustomerOrderCreateForm): Multipart body of a create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerOrderCreated | Error | GatewayError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CustomerOrderCreateForm,
) -> CustomerOrderCreated | Error | GatewayError | None:
    """Create a new customer order

     Call with `Content-Type: multipart/form-data`. 1st part: the customer order data, part name
    `order`, JSON. 2nd part: the attached documents, part name `files`, one part per file.

    Part names: the seed's prose names the parts `order` and `files`, its rendered schema shows
    `Order` and `Files`, and its curl sample sends `Order=` and `Files[]=`. The service is ASP.NET
    Core (`IFormFile`), whose form binding ignores case, so all spellings bind. Clients built from
    this spec send `order` and `files` (the names the prose states); the sandbox accepts
    `order`/`Order` and `files`/`Files`/`files[]`/`Files[]`.

    Rules checked by the service (error code in brackets):
    - Events: exactly 4 events for an Import or Export order and 2 for a Transfer order, with the
      mandatory types of the flow: Import `LadingImport, DeliveryImport, EmptyReleaseImport,
      EmptyReturnImport`; Export `EmptyReleaseExport, PositioningExport, LadingExport,
      DeliveryExport`; Transfer `LadingTransfer, DeliveryTransfer`. The seed names no code for
      this rule; a wrong event set is answered with `NOT_SUPPORTED_ORDER_TYPE` (inferred: the
      event set does not fit the flow).
    - Event dates in chronological order: Import LadingImport -> DeliveryImport ->
      EmptyReleaseImport -> EmptyReturnImport; Export EmptyReleaseExport -> PositioningExport ->
      LadingExport -> DeliveryExport (`WRONG_EVENT_DATE_ORDER`). The seed states no order for
      Transfer; LadingTransfer -> DeliveryTransfer is inferred (clients warn, never refuse).
    - `startDate` is mandatory for the delivery in import (DeliveryImport), the positioning of
      the empty container in export (PositioningExport) and the delivery in transfer
      (DeliveryTransfer) (`EVENT_START_DATE_REQUIRED`).
    - "The fields of event location is required" (`EVENT_LOCATION_FIELDS_REQUIRED`): the seed
      names no criterion. A missing or empty location is refused; which fields suffice is
      inferred as its `code`, or its `name` with an address or a city (`location.address`,
      `location.city`): clients warn, never refuse, on that criterion.
    - Container `reference` is mandatory for import and transfer; any container number must
      follow ISO 6346:1995. An invalid number is `HANDLING_UNIT_REFERENCE_INVALID` ("Reference of
      handling unit is invalid"); a missing one gets the same code (inferred: the seed names none).
      The seed's own curl sample `CGMU1234567` fails the check digit (it is 2, not 7).
    - Export needs the container `type` and `bookingNumber`. The seed names no code for this:
      clients refuse without a vendor code, the sandbox answers `SANDBOX_VALIDATION`.
      (`WRONG_FORMAT` means "Order identifier is in wrong format" only.)
    - Fields the seed calls available for one flow only (`bookingNumber`: export and transfer;
      `billOfLading`, `voyage.eta`: import and transfer; `voyage.etd`, `voyage.closing*`:
      export) set on another flow: whether the service refuses or ignores them is not stated.
      The seed's own example is an Import order carrying `bookingNumber`, `etd` and `closing*`,
      so the sandbox takes them on any flow; clients warn (inferred).
    - A carrier unknown to S'mouv (GEDMOUV) needs a carrier contact email (`CARRIER_EMAIL_REQUIRED`).
    - A contractor unknown to GEDMOUV cannot create an order (`CONTRACTOR_UNAUTHORIZED_BY_GEDMOUV`).
    - The same order twice (`ORDER_DUPLICATED`: "the same characteristics"). The criterion is
      inferred: the same organisation, transport order number and container references, cancelled
      orders excluded.
    - Unknown actor code (`ACTOR_NOT_FOUND`), unknown location code (`UNKNOWN_LOCATION`). Location
      codes are S)ONE codes (up to 20 characters, with a parent), not UN/LOCODEs; no referential
      is bundled, so neither clients nor the sandbox refuse a code they do not know.
    - `EXISTS_ORDER_WITH_HANDLING_UNIT_SPI` ("Exists order with the given handling unit spi") is
      listed with its meaning only: the seed does not say what a handling unit SPI is or when
      the rule applies, so nothing checks it (the sandbox takes a second order for the same
      container under another number).

    Args:
        body (CustomerOrderCreateForm): Multipart body of a create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerOrderCreated | Error | GatewayError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
