"""Stateful contract tests: Schemathesis follows the specs' OpenAPI links (SpotGo create -> get /
update / upload -> status / download -> delete; S'mouv create -> get / cancel; Trans.eu create ->
get) against the sandboxes, with the same checks as the stateless suite."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, settings
from schemathesis.generation.case import Case

from .contract_support import EXAMPLES, Target, credentials, target
from .test_contract_sandboxes import checks_for


def machine(t: Target) -> Any:
    base = t.schema.as_state_machine()

    class Workflow(base):  # type: ignore[misc,valid-type]
        def setup(self) -> None:
            """Each run starts from an empty sandbox (Hypothesis replays runs and needs them to
            behave the same); the reset forgets tokens, so the credentials are fetched again."""
            t.box.reset()
            t.headers.clear()
            t.headers.update(credentials(t.api, t.box))

        def get_call_kwargs(self, case: Case[Any]) -> dict[str, Any]:
            return {"headers": t.headers, "base_url": t.base_url}

        def validate_response(
            self, response: Any, case: Case[Any], additional_checks: Any = None, **kwargs: Any
        ) -> None:
            case.validate_response(response, checks=checks_for(case), transport_kwargs=kwargs)
            assert t.box.api.response_violations == [], t.box.api.response_violations

    workflow = Workflow.TestCase
    workflow.settings = settings(
        max_examples=max(5, EXAMPLES), stateful_step_count=8, deadline=None, suppress_health_check=list(HealthCheck)
    )
    return workflow


TestSpotGoWorkflow = machine(target("spotgo"))
TestSmouvWorkflow = machine(target("smouv"))
TestTransEuWorkflow = machine(target("transeu"))
