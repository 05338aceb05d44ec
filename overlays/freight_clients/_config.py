"""Client configuration: explicit arguments, else environment variables, else the vendor's test host."""

from __future__ import annotations

import ipaddress
import os
from urllib.parse import urlsplit


def from_env(value: str | None, variable: str, default: str | None = None) -> str | None:
    """`value` if given, else the environment variable, else `default`."""
    if value is not None:
        return value
    return os.environ.get(variable) or default


def require(value: str | None, what: str, variable: str, api: str) -> str:
    if not value:
        raise ValueError(f"{api}: no {what}; pass it, or set {variable}")
    return value


def is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):  # RFC 6761: always loopback
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_base_url(url: str, api: str) -> str:
    """Refuse plain http:// except to a loopback host (a local sandbox)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{api}: base URL {url!r} is not an http(s) URL")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise ValueError(f"{api}: refusing plain http:// to {parts.hostname}; use https (http is for loopback only)")
    return url.rstrip("/")
