"""A client library for accessing TransEuPlatform Orders API (the vendor's orders-api at api.platform.trans.eu)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
