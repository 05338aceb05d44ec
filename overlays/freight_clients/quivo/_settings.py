"""Quivo's defaults and environment (`QUIVO_*`): the host, the credentials, the auth they make."""

from __future__ import annotations

from typing import Any

from .._config import check_credential, check_secret_url, from_env, require
from ._auth import QuivoAuth

BASE_URL = "https://api.quivo.co"  # the only public host; the docs' other environments are not published


def client_settings(
    api_key: str | None, username: str | None, password: str | None, base_url: str | None, token_prefix: str
) -> dict[str, Any]:
    """The core client's settings from the arguments, else the `QUIVO_*` environment variables."""
    url = (from_env(base_url, "QUIVO_BASE_URL", BASE_URL) or BASE_URL).rstrip("/")
    key = require(from_env(api_key, "QUIVO_API_KEY"), "API key", "QUIVO_API_KEY", "Quivo")
    user = require(from_env(username, "QUIVO_USERNAME"), "username", "QUIVO_USERNAME", "Quivo")
    secret = require(from_env(password, "QUIVO_PASSWORD"), "password", "QUIVO_PASSWORD", "Quivo")
    auth = QuivoAuth(
        check_secret_url(url, "base URL", "Quivo"),
        check_credential(key, "API key", "Quivo", header=True),
        check_credential(user, "username", "Quivo"),
        check_credential(secret, "password", "Quivo"),
        token_prefix,
    )
    return {"base_url": url, "auth": auth}
