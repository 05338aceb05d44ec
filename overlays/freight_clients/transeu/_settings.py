"""Trans.eu's defaults and environment (`TRANSEU_*`): hosts, scopes, credentials, the auth they make."""

from __future__ import annotations

from typing import Any

from .._config import check_credential, check_secret_url, from_env, require
from .._redact import register_secret
from .._token_storage import MemoryTokenStorage, TokenStorage
from ._auth import TransEuAuth

BASE_URL = "https://orders.system.trans.eu/api/rest/v1"
TOKEN_URL = "https://auth.system.trans.eu/oauth2/token"
AUTHORIZE_URL = "https://auth.system.trans.eu/oauth2/authorize"
SCOPES = ("orders.orders.basic.read", "orders.shipping-orders.basic.create")


def client_settings(
    client_id: str | None,
    client_secret: str | None,
    username: str | None,
    password: str | None,
    base_url: str | None,
    token_url: str | None,
    authorize_url: str,
    scopes: tuple[str, ...],
    token_storage: TokenStorage | None,
) -> dict[str, Any]:
    """The core client's settings (and the checked `authorize_url`) from the arguments, else the
    `TRANSEU_*` environment variables; credentials are checked first, then the URLs."""
    identifier = require(from_env(client_id, "TRANSEU_CLIENT_ID"), "client id", "TRANSEU_CLIENT_ID", "Trans.eu")
    secret = require(
        from_env(client_secret, "TRANSEU_CLIENT_SECRET"), "client secret", "TRANSEU_CLIENT_SECRET", "Trans.eu"
    )
    user, word = from_env(username, "TRANSEU_USERNAME"), from_env(password, "TRANSEU_PASSWORD")
    client_id = check_credential(identifier, "client id", "Trans.eu")
    client_secret = check_credential(secret, "client secret", "Trans.eu")
    username = user and check_credential(user, "username", "Trans.eu")
    password = word and check_credential(word, "password", "Trans.eu")
    url = from_env(base_url, "TRANSEU_BASE_URL", BASE_URL) or BASE_URL
    token_url = check_secret_url(
        from_env(token_url, "TRANSEU_TOKEN_URL", TOKEN_URL) or TOKEN_URL, "token URL", "Trans.eu"
    )
    authorize_url = check_secret_url(authorize_url, "authorize URL", "Trans.eu")
    register_secret(client_secret)
    storage = token_storage or MemoryTokenStorage()
    auth = TransEuAuth(client_id, client_secret, token_url, username, password, storage, scopes)
    return {
        "base_url": url,
        "auth": auth,
        "api_headers": {"Accept": "application/hal+json"},
        "authorize_url": authorize_url,
    }
