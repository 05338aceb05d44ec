"""The domain-aware generation (freight_testing.strategies through the Schemathesis hooks):
positive creates pass the vendors' business rules, negative ones stay negative."""

from __future__ import annotations

import json
import warnings
from typing import Any

import pytest
from hypothesis import given
from hypothesis.errors import NonInteractiveExampleWarning
from schemathesis import GenerationMode
from schemathesis.core.parameters import ParameterLocation

from contract_tests.support.contract import target
from contract_tests.support.report import CREATES
from contract_tests.support.speclib import API_NAMES, load, pointer, validator
from freight_clients.smouv_rules import check_order, is_iso6346
from freight_testing.schemathesis_hooks import api_of
from freight_testing.strategies import COUNTRY_CODES, ORDER_NUMBER_PREFIX, container_numbers, localized


@given(container_numbers())
def test_container_numbers_carry_a_valid_check_digit(number: str) -> None:
    assert is_iso6346(number), number


@given(localized({"a": {"country": "zz", "countryIso2": None}, "list": [{"countryCode": "x"}], "other": "zz"}))
def test_country_fields_get_real_codes_and_nothing_else_changes(body: dict[str, Any]) -> None:
    assert body["a"]["country"] in COUNTRY_CODES and body["list"][0]["countryCode"] in COUNTRY_CODES
    assert body["a"]["countryIso2"] is None and body["other"] == "zz"  # null stays null; other fields stay


def test_each_spec_is_recognised_by_its_title() -> None:
    assert [api_of(load(api)) for api in API_NAMES] == list(API_NAMES)
    assert api_of({"info": {"title": "Petstore"}}) is None


def _cases(api: str, mode: GenerationMode, n: int) -> tuple[Any, list[Any]]:
    t = target(api)
    method, path = CREATES[api].split(" ", 1)
    strategy = t.schema[path][method].as_strategy(generation_mode=mode)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NonInteractiveExampleWarning)
        return t, [strategy.example() for _ in range(n)]


def _body_validator(api: str) -> Any:
    method, path = CREATES[api].lower().split(" ", 1)[0], CREATES[api].split(" ", 1)[1]
    content = load(api)["paths"][path][method]["requestBody"]["content"]
    media = next(iter(content))
    return validator(api, pointer("paths", path, method, "requestBody", "content", media, "schema"))


@pytest.mark.parametrize("api", API_NAMES)
def test_positive_creates_pass_the_business_rules(api: str) -> None:
    """Every generated positive create is schema-valid and accepted by the sandbox (which enforces
    the vendor's rules); without the hooks S'mouv and Quivo accepted none."""
    t, cases = _cases(api, GenerationMode.POSITIVE, 15)
    schema = _body_validator(api)
    refused = []
    for case in cases:
        assert list(schema.iter_errors(case.body)) == [], case.body
        if api == "smouv":
            assert check_order(case.body["order"]) == [], case.body
        response = case.call(base_url=t.base_url, headers=t.headers)
        if not 200 <= response.status_code < 300:
            refused.append(response.text[:300])
    assert refused == []


@pytest.mark.parametrize("api", ["smouv", "transeu"])
def test_negative_bodies_are_left_negative(api: str) -> None:
    """The hooks patch positive bodies only (a patch gives every create one of its order numbers):
    a body generated to break the schema is sent as generated."""
    _, cases = _cases(api, GenerationMode.NEGATIVE, 15)
    negative = [c for c in cases if c.meta is not None and c.meta.is_negative_at(ParameterLocation.BODY)]
    assert negative, "no negative bodies drawn"
    assert [c.body for c in negative if ORDER_NUMBER_PREFIX in json.dumps(c.body, default=str)] == []
    _, cases = _cases(api, GenerationMode.POSITIVE, 3)
    assert all(ORDER_NUMBER_PREFIX in json.dumps(c.body, default=str) for c in cases)  # the mark is there
