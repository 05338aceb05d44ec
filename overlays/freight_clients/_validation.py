"""Pre-flight validation of request bodies against the spec, with compiled validators (jsonschema-rs).

Only documented constraints refuse a request; one the spec marks inferred is reported as an
`InferredConstraintWarning` and the request goes out (`_guesses`).
"""

from __future__ import annotations

import functools
import math
import re
from typing import Any

from . import _guesses
from ._exceptions import ClientValidationError
from ._guesses import InferredConstraintWarning
from ._specs import load_spec


@functools.cache
def _spec(api: str) -> dict[str, Any]:
    return load_spec(api)


def _is_email(value: str) -> bool:
    """The email check of the sandboxes' validator (Python jsonschema): jsonschema-rs's stricter one
    refuses valid addresses such as punycode domains (`0@a.xn--54b7fta0cc`), which the client must
    not refuse before the service has seen them."""
    return "@" in value


_FORMATS = {"email": _is_email}


@functools.cache
def _validator(api: str, schema_name: str) -> Any:
    import jsonschema_rs  # on the first validation, not at import: `import freight_clients` stays light

    spec = _spec(api)
    root = {"$ref": f"#/components/schemas/{schema_name}", "components": spec["components"]}
    return jsonschema_rs.Draft202012Validator(root, validate_formats=True, formats=_FORMATS)


def _path(parts: Any) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text.lstrip(".")


def _field(error: Any) -> str:
    path = _path(error.instance_path)
    missing = re.match(r'"([^"]+)" is a required property', error.message)
    if missing:  # name the missing property itself
        path = f"{path}.{missing.group(1)}" if path else missing.group(1)
    return path


def check(api: str, title: str, operation: str, schema_name: str, body: Any) -> None:
    """Raise ClientValidationError naming every field of `body` that breaks a documented constraint
    of the schema; warn (once) about each inferred constraint it breaks."""
    problems = []
    for error in _validator(api, schema_name).iter_errors(body):
        field = _field(error)
        guess = _guesses.lookup(api, schema_name, field, str(error.schema_path[-1]) if error.schema_path else "")
        if guess is not None:
            _guesses.report(api, title, operation, field, guess)
        else:
            problems.append((field, error.message))
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
