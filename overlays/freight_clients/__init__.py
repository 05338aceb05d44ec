"""Typed clients for four freight-order APIs: SpotGo Carrier Portal, SOGET S'mouv, Trans.eu, Quivo.

The raw clients generated from `specs/` are the packages `spotgo_client`, `smouv_client`,
`transeu_client` and `quivo_client`; this package holds what is written by hand on top of them:
configuration, retries, rate limits, typed errors, pre-flight validation and per-API helpers.
"""

from typing import TYPE_CHECKING, Any

from ._exceptions import (
    AlreadyCreatedError,
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientValidationError,
    ConfigurationError,
    ConflictError,
    DuplicateOrderError,
    FreightError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    PreconditionFailedError,
    RateLimitError,
    ResponseValidationError,
    UnprocessableEntityError,
)
from ._extras import MissingExtraError
from ._specs import spec_path

if TYPE_CHECKING:
    from ._drift import DriftCollector
    from ._guesses import InferredConstraintWarning
    from ._hooks import (
        ErrorEvent,
        Hook,
        OperationFinished,
        OperationStarted,
        RequestEvent,
        ResponseEvent,
        RetryEvent,
        TokenEvent,
    )
    from ._limits import RateLimit, RedisRateLimit
    from ._models import DownloadedFile
    from ._otel import OpenTelemetryHook
    from ._token_storage import FileTokenStorage, MemoryTokenStorage, TokenStorage
    from .quivo import AsyncQuivo, Quivo, SubmitResult
    from .smouv import AsyncSmouv, Smouv
    from .spotgo import AsyncSpotGo, SpotGo, SyncOutcome, UpsertResult
    from .transeu import AsyncTransEu, TransEu

#: Names loaded on first use (PEP 562), so `from freight_clients import SpotGo` loads neither the
#: other three generated packages nor authlib, the rate limiter or the validators until needed.
_LAZY = {
    **dict.fromkeys(["AsyncQuivo", "Quivo", "SubmitResult"], ".quivo"),
    **dict.fromkeys(["AsyncSmouv", "Smouv"], ".smouv"),
    **dict.fromkeys(["AsyncSpotGo", "SpotGo", "SyncOutcome", "UpsertResult"], ".spotgo"),
    **dict.fromkeys(["AsyncTransEu", "TransEu"], ".transeu"),
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
}


def __getattr__(name: str) -> Any:
    """Import the module that defines `name` the first time it is asked for, then keep it here."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AlreadyCreatedError",
    "AsyncQuivo",
    "AsyncSmouv",
    "AsyncSpotGo",
    "AsyncTransEu",
    "AuthenticationError",
    "BadRequestError",
    "ClientValidationError",
    "ConfigurationError",
    "ConflictError",
    "DownloadedFile",
    "DriftCollector",
    "DuplicateOrderError",
    "ErrorEvent",
    "FileTokenStorage",
    "FreightError",
    "Hook",
    "InferredConstraintWarning",
    "InternalServerError",
    "MemoryTokenStorage",
    "MissingExtraError",
    "NotFoundError",
    "OpenTelemetryHook",
    "OperationFinished",
    "OperationStarted",
    "PermissionDeniedError",
    "PreconditionFailedError",
    "Quivo",
    "RateLimit",
    "RateLimitError",
    "RedisRateLimit",
    "RequestEvent",
    "ResponseEvent",
    "ResponseValidationError",
    "RetryEvent",
    "Smouv",
    "SpotGo",
    "SubmitResult",
    "SyncOutcome",
    "TokenEvent",
    "TokenStorage",
    "TransEu",
    "UnprocessableEntityError",
    "UpsertResult",
    "spec_path",
]
