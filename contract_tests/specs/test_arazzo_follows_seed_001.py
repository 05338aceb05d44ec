"""A3-3: the SpotGo Arazzo workflows follow seed 001. Workflow A subscribes, creates or upserts,
reads the order back once a document is accepted and downloads it, and calls no status change;
its only upload is the customer's own order PDF or self-billing invoice. Workflow B subscribes,
reviews and sets the status. The carrier uploads through the share link the create or upsert
returned, with no API key (the sandbox's form, labelled sandbox-only, described by no source
description and kept out of the vendor spec); what stands in for an HTTP route the sandbox does not
have (the acceptance of Workflow A) is a workflow of its own, labelled as no part of 001; and no
value of a guessed enum is sent inside workflows A and B."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from contract_tests.support.speclib import ROOT, load

ARAZZO = Path(ROOT, "specs", "spotgo-carrier-portal.arazzo.yaml")
DOCUMENTED = ("workflowA", "workflowB")
#: Enum values the seeds' own examples show (audit-3 §1: Loading, Created, Processing).
SEEN_IN_SEEDS = {"Loading", "Created", "Processing"}


def _workflows() -> dict[str, dict[str, Any]]:
    data = yaml.safe_load(ARAZZO.read_text(encoding="utf-8"))
    return {w["workflowId"]: w for w in data["workflows"]}


def _operation(step: dict[str, Any]) -> str | None:
    operation = step.get("operationId")
    return str(operation).rsplit(".", 1)[-1] if operation else None


def _strings(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


def _guessed_enum_values() -> set[str]:
    """Values of enums no seed or public document states: an inferred schema's enum but the values
    a seed example shows, and WebhookEventType's values but `All` (the one public value, spotgo.md §7.1)."""
    schemas = load("spotgo")["components"]["schemas"]
    guessed: set[str] = set()
    for schema in schemas.values():
        if "enum" in schema and (schema.get("x-provenance") or {}).get("kind") == "inferred":
            guessed.update(map(str, schema["enum"]))
    guessed.update(set(schemas["WebhookEventType"]["enum"]) - {"All"})
    return guessed - SEEN_IN_SEEDS


def test_workflow_a_waits_for_acceptance_and_never_sets_a_status() -> None:
    steps = _workflows()["workflowA"]["steps"]
    operations = [_operation(step) for step in steps]
    assert operations[0] == "subscribeWebhook"
    assert {"upsertOrder", "createOrder"} & set(operations)
    assert "changeOrderDocumentStatus" not in operations
    read = operations.index("getOrder")
    assert "Accepted" in str(steps[read]["successCriteria"]) and steps[read].get("onFailure"), "no poll"
    assert operations[read + 1 :] == ["getOrderDocumentContent"]
    for step in steps:
        if _operation(step) == "uploadOrderDocument":
            assert step["requestBody"]["payload"]["documentType"] in ("orderPdf", "selfBillingInvoice")


def test_workflow_b_subscribes_reviews_and_sets_both_statuses() -> None:
    steps = _workflows()["workflowB"]["steps"]
    operations = [_operation(step) for step in steps]
    assert operations[0] == "subscribeWebhook" and "getOrder" in operations and "getOrderDocumentContent" in operations
    statuses = [s["requestBody"]["payload"]["status"] for s in steps if _operation(s) == "changeOrderDocumentStatus"]
    assert statuses == ["Accepted", "Rejected"]
    assert "uploadOrderDocument" not in operations  # the uploads are the carrier's (a stand-in)


def _called(name: str) -> dict[str, str]:
    """stepId -> workflowId of the steps of workflow `name` that run another workflow."""
    return {step["stepId"]: step["workflowId"] for step in _workflows()[name]["steps"] if "workflowId" in step}


def test_the_carrier_uploads_through_the_share_link_the_order_returned() -> None:
    """Each carrier upload of A and B follows `share.shareUrl` of that workflow's create or upsert,
    as the carrier does: no API key, no operation of the vendor spec, and labelled sandbox-only
    (the form posted is the sandbox's)."""
    workflows = _workflows()
    share = workflows["carrierShareUpload"]
    [upload] = share["steps"]
    assert "operationId" not in upload and "operationPath" not in upload
    assert upload["x-operation"] == {"url": "$workflows.carrierShareUpload.inputs.shareUrl", "method": "post"}
    assert "parameters" not in upload, "the carrier has no API key"
    assert share["inputs"]["$ref"] == "#/components/inputs/shareLink"
    assert "sandbox only" in share["summary"] and "Sandbox only" in share["description"]
    for name, creator in (("workflowA", "upsert"), ("workflowB", "create")):
        steps = {step["stepId"]: step for step in workflows[name]["steps"]}
        assert steps[creator]["outputs"]["shareUrl"] == "$response.body#/share/shareUrl"
        uploads = [s for s, w in _called(name).items() if w == "carrierShareUpload"]
        assert uploads, name
        for step_id in uploads:
            assert steps[step_id]["parameters"] == [{"name": "shareUrl", "value": f"$steps.{creator}.outputs.shareUrl"}]
            said = steps[step_id]["description"]
            assert (
                said.startswith("The carrier, not the integrator") and "share link" in said and "sandbox only" in said
            )


def test_the_share_link_is_no_source_description_and_no_vendor_operation() -> None:
    """The sandbox-only route is not mixed into the vendor spec: the one source description is the
    vendor's, and no operation of it is the share link's."""
    data = yaml.safe_load(ARAZZO.read_text(encoding="utf-8"))
    assert [(s["name"], s["url"]) for s in data["sourceDescriptions"]] == [("spotgo", "./spotgo-carrier-portal.yaml")]
    assert not [path for path in load("spotgo")["paths"] if "share" in path.casefold()]


def test_what_stands_in_for_a_missing_route_is_labelled_as_no_part_of_001() -> None:
    """Workflow A's acceptance: 001 does not say who accepts, and the sandbox has no HTTP route for
    its own acceptance (a test hook), so a stand-in accepts through the status endpoint and says so."""
    workflows = _workflows()
    stand_ins = {w for name in DOCUMENTED for w in _called(name).values()} - {"carrierShareUpload"}
    assert stand_ins == {"standInAcceptance"}
    summary, description = (
        workflows["standInAcceptance"]["summary"],
        " ".join(workflows["standInAcceptance"]["description"].split()),
    )
    assert "stand-in, not 001" in summary and "no HTTP route" in description
    assert [_operation(step) for step in workflows["standInAcceptance"]["steps"]] == ["changeOrderDocumentStatus"]
    for name in DOCUMENTED:
        for step in workflows[name]["steps"]:
            if step.get("workflowId") == "standInAcceptance":
                assert step["description"].startswith("Not 001"), step["stepId"]


def test_no_guessed_enum_value_is_sent_inside_the_documented_workflows() -> None:
    guessed = _guessed_enum_values()
    assert {"Unreadable", "DocumentAccepted", "Unloading"} <= guessed  # the check sees the guesses it is about
    workflows = _workflows()
    for name in DOCUMENTED:
        for step in workflows[name]["steps"]:
            sent = set(_strings(step.get("requestBody", {}).get("payload"))) | set(_strings(step.get("parameters")))
            assert not sent & guessed, f"{name}.{step['stepId']} sends guessed values {sorted(sent & guessed)}"
