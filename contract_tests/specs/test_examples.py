"""Every seed example is in its spec, byte for byte in content; every named example validates,
except the seed examples that break their own documents' rules, which must fail (reasons below).
Those sit under `x-seed-examples`, not `examples`: Schemathesis and Prism take `examples` as valid
requests, so a must-fail fixture there would be sent as one."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from contract_tests.support.speclib import API_NAMES, load, pointer, resolve, schema_validator, seeds_dir, validator
from freight_clients.smouv_rules import check_order, export_only_fields_in, iso6346_check_digit

# Named examples that must NOT validate against their schema, and why.
MUST_FAIL_SCHEMA = {
    ("quivo", "/paths/~1orders/post/requestBody/content/application~1json/x-seed-examples/seedRequest"): (
        "the seed sends the order's customAttributes as a JSON-encoded string; its own table types that field object"
        " (a position's customAttributes has no table row: the sample's string is valid there, A3-22)"
    ),
}


def _named_examples(api: str) -> Iterator[tuple[str, Any, dict[str, Any]]]:
    """(pointer of the example, its value, the schema of its media type) for every named example."""

    def walk(node: Any, parts: tuple[str, ...]) -> Iterator[tuple[str, Any, dict[str, Any]]]:
        if isinstance(node, dict):
            for key in ("examples", "x-seed-examples"):
                if key in node and "schema" in node and isinstance(node[key], dict):
                    for name, example in node[key].items():
                        example = resolve(api, example)
                        yield pointer(*parts, key, name), example["value"], node["schema"]
            for key, value in node.items():
                yield from walk(value, (*parts, key))

    yield from walk(load(api), ())


def _example_ids() -> list[tuple[str, str, Any, dict[str, Any]]]:
    return [(api, where, value, schema) for api in API_NAMES for where, value, schema in _named_examples(api)]


def _id(value: object) -> str:
    return value if isinstance(value, str) else ""


@pytest.mark.parametrize(("api", "where", "value", "schema"), _example_ids(), ids=_id)
def test_named_example_validates_unless_listed(api: str, where: str, value: Any, schema: dict[str, Any]) -> None:
    schema_pointer = where.rsplit("/", 2)[0] + "/schema"
    errors = sorted(validator(api, schema_pointer).iter_errors(value), key=str)
    reason = MUST_FAIL_SCHEMA.get((api, where))
    if reason:
        assert errors, f"expected to fail ({reason}) but validated"
        assert errors and all(e.validator == "type" and list(e.path) == ["customAttributes"] for e in errors), [
            (list(e.path), e.message) for e in errors
        ]
    else:
        assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)


def test_every_must_fail_example_exists() -> None:
    present = {(api, where) for api, where, _, _ in _example_ids()}
    assert set(MUST_FAIL_SCHEMA) <= present


def test_must_fail_fixtures_are_kept_out_of_examples() -> None:
    """Tools read `examples` as valid requests: the fixtures that break the seeds' rules (the
    schema's, or a business rule's like the S'mouv curl order) are under `x-seed-examples` only."""
    fixtures = {(api, where) for api, where, _, _ in _example_ids() if "/x-seed-examples/" in where}
    assert set(MUST_FAIL_SCHEMA) <= fixtures
    assert (
        "smouv",
        "/paths/~1customer-orders/post/requestBody/content/multipart~1form-data/x-seed-examples/seedCurl",
    ) in fixtures
    for api in API_NAMES:
        for where, value, _ in _named_examples(api):
            if "/requestBody/" in where and "/examples/" in where and api == "smouv" and "order" in value:
                assert not check_order(value["order"]), where  # a request example that tools send must pass the rules


# --- the seed examples, extracted from the seed documents -------------------------------------


def _seed_text(prefix: str) -> str:
    folder = seeds_dir()
    if folder is None:
        if os.environ.get("CI"):
            pytest.fail("the seed documents (../shared/seeds) must be present in CI")
        pytest.skip("seed documents not found: set FREIGHT_SEEDS_DIR or place shared/ beside the checkout")
    [path] = sorted(Path(folder).glob(f"{prefix}_*.txt"))
    return path.read_text(encoding="utf-8")


def _json_after(text: str, marker: str, start: int = 0) -> tuple[Any, int]:
    """The JSON value that begins at the first `{` after `marker` (found from `start`)."""
    at = text.index(marker, start) + len(marker)
    at = text.index("{", at)
    value, end = json.JSONDecoder().raw_decode(text, at)
    return value, end


def _example(api: str, *parts: str) -> Any:
    node: Any = load(api)
    for part in parts:
        node = resolve(api, node)[part]
    return resolve(api, node)["value"]


def test_spotgo_seed_examples() -> None:
    text = _seed_text("000")
    request, _ = _json_after(text, "--data-raw '")
    response, _ = _json_after(text, "200 - Example 1")
    post = ("paths", "/api/v1/orders", "post")
    assert (
        _example(
            "spotgo", *post, "requestBody", "content", "application/json; x-api-version=1.0", "examples", "seedRequest"
        )
        == request
    )
    assert (
        _example(
            "spotgo",
            *post,
            "responses",
            "200",
            "content",
            "application/json; x-api-version=1.0",
            "examples",
            "seedResponse",
        )
        == response
    )


def test_smouv_seed_examples_and_the_rules_they_break() -> None:
    text = _seed_text("002")
    order, _ = _json_after(text, "--form 'Order=")
    ok, end = _json_after(text, "Response examples (200)")
    ok_again, _ = _json_after(text, "Response examples (200)", end)
    error, _ = _json_after(text, "Response examples (400)")
    assert ok == ok_again
    create = ("paths", "/customer-orders", "post")
    assert _example(
        "smouv", *create, "requestBody", "content", "multipart/form-data", "x-seed-examples", "seedCurl"
    ) == {"order": order}
    assert (
        _example("smouv", *create, "responses", "200", "content", "application/json", "examples", "seedResponse") == ok
    )
    assert (
        _example("smouv", "components", "responses", "Error400", "content", "application/json", "examples", "seedError")
        == error
    )

    # The curl order is schema-valid...
    assert not list(schema_validator("smouv", "CustomerOrderPost").iter_errors(order))
    # ...but breaks the seed's rules: an Import order needs exactly its 4 mandatory events (it has one
    # `Announced` event), and CGMU1234567 has a wrong ISO 6346 check digit (CGMU123456 -> 2).
    codes = {(v.code, v.field) for v in check_order(order, guesses=True)}
    assert ("NOT_SUPPORTED_ORDER_TYPE", "containers[0].events") in codes
    assert ("HANDLING_UNIT_REFERENCE_INVALID", "containers[0].reference") in codes
    # It also carries fields the seed makes available for other flows (refusing them is our guess).
    assert export_only_fields_in(order) == [
        "containers[0].bookingNumber",
        "voyage.etd",
        "voyage.closingCustoms",
        "voyage.closingDangerous",
        "voyage.closingDelivery",
    ]
    assert {v.guess for v in check_order(order, guesses=True) if v.field in export_only_fields_in(order)} == {
        "flow-only-field"
    }

    # The 200 example is schema-valid but breaks the id rule: a Master order's id has the CDE prefix,
    # while the example's Master order (and its "segments") use the SEG prefix.
    assert not list(schema_validator("smouv", "CustomerOrderCreated").iter_errors(ok))
    assert ok["type"] == "Master" and not ok["id"].startswith("CDE")


def test_smouv_seed_inconsistencies_are_recorded_in_the_spec() -> None:
    """The seed's own slips stay verbatim, and the spec says what is wrong with each."""
    body = load("smouv")["paths"]["/customer-orders"]["post"]["requestBody"]
    curl = body["content"]["multipart/form-data"]["x-seed-examples"]["seedCurl"]
    reference = curl["value"]["order"]["containers"][0]["reference"]
    digit = iso6346_check_digit(reference[:10])
    assert digit != int(reference[10])  # the sample's check digit is wrong...
    assert reference in curl["description"] and f"check digit is {digit}, not {reference[10]}" in curl["description"]
    error = load("smouv")["components"]["responses"]["Error400"]["content"]["application/json"]["examples"]["seedError"]
    meanings = load("smouv")["components"]["schemas"]["ErrorCode"]["description"]
    assert error["value"]["code"] == "ACTOR_NOT_FOUND" and "introuvable" in error["value"]["message"]
    assert "ACTOR_NOT_FOUND: Actor indicated in order" in meanings  # ...and the message is not that meaning
    assert "CUSTOMER_ORDER_NOT_FOUND" in error["description"] and "ACTOR_NOT_FOUND" in error["description"]


def test_transeu_seed_examples_and_their_oddities() -> None:
    text = _seed_text("003")
    got, _ = _json_after(text, "HTTP/1.1 200 OK")
    posted, _ = _json_after(text, "Authorization: Bearer {access_token}", text.index("POST /api/rest/v1/orders"))
    assert (
        _example(
            "transeu",
            "paths",
            "/orders/{order-id}",
            "get",
            "responses",
            "200",
            "content",
            "application/hal+json",
            "examples",
            "seedResponse",
        )
        == got
    )
    assert (
        _example(
            "transeu",
            "paths",
            "/shipping-orders",
            "post",
            "requestBody",
            "content",
            "application/json",
            "examples",
            "seedRequest",
        )
        == posted
    )
    # The seed POSTs its example to /orders; the endpoint is /shipping-orders (research/transeu.md §2).
    assert "POST /api/rest/v1/orders HTTP/1.1" in text and "POST /shipping-orders" in text

    # The GET example passes the lenient response schema but not the documented tables: unit_code
    # "T" is not TNE, and `status` is no documented field (a leak from the TFS API).
    assert not list(schema_validator("transeu", "Order").iter_errors(got))
    units = {item["weight"]["unit_code"] for item in got["loads"]}
    assert units == {"T"}
    assert list(schema_validator("transeu", "WeightUnitCode").iter_errors("T"))
    assert "status" in got and "status" not in load("transeu")["components"]["schemas"]["Order"]["properties"]

    # The 201 example is not JSON; the spec keeps its text verbatim and its one real field as value.
    created_at = text.index("HTTP/1.1 201 Created")
    body = text[text.index("{", created_at) : text.index("}", created_at) + 1]
    with pytest.raises(json.JSONDecodeError):
        json.loads(body)
    example = resolve("transeu", load("transeu")["paths"]["/shipping-orders"]["post"]["responses"]["201"])
    seed_201 = example["content"]["application/hal+json"]["examples"]["seedResponse"]
    assert seed_201["x-seed-verbatim"] == body
    assert seed_201["value"] == {"id": "56acf700-1774-11e6-8ab6-0002a5d5c51b"}


def test_quivo_seed_examples() -> None:
    text = _seed_text("004")
    request, end = _json_after(text, "--data '")
    response, _ = _json_after(text, "'\n", end)
    submit = ("paths", "/orders", "post")
    assert (
        _example("quivo", *submit, "requestBody", "content", "application/json", "x-seed-examples", "seedRequest")
        == request
    )
    assert (
        _example("quivo", *submit, "responses", "200", "content", "application/json", "examples", "seedResponse")
        == response
    )
    assert isinstance(request["customAttributes"], str)  # the self-contradiction MUST_FAIL_SCHEMA names
