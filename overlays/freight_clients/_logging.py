"""Logging as libraries do it: the `freight_clients` logger has a NullHandler (so Python's
last-resort handler never prints our records a second time beside a warning), and the environment
variable FREIGHT_LOG (`debug`, `info`, `warning`, `error`), like openai's OPENAI_LOG, turns our
records on without code: it sets the logger's level and, when the program has configured no logging,
a stderr handler (`logging.basicConfig`). Retries, rate-limit waits over a second and token fetches
are logged at INFO, each response at DEBUG (see `_base_client`). Records pass the redacting filter.

Layer: a leaf; it imports the standard library only.
"""

from __future__ import annotations

import logging
import os
import warnings

#: The environment variable that sets the level of the `freight_clients` logger.
LOG_VARIABLE = "FREIGHT_LOG"
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING, "error": logging.ERROR}
FORMAT = "[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s"


def configure(environ: os._Environ[str] | dict[str, str] = os.environ) -> None:
    """Give the package logger its NullHandler (once), and apply FREIGHT_LOG if it is set; an unknown
    level is warned about and ignored."""
    logger = logging.getLogger("freight_clients")
    if not any(isinstance(handler, logging.NullHandler) for handler in logger.handlers):
        logger.addHandler(logging.NullHandler())
    wanted = environ.get(LOG_VARIABLE, "").strip().lower()
    if not wanted:
        return
    level = _LEVELS.get(wanted)
    if level is None:
        warnings.warn(
            f"{LOG_VARIABLE}={wanted!r} is not one of {', '.join(_LEVELS)}; ignored", RuntimeWarning, stacklevel=2
        )
        return
    logger.setLevel(level)
    logging.basicConfig(format=FORMAT)  # a no-op when the program configured logging itself
