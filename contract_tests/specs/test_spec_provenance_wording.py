"""What the specs' text and annotations say about where a statement comes from (audit 3, issue 24):
a sentence that is our reading says so, a cited field has the cited name, and the Arazzo
descriptions claim no more than the seeds document."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from contract_tests.support.speclib import ROOT, load
from freight_clients import smouv_rules


def _arazzo(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(Path(ROOT, "specs", f"{name}.arazzo.yaml").read_text(encoding="utf-8"))
    return data


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_spotgo_texts_that_are_our_reading_say_so() -> None:
    """A3-2 (transition table), A3-4 (comma split), A3-6 (status derivation), A3-7 (404 after delete)."""
    spec = load("spotgo")
    status = _flat(spec["paths"]["/api/v1/orders/{orderId}/documents/{documentId}/status"]["post"]["description"])
    assert "appropriate to the document's current state" in status and "is inferred" in status
    delete = spec["paths"]["/api/v1/orders/{orderId}"]["delete"]["description"]
    assert "404 is inferred" in delete
    schemas = spec["components"]["schemas"]
    assert "comma-separated" in schemas["OrderSubmitModel"]["properties"]["requiredDocumentTypes"]["description"]
    assert "inferred" in _flat(schemas["CarrierOrderStatus"]["description"])
    assert "sandbox's derivation" in _flat(schemas["CarrierOrderStatus"]["description"])


def test_smouv_get_reads_the_containers_under_the_cited_name() -> None:
    """A3-11: research/smouv.md §3 (S4) names the field `container`; `elementaryOrderId` is in no source."""
    order = load("smouv")["components"]["schemas"]["CustomerOrder"]["properties"]
    assert "containers" not in order and "container" in order
    assert "S4" in order["container"]["x-provenance"]["ref"] and order["container"]["x-provenance"]["inferred"]
    view = load("smouv")["components"]["schemas"]["ContainerView"]["properties"]
    assert view["elementaryOrderId"]["x-provenance"]["kind"] == "inferred"


def test_smouv_create_text_names_the_criterion_the_rules_apply() -> None:
    """A3-14: the spec said "a name with an address", the rules "a name with an address or a city"."""
    text = _flat(load("smouv")["paths"]["/customer-orders"]["post"]["description"])
    assert "its `name` with an address or a city" in text
    assert "address or city" in smouv_rules.GUESSES["event-location-criterion"]


def test_smouv_texts_for_what_the_seed_leaves_open() -> None:
    """A3-19: the unused error code is said to be unchecked, and the 3 SegmentTransfer cases are kept;
    anchors-3 §3.4: location codes are S)ONE codes."""
    spec = load("smouv")
    text = _flat(spec["paths"]["/customer-orders"]["post"]["description"])
    assert "EXISTS_ORDER_WITH_HANDLING_UNIT_SPI" in text and "nothing checks it" in text
    assert "S)ONE" in text
    assert "in 3 cases" in _flat(spec["components"]["schemas"]["OrderType"]["description"])


def test_transeu_another_companys_order_is_marked_inferred() -> None:
    """A3-20."""
    text = _flat(load("transeu")["paths"]["/orders/{order-id}"]["get"]["description"])
    assert "another company" in text and "inferred" in text


def test_transeu_telephone_pattern_cites_the_seeds_format_line() -> None:
    """A3-21: the element read as seed without saying which statement; `X` as a digit is ours."""
    phone = load("transeu")["components"]["schemas"]["ContactPersonInput"]["properties"]["telephone"]
    assert "(XX) XXXXXXXXX" in phone["x-provenance"]["ref"] and phone["x-provenance"]["states"] == ["type", "pattern"]
    assert "Reading `X` as a digit is ours" in _flat(phone["description"])


def test_quivo_sample_only_objects_carry_the_sample_annotation() -> None:
    """A3-25: the invoice address and the additional identifiers are sample-only like the delivery address."""
    schemas = load("quivo")["components"]["schemas"]
    for name in ("DeliveryAddress", "Address", "AdditionalIdentifier", "Position"):
        assert "types from the sample values" in schemas[name]["x-provenance"]["inferred"], name


def test_quivo_documents_its_sandbox_host_and_both_token_spellings() -> None:
    """anchors-3 §3.2: the sandbox host (medium confidence) and the login token as `token` or `Token`."""
    spec = load("quivo")
    sandbox = [s for s in spec["servers"] if s["url"] == "https://api-sandbox.quivo.co"]
    assert sandbox and sandbox[0]["x-provenance"]["kind"] == "public-doc" and "medium" in sandbox[0]["description"]
    login = spec["components"]["schemas"]["LoginResponse"]
    assert "required" not in login and "`Token`" in login["description"]


def test_arazzo_descriptions_claim_only_what_the_seeds_document() -> None:
    """A3-3: 001's upload endpoint is for the customer's order PDF or self-billing invoice, and
    Workflow A waits for a webhook; A3-27: seed 004 documents neither login nor a duplicate answer."""
    spotgo = _flat(_arazzo("spotgo-carrier-portal")["info"]["description"])
    assert "order PDF or self-billing invoice" in spotgo and "webhook" in spotgo
    assert "The two documented SpotGo workflows" not in spotgo
    quivo = _flat(_arazzo("quivo-orders")["info"]["description"])
    assert "The documented Quivo flow (seed 004)" not in quivo
    assert "public docs" in quivo and "inference" in quivo
