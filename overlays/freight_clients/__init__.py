"""Typed clients for four freight-order APIs: SpotGo Carrier Portal, SOGET S'mouv, Trans.eu, Quivo.

The raw clients generated from `specs/` are the packages `spotgo_client`, `smouv_client`,
`transeu_client` and `quivo_client`; this package holds what is written by hand on top of them:
configuration, retries, rate limits, typed errors, pre-flight validation and per-API helpers.
"""

from ._exceptions import (
    AlreadyCreatedError,
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientValidationError,
    ConflictError,
    DuplicateOrderError,
    FreightError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    PreconditionFailedError,
    RateLimitError,
    UnprocessableEntityError,
)
from ._limits import RateLimit
from ._models import DownloadedFile
from ._specs import spec_path
from .quivo import AsyncQuivo, Quivo, SubmitResult
from .smouv import AsyncSmouv, Smouv
from .spotgo import AsyncSpotGo, SpotGo, SyncOutcome, UpsertResult
from .transeu import AsyncTransEu, FileTokenStorage, MemoryTokenStorage, TransEu

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
    "ConflictError",
    "DownloadedFile",
    "DuplicateOrderError",
    "FileTokenStorage",
    "FreightError",
    "InternalServerError",
    "MemoryTokenStorage",
    "NotFoundError",
    "PermissionDeniedError",
    "PreconditionFailedError",
    "Quivo",
    "RateLimit",
    "RateLimitError",
    "Smouv",
    "SpotGo",
    "SubmitResult",
    "SyncOutcome",
    "TransEu",
    "UnprocessableEntityError",
    "UpsertResult",
    "spec_path",
]
