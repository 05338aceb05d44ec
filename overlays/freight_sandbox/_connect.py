"""Clients wired to a sandbox through their public options only (`base_url`, credentials,
`transport=`), in the way botocore's Stubber attaches to a client: the clients do not know sandboxes exist.

    with sandbox("spotgo").serve() as box, box.connect(SpotGo) as spotgo:
        spotgo.orders.create(...)
"""

from __future__ import annotations

import inspect
from typing import Any, Protocol, TypeVar

C = TypeVar("C")


class Handle(Protocol):
    """What `connect` needs of a sandbox: where it answers and its credentials (a handle of this
    package, or a description of a sandbox running elsewhere, for example in a container)."""

    @property
    def base_url(self) -> str: ...

    @property
    def credentials(self) -> dict[str, Any]: ...


def connect(client: type[C], box: Handle, **options: Any) -> C:
    """A `client` (a class such as `SpotGo` or `AsyncSpotGo`) for the sandbox `box`.

    `box` is a handle of this package or anything with `base_url` and `credentials`. Options pick
    a credential (`key_index=` for SpotGo, `organisation=` for S'mouv, `user=` for Trans.eu and
    Quivo) or go to the client's constructor, where they win over the sandbox's (`base_url=` for a
    proxy in front of it). A sandbox has no rate limit unless it was started with one, so the client
    has none either unless `rate_limit=` is passed. An in-process sandbox is reached through an ASGI
    transport (unless `transport=` or `http_client=` is given)."""
    from ._factory import SANDBOXES

    wanted = getattr(client, "api", None)
    own = getattr(getattr(box, "api", None), "name", wanted)
    if wanted not in SANDBOXES or own != wanted:
        raise ValueError(f"{client.__name__} is not a client of the {own!r} sandbox")
    api = SANDBOXES[wanted]
    selectors = {name: options.pop(name) for name in api.client_selectors if name in options}
    options.setdefault("rate_limit", None)
    app = getattr(box, "app", None)
    if app is not None and "transport" not in options and "http_client" not in options:
        from ._server import AsyncASGITransport, SyncASGITransport

        asynchronous = inspect.iscoroutinefunction(getattr(client, "close", None))
        options["transport"] = AsyncASGITransport(app=app) if asynchronous else SyncASGITransport(app)
    return client(**{**api.client_options(box.credentials, box.base_url, **selectors), **options})
