"""mkdocs hooks of the docs build (mkdocs.yml `hooks:`; excluded from the site)."""

from __future__ import annotations

import logging
from typing import Any

#: griffe warnings that say nothing about the docs: `freight_clients.__all__` is computed from the
#: export table (`_exports.ALL`), which griffe cannot read statically; the reference pages name each
#: object by its defining module, so nothing depends on it.
KNOWN = ("Unsupported item in freight_clients.__all__",)


class _Known(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not any(text in record.getMessage() for text in KNOWN)


def on_startup(**_: Any) -> None:
    logging.getLogger("mkdocs.plugins.griffe").addFilter(_Known())
