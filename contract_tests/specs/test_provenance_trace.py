"""No constraint is enforced that a document does not state: every enforcing keyword of every
request body of every API traces to the seed or public document that states it, or is a guess the
annotations mark (then clients only warn, `freight_clients._guesses`). Issue 24, the systemic cause
of A3-1, A3-16, A3-22 and A3-23."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import pytest

from contract_tests.support.speclib import load
from freight_clients import _guesses, registry

#: Keywords a validator enforces (`_guesses.KEYWORDS`), besides the ones that only shape the walk.
ENFORCING = set(_guesses.KEYWORDS)


def _roots(api: str) -> list[str]:
    return list(dict.fromkeys(_guesses.request_roots(api).values()))


def _nodes(spec: Mapping[str, Any], node: Any, path: str, seen: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    """(field, keyword) of every enforcing keyword below `node`, found without `_guesses`."""
    if not isinstance(node, Mapping):
        return
    if "$ref" in node:
        name = str(node["$ref"]).rsplit("/", 1)[-1]
        if name not in seen:
            yield from _nodes(spec, spec["components"]["schemas"][name], path, (*seen, name))
        return
    for keyword in ENFORCING & set(node):
        value = node[keyword]
        if keyword == "additionalProperties" and value is not False:
            continue
        if keyword == "format" and value in _guesses._TYPE_FORMATS:
            continue
        if keyword == "type" and not path:
            continue  # the body's own type: its media type makes it an object
        if keyword == "required":
            for prop in value:
                yield (f"{path}.{prop}" if path else prop), "required"
            continue
        yield path, keyword
    for name, prop in (node.get("properties") or {}).items():
        yield from _nodes(spec, prop, f"{path}.{name}" if path else name, seen)
    if "items" in node:
        yield from _nodes(spec, node["items"], f"{path}[]", seen)


@pytest.mark.parametrize("api", registry.NAMES)
def test_every_request_body_is_a_component_schema_the_catalogue_walks(api: str) -> None:
    """Every operation's request body is a `$ref` (so `request_roots` sees it), and the catalogue
    traces exactly the enforcing keywords an independent walk of the schema finds."""
    spec = load(api)
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, Mapping) and "requestBody" in operation:
                for media in operation["requestBody"]["content"].values():
                    assert "$ref" in (media.get("schema") or {}), operation["operationId"]
    for root in _roots(api):
        traced = {(t.field, t.keyword) for t in _guesses.traces(api, root)} - {
            (t.field, "enum") for t in _guesses.traces(api, root) if t.guess is not None and t.guess.open
        }
        found = set(_nodes(spec, {"$ref": f"#/components/schemas/{root}"}, "", ()))
        assert traced == found, (root, sorted(traced ^ found))


@pytest.mark.parametrize("api", registry.NAMES)
def test_every_enforcing_keyword_traces_to_a_document_or_to_a_marked_guess(api: str) -> None:
    """The CI gate: an enforcing keyword no annotation accounts for (neither stated by the source
    its node names, nor marked a guess with a reason) fails here, not in a user's call."""
    unmarked = [
        f"{t.root} {t.field or '(body)'} {t.keyword}={t.value!r}"
        for root in _roots(api)
        for t in _guesses.traces(api, root)
        if t.guess is not None and not t.guess.marked
    ]
    assert not unmarked, f"{api}: enforcing keywords no document states and no annotation marks:\n" + "\n".join(
        unmarked
    )
    for root in _roots(api):
        for t in _guesses.traces(api, root):
            assert (t.source is None) != (t.guess is None), t
            assert t.guess is not None or str(t.source).strip()


def _walk(spec: dict[str, Any], root: str) -> list[_guesses.Trace]:
    return list(_guesses._walk(spec, "x", root, {"$ref": f"#/components/schemas/{root}"}, "", {}, ()))


def test_a_keyword_its_source_does_not_state_is_an_unmarked_guess() -> None:
    """A node that inherits a seed's provenance but whose seed states only types: its pattern is a
    guess (advisory), unmarked, so the gate above names it."""
    spec = {
        "info": {"x-provenance": {"kind": "seed", "ref": "000"}},
        "components": {"schemas": {"A": {"type": "object", "properties": {"d": {"type": "string", "pattern": "^x$"}}}}},
    }
    by_key = {(t.field, t.keyword): t for t in _walk(spec, "A")}
    assert by_key["d", "type"].source == "000"
    pattern = by_key["d", "pattern"].guess
    assert pattern is not None and not pattern.marked


def test_an_inferred_aspect_makes_every_keyword_of_its_element_a_marked_guess() -> None:
    """`inferred: "types from the sample"` covers the types and formats of the element and of the
    schemas it uses (A3-22, A3-23); `constraints` on a node name single keywords."""
    spec = {
        "info": {"x-provenance": {"kind": "seed", "ref": "table", "states": ["type", "format", "maxLength"]}},
        "components": {
            "schemas": {
                "Order": {
                    "type": "object",
                    "properties": {
                        "attrs": {"$ref": "#/components/schemas/Attrs"},
                        "pos": {"$ref": "#/components/schemas/Pos"},
                        "note": {
                            "type": "string",
                            "maxLength": 5,
                            "x-provenance": {"constraints": {"maxLength": "ours"}},
                        },
                    },
                },
                "Pos": {
                    "type": "object",
                    "x-provenance": {"kind": "seed", "ref": "sample", "inferred": "types from the sample"},
                    "properties": {
                        "day": {"type": "string", "format": "date"},
                        "attrs": {"$ref": "#/components/schemas/Attrs"},
                    },
                },
                "Attrs": {"type": "object"},
            }
        },
    }
    by_key = {(t.field, t.keyword): t for t in _walk(spec, "Order")}
    assert by_key["attrs", "type"].source == "table"  # the table's own field
    for key in (("pos.day", "type"), ("pos.day", "format"), ("pos.attrs", "type")):
        guess = by_key[key].guess
        assert guess is not None and guess.marked and guess.why == "types from the sample", key
    note = by_key["note", "maxLength"].guess
    assert note is not None and note.why == "ours"


def test_the_unmarked_reason_says_no_document_states_it() -> None:
    assert "no annotation" in _guesses.UNMARKED
