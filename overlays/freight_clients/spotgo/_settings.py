"""SpotGo's defaults and environment: the test host, the published rate limit, the API key header."""

from __future__ import annotations

from typing import Any

from .._auth import Auth
from .._config import check_credential, from_env, require
from .._limits import RateLimit

TEST_BASE_URL = "https://api-test.spotgo.eu"
#: "The default rate limit is 100" per API key (the docs' unit is cut off; per minute is the safe reading).
DEFAULT_RATE_LIMIT = RateLimit(100, 60.0)


def client_settings(api_key: str | None, base_url: str | None) -> dict[str, Any]:
    """The core client's settings from the arguments, else `SPOTGO_API_KEY` / `SPOTGO_BASE_URL`."""
    key = check_credential(
        require(from_env(api_key, "SPOTGO_API_KEY"), "API key", "SPOTGO_API_KEY", "SpotGo"),
        "API key",
        "SpotGo",
        header=True,
    )
    url = from_env(base_url, "SPOTGO_BASE_URL", TEST_BASE_URL) or TEST_BASE_URL
    return {"base_url": url, "auth": Auth({"X-Api-Key": key}), "api_headers": {"x-api-version": "1.0"}}
