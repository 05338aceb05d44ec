"""The documented workflows as Arazzo 1.0 documents (specs/*.arazzo.yaml), linted and run against
served sandboxes by an independent runner: Redocly CLI's `respect`, from the committed lockfile.
A failing step fails the test, and the runner's report of that step is printed."""

from __future__ import annotations

import base64
import json
import re
import secrets
import subprocess
from collections.abc import Callable
from typing import Any

import pytest

from contract_tests.support.speclib import ROOT
from freight_clients import registry

REDOCLY = ROOT / "node_modules" / ".bin" / "redocly"
#: Each API's workflows: beside its spec, `<spec name>.arazzo.yaml`.
WORKFLOWS = {api.name: ROOT / "specs" / api.spec_file.replace(".yaml", ".arazzo.yaml") for api in registry.APIS}
#: The token endpoints outside an API's description, each described for its workflow.
AUTH_SERVERS = {"transeu": "transeuAuth", "transeu_platform": "transeuPlatformAuth"}
#: Respect cannot match a media type with parameters (SpotGo's `application/json;
#: x-api-version=1.0`) nor read a binary body against `format: binary`: for SpotGo those two checks
#: are warnings (the Schemathesis suite checks both).
SEVERITY = {"spotgo": {"CONTENT_TYPE_CHECK": "warn", "SCHEMA_CHECK": "warn"}}
#: The workflows a run starts (others run only as steps of these): SpotGo's carrier and its stand-in.
ENTRY = {"spotgo": ["workflowA", "workflowB"]}


def _inputs(api: str, credentials: dict[str, Any], number: str) -> dict[str, Any]:
    """The workflow inputs: the sandbox's credentials and a run-unique order number."""
    if api == "spotgo":  # the callback URL's deliveries fail (nothing listens), which the run does not need
        return {"apiKey": credentials["api_keys"][0], "orderNumber": number, "callbackUrl": "http://127.0.0.1:9/hooks"}
    if api == "smouv":
        return {
            "accessToken": credentials["access_token"],
            "subscriptionKey": credentials["subscription_key"],
            "transportOrderNumber": number,
        }
    if api in ("transeu", "transeu_platform"):
        client = f"{credentials['client_id']}:{credentials['client_secret']}".encode()
        user = credentials["users"][0]
        basic = {"clientAuthorization": "Basic " + base64.b64encode(client).decode(), "orderNumber": number}
        if api == "transeu":
            return {**basic, "username": user["username"], "password": user["password"]}
        return {
            **basic,
            "apiKey": credentials["api_key"],
            "refreshToken": user["refresh_token"],
            "callbackUrl": "http://127.0.0.1:9/transeu/events",
        }
    return {
        "apiKey": credentials["api_key"],
        "username": credentials["username"],
        "password": credentials["password"],
        "sellerId": credentials["seller_id"],
        "orderIdentifier": number,
    }


#: Tokens in response bodies, and credential headers up to the end of their line (or colour code).
_TOKENS = re.compile(
    r'("(?:access_token|refresh_token|token)":\s*")([^"*]+)(")'
    r"|((?:authorization|x-api-key|api-key|ocp-apim-subscription-key):\s*)([^\n\x1b]+)",
    re.IGNORECASE,
)


def _filtered(text: str, secrets_: list[str]) -> str:
    """The runner's report without credentials (it prints tokens in failed steps' bodies)."""
    for value in sorted(secrets_, key=len, reverse=True):
        text = text.replace(value, "[Filtered]")
    return _TOKENS.sub(lambda m: f"{m[1]}[Filtered]{m[3]}" if m[1] else f"{m[4]}[Filtered]", text)


def respect(api: str, base_url: str, inputs: dict[str, Any]) -> tuple[bool, str]:
    """Run an API's Arazzo workflows against a served sandbox: (all passed, the filtered report)."""
    source = "transeuPlatform" if api == "transeu_platform" else api  # the source description's name
    servers = [f"{source}={base_url}"] + ([f"{AUTH_SERVERS[api]}={base_url}"] if api in AUTH_SERVERS else [])
    command = [str(REDOCLY), "respect", str(WORKFLOWS[api]), "--input", json.dumps(inputs)]
    for server in servers:
        command += ["--server", server]
    if api in SEVERITY:
        command += ["--severity", json.dumps(SEVERITY[api])]
    for workflow in ENTRY.get(api, []):
        command += ["--workflow", workflow]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=ROOT)
    hidden = [str(v) for v in inputs.values() if isinstance(v, str) and v != inputs.get("orderNumber")]
    return result.returncode == 0, _filtered(result.stdout + result.stderr, hidden)


def _run_number() -> str:
    return f"AZ-{secrets.token_hex(4).upper()}"


@pytest.fixture
def served(freight_sandbox: Callable[..., Any]) -> Callable[[str], Any]:
    if not REDOCLY.exists():
        pytest.fail("Redocly CLI is not installed: run `npm ci` (nox does it) from the committed lockfile")
    return lambda api: freight_sandbox(api, server=True)


def test_the_workflows_are_valid_arazzo() -> None:
    """`redocly lint` with its Arazzo rules (the recommended ruleset) finds no problem."""
    if not REDOCLY.exists():
        pytest.fail("Redocly CLI is not installed: run `npm ci` (nox does it) from the committed lockfile")
    result = subprocess.run(
        [str(REDOCLY), "lint", *map(str, WORKFLOWS.values())], capture_output=True, text=True, timeout=300, cwd=ROOT
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


@pytest.mark.parametrize("api", sorted(WORKFLOWS))
def test_workflows_run_against_the_sandbox(api: str, served: Callable[[str], Any]) -> None:
    box = served(api)
    passed, report = respect(api, box.base_url, _inputs(api, box.credentials, _run_number()))
    assert passed, report[-6000:]


def test_workflows_run_twice_and_a_reused_number_fails_at_its_step(served: Callable[[str], Any]) -> None:
    """Run-unique inputs: the same workflows pass twice on one sandbox; given an order number
    already used, the create step fails, and the report names it."""
    box = served("transeu")
    used = _run_number()
    for number in (used, _run_number()):
        passed, report = respect("transeu", box.base_url, _inputs("transeu", box.credentials, number))
        assert passed, report[-6000:]
    passed, report = respect("transeu", box.base_url, _inputs("transeu", box.credentials, used))
    assert not passed
    assert re.search(r"✗ POST /shipping-orders - step create", report), report[-4000:]
    password = box.credentials["users"][0]["password"]
    assert password not in report and "te-at-" not in report, "credentials in the report"


def test_the_report_filter_hides_tokens() -> None:
    text = '"access_token": "te-at-123",\n authorization: Bearer abc\n x-api-key: k1\x1b[0m\n s3cret'
    assert _filtered(text, ["s3cret"]) == (
        '"access_token": "[Filtered]",\n authorization: [Filtered]\n x-api-key: [Filtered]\x1b[0m\n [Filtered]'
    )
