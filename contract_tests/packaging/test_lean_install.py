"""A plain `pip install` of the wheel (no extras) is a client only: no web server stack, no YAML
parser; it creates a SpotGo order against a sandbox served from this (test) environment, and its
`freight-sandbox` and pytest plugin say what to install instead of failing on an import."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from bench_import import install_megabytes, lean_venv

from freight_clients import _specs
from freight_clients._specs import APIS, SOURCE_KEY, load_spec, spec_json_path, spec_path

#: Import names the [sandbox] extra (and the test tooling) bring, which a plain install must not.
SERVER_STACK = ("starlette", "uvicorn", "multipart", "jsonschema", "yaml")
INSTALL_HINT = "pip install 'freight-order-clients[sandbox]'"
#: The hand-written packages, each shipped with its PEP 561 marker.
TYPED = ("freight_clients", "freight_sandbox", "freight_testing")


#: What each client's import must leave unloaded: the other APIs, and what loads on first use.
NOT_AT_IMPORT = {
    "SpotGo": ("smouv_client", "transeu_client", "quivo_client"),
    "Smouv": ("spotgo_client", "transeu_client", "quivo_client"),
    "TransEu": ("spotgo_client", "smouv_client", "quivo_client"),
    "Quivo": ("spotgo_client", "smouv_client", "transeu_client"),
}
ON_FIRST_USE = ("yaml", "starlette", "uvicorn", "jsonschema", "pyrate_limiter", "opentelemetry")


def _run(*args: str | Path, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=600, **kwargs)


@pytest.fixture(scope="module")
def lean(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Python of a fresh venv holding the wheel of this checkout, installed without extras
    (and pytest, to check the plugin)."""
    return lean_venv(tmp_path_factory.mktemp("lean"), "pytest")


def test_plain_install_has_no_server_stack(lean: Path) -> None:
    probe = f"import importlib.util as u; print([m for m in {SERVER_STACK!r} if u.find_spec(m)])"
    found = _run(lean, "-c", probe)
    assert (found.returncode, found.stdout.strip()) == (0, "[]"), found.stderr


def test_plain_install_is_under_25_megabytes(lean: Path) -> None:
    """Issue 25: the clients alone, without extras, stay small (jsonschema-rs, 15 MB, and
    python-dateutil with tzdata are no longer installed; pyrate-limiter is the redis extra's)."""
    assert install_megabytes(lean) < 25.0
    gone = ("jsonschema_rs", "dateutil", "pyrate_limiter")
    probe = f"import importlib.util as u; print([m for m in {gone!r} if u.find_spec(m)])"
    found = _run(lean, "-c", probe)
    assert (found.returncode, found.stdout.strip()) == (0, "[]"), found.stderr


def test_the_wheel_marks_its_packages_typed(lean: Path) -> None:
    """PEP 561: without `py.typed` a user's mypy skips the package ("missing library stubs or
    py.typed marker") however well it is annotated."""
    marker = "(pathlib.Path(u.find_spec(p).origin).parent / 'py.typed').is_file()"
    probe = f"import importlib.util as u, json, pathlib; print(json.dumps({{p: {marker} for p in {TYPED!r}}}))"
    found = _run(lean, "-c", probe)
    assert found.returncode == 0, found.stderr
    assert json.loads(found.stdout) == dict.fromkeys(TYPED, True)


def test_plain_install_creates_a_spotgo_order_against_a_served_sandbox(
    lean: Path, freight_sandbox: Callable[..., Any]
) -> None:
    box = freight_sandbox("spotgo", server=True)
    script = textwrap.dedent(
        """
        import os, sys
        from freight_clients import SpotGo
        order = {"orderNumber": "LEAN-1", "requiredDocumentTypes": "cmr",
                 "carrier": {"name": "Fast Trucks", "email": "ops@fast.example", "vatCode": "LT100001"}}
        with SpotGo() as spotgo:  # SPOTGO_API_KEY and SPOTGO_BASE_URL
            created = spotgo.orders.create(order)
        generated = {"spotgo_client", "smouv_client", "transeu_client", "quivo_client"}
        print(created.order_id, sorted(generated & set(sys.modules)))
        """
    )
    env = {**os.environ, "SPOTGO_API_KEY": box.credentials["api_keys"][0], "SPOTGO_BASE_URL": box.base_url}
    done = _run(lean, "-c", script, env=env)
    assert done.returncode == 0, done.stderr
    order_id, loaded = done.stdout.split(" ", 1)
    stored = [(o.id, o.number) for orders in box.api.companies.values() for o in orders.values()]
    assert stored == [(order_id, "LEAN-1")]
    assert loaded.strip() == "['spotgo_client']"  # the other three generated packages stayed unloaded


def test_freight_sandbox_without_the_extra_names_the_install_command(lean: Path) -> None:
    done = _run(lean.parent / "freight-sandbox", "spotgo")
    assert done.returncode == 2
    assert INSTALL_HINT in done.stderr and "Traceback" not in done.stderr


def test_pytest_plugin_without_the_extra_keeps_pytest_working(lean: Path, tmp_path: Path) -> None:
    (tmp_path / "test_user.py").write_text(
        "def test_plain():\n    assert True\n\n\ndef test_sandbox(spotgo_sandbox):\n    pass\n", encoding="utf-8"
    )
    done = _run(lean, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_user.py", cwd=tmp_path)
    assert "1 passed, 1 error" in done.stdout, done.stdout + done.stderr  # the fixture fails, pytest runs
    assert INSTALL_HINT in done.stdout


@pytest.mark.parametrize(
    ("statement", "extra"),
    [
        ("from freight_sandbox import sandbox", "sandbox"),
        ("from freight_clients import OpenTelemetryHook", "otel"),
        (  # pyrate-limiter and redis come with the redis extra only
            "from freight_clients import SpotGo, RedisRateLimit\n"
            "    limit = RedisRateLimit('redis://127.0.0.1:1/0', 10)\n"
            "    spotgo = SpotGo(api_key='k', base_url='http://127.0.0.1:9', rate_limit=limit)\n"
            "    spotgo.orders.create({'orderNumber': 'x'})",
            "redis",
        ),
    ],
)
def test_optional_features_name_their_extra(lean: Path, statement: str, extra: str) -> None:
    probe = f"""
try:
    {statement}
except ImportError as error:
    from freight_clients import FreightError, MissingExtraError
    assert isinstance(error, MissingExtraError) and isinstance(error, FreightError), type(error)
    print(error.install)
"""
    done = _run(lean, "-c", probe)
    assert (done.returncode, done.stdout.strip()) == (0, f"pip install 'freight-order-clients[{extra}]'"), done.stderr


def test_shipped_json_specs_match_the_yaml_sources() -> None:
    for api in APIS:
        shipped = json.loads(spec_json_path(api).read_bytes())
        source = spec_path(api).read_bytes()
        assert shipped.pop(SOURCE_KEY) == hashlib.sha256(source).hexdigest(), f"{api}: run `nox -s generate`"
        assert shipped == yaml.safe_load(source) == load_spec(api), api


def test_a_spec_edited_since_generation_is_read_from_its_yaml(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    edited = tmp_path / "spotgo.yaml"
    spec = yaml.safe_load(spec_path("spotgo").read_bytes())
    spec["info"]["title"] = "edited"
    edited.write_text(yaml.safe_dump(spec), encoding="utf-8")
    monkeypatch.setattr(_specs, "spec_path", lambda api: edited)
    assert _specs.load_spec("spotgo")["info"]["title"] == "edited"


@pytest.mark.parametrize("name", sorted(NOT_AT_IMPORT))
def test_a_client_import_loads_only_its_own_api(name: str) -> None:
    unwanted = (*NOT_AT_IMPORT[name], *ON_FIRST_USE, *(("authlib",) if name != "TransEu" else ()))
    probe = f"import json, sys; from freight_clients import {name}; print(json.dumps(sorted(sys.modules)))"
    done = _run(sys.executable, "-c", probe)
    assert done.returncode == 0, done.stderr
    assert sorted(set(unwanted) & {module.split(".")[0] for module in json.loads(done.stdout)}) == []


def test_the_stand_in_fixtures_cover_every_sandbox_fixture() -> None:
    from _pytest.fixtures import getfixturemarker

    from freight_sandbox import pytest_plugin
    from freight_sandbox._entry_points import FIXTURES

    markers = {name: getfixturemarker(value) for name, value in vars(pytest_plugin).items()}
    real = {marker.name or name for name, marker in markers.items() if marker is not None}
    assert sorted(FIXTURES) == sorted(real)
