"""The checks of the options every client takes, at construction and in `with_options(...)`: a value
of the wrong type or range (`timeout='10'`, `max_retries=-1`, `validate='no'`) is a
ConfigurationError naming the option, never a failure at the first call (newcomer-3 #20).

Layer: a leaf. It imports httpx and `_exceptions` only.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from ._exceptions import ConfigurationError

#: The methods a hook may have (see `_hooks.Hook`): an object with none of them is not a hook.
_HOOK_METHODS = (
    "on_operation_start",
    "on_request",
    "on_response",
    "on_retry",
    "on_error",
    "on_token",
    "on_operation_end",
)


def check_timeout(value: object, title: str) -> float | httpx.Timeout | None:
    """`value` as a timeout: seconds > 0 (an int or a float), an httpx.Timeout, or None (no timeout)."""
    if value is None or isinstance(value, httpx.Timeout):
        return value
    if isinstance(value, bool) or not isinstance(value, int | float) or not (0 < value < math.inf):
        raise ConfigurationError(
            f"{title}: timeout must be a number of seconds > 0, an httpx.Timeout or None, got {value!r}", api=title
        )
    return float(value)


def check_max_retries(value: object, title: str) -> int | None:
    """`value` as a retry count: a whole number >= 0, or None for the policy's."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigurationError(f"{title}: max_retries must be an integer >= 0, got {value!r}", api=title)
    return value


def check_flag(value: object, name: str, title: str) -> bool:
    """`value` as a flag: True or False only (`'no'` would be true)."""
    if not isinstance(value, bool):
        raise ConfigurationError(f"{title}: {name} must be True or False, got {value!r}", api=title)
    return value


def check_hooks(value: object, title: str) -> list[Any]:
    """`value` as a list of hooks: a sequence (not a string) of objects with `on_*` methods."""
    if isinstance(value, str | bytes) or not isinstance(value, Sequence):
        raise ConfigurationError(f"{title}: hooks must be a list of Hook objects, got {value!r}", api=title)
    for hook in value:
        if not _is_hook(hook):
            raise ConfigurationError(
                f"{title}: {hook!r} in hooks is not a hook (subclass freight_clients.Hook)", api=title
            )
    return list(value)


def _is_hook(hook: object) -> bool:
    """A Hook subclass, or an object with an `on_*` method; looking one up may raise (a broken
    hook is the hook's problem, logged when it is called, never a failed construction)."""
    from ._hooks import Hook

    if isinstance(hook, Hook):
        return True
    try:
        return any(callable(getattr(hook, method, None)) for method in _HOOK_METHODS)
    except Exception:
        return True


def check_headers(value: object, title: str) -> dict[str, str]:
    """`value` as headers to send on every request: a mapping of str to str that httpx can encode
    (names a token of RFC 9110, values without control characters). A credential header among them is
    never sent: the client's own credential wins (see the request loop)."""
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise ConfigurationError(f"{title}: default_headers must be a mapping of str to str, got {value!r}", api=title)
    headers: dict[str, str] = {}
    for name, text in value.items():
        if not isinstance(name, str) or not isinstance(text, str):
            raise ConfigurationError(
                f"{title}: default_headers must map str to str, got {type(name).__name__}: {type(text).__name__}",
                api=title,
            )
        if not name or not all(char.isascii() and (char.isalnum() or char in "!#$%&'*+-.^_`|~") for char in name):
            raise ConfigurationError(f"{title}: {name!r} in default_headers is not a header name", api=title)
        if any((ord(char) < 32 and char != "\t") or ord(char) == 127 for char in text) or not text.isascii():
            raise ConfigurationError(
                f"{title}: the value of {name!r} in default_headers has a control or non-ASCII character", api=title
            )
        headers[name] = text
    return headers


def merge_headers(base: Mapping[str, str], extra: Mapping[str, str]) -> dict[str, str]:
    """`base` with `extra` over it, names compared without case (`X-Api-Version` replaces `x-api-version`)."""
    names = {name.lower() for name in extra}
    return {**{name: value for name, value in base.items() if name.lower() not in names}, **extra}
