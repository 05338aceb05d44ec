"""Trans.eu Orders client, with OAuth2 (password, authorization-code with PKCE, and refresh grants).

    from freight_clients import TransEu
    with TransEu(client_id=..., client_secret=..., username=..., password=...) as transeu:   # or TRANSEU_*
        created = transeu.shipping_orders.create(order)
        same = transeu.orders.get(created.id)

The access token is renewed a minute before it expires using the refresh token, which Trans.eu
rotates on every use; one renewal at a time per client (threads and tasks wait for it and reuse
its token), and each new token goes to the token storage (in memory by default,
`FileTokenStorage(path)` to survive restarts and to share between processes, or your own
`load()`/`save()`). Before renewing, the storage is read again: a token another process rotated
is adopted instead of spending a refresh token that is already gone. A refused refresh token falls
back to the password grant when username and password are configured. A 401 forces one renewal
and one retry. A duplicate order number raises DuplicateOrderError (AlreadyCreatedError when an
earlier attempt of the same call may have created it); a 422 raises UnprocessableEntityError whose
`field_messages` maps fields to messages. `_pkce` (standard library) builds the authorization URL.

Modules: `_client` (both clients, one constructor), `_code_flow` (the authorization URL, the code
exchange and the constructor's tail, shared with `transeu_platform`), `_settings` (environment and
defaults), `_auth` (the OAuth strategy), `_errors` (the error-shape reader), `_resources` (the plans), `_generated`
(lazy stand-ins).
"""

from .._token_storage import FileTokenStorage, MemoryTokenStorage, TokenStorage
from ._auth import RENEW_MARGIN, TransEuAuth
from ._client import AsyncTransEu, TransEu
from ._resources import OrderInput, Orders, ShippingOrders
from ._settings import AUTHORIZE_URL, BASE_URL, SCOPES, TOKEN_URL

__all__ = [
    "AUTHORIZE_URL",
    "BASE_URL",
    "RENEW_MARGIN",
    "SCOPES",
    "TOKEN_URL",
    "AsyncTransEu",
    "FileTokenStorage",
    "MemoryTokenStorage",
    "OrderInput",
    "Orders",
    "ShippingOrders",
    "TokenStorage",
    "TransEu",
    "TransEuAuth",
]
