"""Pre-flight validation of request bodies against the spec, with compiled validators (jsonschema-rs)."""

from __future__ import annotations

import functools
import re
from typing import Any

import jsonschema_rs
import yaml

from ._exceptions import ClientValidationError
from ._specs import spec_path


@functools.cache
def _spec(api: str) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(spec_path(api).read_text(encoding="utf-8"))
    return loaded


def _is_email(value: str) -> bool:
    """The email check of the sandboxes' validator (Python jsonschema): jsonschema-rs's stricter one
    refuses valid addresses such as punycode domains (`0@a.xn--54b7fta0cc`), which the client must
    not refuse before the service has seen them."""
    return "@" in value


_FORMATS = {"email": _is_email}


@functools.cache
def _validator(api: str, schema_name: str) -> Any:
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
    """Raise ClientValidationError naming every field of `body` that breaks the schema."""
    errors = list(_validator(api, schema_name).iter_errors(body))
    if not errors:
        return
    problems = sorted((_field(e), e.message) for e in errors)
    field, message = problems[0]
    raise ClientValidationError(api=title, operation=operation, field=field or None, message=message, problems=problems)
