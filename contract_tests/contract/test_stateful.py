"""Stateful contract tests: Schemathesis follows the specs' OpenAPI links (SpotGo create -> get /
update / upload -> status / download -> delete; S'mouv create -> get / cancel; Trans.eu create ->
get) against the sandboxes, with the same checks as the stateless suite."""

from __future__ import annotations

import os
from typing import Any

from hypothesis import HealthCheck, settings
from schemathesis.generation.case import Case
from schemathesis.generation.stateful.state_machine import StepInput, StepOutput

from contract_tests.contract.test_schemathesis import checks_for, validate
from contract_tests.support.contract import EXAMPLES, LIVE, Target, target
from contract_tests.support.live import checks_for_live
from contract_tests.support.speclib import links


def machine(t: Target) -> Any:
    base = t.schema.as_state_machine()

    class Workflow(base):  # type: ignore[misc,valid-type]
        def setup(self) -> None:
            """Each run starts from an empty sandbox (Hypothesis replays runs and needs them to
            behave the same); the reset forgets tokens, so the credentials are fetched again."""
            if t.box is None:
                return
            t.box.reset()
            t.refresh()

        def get_call_kwargs(self, case: Case[Any]) -> dict[str, Any]:
            return {"headers": t.headers, "base_url": t.base_url}

        def step(self, input: StepInput) -> StepOutput:
            """Note the spec link this step follows (inferred links are Schemathesis's guesses)."""
            transition = input.transition
            self.link = None
            if transition is not None and not transition.is_inferred and input.is_applied:
                self.link = " -> ".join(transition.id.split(" -> ")[:2])
            return super().step(input)  # type: ignore[no-any-return]

        def validate_response(
            self, response: Any, case: Case[Any], additional_checks: Any = None, **kwargs: Any
        ) -> None:
            # The recorder lets use_after_free and ensure_resource_availability see the scenario.
            validate(
                t,
                case,
                response,
                checks_for_live(case, checks_for(case)),
                link=getattr(self, "link", None),
                transport_kwargs=kwargs,
                recorder=self.recorder,
            )

    workflow = Workflow.TestCase
    # A stateful run is up to 12 calls. Runs in proportion to the spec's links, so that each link is
    # followed at least ten times in the default run (100 examples): 15 runs per link, since a link
    # is not drawn evenly (10 per link left SpotGo at 7 of 8 links in one run of three).
    workflow.settings = settings(
        max_examples=max(5, EXAMPLES * len(links(t.api)) * 3 // 20),
        stateful_step_count=12,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    if LIVE:  # a saved example would replay ids of orders an earlier run created (and removed)
        workflow.settings = settings(workflow.settings, database=None)
    return workflow


# Stateful runs write; against a vendor they run only with FREIGHT_CONTRACT_WRITES=1.
_WRITES_ALLOWED = not LIVE or os.environ.get("FREIGHT_CONTRACT_WRITES") == "1"
_targets = {api: target(api) for api in ("spotgo", "smouv", "transeu")} if _WRITES_ALLOWED else {}
if _targets and not _targets["spotgo"].skip:
    TestSpotGoWorkflow = machine(_targets["spotgo"])
if _targets and not _targets["smouv"].skip:
    TestSmouvWorkflow = machine(_targets["smouv"])
if _targets and not _targets["transeu"].skip:
    TestTransEuWorkflow = machine(_targets["transeu"])
