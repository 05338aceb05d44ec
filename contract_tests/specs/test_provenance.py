"""`scripts/provenance.py` lists the guesses of each spec, and every annotation follows the vocabulary."""

from __future__ import annotations

import subprocess
import sys

from contract_tests.support.speclib import ROOT, load
from freight_clients import registry


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "provenance.py"), *args], capture_output=True, text=True, check=False
    )


def test_provenance_report_lists_the_guesses() -> None:
    result = _run()
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    for title in ("SpotGo Carrier Portal", "SOGET S'mouv customer orders", "Trans.eu Orders", "Quivo orders"):
        assert title in out
    # A few guesses each spec must own up to.
    assert "inferred   schema    OrderUpsertViewModel" in out
    assert "inferred   property  CustomerOrder.version" in out
    assert "partly     schema    Goods" in out
    assert "/paths//orders/post/responses/409" in out  # Quivo's duplicate answer
    assert "annotation problems" not in out


def test_provenance_report_counts_the_inferred_constraints_and_their_coverage() -> None:
    """`nox -s provenance`: per API, the inferred constraints and how many the guess test covers."""
    from contract_tests.support.guess_cases import cases, inferred

    out = _run().stdout
    for api in registry.NAMES:
        count = len(inferred(api))
        assert count > 0 and len(cases(api)) == count
        assert f"  {api:8} inferred {count:3}  covered {count:3}" in out, out
    assert "not covered" not in out


def test_constraints_annotations_are_checked() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from provenance import problems
    finally:
        sys.path.pop(0)
    good = {"components": {"schemas": {"A": {"x-provenance": {"constraints": {"minLength": "why"}}}}}}
    assert problems(good) == []  # a kind-less note with only constraints inherits its kind
    bad = {
        "components": {"schemas": {"A": {"x-provenance": {"kind": "seed", "ref": "x", "constraints": {"size": "?"}}}}}
    }
    assert len(problems(bad)) == 1 and "not a constraint keyword" in problems(bad)[0]


def test_public_doc_operations_are_marked() -> None:
    smouv = load("smouv")["paths"]
    for path, method in (
        ("/customer-orders", "get"),
        ("/customer-orders/{orderId}", "get"),
        ("/customer-orders/{orderId}", "put"),
        ("/customer-orders/{orderId}", "delete"),
    ):
        assert smouv[path][method]["x-provenance"]["kind"] == "public-doc", (path, method)
    assert "x-provenance" not in smouv["/customer-orders"]["post"]  # straight from the seed
    assert load("quivo")["paths"]["/login"]["post"]["x-provenance"]["kind"] == "public-doc"


def test_vocabulary_problems_are_reported() -> None:
    """The checker itself: a bad annotation makes the script fail."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from provenance import problems
    finally:
        sys.path.pop(0)
    bad = {
        "info": {},
        "components": {
            "schemas": {"A": {"x-provenance": {"kind": "guess"}}, "B": {"x-provenance": {"kind": "inferred"}}}
        },
    }
    found = problems(bad)
    assert len(found) == 2 and "not one of" in found[0] and "without a 'why'" in found[1]
