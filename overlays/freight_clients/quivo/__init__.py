"""Quivo orders client: login sessions and a submit that is safe to retry.

    from freight_clients import Quivo
    with Quivo(api_key="...", username="...", password="...") as quivo:   # or QUIVO_* variables
        result = quivo.orders.submit({...})                               # result.order_id

Every request carries `X-Api-Key`; the session token from `POST /login` is sent raw (as the
vendor's examples do; `token_prefix="Bearer "` if your account wants it), renewed five minutes
before its hour is up, and once more after a 401.

`orders.submit` is retried on 5xx, timeouts and connection errors. `orderIdentifier` is what makes
that safe: Quivo keeps it unique per seller, so a retry after a lost response meets the order the
lost attempt created. Quivo does not document how it answers a duplicate (the spec assumes a 409
carrying the existing `orderId`; a 400 or a 200 counts as one only when it says the identifier
already exists: a field alone proves nothing, R3-4/R3-13), and has no read operation, so the client cannot compare the
stored order with what it sent: after an attempt whose outcome is unknown, a duplicate raises
AlreadyCreatedError with `order_id` set (treat it as created); a duplicate met on a first answer,
or after attempts that cannot have been processed (a 429, a refused connection), is somebody
else's order: DuplicateOrderError, whose `body` carries the existing `orderId`.

Modules: `_client` (both clients, one constructor), `_settings` (environment and defaults), `_auth`
(the login strategy), `_errors` (the error-shape reader), `_resources` (the plan and how its answers
read), `_results`, `_generated` (lazy stand-ins).
"""

from ._auth import QuivoAuth
from ._client import AsyncQuivo, Quivo
from ._resources import OrderInput, QuivoOrders
from ._results import SubmitResult
from ._settings import BASE_URL

__all__ = ["BASE_URL", "AsyncQuivo", "OrderInput", "Quivo", "QuivoAuth", "QuivoOrders", "SubmitResult"]
