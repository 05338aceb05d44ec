"""Specs against the sandboxes (Schemathesis, in-process): every operation, positive and negative
data, with the checks named in the contract issue. Each sandbox also self-checks its responses."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.core.failures import FailureGroup
from schemathesis.specs.openapi.checks import (
    allow_header_conformance,
    content_type_conformance,
    ensure_resource_availability,
    ignored_auth,
    missing_required_header,
    negative_data_rejection,
    object_level_authorization,
    positive_data_acceptance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
    unsupported_method,
    use_after_free,
)

from contract_tests.support.contract import target
from contract_tests.support.report import CREATES, record
from freight_testing.schemathesis_hooks import api_of

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    negative_data_rejection,
    positive_data_acceptance,
    use_after_free,
    ensure_resource_availability,
    ignored_auth,
    missing_required_header,
    unsupported_method,
    allow_header_conformance,
    object_level_authorization,
]

#: Checks that do not apply to an API. S'mouv's DELETE cancels an order, which stays readable with
#: status Cancelled (the seed's lifecycle), so use_after_free's "gone after delete" is wrong there;
#: and S'mouv answers every client failure 400 (its sandbox models that), an undeclared method too,
#: where unsupported_method wants 405.
NOT_APPLICABLE = {"smouv": {use_after_free, unsupported_method}}


def checks_for(case: Any) -> list[Any]:
    """The checks for a case. Multipart form values are text on the wire: a "number" generated as
    negative data for a string part arrives as a valid string, so negative_data_rejection is not
    applied to them."""
    body = case.operation.definition.raw.get("requestBody") or {}
    skip = set(NOT_APPLICABLE.get(api_of(case.operation.schema.raw_schema) or "", ()))
    if "multipart/form-data" in (body.get("content") or {}):
        skip.add(negative_data_rejection)
    return [check for check in CHECKS if check not in skip]


SPOTGO, SMOUV, TRANSEU, QUIVO = target("spotgo"), target("smouv"), target("transeu"), target("quivo")
TRANSEU_PLATFORM = target("transeu_platform")
RELAXED = settings(deadline=None, suppress_health_check=list(HealthCheck))


def _run(t: Any, case: Any) -> None:
    if t.skip:
        pytest.skip(t.skip)
    positive = case.meta is not None and case.meta.generation.mode.is_positive
    if positive and case.operation.label == "POST /api/v1/orders/query" and isinstance(case.body, dict):
        # An opaque continuation token can only come from a previous page: a made-up one is
        # rightly refused (400), so positive cases start from the first page.
        case.body.pop("continuationToken", None)
    checks = checks_for(case)
    response = case.call(base_url=t.base_url, headers=t.headers)
    validate(t, case, response, checks)


def validate(t: Any, case: Any, response: Any, checks: list[Any], link: str | None = None, **kwargs: Any) -> None:
    """Run `checks` on an answer and record the outcome (with the status of a positive create,
    and the link a stateful step followed) for the contract table."""
    label = case.operation.label
    positive = case.meta is not None and case.meta.generation.mode.is_positive
    created = response.status_code if positive and label == CREATES[t.api] else None
    try:
        case.validate_response(response, checks=checks, **kwargs)
    except FailureGroup as group:
        record(t.api, label, len(checks), len(group.exceptions), created=created, link=link)
        raise
    record(t.api, label, len(checks), 0, created=created, link=link)
    assert t.violations() == [], t.violations()


@SPOTGO.schema.parametrize()
@RELAXED
def test_spotgo(case: Any) -> None:
    _run(SPOTGO, case)


@SMOUV.schema.parametrize()
@RELAXED
def test_smouv(case: Any) -> None:
    _run(SMOUV, case)


@TRANSEU.schema.parametrize()
@RELAXED
def test_transeu(case: Any) -> None:
    _run(TRANSEU, case)


@TRANSEU_PLATFORM.schema.parametrize()
@RELAXED
def test_transeu_platform(case: Any) -> None:
    _run(TRANSEU_PLATFORM, case)


@QUIVO.schema.parametrize()
@RELAXED
def test_quivo(case: Any) -> None:
    _run(QUIVO, case)
