"""`scripts/transeu_platform_diff.py` finds each kind of difference and fails only on an unexplained one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from transeu_platform_diff import differences, main, uncovered

VENDOR = """
openapi: 3.0.0
info: {title: orders-api, version: 1.0.0}
paths:
  /orders/{orderId}:
    patch:
      operationId: Vendor_update
      parameters:
        - {name: orderId, in: path, required: true, schema: {type: string, format: uuid}}
        - {name: page, in: query, required: true, schema: {type: string}}
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/Patch"}
      responses:
        "204": {description: ""}
        "424": {description: ""}
  /orders/{orderId}/costs:
    post:
      operationId: Vendor_costs
      responses: {"200": {description: ""}}
components:
  schemas:
    Patch:
      type: object
      required: [freight, kind]
      properties:
        kind: {type: string, enum: [ltl, ftl]}
        freight:
          nullable: true
          allOf: [{$ref: "#/components/schemas/Freight"}]
    Freight:
      type: object
      properties:
        shipment_external_id: {type: string, nullable: true}
"""

OURS = """
openapi: 3.1.0
info: {title: ours, version: "1"}
paths:
  /orders/{orderId}:
    patch:
      operationId: update
      parameters:
        - {name: orderId, in: path, required: true, schema: {type: string, format: uuid}}
        - {name: page, in: query, required: true, schema: {type: string}}
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [freight, kind]
              properties:
                kind: {type: string, enum: [ltl, ftl]}
                freight:
                  type: [object, "null"]
                  properties:
                    shipment_external_id: {type: [string, "null"]}
      responses:
        "204": {description: ""}
        "424": {description: ""}
"""


def _docs() -> tuple[dict[str, Any], dict[str, Any]]:
    return yaml.safe_load(VENDOR), yaml.safe_load(OURS)


def _body(ours: dict[str, Any]) -> dict[str, Any]:
    body = ours["paths"]["/orders/{orderId}"]["patch"]["requestBody"]
    schema: dict[str, Any] = body["content"]["application/json"]["schema"]
    return schema


def test_the_same_operation_written_in_30_and_31_has_no_difference() -> None:
    """`nullable` and a lone `allOf` member of 3.0 read as 3.1's type list; `$ref`s are followed."""
    vendor, ours = _docs()
    assert differences(vendor, ours) == []
    assert uncovered(vendor, ours) == ["POST /orders/{orderId}/costs (Vendor_costs)"]


def test_an_enum_value_we_lack_is_unexplained_until_our_node_says_why() -> None:
    vendor, ours = _docs()
    vendor["components"]["schemas"]["Patch"]["properties"]["kind"]["enum"].append("multi_ftl")
    [found] = differences(vendor, ours)
    assert (found.kind, found.why) == ("enum", None) and "multi_ftl" in found.detail and "kind" in found.where
    _body(ours)["properties"]["kind"]["x-freight-differs"] = {"enum": "not yet offered"}
    [found] = differences(vendor, ours)
    assert found.why == "not yet offered"


def test_a_required_field_only_the_vendor_requires_is_found_and_an_ancestor_note_explains_it() -> None:
    vendor, ours = _docs()
    vendor["components"]["schemas"]["Freight"]["required"] = ["shipment_external_id"]
    [found] = differences(vendor, ours)
    assert (found.kind, found.why) == ("required", None) and "freight" in found.where
    _body(ours)["x-freight-differs"] = {"required": "lenient"}  # on the root: explains the nodes below it
    assert [d.why for d in differences(vendor, ours)] == ["lenient"]


def test_status_codes_parameters_types_and_missing_operations_are_differences() -> None:
    vendor, ours = _docs()
    operation = ours["paths"]["/orders/{orderId}"]["patch"]
    operation["responses"]["429"] = {"description": "", "x-freight-differs": {"status": "rate limits"}}
    del operation["responses"]["424"]
    operation["parameters"][1]["schema"] = {"type": "integer", "minimum": 1}
    ours["paths"]["/extra"] = {"get": {"operationId": "extra", "responses": {"200": {"description": ""}}}}
    found = {(d.where, d.kind): d.why for d in differences(vendor, ours)}
    assert found == {
        ("response 429", "status"): "rate limits",
        ("response 424", "status"): None,
        ("parameter page (in query)", "type"): None,
        ("operation", "operation"): None,
    }


def test_a_property_on_one_side_only_is_a_difference() -> None:
    vendor, ours = _docs()
    _body(ours)["properties"]["number"] = {"type": "string"}
    [found] = differences(vendor, ours)
    assert found.kind == "properties" and "['number']" in found.detail


@pytest.mark.parametrize(("explained", "status"), [(True, 0), (False, 1)])
def test_the_script_exits_non_zero_on_an_unexplained_difference(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], explained: bool, status: int
) -> None:
    vendor, ours = _docs()
    vendor["paths"]["/orders/{orderId}"]["patch"]["responses"]["400"] = {"description": ""}
    if explained:
        ours["paths"]["/orders/{orderId}"]["patch"]["x-freight-differs"] = {"status": "not modelled"}
    (tmp_path / "vendor.yaml").write_text(yaml.safe_dump(vendor))
    (tmp_path / "ours.yaml").write_text(yaml.safe_dump(ours))
    assert main([str(tmp_path / "vendor.yaml"), "--spec", str(tmp_path / "ours.yaml")]) == status
    out = capsys.readouterr().out
    assert ("UNEXPLAINED" in out) is not explained and "1 differences" in out


def test_an_unreadable_vendor_file_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "vendor.yaml").write_text("just text")
    assert main([str(tmp_path / "vendor.yaml")]) == 2


def test_a_list_of_the_vendors_object_is_compared_item_by_item() -> None:
    """Ours answers a list of what the vendor documents as one object (a page of its collection
    items): the difference of shape is found, and so is a difference inside the items."""
    vendor, ours = _docs()
    operation = vendor["paths"]["/orders/{orderId}"]["patch"]
    freight = {"schema": {"$ref": "#/components/schemas/Freight"}}
    operation["responses"]["204"]["content"] = {"application/json": freight}
    item = {"type": "object", "properties": {"shipment_external_id": {"type": "integer"}}}
    ours["paths"]["/orders/{orderId}"]["patch"]["responses"]["204"]["content"] = {
        "application/json": {"schema": {"type": "array", "items": item}}
    }
    found = {(d.where, d.kind) for d in differences(vendor, ours)}
    assert found == {
        ("response 204 application/json (root)", "schema"),
        ("response 204 application/json [].shipment_external_id", "type"),
    }
