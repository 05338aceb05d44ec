"""The Schemathesis recipe users copy (docs/schemathesis/<api>.toml, issue 25) gives what this suite
gives: Schemathesis's own CLI, run with a config file and the shipped hooks against a served sandbox,
passes every check the suite applies, and the files say what the suite's choices say (business-rule
statuses, checks that do not apply, multipart operations). Credentials come as the README says: the
environment, with the tokens from a client's `auth_headers()`."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

import freight_clients
from contract_tests.contract.test_schemathesis import NOT_APPLICABLE
from contract_tests.support.contract import BUSINESS_RULE_STATUSES
from freight_clients import registry, spec_path
from freight_sandbox import sandbox
from freight_sandbox.standin import vendor_environment

ROOT = Path(__file__).resolve().parents[2]
CONFIGS = ROOT / "docs" / "schemathesis"
#: The variable each config reads its token from, and how the token sits in the client's header.
TOKENS = {
    "smouv": "SMOUV_ACCESS_TOKEN",
    "transeu": "TRANSEU_ACCESS_TOKEN",
    "transeu_platform": "TRANSEU_PLATFORM_ACCESS_TOKEN",
    "quivo": "QUIVO_SESSION_TOKEN",
}


def _config(api: str) -> dict[str, Any]:
    return tomllib.loads((CONFIGS / f"{api}.toml").read_text(encoding="utf-8"))


def _multipart_operations(api: str) -> set[str]:
    spec = yaml.safe_load(spec_path(api).read_text(encoding="utf-8"))
    return {
        operation["operationId"]
        for item in spec["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict)
        and "multipart/form-data" in ((operation.get("requestBody") or {}).get("content") or {})
    }


@pytest.mark.parametrize("api", registry.NAMES)
def test_each_config_states_the_suites_choices(api: str) -> None:
    config = _config(api)
    checks = config["checks"]
    expected = {"2XX", "401", "403", "404", *BUSINESS_RULE_STATUSES[api]}
    assert set(checks["positive_data_acceptance"]["expected-statuses"]) == expected
    disabled = {name for name, value in checks.items() if isinstance(value, dict) and value.get("enabled") is False}
    assert disabled == {check.__name__ for check in NOT_APPLICABLE.get(api, ())} | {"object_level_authorization"}
    no_negative = {
        op["include-operation-id"]
        for op in config.get("operations", [])
        if op.get("checks", {}).get("negative_data_rejection", {}).get("enabled") is False
    }
    assert no_negative == _multipart_operations(api)
    assert config["hooks"] == "freight_testing.schemathesis_hooks"
    assert config["phases"]["coverage"]["generation"]["mode"] == "negative"


@pytest.mark.parametrize("api", registry.NAMES)
def test_schemathesis_cli_with_the_config_passes_against_a_sandbox(api: str) -> None:
    with sandbox(api).serve() as box:
        env = {k: v for k, v in os.environ.items() if not k.startswith(tuple(f"{a.upper()}_" for a in registry.NAMES))}
        env |= vendor_environment(api, box.base_url, box.credentials)
        if api in TOKENS:  # as the config's comment says: the token from a client's auth_headers()
            client_class = getattr(freight_clients, registry.get(api).clients[0])
            saved = dict(os.environ)
            os.environ.update(env)
            try:
                with client_class() as client:
                    env[TOKENS[api]] = client.auth_headers()["Authorization"].removeprefix("Bearer ")
            finally:
                os.environ.clear()
                os.environ.update(saved)
        command = [
            *(sys.executable, "-m", "schemathesis.cli"),
            *("--no-color", "--config-file", str(CONFIGS / f"{api}.toml"), "run", str(spec_path(api))),
            *("--url", box.base_url, "--max-examples", "5", "--seed", "1"),
        ]
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600, cwd=ROOT, check=False)
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
    assert " passed" in done.stdout and "failure" not in done.stdout.rsplit("SUMMARY", 1)[-1], done.stdout[-3000:]
