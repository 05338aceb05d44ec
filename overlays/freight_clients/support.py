"""What tools built on the clients share with them: the specs as the clients read them, the
catalogue of guesses (`x-provenance: inferred`), the S'mouv business rules, loopback detection and
the one date parser (RFC 3339 and HTTP dates).

Public for `freight_sandbox` and `freight_testing` (they import nothing private of this package),
stable like the rest of the public API; an app needs none of it.
"""

from __future__ import annotations

from ._config import is_loopback
from ._dates import parse_datetime, parse_datetime_or_none, parse_http_date
from ._extras import MissingExtraError, require
from ._guesses import (
    Guess,
    InferredConstraintWarning,
    all_guesses,
    forget_reported,
    guesses,
    inferred_code,
    lookup,
    request_roots,
)
from ._specs import load_spec, spec_json_path, spec_path

__all__ = [
    "Guess",
    "InferredConstraintWarning",
    "MissingExtraError",
    "all_guesses",
    "forget_reported",
    "guesses",
    "inferred_code",
    "is_loopback",
    "load_spec",
    "lookup",
    "parse_datetime",
    "parse_datetime_or_none",
    "parse_http_date",
    "request_roots",
    "require",
    "spec_json_path",
    "spec_path",
]
