"""Typed clients for freight-order APIs: SpotGo Carrier Portal, SOGET S'mouv, Trans.eu (the platform
API, and the seed's legacy one), Quivo.

The raw clients generated from `specs/` are the packages `spotgo_client`, `smouv_client`,
`transeu_client`, `transeu_platform_client` and `quivo_client`; this package holds what is written
by hand on top of them: configuration, retries, rate limits, typed errors, pre-flight validation and per-API helpers.

The public names and their modules are one table, `_exports`: it feeds `__all__` and the lazy
loader below, and a test checks the imports here against it (type checkers need them literal).
Exported classes print and pickle as `freight_clients.X`.
"""

import typing as _typing

from . import _exports, _logging
from .__about__ import __version__ as __version__
from ._exceptions import AlreadyCreatedError as AlreadyCreatedError
from ._exceptions import APIConnectionError as APIConnectionError
from ._exceptions import APIStatusError as APIStatusError
from ._exceptions import APITimeoutError as APITimeoutError
from ._exceptions import AuthenticationError as AuthenticationError
from ._exceptions import BadRequestError as BadRequestError
from ._exceptions import ClientValidationError as ClientValidationError
from ._exceptions import ConfigurationError as ConfigurationError
from ._exceptions import ConflictError as ConflictError
from ._exceptions import DuplicateOrderError as DuplicateOrderError
from ._exceptions import FreightError as FreightError
from ._exceptions import InternalServerError as InternalServerError
from ._exceptions import NotFoundError as NotFoundError
from ._exceptions import PermissionDeniedError as PermissionDeniedError
from ._exceptions import PreconditionFailedError as PreconditionFailedError
from ._exceptions import RateLimitError as RateLimitError
from ._exceptions import ResponseValidationError as ResponseValidationError
from ._exceptions import UnprocessableEntityError as UnprocessableEntityError
from ._extras import MissingExtraError as MissingExtraError
from ._specs import spec_path as spec_path

if _typing.TYPE_CHECKING:
    from ._drift import DriftCollector as DriftCollector
    from ._encode import UnknownFieldWarning as UnknownFieldWarning
    from ._guesses import InferredConstraintWarning as InferredConstraintWarning
    from ._hooks import ErrorEvent as ErrorEvent
    from ._hooks import Hook as Hook
    from ._hooks import OperationFinished as OperationFinished
    from ._hooks import OperationStarted as OperationStarted
    from ._hooks import RequestEvent as RequestEvent
    from ._hooks import ResponseEvent as ResponseEvent
    from ._hooks import RetryEvent as RetryEvent
    from ._hooks import TokenEvent as TokenEvent
    from ._limits import RateLimit as RateLimit
    from ._limits import RedisRateLimit as RedisRateLimit
    from ._models import DownloadedFile as DownloadedFile
    from ._otel import OpenTelemetryHook as OpenTelemetryHook
    from ._retry import RetryPolicy as RetryPolicy
    from ._token_storage import FileTokenStorage as FileTokenStorage
    from ._token_storage import MemoryTokenStorage as MemoryTokenStorage
    from ._token_storage import TokenStorage as TokenStorage
    from .quivo import AsyncQuivo as AsyncQuivo
    from .quivo import Quivo as Quivo
    from .quivo import SubmitResult as SubmitResult
    from .smouv import AsyncSmouv as AsyncSmouv
    from .smouv import Smouv as Smouv
    from .spotgo import AsyncSpotGo as AsyncSpotGo
    from .spotgo import SpotGo as SpotGo
    from .spotgo import SyncOutcome as SyncOutcome
    from .spotgo import UpsertResult as UpsertResult
    from .transeu import AsyncTransEu as AsyncTransEu
    from .transeu import TransEu as TransEu
    from .transeu_platform import AsyncTransEuPlatform as AsyncTransEuPlatform
    from .transeu_platform import FailedDependencyError as FailedDependencyError
    from .transeu_platform import TransEuPlatform as TransEuPlatform
else:  # hidden from type checkers, so an unknown name is an error in the user's code, not an Any

    def __getattr__(name: str) -> object:
        """Import the module that defines `name` the first time it is asked for (PEP 562), then
        keep it, and every other name exported from that module, here."""
        module = _exports.LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import importlib

        loaded = importlib.import_module(module, __name__)
        for other, where in _exports.LAZY.items():
            if where == module:
                value = getattr(loaded, other)
                _exports.publish(value)
                globals()[other] = value
        return globals()[name]


__all__ = _exports.ALL

_logging.configure()  # a NullHandler on the package logger; FREIGHT_LOG=debug turns the records on

for _name in _exports.EAGER:
    _exports.publish(globals()[_name])
del _name


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
