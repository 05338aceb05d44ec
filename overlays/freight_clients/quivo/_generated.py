"""The generated `quivo_client` modules the client uses, loaded on the first call, not on import
(type checkers see the generated modules themselves; see `_lazy`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy

if TYPE_CHECKING:
    from quivo_client import models as models
    from quivo_client.api.authentication import login as login
    from quivo_client.api.orders import submit_order as submit_order
else:
    models, login = lazy("quivo_client.models"), lazy("quivo_client.api.authentication.login")
    submit_order = lazy("quivo_client.api.orders.submit_order")
