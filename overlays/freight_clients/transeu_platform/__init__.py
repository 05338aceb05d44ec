"""Trans.eu platform orders client (`api.platform.trans.eu`, the vendor's orders-api v1.113.4): the
Trans.eu API a Trans.eu account can use today (the seed's `TransEu` is the legacy API).

    from freight_clients.transeu_platform import TransEuPlatform
    with TransEuPlatform(client_id=..., client_secret=..., api_key=...,   # or TRANSEU_PLATFORM_*
                         token_storage=FileTokenStorage("transeu.json")) as platform:
        url, state = platform.authorization_url("https://app.example/callback")   # once: the user consents
        platform.complete_authorization(code, "https://app.example/callback", state)
        created = platform.orders.create(order)
        platform.orders.update(created.id, "SHIP-1")
        for order in platform.orders.list():
            ...

Every request carries the application's `Api-key`; tokens come from the authorization code grant
and are renewed with single-use refresh tokens, once across the processes that share a
`FileTokenStorage` (a file lock beside it). A duplicate order number raises DuplicateOrderError
(AlreadyCreatedError after an attempt whose outcome is unknown); a 424 raises FailedDependencyError.

Modules: `_client` (both clients, one constructor), `_settings` (environment and defaults), `_auth`
(the OAuth strategy, built on Trans.eu's), `_errors` (error shapes and the 424), `_resources` (the
plans), `_generated` (lazy stand-ins).
"""

from .._token_storage import FileTokenStorage, MemoryTokenStorage, TokenStorage
from ._auth import TransEuPlatformAuth
from ._client import AsyncTransEuPlatform, TransEuPlatform
from ._errors import FailedDependencyError
from ._resources import PAGE_SIZE, AmendmentInput, OrderInput, Orders
from ._settings import AUTHORIZE_URL, BASE_URL, TOKEN_URL

__all__ = [
    "AUTHORIZE_URL",
    "BASE_URL",
    "PAGE_SIZE",
    "TOKEN_URL",
    "AmendmentInput",
    "AsyncTransEuPlatform",
    "FailedDependencyError",
    "FileTokenStorage",
    "MemoryTokenStorage",
    "OrderInput",
    "Orders",
    "TokenStorage",
    "TransEuPlatform",
    "TransEuPlatformAuth",
]
