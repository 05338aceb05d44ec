"""What the contract tests share: schemas wired to in-process sandboxes, with credentials.

The examples per operation come from FREIGHT_CONTRACT_EXAMPLES (the test command keeps it small;
`nox -s contract` raises it to 100).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

import schemathesis
from schemathesis import GenerationMode
from schemathesis.schemas import BaseSchema
from schemathesis.wfc.escalation import EscalatingAuthProvider

# Registers the domain-aware generation hooks (the same module a user hands to Schemathesis's CLI).
import freight_testing.schemathesis_hooks  # noqa: F401
from freight_clients import spec_path
from freight_sandbox import InProcessSandbox, sandbox
from freight_testing.strategies import use_quivo_sellers

EXAMPLES = int(os.environ.get("FREIGHT_CONTRACT_EXAMPLES", "10"))

#: Statuses a schema-valid request may still get because a documented business rule that JSON
#: Schema cannot express refused it (each named in the spec's operation descriptions).
BUSINESS_RULE_STATUSES = {
    "spotgo": ["409"],  # duplicate order number, completed order, carrier change, status transition
    "smouv": ["400", "412"],  # every S'mouv rule answers 400 with its code; stale If-Match 412
    "transeu": ["409"],  # duplicate order number
    "transeu_platform": ["409"],  # duplicate order number
    "quivo": ["400", "403", "409"],  # name or company, country code; seller not yours; duplicate id
}


def credentials(api: str, box: InProcessSandbox, tenant: int = 0) -> dict[str, str]:
    """Headers that authenticate every operation of `api` on `box`, as its first tenant (or the
    second: each sandbox keeps every tenant's orders apart)."""
    creds = box.credentials
    if api == "spotgo":
        return {"X-Api-Key": creds["api_keys"][tenant]}
    if api == "smouv":
        return {
            "Authorization": f"Bearer {creds['access_token']}",
            "Ocp-Apim-Subscription-Key": creds["subscription_keys"][tenant],
        }
    if api == "transeu":
        user = creds["users"][tenant]
        token = box.client().post(
            "/oauth2/token",
            data={"grant_type": "password", "username": user["username"], "password": user["password"]},
            auth=(creds["client_id"], creds["client_secret"]),
        )
        return {"Authorization": f"Bearer {token.json()['access_token']}"}
    if api == "transeu_platform":  # each call issues the user a fresh single-use refresh token
        form = {"grant_type": "refresh_token", "refresh_token": creds["users"][tenant]["refresh_token"]}
        token = box.client(headers={"Api-key": creds["api_key"]}).post(
            "/ext/auth-api/accounts/token", data=form, auth=(creds["client_id"], creds["client_secret"])
        )
        return {"Authorization": f"Bearer {token.json()['access_token']}", "Api-key": creds["api_key"]}
    user = creds["users"][tenant]
    session = box.client(headers={"X-Api-Key": creds["api_key"]}).post(
        "/login", json={"username": user["username"], "password": user["password"]}
    )
    return {"X-Api-Key": creds["api_key"], "Authorization": session.json()["token"]}


TENANTS = ("tenant-a", "tenant-b")


class TenantAuth:
    """A Schemathesis auth provider that sends one tenant's headers (a dict the tests refresh when
    a sandbox reset forgets its tokens)."""

    def __init__(self, headers: dict[str, str]) -> None:
        self.headers = headers

    def get(self, case: Any, context: Any) -> dict[str, str]:
        return self.headers

    def set(self, case: Any, data: dict[str, str], context: Any) -> None:
        case.headers.update(data)


def add_tenants(schema: BaseSchema, tenants: list[dict[str, str]]) -> None:
    """Register two tenants as peers, so object_level_authorization replays each read of the
    first tenant's order as the second one; the first tenant sends every generated request."""
    providers: list[Any] = [TenantAuth(headers) for headers in tenants]
    schema.auth.providers.append(EscalatingAuthProvider(providers, list(TENANTS), peers=TENANTS, pinned=TENANTS[0]))


LIVE = os.environ.get("FREIGHT_CONTRACT_TARGET", "sandbox") == "live"
#: The variable whose presence says a vendor's credentials are in the environment.
LIVE_CREDENTIALS = {
    "spotgo": "SPOTGO_API_KEY",
    "smouv": "SMOUV_SUBSCRIPTION_KEY",
    "transeu": "TRANSEU_CLIENT_ID",
    "transeu_platform": "TRANSEU_PLATFORM_CLIENT_ID",
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

    #: Each tenant's headers (`headers` is the first); refreshed in place by `refresh`.
    tenants: list[dict[str, str]] = field(default_factory=list, repr=False)

    def violations(self) -> list[str]:
        return list(self.box.api.response_violations) if self.box else []

    def refresh(self) -> None:
        """Fetch every tenant's credentials again (a sandbox reset forgets issued tokens)."""
        if self.box is None:
            return
        for index, headers in enumerate(self.tenants):
            headers.clear()
            headers.update(credentials(self.api, self.box, index))


def _live(api: str, schema: BaseSchema) -> Target:
    """The vendor's test environment, credentials from the environment, GET only unless
    FREIGHT_CONTRACT_WRITES=1."""
    variable = LIVE_CREDENTIALS[api]
    if not os.environ.get(variable):
        return Target(
            api, None, schema, {}, skip=f"live {api}: {variable} and the other {api.upper()}_* variables are not set"
        )
    import freight_clients
    from contract_tests.support.live import install, rate_limit
    from freight_clients import registry

    install()  # run-unique order numbers, writes only to the run's own objects (live_support.py)
    if rate_limit(api):
        schema.config.update(rate_limit=rate_limit(api))
    if api == "quivo" and os.environ.get("QUIVO_SELLER_ID"):
        use_quivo_sellers([int(os.environ["QUIVO_SELLER_ID"])])

    client = getattr(freight_clients, registry.get(api).clients[0])()
    headers = client.auth_headers() | dict(client._default_headers)
    if os.environ.get("FREIGHT_CONTRACT_WRITES") != "1":
        schema = schema.include(method="GET")
    return Target(api, None, schema, headers, base_url=client.base_url)


def configure(schema: BaseSchema, api: str) -> None:
    """Generation and check settings shared by sandbox and live runs."""
    # Like the vendors' frameworks (ASP.NET, Zend), the sandboxes ignore unknown query parameters.
    # Credentials are sent by the tests; Schemathesis does not generate or mutate them (its
    # ignored_auth check still sends requests without them).
    schema.config.generation.update(max_examples=EXAMPLES, allow_extra_parameters=True, with_security_parameters=False)
    # The coverage phase runs in negative mode: its boundary values include "" for `format:
    # date-time` as *valid* data (JSON Schema 2020-12 treats format as an annotation), which the
    # sandboxes, like the vendors' frameworks, reject. Its negative scenarios are what
    # missing_required_header and unsupported_method check (a header left out, an undeclared method).
    # It does not add unknown parameters (the sandboxes, like the vendors, ignore unknown query ones).
    schema.config.phases.coverage.generation.update(
        modes=[GenerationMode.NEGATIVE], allow_extra_parameters=False, with_security_parameters=False
    )
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
    if api == "quivo":
        use_quivo_sellers([box.credentials["seller_id"]])
    schema.app = box.app
    tenants = [credentials(api, box, index) for index in range(len(TENANTS))]
    add_tenants(schema, tenants)
    return Target(api, box, schema, tenants[0], tenants=tenants)
