"""A3-10: seed 000 names the webhook and delivery-credential schemas, and the spec models each of
them under the seed's name, marked inferred (the seed gives names only; research/anchors-3.md §3.3),
with a generated model; the six subscription endpoints of the seed's Webhook section are there."""

from __future__ import annotations

import importlib

from contract_tests.support.speclib import load

#: 000_dda350cc1b3206e4.txt, the Schemas list (l.94-190).
SEED_NAMES = (
    "ApiKeyAuthentication",
    "BasicAuthentication",
    "Oauth2Authentication",
    "WebhookAuthType",
    "WebhookAuthentication",
    "WebhookEventType",
    "WebhookItemViewModel",
    "WebhookSubscriptionRequest",
    "WebhookSubscriptionResponse",
    "WebhookViewModel",
    "WebhookSubscriptionNotificationsRequest",
)
#: 000's Webhook section: the paths it lists (the methods are the TS client's and our reading).
SEED_PATHS = (
    "/api/v1/webhooks",
    "/api/v1/webhooks/{subscriptionId}",
    "/api/v1/webhooks/{subscriptionId}/reset",
    "/api/v1/webhooks/{subscriptionId}/notify",
)


def test_every_seed_webhook_schema_is_modelled_under_its_name_and_marked_inferred_or_cited() -> None:
    schemas = load("spotgo")["components"]["schemas"]
    for name in SEED_NAMES:
        provenance = schemas[name]["x-provenance"]
        assert provenance["kind"] in ("inferred", "public-doc"), name
        told = str(provenance.get("why") or provenance.get("ref"))
        assert "seed" in told or "research/" in told, (name, told)


def test_the_credential_schemas_are_the_members_of_webhook_authentication() -> None:
    schemas = load("spotgo")["components"]["schemas"]
    members = schemas["WebhookAuthentication"]["properties"]
    refs = {key: str(value["anyOf"][0]["$ref"]).rsplit("/", 1)[-1] for key, value in members.items() if key != "type"}
    assert refs == {"basic": "BasicAuthentication", "apiKey": "ApiKeyAuthentication", "oauth2": "Oauth2Authentication"}
    notify = load("spotgo")["paths"]["/api/v1/webhooks/{subscriptionId}/notify"]["put"]["requestBody"]
    schema = notify["content"]["application/json; x-api-version=1.0"]["schema"]["$ref"]
    assert schema.endswith("/WebhookSubscriptionNotificationsRequest")


def test_each_seed_schema_has_a_generated_model_and_each_seed_path_an_operation() -> None:
    models = importlib.import_module("spotgo_client.models")
    missing = [name for name in SEED_NAMES if not hasattr(models, name)]
    assert missing == [], f"spotgo_client.models lacks {missing}"
    paths = load("spotgo")["paths"]
    assert set(SEED_PATHS) <= set(paths)
