"""Schemathesis hooks that give generated create requests the domain data the vendors check
(`freight_testing.strategies`), so positive cases reach the success paths and the links
behind them.

    SCHEMATHESIS_HOOKS=freight_testing.schemathesis_hooks st run specs/smouv-customer-orders.yaml --url ...

Importing the module registers the hooks globally. Negative bodies are left as generated.
"""

from __future__ import annotations

from typing import Any

import schemathesis
from hypothesis import strategies as st
from schemathesis.core.parameters import ParameterLocation
from schemathesis.generation.case import Case

from freight_clients import registry

from .strategies import BODY_PATCHES


def api_of(raw_schema: dict[str, Any]) -> str | None:
    """Which API of the registry a loaded spec describes (None for any other)."""
    return registry.api_of_title(str((raw_schema.get("info") or {}).get("title", "")))


def _with_body(case: Case[Any], body: Any) -> Case[Any]:
    case.body = body
    return case


@schemathesis.hook
def flatmap_case(context: schemathesis.HookContext, case: Case[Any]) -> st.SearchStrategy[Case[Any]]:
    """Positive bodies of the create operations -> bodies that pass the vendor's business rules."""
    operation = case.operation
    patch = BODY_PATCHES.get((api_of(operation.schema.raw_schema) or "", operation.definition.raw.get("operationId")))
    if patch is None or case.meta is None or case.meta.is_negative_at(ParameterLocation.BODY):
        return st.just(case)
    if not isinstance(case.body, dict):
        return st.just(case)
    return patch(case.body).map(lambda body: _with_body(case, body))
