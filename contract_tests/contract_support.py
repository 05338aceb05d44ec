"""What the contract tests share: schemas wired to in-process sandboxes, with credentials.

The examples per operation come from FREIGHT_CONTRACT_EXAMPLES (the test command keeps it small;
`nox -s contract` raises it to 100).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import schemathesis
from schemathesis.schemas import BaseSchema

from freight_clients import spec_path
from freight_clients.sandbox import InProcessSandbox, sandbox

EXAMPLES = int(os.environ.get("FREIGHT_CONTRACT_EXAMPLES", "10"))

#: Statuses a schema-valid request may still get because a documented business rule that JSON
#: Schema cannot express refused it (each named in the spec's operation descriptions).
BUSINESS_RULE_STATUSES = {
    "spotgo": ["409"],  # duplicate order number, completed order, carrier change, status transition
    "smouv": ["400", "412"],  # every S'mouv rule answers 400 with its code; stale If-Match 412
    "transeu": ["409"],  # duplicate order number
    "quivo": ["400", "403", "409"],  # name or company, country code; seller not yours; duplicate id
}


def credentials(api: str, box: InProcessSandbox) -> dict[str, str]:
    """Headers that authenticate every operation of `api` on `box`."""
    creds = box.credentials
    if api == "spotgo":
        return {"X-Api-Key": creds["api_keys"][0]}
    if api == "smouv":
        return {
            "Authorization": f"Bearer {creds['access_token']}",
            "Ocp-Apim-Subscription-Key": creds["subscription_key"],
        }
    if api == "transeu":
        token = box.client().post(
            "/oauth2/token",
            data={"grant_type": "password", "username": creds["username"], "password": creds["password"]},
            auth=(creds["client_id"], creds["client_secret"]),
        )
        return {"Authorization": f"Bearer {token.json()['access_token']}"}
    session = box.client(headers={"X-Api-Key": creds["api_key"]}).post(
        "/login", json={"username": creds["username"], "password": creds["password"]}
    )
    return {"X-Api-Key": creds["api_key"], "Authorization": session.json()["token"]}


@dataclass
class Target:
    api: str
    box: InProcessSandbox
    schema: BaseSchema
    headers: dict[str, str]
    #: The sandbox's base URL stands for the vendor's whole server URL (its path prefix included).
    base_url: str = "http://testserver"


def target(api: str) -> Target:
    """A fresh sandbox (responses self-checked) and its spec as a Schemathesis schema."""
    box = sandbox(api, validate_responses=True).in_process()
    schema = schemathesis.openapi.from_path(str(spec_path(api)))
    schema.app = box.app
    # Like the vendors' frameworks (ASP.NET, Zend), the sandboxes ignore unknown query parameters.
    # Credentials are sent by the tests (below); Schemathesis does not generate or mutate them
    # (its ignored_auth check still sends requests without them).
    schema.config.generation.update(max_examples=EXAMPLES, allow_extra_parameters=True, with_security_parameters=False)
    # The coverage phase sends boundary values such as "" for `format: date-time` as *valid* data
    # (JSON Schema 2020-12 treats format as an annotation); the sandboxes, like the vendors'
    # frameworks, reject them. Positive and negative data still come from the fuzzing phase.
    schema.config.phases.coverage.enabled = False
    checks = schema.config.checks
    checks.positive_data_acceptance.expected_statuses = ["2XX", "401", "403", "404", *BUSINESS_RULE_STATUSES[api]]
    return Target(api, box, schema, credentials(api, box))
