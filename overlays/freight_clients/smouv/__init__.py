"""SOGET S'mouv customer-orders client.

    from freight_clients import Smouv
    with Smouv(client_id=..., client_secret=..., subscription_key=...) as smouv:   # or SMOUV_* variables
        created = smouv.customer_orders.create(order, files=["cmr.pdf"])
        order = smouv.customer_orders.get(created.id)

The access token comes from SOGET Connect (form-encoded `client_id`/`client_secret`) and is renewed
a minute before it expires, or once after a 401. A create is a multipart body with the part
names of the seed's prose, a JSON `order` part and one `files` part per file (the seed's curl
spells them `Order` and `Files[]`; the sandbox takes every spelling, audit-3 A3-18). Before any
I/O, the order is checked against the spec and against the rules the service enforces (event
count and types per flow, chronology, start dates, event locations, ISO 6346 check digits, export
type and booking number); a broken rule raises ClientValidationError with the vendor's error code.

Modules: `_client` (both clients, one constructor), `_settings` (environment and defaults), `_auth`
(the token strategy), `_errors` (the error-shape reader), `_resources` (the plans and the bodies they
build), `_generated` (lazy stand-ins). The order rules live in `freight_clients.smouv_rules`.
"""

from ._auth import SmouvAuth
from ._client import AsyncSmouv, Smouv
from ._resources import PAGE_LIMIT, CustomerOrders, MultipartOrder
from ._settings import BASE_URL, TOKEN_URL

__all__ = [
    "BASE_URL",
    "PAGE_LIMIT",
    "TOKEN_URL",
    "AsyncSmouv",
    "CustomerOrders",
    "MultipartOrder",
    "Smouv",
    "SmouvAuth",
]
