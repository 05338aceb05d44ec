"""The clients' schema compiler (`_validators`) against a validator we did not write: Python
jsonschema, which the sandboxes use. On every request schema of every API, bodies made by breaking
a valid order at a Hypothesis-chosen place get the same problems from both (where, which rule), so
pre-flight validation refuses exactly what the sandbox would, and names the same fields. Every
component schema of every spec compiles: a keyword the compiler does not know fails here, not
silently in a user's call."""

from __future__ import annotations

import copy
import functools
import re
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from freight_clients import _guesses
from freight_clients._specs import APIS, load_spec
from freight_clients._validators import Check, Compiler, Problem, UnsupportedSchema
from freight_sandbox import examples

#: A valid body of each request schema the examples give, to break one place at a time.
VALID: dict[tuple[str, str], dict[str, Any]] = {
    ("spotgo", "OrderSubmitModel"): examples.spotgo_order(),
    ("smouv", "CustomerOrderPost"): examples.import_order(),
    ("transeu", "ShippingOrder"): examples.transeu_order(),
    ("transeu_platform", "CreateOrder"): examples.transeu_platform_order(),
    ("quivo", "OrderRequest"): examples.quivo_order(1),
}
ROOTS = sorted({(api, root) for api in APIS for root in _guesses.request_roots(api).values()} | set(VALID))

_REQUIRED = re.compile(r"'(.+)' is a required property")
_CHECKER = jsonschema.Draft202012Validator.FORMAT_CHECKER


@functools.cache
def _compiled(api: str, root: str) -> Check:
    return Compiler(load_spec(api)).reference(f"#/components/schemas/{root}")


@functools.cache
def _reference(api: str, root: str) -> jsonschema.Draft202012Validator:
    schema = {"$ref": f"#/components/schemas/{root}", "components": load_spec(api)["components"]}
    return jsonschema.Draft202012Validator(schema, format_checker=_CHECKER)


def _ours(api: str, root: str, body: Any) -> set[tuple[tuple[Any, ...], str]]:
    found: list[Problem] = []
    _compiled(api, root)(body, (), found)
    return {(problem.path, problem.keyword) for problem in found}


def _theirs(api: str, root: str, body: Any) -> set[tuple[tuple[Any, ...], str]]:
    found = set()
    for error in _reference(api, root).iter_errors(body):
        path = tuple(error.absolute_path)
        if error.validator == "required":
            path = (*path, _REQUIRED.match(error.message).group(1))  # type: ignore[union-attr]
        found.add((path, str(error.validator)))
    return found


def _places(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path in a body, containers and leaves."""
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _places(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _places(item, (*path, index))
    return found


_TEXT = st.one_of(
    st.text(max_size=8),
    st.text(alphabet="AZaz09-:.+@TZ ", min_size=0, max_size=40),
    st.integers(0, 400).map(lambda n: "x" * n),
    st.sampled_from(
        [
            "",
            "2026-03-01T08:00:00Z",
            "2026-03-01T08:00:00",
            "2026-02-30T08:00:00+01:00",
            "2026-03-01",
            "2026-13-01",
            "ops@example.com",
            "no-at-sign",
            "12345678-1234-1234-1234-123456789abc",
            "LT100001",
            "FR",
            "fr",
            "P3D",
            "(33) 123",
            "https://x.example",
            "{a}",
            "ABC0123456789",
            "Import",
            "cmr",
        ]
    ),
)
_SCALAR = st.one_of(st.none(), st.booleans(), st.integers(-5, 10**6), st.floats(-10.0, 1e6, allow_nan=False), _TEXT)
_JSON = st.recursive(
    _SCALAR,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_TEXT, inner, max_size=3),
    max_leaves=6,
)


@st.composite
def _broken(draw: st.DrawFn, body: dict[str, Any]) -> Any:
    """`body` with one to three places replaced, deleted or given an extra key."""
    body = copy.deepcopy(body)
    for _ in range(draw(st.integers(1, 3))):
        places = _places(body)
        path = draw(st.sampled_from(places))
        if not path:
            if draw(st.integers(0, 9)) == 0:
                return draw(_JSON)  # the whole body replaced
            continue
        *head, last = path
        parent: Any = body
        for part in head:
            parent = parent[part]
        action = draw(st.sampled_from(["replace", "replace", "delete", "extra"]))
        if action == "delete":
            del parent[last]
        elif action == "extra" and isinstance(parent[last], dict):
            parent[last][draw(_TEXT)] = draw(_JSON)
        else:
            parent[last] = draw(_JSON)
    return body


@pytest.mark.parametrize(("api", "root"), ROOTS, ids=[f"{api}:{root}" for api, root in ROOTS])
def test_the_valid_body_and_an_empty_one_get_the_same_verdicts(api: str, root: str) -> None:
    bodies: tuple[Any, ...] = (VALID.get((api, root), {}), {}, [], None, "text")
    for body in bodies:
        assert _ours(api, root, body) == _theirs(api, root, body), body


@pytest.mark.parametrize(("api", "root"), sorted(VALID), ids=[f"{api}:{root}" for api, root in sorted(VALID)])
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_broken_body_gets_the_same_problems_as_from_python_jsonschema(api: str, root: str, data: Any) -> None:
    assert _ours(api, root, VALID[(api, root)]) == set()  # the examples are valid
    body = data.draw(_broken(VALID[(api, root)]))
    assert _ours(api, root, body) == _theirs(api, root, body)


@pytest.mark.parametrize("api", APIS)
def test_every_schema_of_every_spec_compiles(api: str) -> None:
    compiler = Compiler(load_spec(api))
    for name in load_spec(api)["components"]["schemas"]:
        compiler.reference(f"#/components/schemas/{name}")


def test_a_keyword_the_compiler_does_not_know_is_refused_when_compiled() -> None:
    """A description that YAML's flow style split at a comma (`{description: Driver, when known}`)
    becomes a keyword `when known`: the compiler names it instead of ignoring it."""
    document = {"components": {"schemas": {"A": {"type": "object", "when known at creation.": None}}}}
    with pytest.raises(UnsupportedSchema, match="when known at creation"):
        Compiler(document).reference("#/components/schemas/A")
    with pytest.raises(UnsupportedSchema, match="oneOf"):
        Compiler({"x": {"oneOf": [{"type": "string"}]}}).reference("#/x")


def test_a_recursive_schema_is_checked_at_every_depth() -> None:
    document = {"node": {"type": "object", "properties": {"name": {"maxLength": 2}, "child": {"$ref": "#/node"}}}}
    check = Compiler(document).reference("#/node")
    found: list[Problem] = []
    check({"name": "ok", "child": {"name": "ok", "child": {"name": "too long"}}}, (), found)
    assert [(p.path, p.keyword) for p in found] == [(("child", "child", "name"), "maxLength")]
