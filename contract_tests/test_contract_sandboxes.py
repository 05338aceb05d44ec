"""Specs against the sandboxes (Schemathesis, in-process): every operation, positive and negative
data, with the checks named in the contract issue. Each sandbox also self-checks its responses."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.core.failures import FailureGroup
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    ensure_resource_availability,
    ignored_auth,
    negative_data_rejection,
    positive_data_acceptance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
    use_after_free,
)

from .contract_report import record
from .contract_support import target

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
]

MULTIPART_CHECKS = [check for check in CHECKS if check is not negative_data_rejection]


def checks_for(case: Any) -> list[Any]:
    """Multipart form values are text on the wire: a "number" generated as negative data for a
    string part arrives as a valid string, so negative_data_rejection is not applied to them."""
    body = case.operation.definition.raw.get("requestBody") or {}
    return MULTIPART_CHECKS if "multipart/form-data" in (body.get("content") or {}) else CHECKS


SPOTGO, SMOUV, TRANSEU, QUIVO = (target(api) for api in ("spotgo", "smouv", "transeu", "quivo"))
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
    try:
        case.call_and_validate(base_url=t.base_url, headers=t.headers, checks=checks)
    except FailureGroup as group:
        record(t.api, case.operation.label, len(checks), len(group.exceptions))
        raise
    record(t.api, case.operation.label, len(checks), 0)
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


@QUIVO.schema.parametrize()
@RELAXED
def test_quivo(case: Any) -> None:
    _run(QUIVO, case)
