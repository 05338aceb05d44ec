"""The generated `spotgo_client` modules the resources use, loaded on the first call, not on import.

Type checkers see the generated modules themselves; at run time each name is a `_lazy` stand-in,
so `from freight_clients import SpotGo` loads no generated package until a request is built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy

if TYPE_CHECKING:
    from spotgo_client import models as models
    from spotgo_client import types as types
    from spotgo_client.api.carrier_portal import change_order_document_status as change_order_document_status
    from spotgo_client.api.carrier_portal import create_order as create_order
    from spotgo_client.api.carrier_portal import delete_order as delete_order
    from spotgo_client.api.carrier_portal import get_order as get_order
    from spotgo_client.api.carrier_portal import get_order_document_content as get_order_document_content
    from spotgo_client.api.carrier_portal import query_orders as query_orders
    from spotgo_client.api.carrier_portal import update_order as update_order
    from spotgo_client.api.carrier_portal import upload_order_document as upload_order_document
    from spotgo_client.api.carrier_portal import upsert_order as upsert_order
else:
    models, types = lazy("spotgo_client.models"), lazy("spotgo_client.types")
    _portal = "spotgo_client.api.carrier_portal."
    change_order_document_status = lazy(_portal + "change_order_document_status")
    create_order, delete_order = lazy(_portal + "create_order"), lazy(_portal + "delete_order")
    get_order, get_order_document_content = lazy(_portal + "get_order"), lazy(_portal + "get_order_document_content")
    query_orders, update_order = lazy(_portal + "query_orders"), lazy(_portal + "update_order")
    upload_order_document, upsert_order = lazy(_portal + "upload_order_document"), lazy(_portal + "upsert_order")
