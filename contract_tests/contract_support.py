"""What the contract tests share: schemas wired to in-process sandboxes, with credentials.

The examples per operation come from FREIGHT_CONTRACT_EXAMPLES (the test command keeps it small;
`nox -s contract` raises it to 100).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

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


LIVE = os.environ.get("FREIGHT_CONTRACT_TARGET", "sandbox") == "live"
#: The variable whose presence says a vendor's credentials are in the environment.
LIVE_CREDENTIALS = {
    "spotgo": "SPOTGO_API_KEY",
    "smouv": "SMOUV_SUBSCRIPTION_KEY",
    "transeu": "TRANSEU_CLIENT_ID",
    "quivo": "QUIVO_API_KEY",
}


@dataclass
class Target:
    api: str
    box: InProcessSandbox | None
    schema: BaseSchema
    headers: dict[str, str] = field(repr=False)  # credentials stay out of assertion messages
    #: The sandbox's base URL stands for the vendor's whole server URL (its path prefix included).
    base_url: str = "http://testserver"
    #: Why this target cannot run (live mode without credentials), else None.
    skip: str | None = None

    def violations(self) -> list[str]:
        return list(self.box.api.response_violations) if self.box else []


def _live(api: str, schema: BaseSchema) -> Target:
    """The vendor's test environment, credentials from the environment, GET only unless
    FREIGHT_CONTRACT_WRITES=1."""
    variable = LIVE_CREDENTIALS[api]
    if not os.environ.get(variable):
        return Target(
            api, None, schema, {}, skip=f"live {api}: {variable} and the other {api.upper()}_* variables are not set"
        )
    from freight_clients import Quivo, Smouv, SpotGo, TransEu

    client = {"spotgo": SpotGo, "smouv": Smouv, "transeu": TransEu, "quivo": Quivo}[api]()
    headers = dict(client._auth.headers(client._http)) | dict(client._default_headers)
    token = getattr(client._http, "token", None)
    if token:  # authlib keeps the Trans.eu token on its client
        headers["Authorization"] = f"Bearer {token['access_token']}"
    if os.environ.get("FREIGHT_CONTRACT_WRITES") != "1":
        schema = schema.include(method="GET")
    return Target(api, None, schema, headers, base_url=client.base_url)


def configure(schema: BaseSchema, api: str) -> None:
    """Generation and check settings shared by sandbox and live runs."""
    # Like the vendors' frameworks (ASP.NET, Zend), the sandboxes ignore unknown query parameters.
    # Credentials are sent by the tests; Schemathesis does not generate or mutate them (its
    # ignored_auth check still sends requests without them).
    schema.config.generation.update(max_examples=EXAMPLES, allow_extra_parameters=True, with_security_parameters=False)
    # The coverage phase sends boundary values such as "" for `format: date-time` as *valid* data
    # (JSON Schema 2020-12 treats format as an annotation); the sandboxes, like the vendors'
    # frameworks, reject them. Positive and negative data still come from the fuzzing phase.
    schema.config.phases.coverage.enabled = False
    checks = schema.config.checks
    checks.positive_data_acceptance.expected_statuses = ["2XX", "401", "403", "404", *BUSINESS_RULE_STATUSES[api]]


def target(api: str) -> Target:
    """A fresh sandbox (responses self-checked) and its spec as a Schemathesis schema; in live
    mode (FREIGHT_CONTRACT_TARGET=live) the vendor's test environment instead."""
    schema = schemathesis.openapi.from_path(str(spec_path(api)))
    configure(schema, api)
    if LIVE:
        return _live(api, schema)
    box = sandbox(api, validate_responses=True).in_process()
    schema.app = box.app
    return Target(api, box, schema, credentials(api, box))
