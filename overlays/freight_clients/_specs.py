"""Where the OpenAPI specs are, and the parsed spec of an API without a YAML parser.

`specs/*.yaml` are the source; `nox -s generate` also writes each one as `openapi.json` into its
generated package (checked by `generate -- --check`), which is what the clients and sandboxes read.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from . import registry

#: The short names of the APIs (the registry's).
APIS = registry.NAMES

#: Name of an API's spec, as JSON, inside its generated package (`spotgo_client/openapi.json`).
SPEC_JSON = "openapi.json"
#: Key of the SHA-256 of the YAML a JSON copy was made from (scripts/generate.py writes it).
SOURCE_KEY = "x-freight-source-sha256"


def _name(api: str) -> str:
    return registry.get(api).spec_file


def spec_path(api: str) -> Path:
    """Path of an API's OpenAPI document (`api` is a short name of the registry)."""
    name = _name(api)
    here = Path(__file__).resolve().parent
    for folder in (here / "_specs", here.parent.parent / "specs"):  # wheel, then source checkout
        if (folder / name).is_file():
            return folder / name
    raise FileNotFoundError(f"{name} is neither in the installed package nor in a source checkout")


def spec_json_path(api: str) -> Path:
    """Path of the JSON copy of an API's spec, found without importing its generated package."""
    import importlib.util  # here: `import freight_clients` does not need it

    _name(api)
    found = importlib.util.find_spec(f"{api}_client")
    if found is None or not found.submodule_search_locations:
        raise FileNotFoundError(f"the generated package {api}_client is not installed")
    return Path(next(iter(found.submodule_search_locations))) / SPEC_JSON


def load_spec(api: str) -> dict[str, Any]:
    """A fresh parsed copy of an API's OpenAPI document (callers may change it; cache it if reused).

    The JSON copy, unless the YAML it records changed since `nox -s generate` (a source checkout
    while someone edits a spec): then the YAML itself, which needs PyYAML (a development tool)."""
    loaded: dict[str, Any] = json.loads(spec_json_path(api).read_bytes())
    source = spec_path(api).read_bytes()
    if loaded.pop(SOURCE_KEY, None) == hashlib.sha256(source).hexdigest():
        return loaded
    try:
        import yaml
    except ImportError:
        raise FileNotFoundError(f"{_name(api)} changed since its JSON copy was made: run `nox -s generate`") from None
    fresh: dict[str, Any] = yaml.safe_load(source)
    return fresh
