"""Sandboxes standing in for the vendors: the environment variables the clients read, pointing at
a running sandbox, so a live run (`demo`, `contract --target live`) can be tried without an account."""

from __future__ import annotations

from typing import Any


def vendor_environment(api: str, base_url: str, credentials: dict[str, Any]) -> dict[str, str]:
    """The variables the README documents for `api`, set as a user with an account would set them."""
    if api == "spotgo":
        return {"SPOTGO_API_KEY": credentials["api_keys"][0], "SPOTGO_BASE_URL": base_url}
    if api == "smouv":
        return {
            "SMOUV_CLIENT_ID": credentials["client_id"],
            "SMOUV_CLIENT_SECRET": credentials["client_secret"],
            "SMOUV_SUBSCRIPTION_KEY": credentials["subscription_key"],
            "SMOUV_TOKEN_URL": credentials["token_url"],
            "SMOUV_BASE_URL": base_url,
        }
    if api == "transeu":
        return {
            "TRANSEU_CLIENT_ID": credentials["client_id"],
            "TRANSEU_CLIENT_SECRET": credentials["client_secret"],
            "TRANSEU_USERNAME": credentials["username"],
            "TRANSEU_PASSWORD": credentials["password"],
            "TRANSEU_TOKEN_URL": credentials["token_url"],
            "TRANSEU_BASE_URL": base_url,
        }
    if api == "transeu_platform":
        return {
            "TRANSEU_PLATFORM_CLIENT_ID": credentials["client_id"],
            "TRANSEU_PLATFORM_CLIENT_SECRET": credentials["client_secret"],
            "TRANSEU_PLATFORM_API_KEY": credentials["api_key"],
            "TRANSEU_PLATFORM_REFRESH_TOKEN": credentials["users"][0]["refresh_token"],
            "TRANSEU_PLATFORM_TOKEN_URL": credentials["token_url"],
            "TRANSEU_PLATFORM_BASE_URL": base_url,
        }
    if api == "quivo":
        return {
            "QUIVO_API_KEY": credentials["api_key"],
            "QUIVO_USERNAME": credentials["username"],
            "QUIVO_PASSWORD": credentials["password"],
            "QUIVO_SELLER_ID": str(credentials["seller_id"]),
            "QUIVO_BASE_URL": base_url,
        }
    raise ValueError(f"unknown API {api!r}")
