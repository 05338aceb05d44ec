"""The platform's defaults and environment (`TRANSEU_PLATFORM_*`): hosts, credentials, the auth they make."""

from __future__ import annotations

from typing import Any

from .._config import check_credential, check_secret_url, from_env, require
from .._token_storage import MemoryTokenStorage, TokenStorage
from ._auth import TransEuPlatformAuth

BASE_URL = "https://api.platform.trans.eu"
TOKEN_URL = "https://api.platform.trans.eu/ext/auth-api/accounts/token"
AUTHORIZE_URL = "https://auth.platform.trans.eu/oauth2/auth"
_API = "TransEuPlatform"


def client_settings(
    client_id: str | None,
    client_secret: str | None,
    api_key: str | None,
    refresh_token: str | None,
    base_url: str | None,
    token_url: str | None,
    authorize_url: str,
    pkce: bool,
    token_storage: TokenStorage | None,
) -> dict[str, Any]:
    """The core client's settings (and the checked `authorize_url`) from the arguments, else the
    `TRANSEU_PLATFORM_*` environment variables; credentials are checked first, then the URLs."""
    names = ("client id", "client secret", "api key")
    given = (client_id, client_secret, api_key)
    variables = ("TRANSEU_PLATFORM_CLIENT_ID", "TRANSEU_PLATFORM_CLIENT_SECRET", "TRANSEU_PLATFORM_API_KEY")
    identifier, secret, key = (
        check_credential(require(from_env(value, variable), name, variable, _API), name, _API, header=name == "api key")
        for value, name, variable in zip(given, names, variables, strict=True)
    )
    refresh = from_env(refresh_token, "TRANSEU_PLATFORM_REFRESH_TOKEN")
    refresh = refresh and check_credential(refresh, "refresh token", _API)
    url = from_env(base_url, "TRANSEU_PLATFORM_BASE_URL", BASE_URL) or BASE_URL
    token_url = check_secret_url(
        from_env(token_url, "TRANSEU_PLATFORM_TOKEN_URL", TOKEN_URL) or TOKEN_URL, "token URL", _API
    )
    storage = token_storage or MemoryTokenStorage()
    auth = TransEuPlatformAuth(identifier, secret, key, token_url, storage, refresh_token=refresh, pkce=pkce)
    return {
        "base_url": url,
        "auth": auth,
        "api_headers": {"Accept": "application/json"},
        "authorize_url": check_secret_url(authorize_url, "authorize URL", _API),
    }
