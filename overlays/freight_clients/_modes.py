"""The type parameters each API's client core is generic in, so its constructor is written once for
the blocking and the asyncio client: the transport and the httpx client each takes (the mode,
`Sync` or `Async`, is `_plan.M`). `SpotGo(_SpotGoClient[Sync, httpx.BaseTransport, httpx.Client],
SyncAPIClient)` and its asyncio twin then differ only in their bases.

Layer: a leaf; it imports httpx only.
"""

from __future__ import annotations

from typing import TypeVar

import httpx

#: The transport a client takes: `httpx.BaseTransport` (blocking) or `httpx.AsyncBaseTransport`.
TransportT = TypeVar("TransportT", httpx.BaseTransport, httpx.AsyncBaseTransport)
#: The httpx client a client takes: `httpx.Client` (blocking) or `httpx.AsyncClient`.
HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)
