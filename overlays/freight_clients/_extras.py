"""Optional parts of the package (`[sandbox]`, `[otel]`): a check that names the pip command to run
when one is used without its extra, instead of a bare ModuleNotFoundError from deep inside."""

from __future__ import annotations

from ._exceptions import FreightError

#: What each extra brings, as the import names checked before its code is loaded.
EXTRAS: dict[str, tuple[str, ...]] = {
    "sandbox": ("starlette", "uvicorn", "multipart", "jsonschema"),
    "otel": ("opentelemetry.trace", "opentelemetry.sdk"),
    "redis": ("redis", "pyrate_limiter"),
}


class MissingExtraError(FreightError, ImportError):
    """An optional feature was used without the extra that installs its dependencies."""

    def __init__(self, extra: str, missing: list[str]) -> None:
        self.extra = extra
        self.missing = missing
        self.install = f"pip install 'freight-order-clients[{extra}]'"
        super().__init__(
            f"the {extra} feature of freight-order-clients needs modules that are not installed "
            f"({', '.join(missing)}); install them with: {self.install}",
            api="freight_clients",
            operation=f"import {extra}",
        )


def _installed(module: str) -> bool:
    import importlib.util  # here: `import freight_clients` does not need it

    try:
        return importlib.util.find_spec(module) is not None
    except ImportError:  # a parent package is missing (`opentelemetry` for `opentelemetry.sdk`)
        return False


def require(extra: str) -> None:
    """Raise MissingExtraError naming `pip install 'freight-order-clients[EXTRA]'` unless it is installed."""
    missing = [module for module in EXTRAS[extra] if not _installed(module)]
    if missing:
        raise MissingExtraError(extra, missing)
