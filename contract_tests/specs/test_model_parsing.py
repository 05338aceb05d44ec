"""The fast `from_dict` of generator/templates keeps the stock template's behaviour: a union member
that fails to parse leaves the value as it came, unknown keys (only those) become additional
properties, a missing required field raises, and the input is not touched. Also that no generated
`from_dict` builds a function per call (the closures the stock union template made)."""

from __future__ import annotations

import ast
import copy
import datetime
import importlib
import inspect
import pkgutil
import uuid
from types import MappingProxyType
from typing import Any
from uuid import UUID

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from contract_tests.support.speclib import API_NAMES
from spotgo_client.models import (
    CarrierOrderStatus,
    CarrierViewModel,
    OrderLocationViewModel,
    OrderQueryItemViewModel,
    OrderQuerySubmitModel,
    OrderQueryViewModel,
    ProblemDetails,
    ProblemDetailsErrorsType0,
)
from spotgo_client.types import UNSET

ROW: dict[str, Any] = {
    "orderId": "9b7ab030-faec-493a-b313-516a0702d8f4",
    "status": "Created",
    "orderNumber": "Q-0",
    "createdAt": "2019-08-24T14:15:22.123Z",
    "carrier": {"name": "c", "email": "e", "vatCode": "LT1"},
    "locations": [{"sequence": 0, "type": "Loading", "startDate": "2019-08-24T14:15:22Z", "position": {}}],
    "documents": [{"documentId": "4704590c-004e-410d-adf7-acb7ca0a7052", "status": "Processing"}],
}


def test_a_row_parses_into_typed_values() -> None:
    row = OrderQueryItemViewModel.from_dict(ROW)
    assert row.order_id == uuid.UUID(ROW["orderId"])
    assert row.status is CarrierOrderStatus.CREATED
    assert row.created_at == datetime.datetime(2019, 8, 24, 14, 15, 22, 123000, tzinfo=datetime.UTC)
    assert isinstance(row.carrier, CarrierViewModel) and row.carrier.vat_code == "LT1"
    assert isinstance(row.locations, list) and isinstance(row.locations[0], OrderLocationViewModel)
    assert row.locations[0].sequence == 0 and row.locations[0].name is UNSET
    assert row.additional_properties == {}
    assert row.to_dict()["status"] == "Created"


def test_positional_construction_puts_every_field_in_its_place() -> None:
    """from_dict calls the class positionally: each value must land on its own attribute."""
    row = OrderQueryItemViewModel.from_dict({**ROW, "status": "x-status", "orderNumber": "x-number"})
    assert (row.order_number, row.status) == ("x-number", "x-status")
    location = OrderLocationViewModel.from_dict({"name": "n", "city": "c", "street": "s", "postalCode": "p"})
    assert (location.name, location.city, location.street, location.postal_code) == ("n", "c", "s", "p")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("status", "NotYetDocumented"),  # open enum: an unknown value stays a str
        ("status", 7),  # not even a string: kept as it came
        ("createdAt", "yesterday"),  # not an ISO date-time
        ("createdAt", None),
        ("locations", ["not an object"]),  # a list whose item is no model
        ("locations", None),
    ],
)
def test_a_union_member_that_does_not_parse_keeps_the_value(field: str, value: object) -> None:
    row = OrderQueryItemViewModel.from_dict({**ROW, field: value})
    attribute = {"status": row.status, "createdAt": row.created_at, "locations": row.locations}[field]
    assert attribute == value and type(attribute) is type(value)


def test_an_open_enum_inside_a_list_is_looked_up_per_item() -> None:
    query = OrderQuerySubmitModel.from_dict({"statuses": ["Created", "NotYetDocumented"]})
    assert query.statuses == [CarrierOrderStatus.CREATED, "NotYetDocumented"]
    assert isinstance(query.statuses, list) and query.statuses[0] is CarrierOrderStatus.CREATED


def test_absent_optional_fields_are_unset() -> None:
    row = OrderQueryItemViewModel.from_dict({"orderId": ROW["orderId"]})
    assert (row.status, row.created_at, row.carrier, row.locations) == (UNSET, UNSET, UNSET, UNSET)


def test_a_missing_required_field_raises() -> None:
    with pytest.raises(KeyError):
        OrderQueryItemViewModel.from_dict({"status": "Created"})
    with pytest.raises(ValueError):
        OrderQueryItemViewModel.from_dict({**ROW, "orderId": "not-a-uuid"})


def test_only_unknown_keys_become_additional_properties_and_the_input_is_untouched() -> None:
    body = {**ROW, "shipper": {"name": "s"}, "priority": 3}
    before = copy.deepcopy(body)
    row = OrderQueryItemViewModel.from_dict(MappingProxyType(body))
    assert row.additional_properties == {"shipper": {"name": "s"}, "priority": 3}
    assert body == before
    assert row.to_dict() == {**row.to_dict(), "shipper": {"name": "s"}, "priority": 3}
    assert OrderQueryItemViewModel.from_dict(ROW).additional_properties == {}


def test_typed_additional_properties_are_parsed() -> None:
    """A model made only of additional properties (field -> messages) takes every key."""
    problem = ProblemDetails.from_dict({"title": "bad", "errors": {"a": ["x"], "b": []}})
    assert isinstance(problem.errors, ProblemDetailsErrorsType0)
    assert problem.errors.additional_properties == {"a": ["x"], "b": []}


def test_a_page_parses_every_row() -> None:
    page = OrderQueryViewModel.from_dict({"items": [ROW, {**ROW, "orderNumber": "Q-1"}], "continuationToken": "t"})
    assert isinstance(page.items, list)
    assert [item.order_number for item in page.items] == ["Q-0", "Q-1"]


def _model_modules(api: str) -> list[Any]:
    models = importlib.import_module(f"{api}_client.models")
    return [
        importlib.import_module(info.name) for info in pkgutil.iter_modules(models.__path__, f"{api}_client.models.")
    ]


@pytest.mark.parametrize("api", API_NAMES)
def test_no_from_dict_defines_a_function_per_call(api: str) -> None:
    offenders = []
    for module in _model_modules(api):
        for node in ast.walk(ast.parse(inspect.getsource(module))):
            if isinstance(node, ast.FunctionDef) and node.name == "from_dict":
                nested = [inner for inner in ast.walk(node) if isinstance(inner, ast.FunctionDef | ast.Lambda)]
                if nested[1:]:
                    offenders.append(f"{module.__name__}: {len(nested) - 1} nested functions")
    assert offenders == []


# --- Decoding answers (freight_clients._json): jiter, with the standard library's reading kept ---


def _canonical(value: Any) -> str:
    """A text that tells apart what == does not (1 and 1.0, NaN and NaN)."""
    import json

    return json.dumps(value, sort_keys=True) + type(value).__name__


@pytest.mark.parametrize(
    "body",
    [
        b'{"orderNumber": "A-1", "weight": 1.5, "tags": ["x", null, true]}',
        '{"city": "Zürich", "emoji": "🚚"}'.encode(),
        b'{"weight": NaN, "other": -Infinity, "huge": 1e400}',  # not JSON, but json.loads reads it
        b'{"id": 123456789012345678901234567890}',  # beyond 64 bits: orjson would make it a float
        '{"city": "Zürich"}'.encode("utf-16"),  # json.loads detects UTF-16 and UTF-32
        '{"city": "Zürich"}'.encode("utf-8-sig"),
        b'{"s": "\\ud800"}',  # a lone surrogate escape
        b'{"a": 1, "a": 2}',
        b"[1, 2, 3]",
        b'"text"',
    ],
)
def test_answers_decode_as_the_standard_library_decodes_them(body: bytes) -> None:
    import json

    from freight_clients._json import loads

    assert _canonical(loads(body)) == _canonical(json.loads(body))


_JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=2**63 - 5, max_value=2**80)
    | st.floats()
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(value=_JSON_VALUES, ascii_only=st.booleans())
def test_any_json_text_decodes_as_json_loads_decodes_it(value: Any, ascii_only: bool) -> None:
    import json

    from freight_clients._json import loads

    text = json.dumps(value, ensure_ascii=ascii_only)
    body = text.encode("utf-8", "surrogatepass")
    try:
        expected: Any = _canonical(json.loads(body))
    except ValueError as error:
        expected = type(error)
    try:
        decoded: Any = _canonical(loads(body))
    except ValueError as error:
        decoded = type(error)
    assert decoded == expected


@pytest.mark.parametrize("body", [b"<html>Service Unavailable</html>", b'{"a": 1', b"", b"\xff\xfe\x00"])
def test_a_body_that_is_not_json_raises_the_standard_librarys_error(body: bytes) -> None:
    import json

    from freight_clients._json import loads

    with pytest.raises(ValueError) as raised:
        loads(body)
    with pytest.raises(ValueError) as standard:
        json.loads(body)
    assert type(raised.value) is type(standard.value)


@settings(max_examples=300, deadline=None)
@given(
    text=st.uuids().map(str)
    | st.uuids().map(lambda u: str(u).upper())
    | st.uuids().map(lambda u: f"{{{u}}}")
    | st.uuids().map(lambda u: f"urn:uuid:{u}")
    | st.uuids().map(lambda u: u.hex)
    | st.text(alphabet="0123456789abcdefABCDEF-_ {}xg", min_size=30, max_size=40)
)
def test_parse_uuid_is_uuid(text: str) -> None:
    """The generated models' fast UUID parsing gives what UUID(text) gives, or fails as it fails."""
    import pickle

    from spotgo_client.types import parse_uuid

    try:
        expected: Any = UUID(text)
    except ValueError:
        with pytest.raises(ValueError):
            parse_uuid(text)
        return
    parsed = parse_uuid(text)
    assert type(parsed) is UUID and parsed == expected and hash(parsed) == hash(expected)
    assert str(parsed) == str(expected) and parsed.is_safe is expected.is_safe
    assert pickle.loads(pickle.dumps(parsed)) == expected and parsed.version == expected.version
