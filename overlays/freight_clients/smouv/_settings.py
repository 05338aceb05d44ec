"""S'mouv's defaults and environment (`SMOUV_*`): hosts, credentials, the auth strategy they make."""

from __future__ import annotations

from typing import Any

from .._config import check_credential, check_secret_url, from_env, require
from .._exceptions import ConfigurationError
from ._auth import SmouvAuth

BASE_URL = "https://soget-api-integration.azure-api.net/customer-orders/v1"
TOKEN_URL = "https://soget-api-integration.azure-api.net/soget-connect/v1/openid-connect/token"


def client_settings(
    client_id: str | None,
    client_secret: str | None,
    subscription_key: str | None,
    access_token: str | None,
    base_url: str | None,
    token_url: str | None,
    grant_type: str | None,
) -> dict[str, Any]:
    """The core client's settings from the arguments, else the `SMOUV_*` environment variables."""
    subscription = require(
        from_env(subscription_key, "SMOUV_SUBSCRIPTION_KEY"), "subscription key", "SMOUV_SUBSCRIPTION_KEY", "S'mouv"
    )
    client_id = from_env(client_id, "SMOUV_CLIENT_ID")
    client_secret = from_env(client_secret, "SMOUV_CLIENT_SECRET")
    access_token = from_env(access_token, "SMOUV_ACCESS_TOKEN")
    if not (client_id and client_secret) and not access_token:
        raise ConfigurationError(
            "S'mouv: pass client_id and client_secret (or SMOUV_CLIENT_ID/SMOUV_CLIENT_SECRET), or an access_token",
            api="S'mouv",
        )
    auth = SmouvAuth(
        check_secret_url(from_env(token_url, "SMOUV_TOKEN_URL", TOKEN_URL) or TOKEN_URL, "token URL", "S'mouv"),
        client_id and check_credential(client_id, "client id", "S'mouv"),
        client_secret and check_credential(client_secret, "client secret", "S'mouv"),
        check_credential(subscription, "subscription key", "S'mouv", header=True),
        access_token and check_credential(access_token, "access token", "S'mouv", header=True),
        grant_type,
    )
    return {"base_url": from_env(base_url, "SMOUV_BASE_URL", BASE_URL) or BASE_URL, "auth": auth}
