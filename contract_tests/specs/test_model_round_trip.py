"""Models round trip: data generated from every schema survives from_dict -> to_dict.

Documented normalisations: date-time strings come back in Python's ISO form (`Z` becomes
`+00:00`, fractions trimmed as datetime prints them); integral floats such as 1.0 stay floats.
"""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contract_tests.support.schema_strategies import strategy
from contract_tests.support.speclib import API_NAMES, load, package, schema_validator

MODELS = [
    (api, name)
    for api in API_NAMES
    for name, node in load(api)["components"]["schemas"].items()
    if node.get("type", "object") == "object" or node.get("type") == ["object", "null"]
]
#: Multipart forms carry file bytes, not JSON: their wire form is tested in test_generated.py.
MULTIPART_FORMS = {("spotgo", "OrderDocumentUploadForm"), ("smouv", "CustomerOrderCreateForm")}
MODELS = [
    (api, name)
    for api, name in MODELS
    if "enum" not in load(api)["components"]["schemas"][name] and (api, name) not in MULTIPART_FORMS
]


def normalise(value: Any) -> Any:
    """The documented normalisations, applied to both sides."""
    if isinstance(value, dict):
        return {key: normalise(item) for key, item in value.items()}
    if isinstance(value, list):
        return [normalise(item) for item in value]
    if isinstance(value, str) and len(value) >= 19 and value[10:11] == "T":
        try:
            return datetime.datetime.fromisoformat(value.replace("Z", "+00:00")).isoformat()
        except ValueError:
            return value
    return value


@pytest.mark.parametrize(("api", "name"), MODELS, ids=[f"{a}:{n}" for a, n in MODELS])
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_generated_data_round_trips(api: str, name: str, data: st.DataObject) -> None:
    value = data.draw(strategy(api, {"$ref": f"#/components/schemas/{name}"}))
    assert not list(schema_validator(api, name).iter_errors(value)), "the generator must produce valid data"
    model = getattr(package(api).models, name)
    assert normalise(model.from_dict(value).to_dict()) == normalise(value)


def test_every_object_schema_is_covered() -> None:
    assert len(MODELS) >= 80 and ("smouv", "CustomerOrderPost") in MODELS and ("transeu", "Order") in MODELS
