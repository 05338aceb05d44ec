"""The public names of `freight_clients` and the module each comes from: the one table that feeds
the package's `__all__`, its lazy loader (PEP 562) and, checked by a test because type checkers need
them literal, its imports (`contract_tests/packaging/test_exported_members.py`).

Each API's names come from its `registry` row (`clients` and `exports`), so a new API adds none here.

Layer: a leaf; it imports only `registry` (itself standard library only).
"""

from __future__ import annotations

from . import registry

#: Imported with the package: the errors (light, and every client raises them, so they print as
#: `freight_clients.X` from the first one), the missing-extra error and `spec_path`.
EAGER: dict[str, str] = {
    **dict.fromkeys(
        [
            "APIConnectionError",
            "APIStatusError",
            "APITimeoutError",
            "AlreadyCreatedError",
            "AuthenticationError",
            "BadRequestError",
            "ClientValidationError",
            "ConfigurationError",
            "ConflictError",
            "DuplicateOrderError",
            "FreightError",
            "InternalServerError",
            "NotFoundError",
            "PermissionDeniedError",
            "PreconditionFailedError",
            "RateLimitError",
            "ResponseValidationError",
            "UnprocessableEntityError",
        ],
        "._exceptions",
    ),
    "MissingExtraError": "._extras",
    "spec_path": "._specs",
    "__version__": ".__about__",
}

#: Imported on first use, so `from freight_clients import SpotGo` loads neither the other APIs'
#: generated packages nor the rate limiter, the validators or the token storages until needed.
LAZY: dict[str, str] = {
    **{name: f".{api.name}" for api in registry.APIS for name in (*api.clients, *api.exports)},
    **dict.fromkeys(["FileTokenStorage", "MemoryTokenStorage", "TokenStorage"], "._token_storage"),
    **dict.fromkeys(
        [
            "ErrorEvent",
            "Hook",
            "OperationFinished",
            "OperationStarted",
            "RequestEvent",
            "ResponseEvent",
            "RetryEvent",
            "TokenEvent",
        ],
        "._hooks",
    ),
    "DownloadedFile": "._models",
    "DriftCollector": "._drift",
    "InferredConstraintWarning": "._guesses",
    "OpenTelemetryHook": "._otel",
    "RateLimit": "._limits",
    "RedisRateLimit": "._limits",
    "RetryPolicy": "._retry",
    "UnknownFieldWarning": "._encode",
}

#: Every public name: name -> module (relative to `freight_clients`).
EXPORTS: dict[str, str] = {**EAGER, **LAZY}

#: `__all__`: sorted as httpx sorts its own (case-insensitively).
ALL: list[str] = sorted(EXPORTS, key=str.casefold)

#: The name every exported class carries as `__module__`, so it prints as `freight_clients.X`.
PACKAGE = "freight_clients"


def publish(value: object) -> None:
    """Make an exported class print, and pickle, as `freight_clients.<name>` (openai-python's
    `__module__` rewrite); other values are left alone."""
    if isinstance(value, type) and value.__module__.startswith(PACKAGE + "."):
        value.__module__ = PACKAGE
