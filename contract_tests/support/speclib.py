"""Helpers the tests share: load the specs, validate against their schemas, walk their parts."""

from __future__ import annotations

import functools
import importlib
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema
import yaml
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from freight_clients import registry, spec_path

ROOT = Path(__file__).resolve().parents[2]
METHODS = ("get", "put", "post", "delete", "patch")
API_NAMES = registry.NAMES
UNKNOWN = "FREIGHT_UNKNOWN_VALUE"


def seeds_dir() -> Path | None:
    """The seed documents (`../shared/seeds` beside the checkout, or $FREIGHT_SEEDS_DIR)."""
    folder = Path(os.environ.get("FREIGHT_SEEDS_DIR", ROOT.parent / "shared" / "seeds"))
    return folder if folder.is_dir() else None


@functools.cache
def load(api: str) -> dict[str, Any]:
    """An API's OpenAPI document as a dict (cached; do not mutate)."""
    data: dict[str, Any] = yaml.safe_load(spec_path(api).read_text(encoding="utf-8"))
    return data


def package(api: str) -> Any:
    """The generated client package of an API, with its `models` loaded (the clients load the
    generated packages lazily, so nothing else may have imported them yet)."""
    importlib.import_module(f"{api}_client.models")
    return importlib.import_module(f"{api}_client")


def snake(name: str) -> str:
    """operationId -> module name, as openapi-python-client derives it."""
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


@dataclass(frozen=True)
class Operation:
    api: str
    method: str
    path: str
    spec: dict[str, Any]

    @property
    def id(self) -> str:
        return f"{self.api}:{self.spec['operationId']}"


def operations(api: str) -> Iterator[Operation]:
    for path, item in load(api)["paths"].items():
        for method in METHODS:
            if method in item:
                yield Operation(api, method, path, item[method])


def all_operations() -> list[Operation]:
    return [op for api in API_NAMES for op in operations(api)]


_URN = "urn:freight:{api}"


@functools.cache
def _registry(api: str) -> Registry[Any]:
    resource: Resource[Any] = Resource.from_contents(load(api), default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource(_URN.format(api=api), resource)
    return registry


def pointer(*parts: str) -> str:
    """A JSON pointer built from raw keys (escaping / and ~)."""
    return "/" + "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts)


def validator(api: str, json_pointer: str) -> jsonschema.protocols.Validator:
    """A Draft 2020-12 validator (formats checked) for the schema at a pointer of the spec."""
    schema = {"$ref": f"{_URN.format(api=api)}#{json_pointer}"}
    return jsonschema.Draft202012Validator(
        schema, registry=_registry(api), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def schema_validator(api: str, name: str) -> jsonschema.protocols.Validator:
    return validator(api, pointer("components", "schemas", name))


def resolve(api: str, node: Any) -> Any:
    """Follow a local $ref (once) inside an API's spec."""
    while isinstance(node, dict) and "$ref" in node and node["$ref"].startswith("#/"):
        target: Any = load(api)
        for part in node["$ref"][2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def ref_name(node: Any) -> str | None:
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        return str(node["$ref"]).rsplit("/", 1)[-1]
    return None


def links(api: str) -> list[str]:
    """The spec's OpenAPI links, named as a stateful run reports the link it follows:
    `POST /path -> [200] LinkName`."""
    return [
        f"{op.method.upper()} {op.path} -> [{status}] {name}"
        for op in operations(api)
        for status, response in (op.spec.get("responses") or {}).items()
        for name in (resolve(api, response).get("links") or {})
    ]
