"""SpotGo Carrier Portal client: orders, upsert, paged queries, bulk sync and documents.

    from freight_clients import SpotGo
    with SpotGo(api_key="...") as spotgo:                  # or SPOTGO_API_KEY / SPOTGO_BASE_URL
        order = spotgo.orders.create({"orderNumber": "A-1", "carrier": {"vatCode": "LT1"}})

Retries: reads, PUT, DELETE, upsert (keyed by order number) and status changes are retried on
5xx, timeouts and connection errors; create is retried too. A duplicate-number answer is
reconciled only when an earlier attempt's outcome is unknown (it timed out, the connection dropped,
or it answered 5xx), and only to an order whose number and stored fields match what was sent;
otherwise DuplicateOrderError. Uploads are retried on 429 and on connections never made.

Every operation is written once, as a plan (see `_plan`); `SpotGo` and `AsyncSpotGo` run them.
Modules: `_client` (both clients, one constructor), `_settings` (environment and defaults),
`_errors` (the error-shape reader), `_resources` (the plans), `_results`, `_generated` (lazy stand-ins).
"""

from ._client import AsyncSpotGo, SpotGo
from ._resources import Documents, OrderInput, Orders
from ._results import SyncOutcome, UpsertResult
from ._settings import DEFAULT_RATE_LIMIT, TEST_BASE_URL

__all__ = [
    "DEFAULT_RATE_LIMIT",
    "TEST_BASE_URL",
    "AsyncSpotGo",
    "Documents",
    "OrderInput",
    "Orders",
    "SpotGo",
    "SyncOutcome",
    "UpsertResult",
]
