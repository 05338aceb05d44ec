"""Client configuration: explicit arguments, else environment variables, else the vendor's test host;
and the checks every credential and every URL that carries one pass at construction."""

from __future__ import annotations

import ipaddress
import os
import sys
import unicodedata
import warnings
from pathlib import Path
from types import FrameType
from urllib.parse import urlsplit

import httpx

from ._exceptions import ConfigurationError

#: Hosts (comma-separated, or `*` for any) that may be sent secrets over plain http although they are
#: not loopback: a sandbox in docker-compose or a CI service container. An explicit opt-in that warns.
INSECURE_HTTP_VARIABLE = "FREIGHT_ALLOW_INSECURE_HTTP"


class InsecureHttpWarning(UserWarning):
    """Credentials are being sent over plain http to a host FREIGHT_ALLOW_INSECURE_HTTP names."""


def _insecure_http_allowed(host: str) -> bool:
    """Whether FREIGHT_ALLOW_INSECURE_HTTP names `host` (case-insensitive; `*` names every host)."""
    named = {name.strip().lower().rstrip(".") for name in os.environ.get(INSECURE_HTTP_VARIABLE, "").split(",")}
    return bool(named & {"*", host.lower().rstrip(".")})


def _caller_stacklevel() -> int:
    """The stacklevel of the first frame outside this package, so a warning points at the user's line."""
    package = str(Path(__file__).resolve().parent)
    frame: FrameType | None = sys._getframe(1)
    level = 1
    while frame is not None and str(Path(frame.f_code.co_filename).resolve()).startswith(package):
        frame, level = frame.f_back, level + 1
    return level


def from_env(value: str | None, variable: str, default: str | None = None) -> str | None:
    """`value` if given, else the environment variable, else `default`."""
    if value is not None:
        return value
    return os.environ.get(variable) or default


def require(value: str | None, what: str, variable: str, api: str) -> str:
    if not value:
        raise ConfigurationError(f"{api}: no {what}; pass it, or set {variable}", api=api)
    return value


def check_credential(value: str, name: str, api: str, *, header: bool = False) -> str:
    """`value` unchanged, or ConfigurationError when it cannot be a credential: empty, surrounded by
    white space (a newline read from a file), holding control or format characters, or, for one sent
    in a header (`header=True`), not ASCII. The error names the problem, never the value."""
    problem = None
    if not value:
        problem = "is empty"
    elif value != value.strip():
        problem = "starts or ends with white space (a newline read from a file?)"
    elif any(unicodedata.category(char) in ("Cc", "Cf") for char in value):
        problem = "contains a control character"
    elif header and not value.isascii():
        problem = "contains a non-ASCII character, which an HTTP header cannot carry"
    if problem:
        raise ConfigurationError(f"{api}: the {name} {problem}; it is not shown here", api=api)
    return value


def is_loopback(host: str) -> bool:
    """True for literal loopback addresses (127.0.0.0/8, ::1) and `localhost` itself. Not its
    subdomains: RFC 6761 reserves them, but the system resolver (`hosts: files dns`) asks DNS for
    `billing.localhost`, which may answer any address (review-3 R3-23)."""
    host = host.strip("[]").lower().rstrip(".")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_secret_url(url: str, what: str, api: str) -> str:
    """`url` without a trailing slash, or ConfigurationError unless it is safe to send secrets to:
    https, or plain http to a loopback host (a local sandbox). URLs that parsers could read
    differently (credentials or a backslash before the host, white space or control characters, a
    host on which urllib and httpx disagree) are refused rather than guessed at."""
    refused = f"{api}: {what} {url!r}"
    if any(char.isspace() or unicodedata.category(char) in ("Cc", "Cf") for char in url) or "\\" in url:
        raise ConfigurationError(f"{refused} contains white space, a control character or a backslash", api=api)
    try:
        parts, sent = urlsplit(url), httpx.URL(url)
        hostname = parts.hostname
    except (ValueError, httpx.InvalidURL) as error:
        raise ConfigurationError(f"{refused} is not a valid URL: {error}", api=api) from None
    if parts.scheme.lower() not in ("http", "https") or not hostname:
        raise ConfigurationError(f"{refused} is not an http(s) URL", api=api)
    if parts.username is not None or parts.password is not None or sent.userinfo:
        raise ConfigurationError(f"{api}: {what} must not carry credentials before the host", api=api)
    if (sent.scheme, sent.raw_host.decode("ascii").lower()) != (parts.scheme.lower(), _ascii_host(hostname)):
        raise ConfigurationError(f"{refused} is ambiguous: its parsers disagree on the host", api=api)
    if sent.scheme == "http" and not is_loopback(sent.host):
        if not _insecure_http_allowed(sent.host):
            raise ConfigurationError(
                f"{api}: refusing plain http:// to {sent.host} for the {what}; use https (http is for loopback "
                f"only; for a sandbox in another container, set {INSECURE_HTTP_VARIABLE}={sent.host})",
                api=api,
            )
        warnings.warn(
            f"{api}: sending credentials over plain http:// to {sent.host} for the {what} "
            f"({INSECURE_HTTP_VARIABLE} allows it): anyone on the network path can read them",
            InsecureHttpWarning,
            stacklevel=_caller_stacklevel(),
        )
    return url.rstrip("/")


def _ascii_host(hostname: str) -> str:
    """The host as sent on the wire: internationalised names in IDNA (punycode) form, lower case."""
    try:
        return hostname.encode("idna").decode("ascii").lower()
    except UnicodeError:
        return hostname.lower()  # not a name IDNA can encode: compared as it is (and refused if it differs)


def check_http_client(http: httpx.Client | httpx.AsyncClient, base_url: str, api: str) -> None:
    """Refuse a caller's `http_client=` that could carry the credentials elsewhere: one that follows
    redirects (httpx strips only Authorization on a cross-origin redirect, not X-Api-Key or
    Ocp-Apim-Subscription-Key). Its own base URL, if any, does not matter: every request is built
    with an absolute URL on `base_url` (see `_request`), so the credentials go only there."""
    if http.follow_redirects:
        raise ConfigurationError(
            f"{api}: the http_client follows redirects, which would send the credentials to the redirect's "
            "host; create it with follow_redirects=False",
            api=api,
        )


def check_base_url(url: str, api: str) -> str:
    """Refuse plain http:// except to a loopback host (a local sandbox)."""
    return check_secret_url(url, "base URL", api)
