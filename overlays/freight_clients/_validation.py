"""Pre-flight validation of request bodies against the spec, with compiled validators (`_validators`).

Only documented constraints refuse a request; one the spec marks inferred is reported as an
`InferredConstraintWarning` and the request goes out (`_guesses`).
"""

from __future__ import annotations

import functools
import math
import threading
from typing import TYPE_CHECKING, Any

from . import _guesses
from ._exceptions import ClientValidationError
from ._guesses import InferredConstraintWarning
from ._specs import load_spec

if TYPE_CHECKING:
    from ._validators import Check, Compiler, Problem


_compiling = threading.Lock()


@functools.cache
def _compiler(api: str) -> Compiler:
    from ._validators import Compiler  # on the first validation, not at import: `import freight_clients` stays light

    return Compiler(load_spec(api))


@functools.cache
def _validator(api: str, schema_name: str) -> Check:
    """The compiled schema, once per process (under a lock: compiling adds to the API's shared
    namespace of generated functions)."""
    with _compiling:
        return _compiler(api).reference(f"#/components/schemas/{schema_name}")


def _path(parts: Any) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text.lstrip(".")


def check(api: str, title: str, operation: str, schema_name: str, body: Any) -> None:
    """Raise ClientValidationError naming every field of `body` that breaks a documented constraint
    of the schema; warn (once) about each inferred constraint it breaks."""
    found: list[Problem] = []
    _validator(api, schema_name)(body, (), found)
    problems = []
    for path, keyword, message in found:
        field = _path(path)
        guess = _guesses.lookup(api, schema_name, field, keyword)
        if guess is not None:
            _guesses.report(api, title, operation, field, guess)
        else:
            problems.append((field, message))
    for field, guess in _guesses.open_enum_breaks(api, schema_name, body):
        _guesses.report(api, title, operation, field, guess)
    if not problems:
        return
    problems.sort()
    field, message = problems[0]
    raise ClientValidationError(api=title, operation=operation, field=field or None, message=message, problems=problems)


#: Values JSON carries as they are (checked by exact type first: most of a body is these).
_SCALARS = frozenset({str, int, bool, type(None)})


def not_json(value: Any, path: str = "") -> tuple[str, str] | None:
    """The path and kind of the first value in `value` that JSON cannot carry (a datetime, a set,
    bytes, NaN, a non-string key), or None: such a body is refused before any I/O."""
    if type(value) in _SCALARS or isinstance(value, str | int):  # bool is an int
        return None
    if isinstance(value, float):
        return None if math.isfinite(value) else (path, repr(value))
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                return path, f"a {type(key).__name__} key"
            if type(item) not in _SCALARS:  # recurse (and name the path) only below containers
                found = not_json(item, f"{path}.{key}" if path else key)
                if found:
                    return found
        return None
    if isinstance(value, list | tuple):
        for index, item in enumerate(value):
            if type(item) not in _SCALARS:
                found = not_json(item, f"{path}[{index}]")
                if found:
                    return found
        return None
    return path, f"a {type(value).__name__}"


__all__ = ["InferredConstraintWarning", "check", "not_json"]
