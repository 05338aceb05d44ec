"""The specs are valid OpenAPI 3.1 and encode what the seeds and the issue require."""

from __future__ import annotations

from typing import Any

import pytest
from openapi_spec_validator import validate

from contract_tests.support.speclib import API_NAMES, all_operations, load, operations, ref_name, resolve

REQUIRED_OPERATIONS = {
    "spotgo": {
        ("post", "/api/v1/orders"),
        ("get", "/api/v1/orders/{orderId}"),
        ("put", "/api/v1/orders/{orderId}"),
        ("delete", "/api/v1/orders/{orderId}"),
        ("post", "/api/v1/orders/upsert"),
        ("post", "/api/v1/orders/query"),
        ("post", "/api/v1/orders/{orderId}/documents"),
        ("get", "/api/v1/orders/{orderId}/documents/{documentId}/content"),
        ("post", "/api/v1/orders/{orderId}/documents/{documentId}/status"),
    },
    "smouv": {
        ("post", "/customer-orders"),
        ("get", "/customer-orders"),
        # The vendor names GET's parameter {id} and PUT/DELETE's {orderId}: one templated path.
        ("get", "/customer-orders/{orderId}"),
        ("put", "/customer-orders/{orderId}"),
        ("delete", "/customer-orders/{orderId}"),
    },
    "transeu": {("get", "/orders/{order-id}"), ("post", "/shipping-orders")},
    "transeu_platform": {
        ("post", "/ext/orders-api/v1/orders"),
        ("get", "/ext/orders-api/v1/orders-created"),
        ("get", "/ext/orders-api/v1/orders-created/{id}"),
        ("patch", "/ext/orders-api/v1/orders/{orderId}"),
        ("post", "/ext/orders-api/v1/orders/{orderId}/amendments"),
    },
    "quivo": {("post", "/orders"), ("post", "/login")},
}

SPOTGO_SCHEMAS = [
    "OrderSubmitModel",
    "CarrierSubmitModel",
    "OrderDetailsSubmitModel",
    "OrderLocationSubmitModel",
    "PositionSubmitModel",
    "OrderViewModel",
    "OrderDocumentViewModel",
    "OrderShareViewModel",
    "OrderUpsertViewModel",
    "OrderQuerySubmitModel",
    "QueryDateRange",
    "OrderQueryViewModel",
    "OrderQueryItemViewModel",
    "DocumentStatusChangeSubmitModel",
    "DocumentRejectionReason",
    "OrderDocumentStatus",
    "CarrierOrderStatus",
    "OrderLocationType",
    "ProblemDetails",
    "ExternalErrorViewModel",
    "ExternalErrorItemViewModel",
    "CarrierViewModel",
    "OrderDetailsViewModel",
    "OrderLocationViewModel",
]


@pytest.mark.parametrize("api", API_NAMES)
def test_spec_is_valid_openapi_31(api: str) -> None:
    spec = load(api)
    assert spec["openapi"] == "3.1.0"
    validate(spec)  # raises on any violation of the OpenAPI 3.1 schema


@pytest.mark.parametrize("api", API_NAMES)
def test_required_operations_exist_with_ids_and_4xx(api: str) -> None:
    found = {(op.method, op.path) for op in operations(api)}
    assert REQUIRED_OPERATIONS[api] <= found, REQUIRED_OPERATIONS[api] - found
    for op in operations(api):
        assert op.spec.get("operationId"), op
        assert any(code.startswith("4") for code in op.spec["responses"]), op.id


def test_operation_ids_are_unique_per_api() -> None:
    for api in API_NAMES:
        ids = [op.spec["operationId"] for op in operations(api)]
        assert len(ids) == len(set(ids)), api


def test_spotgo_servers_auth_media_type_and_schema_names() -> None:
    spec = load("spotgo")
    assert [s["url"] for s in spec["servers"]] == ["https://api-test.spotgo.eu", "https://api.spotgo.eu"]
    assert spec["components"]["securitySchemes"]["ApiKeyAuthentication"] == {
        **spec["components"]["securitySchemes"]["ApiKeyAuthentication"],
        "type": "apiKey",
        "in": "header",
        "name": "X-Api-Key",
    }
    assert set(SPOTGO_SCHEMAS) <= set(spec["components"]["schemas"])
    create = spec["paths"]["/api/v1/orders"]["post"]
    assert list(create["requestBody"]["content"]) == ["application/json; x-api-version=1.0"]
    assert "application/json; x-api-version=1.0" in create["responses"]["200"]["content"]
    upload = spec["paths"]["/api/v1/orders/{orderId}/documents"]["post"]["requestBody"]["content"]
    form = resolve("spotgo", upload["multipart/form-data"]["schema"])
    assert set(form["required"]) == {"file", "documentType"}
    assert form["properties"]["file"]["format"] == "binary"
    # The seed's request sends requiredDocumentTypes as a string, its response as an array.
    schemas = spec["components"]["schemas"]
    assert "string" in schemas["OrderSubmitModel"]["properties"]["requiredDocumentTypes"]["type"]
    assert "array" in schemas["OrderViewModel"]["properties"]["requiredDocumentTypes"]["type"]


def test_smouv_enums_and_error_codes() -> None:
    schemas = load("smouv")["components"]["schemas"]
    assert len(schemas["EventType"]["enum"]) == 17
    assert schemas["CustomsFlag"]["enum"] == ["Import", "Export", "Transfer"]
    assert len(schemas["OrderType"]["enum"]) == 7
    codes = schemas["ErrorCode"]["enum"]
    assert len(codes) == 32 and len(set(codes)) == 32
    for code in codes:  # every code's meaning is in the description
        assert f"- {code}: " in schemas["ErrorCode"]["description"], code


def test_smouv_field_limits_and_nullability() -> None:
    schemas = load("smouv")["components"]["schemas"]
    post = schemas["CustomerOrderPost"]
    assert post["additionalProperties"] is False
    assert set(post["required"]) == {"carrier", "transportOrderNumber", "containers", "customsFlag"}
    assert post["properties"]["transportOrderNumber"] == {
        **post["properties"]["transportOrderNumber"],
        "minLength": 1,
        "maxLength": 256,
    }
    assert post["properties"]["containers"]["minItems"] == 1
    assert schemas["Actor"]["properties"]["code"]["type"] == ["string", "null"]
    assert schemas["Actor"]["properties"]["code"]["maxLength"] == 32
    assert schemas["Location"]["properties"]["country"]["minLength"] == 2
    assert schemas["Container"]["properties"]["type"]["minLength"] == 4
    assert schemas["Container"]["properties"]["grossWeight"]["format"] == "double"
    assert schemas["Goods"]["properties"]["quantity"]["format"] == "int32"
    assert schemas["Event"]["properties"]["startDate"]["format"] == "date-time"
    for flag in ("isReefer", "isHazardous", "isOog"):
        assert schemas["Indicator"]["properties"][flag]["default"] is False
    create = load("smouv")["paths"]["/customer-orders"]["post"]
    media = create["requestBody"]["content"]["multipart/form-data"]
    assert media["encoding"]["order"]["contentType"] == "application/json"
    assert set(create["responses"]) >= {"200", "400"}
    security = load("smouv")["security"][0]
    assert set(security) == {"SogetConnect", "SubscriptionKey"}  # both, on every call


def test_smouv_update_requires_if_match_and_documents_412() -> None:
    put = load("smouv")["paths"]["/customer-orders/{orderId}"]["put"]
    if_match = [p for p in put["parameters"] if p.get("name") == "If-Match"]
    assert if_match and if_match[0]["required"] is True and if_match[0]["in"] == "header"
    assert "412" in put["responses"]
    assert list(put["requestBody"]["content"]) == ["application/json"]
    limit = next(p for p in load("smouv")["paths"]["/customer-orders"]["get"]["parameters"] if p["name"] == "limit")
    assert limit["schema"]["maximum"] == 50


def test_transeu_request_follows_the_seed_revision() -> None:
    spec = load("transeu")
    schemas = spec["components"]["schemas"]
    assert set(schemas["ShippingOrder"]["required"]) == {"number", "payment", "route"}
    assert len(schemas["Currency"]["enum"]) == 23
    assert schemas["WeightUnitCode"]["enum"] == ["TNE"]
    assert schemas["PriceInput"]["properties"]["value"]["exclusiveMinimum"] == 0
    get = spec["paths"]["/orders/{order-id}"]["get"]
    post = spec["paths"]["/shipping-orders"]["post"]
    seed_get, seed_post = {"200", "400", "401", "403", "404", "500"}, {"201", "400", "401", "403", "409", "422", "500"}
    assert seed_get <= set(get["responses"]) and seed_post <= set(post["responses"])
    for op, seed in ((get, seed_get), (post, seed_post)):
        for code in set(op["responses"]) - seed:  # what the seed does not list says where it comes from
            assert resolve("transeu", op["responses"][code])["x-provenance"]["kind"] in ("public-doc", "inferred")
    assert "application/hal+json" in get["responses"]["200"]["content"]
    for op in (get, post):
        for code, response in op["responses"].items():
            if code.startswith(("4", "5")):
                assert list(resolve("transeu", response)["content"]) == ["application/problem+json"], code
    flows = spec["components"]["securitySchemes"]["TransEuOAuth2"]["flows"]
    assert set(flows) == {"authorizationCode", "password"}
    assert set(flows["password"]["scopes"]) == {"orders.orders.basic.read", "orders.shipping-orders.basic.create"}
    assert get["security"] == [{"TransEuOAuth2": ["orders.orders.basic.read"]}]
    assert post["security"] == [{"TransEuOAuth2": ["orders.shipping-orders.basic.create"]}]
    assert resolve("transeu", post["responses"]["422"])["content"]["application/problem+json"]["schema"] == {
        "$ref": "#/components/schemas/ValidationProblem"
    }


def test_quivo_request_constraints_and_login() -> None:
    spec = load("quivo")
    props = spec["components"]["schemas"]["OrderRequest"]["properties"]
    required = set(spec["components"]["schemas"]["OrderRequest"]["required"])
    assert required == {"sellerId", "orderIdentifier", "orderReference", "deliveryAddress", "positions"}
    assert props["sellerId"]["format"] == "int64"
    assert props["orderIdentifier"]["maxLength"] == 40
    assert props["positions"]["minItems"] == 1
    assert props["transportInsuranceAmount"]["exclusiveMinimum"] == 0
    assert (props["orderPriority"]["minimum"], props["orderPriority"]["maximum"]) == (1, 3)
    assert props["earliestDeliveryDate"]["format"] == "date"
    assert props["orderDate"]["format"] == "date-time"
    assert props["comment"]["maxLength"] == 250
    submit = spec["paths"]["/orders"]["post"]
    assert set(submit["responses"]["400"]["content"]) == {"application/json", "text/plain"}
    login = spec["paths"]["/login"]["post"]
    assert login["x-provenance"]["kind"] == "public-doc"
    assert login["security"] == [{"ApiKey": []}]


def _enum_slots(api: str, node: Any, seen: frozenset[str] = frozenset()) -> list[tuple[str, bool]]:
    """(enum schema name, open?) for each enum reachable from a schema node."""
    found: list[tuple[str, bool]] = []
    if not isinstance(node, dict):
        return found
    name = ref_name(node)
    if name:
        if name in seen:
            return found
        target = resolve(api, node)
        if "enum" in target:
            return [(name, False)]
        return _enum_slots(api, target, seen | {name})
    if "enum" in node:
        return [("<inline>", False)]
    if "anyOf" in node:
        branches = node["anyOf"]
        has_plain_string = any(b == {"type": "string"} for b in branches)
        for branch in branches:
            for enum_name, _ in _enum_slots(api, branch, seen):
                found.append((enum_name, has_plain_string))
        return found
    for key in ("properties",):
        for sub in (node.get(key) or {}).values():
            found += _enum_slots(api, sub, seen)
    for key in ("items", "additionalProperties"):
        found += _enum_slots(api, node.get(key), seen)
    return found


def _values_guessed(api: str, enum_name: str) -> bool:
    """True when the spec marks an enum's values as our inference (its whole annotation, or `enum`)."""
    note = load(api)["components"]["schemas"][enum_name].get("x-provenance") or {}
    return note.get("kind") == "inferred" or "enum" in (note.get("constraints") or {})


@pytest.mark.parametrize("op", all_operations(), ids=lambda op: op.id)
def test_response_enums_are_open_and_request_enums_closed_unless_guessed(op: Any) -> None:
    """Responses take any value; requests only the documented ones, except where the values are a
    guess: then the request enum is open too, so a client can send the vendor's real value."""
    for code, response in op.spec["responses"].items():
        for media in (resolve(op.api, response).get("content") or {}).values():
            closed = [n for n, is_open in _enum_slots(op.api, media.get("schema")) if not is_open]
            assert not closed, f"{op.id} {code}: closed enums in a response: {closed}"
    body = op.spec.get("requestBody")
    for media in ((body or {}).get("content") or {}).values():
        for name, is_open in _enum_slots(op.api, media.get("schema")):
            if name != "<inline>":
                assert is_open == _values_guessed(op.api, name), f"{op.id}: {name} open={is_open}"


REQUEST_DATE_TIMES = {
    "spotgo": ["OrderLocationSubmitModel", "QueryDateRange"],
    "smouv": ["CustomerOrderPost", "CustomerOrderUpdate", "Event"],
    "quivo": ["OrderRequest"],
}


@pytest.mark.parametrize("api", sorted(REQUEST_DATE_TIMES))
def test_request_date_times_refuse_what_the_service_refuses_even_where_format_is_an_annotation(api: str) -> None:
    """JSON Schema 2020-12 treats `format` as an annotation, so `""` is a valid date-time to
    Schemathesis and Prism but not to the services: request date-times also carry an RFC 3339
    pattern, which every validator applies. (Response schemas keep the format alone: Prism 5.14's
    mock answers 500 when it has to generate a value for a pattern beside format date-time.)"""
    import jsonschema

    schemas = load(api)["components"]["schemas"]
    checked = 0
    for name in REQUEST_DATE_TIMES[api]:
        for field, schema in schemas[name].get("properties", {}).items():
            if schema.get("format") != "date-time":
                continue
            no_formats = jsonschema.Draft202012Validator(schema)  # no format checker: format is annotation only
            assert not no_formats.is_valid(""), (name, field)
            assert no_formats.is_valid("2026-03-01T08:00:00+00:00") and no_formats.is_valid("2023-11-07T05:31:56Z")
            checked += 1
    assert checked
