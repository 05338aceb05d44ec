"""The webhook subscription resources, `spotgo.webhooks` and `quivo.subscriptions`, sync and async:
each request as the spec writes it, answers typed, errors typed and naming the operation,
subscribing never replayed after an answer but 429, no secret in an error. No socket: every answer
comes from an httpx.MockTransport (issue 26, client part)."""

from __future__ import annotations

import asyncio
import json
import uuid
import warnings
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from freight_clients import (
    APIStatusError,
    AsyncQuivo,
    AsyncSpotGo,
    ClientValidationError,
    InferredConstraintWarning,
    NotFoundError,
    Quivo,
    ResponseValidationError,
    RetryPolicy,
    SpotGo,
)

SUB_ID = "53559882-b8cd-4f08-b3f4-efc71a9e0254"
QUIVO_UUID = "0b6f7a64-4d3e-4f37-9f0e-3e4a0f3b2c11"
SPOTGO_KEY = "spotgo-key-7f3a9c"
PASSWORD = "pw-9d2e4b71"
#: Retries without waiting (the tests are about which requests go, not when).
NOW = RetryPolicy(max_retries=2, initial_delay=0.0, max_delay=0.0, jitter=0.0)


class Recorded:
    """A MockTransport answering in order, and the requests it saw."""

    def __init__(self, *answers: httpx.Response | Exception) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        if request.url.path.endswith("/login"):
            return httpx.Response(200, json={"token": "quivo-session-token-1"})
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    @property
    def calls(self) -> list[httpx.Request]:
        """The requests other than Quivo's login."""
        return [r for r in self.requests if not r.url.path.endswith("/login")]


def run(client: Any, call: Callable[[Any], Any]) -> Any:
    """`call(client)` on a blocking client, or awaited on an asyncio one, inside the client's context."""
    if isinstance(client, AsyncSpotGo | AsyncQuivo):

        async def go() -> Any:
            async with client:
                return await call(client)

        return asyncio.run(go())
    with client:
        return call(client)


def spotgo(kind: str, recorded: Recorded, **options: Any) -> Any:
    cls = AsyncSpotGo if kind == "async" else SpotGo
    return cls(
        api_key=SPOTGO_KEY,
        base_url="https://spotgo.test",
        transport=httpx.MockTransport(recorded),
        retry=NOW,
        rate_limit=None,
        **options,
    )


def quivo(kind: str, recorded: Recorded) -> Any:
    cls = AsyncQuivo if kind == "async" else Quivo
    return cls(
        api_key="quivo-key-0123456789",
        username="user",
        password="quivo-password",
        base_url="https://quivo.test",
        transport=httpx.MockTransport(recorded),
        retry=NOW,
        rate_limit=None,
    )


def spotgo_json(status: int, body: Any) -> httpx.Response:
    return httpx.Response(status, json=body, headers={"content-type": "application/json; x-api-version=1.0"})


def problem(status: int, detail: str) -> httpx.Response:
    body = {"type": "about:blank", "title": detail, "status": status, "detail": detail}
    return httpx.Response(status, json=body, headers={"content-type": "application/problem+json"})


def lost() -> Exception:
    """The request went and no answer came: the service may have acted on it."""
    return httpx.ReadTimeout("timed out reading the answer")


KINDS = pytest.mark.parametrize("kind", ["sync", "async"])


# --- SpotGo: /api/v1/webhooks --------------------------------------------------------------------


@KINDS
def test_subscribe_posts_the_spec_request_and_returns_the_typed_subscription(kind: str) -> None:
    recorded = Recorded(spotgo_json(200, {"subscriptionId": SUB_ID}))
    client = spotgo(kind, recorded)
    auth = client.webhooks.basic("spotgo", PASSWORD)
    created = run(
        client, lambda c: c.webhooks.subscribe("http://127.0.0.1:8081/hooks", "DocumentAccepted", authentication=auth)
    )
    assert created.subscription_id == uuid.UUID(SUB_ID)
    [request] = recorded.calls
    assert (request.method, request.url.path) == ("POST", "/api/v1/webhooks")
    assert request.headers["content-type"] == "application/json; x-api-version=1.0"
    assert request.headers["x-api-key"] == SPOTGO_KEY
    assert json.loads(request.content) == {
        "eventType": "DocumentAccepted",
        "callbackUrl": "http://127.0.0.1:8081/hooks",
        "authentication": {"type": "Basic", "basic": {"username": "spotgo", "password": PASSWORD}},
    }


@KINDS
def test_an_api_key_credential_and_the_default_event_type_all(kind: str) -> None:
    recorded = Recorded(spotgo_json(200, {"subscriptionId": SUB_ID}))
    client = spotgo(kind, recorded)
    auth = client.webhooks.api_key("X-Webhook-Key", "whk-1234")
    run(client, lambda c: c.webhooks.subscribe("http://127.0.0.1:8081/h", authentication=auth))
    assert json.loads(recorded.calls[0].content) == {
        "eventType": "All",
        "callbackUrl": "http://127.0.0.1:8081/h",
        "authentication": {"type": "ApiKey", "apiKey": {"headerName": "X-Webhook-Key", "apiKey": "whk-1234"}},
    }


def test_an_event_type_outside_the_guessed_enum_warns_once_and_is_sent() -> None:
    """Only `All` is public (WebhookEventType): another name breaks a guess, so it is sent with an
    InferredConstraintWarning, once per (API, operation, field) and process, sync or async."""
    recorded = Recorded(*[spotgo_json(200, {"subscriptionId": SUB_ID}) for _ in range(2)])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for kind in ("sync", "async"):
            run(spotgo(kind, recorded), lambda c: c.webhooks.subscribe("http://127.0.0.1:8081/h", "OrderCompleted"))
    assert [json.loads(r.content)["eventType"] for r in recorded.calls] == ["OrderCompleted"] * 2
    messages = [str(w.message) for w in caught if issubclass(w.category, InferredConstraintWarning)]
    assert len(messages) == 1 and "subscribeWebhook: eventType" in messages[0] and "only All is public" in messages[0]


@KINDS
def test_subscribe_is_not_replayed_after_an_answer_but_429(kind: str) -> None:
    """A 503 arrived: SpotGo may have stored the subscription, so no second POST; a 429 did nothing."""
    recorded = Recorded(problem(503, "Service Unavailable"))
    client = spotgo(kind, recorded)
    with pytest.raises(APIStatusError) as raised:
        run(client, lambda c: c.webhooks.subscribe("http://127.0.0.1:8081/h"))
    assert len(recorded.calls) == 1
    assert (raised.value.api, raised.value.operation, raised.value.status_code) == ("SpotGo", "subscribeWebhook", 503)

    recorded = Recorded(problem(429, "Too Many Requests"), spotgo_json(200, {"subscriptionId": SUB_ID}))
    created = run(spotgo(kind, recorded), lambda c: c.webhooks.subscribe("http://127.0.0.1:8081/h"))
    assert len(recorded.calls) == 2 and str(created.subscription_id) == SUB_ID


@KINDS
def test_a_refused_subscription_names_the_operation_and_never_the_password(kind: str) -> None:
    recorded = Recorded(problem(400, "callbackUrl is not reachable"))
    client = spotgo(kind, recorded)
    auth = client.webhooks.basic("spotgo", PASSWORD)
    with pytest.raises(APIStatusError) as raised:
        run(client, lambda c: c.webhooks.subscribe("http://127.0.0.1:8081/h", authentication=auth))
    error = raised.value
    assert error.operation == "subscribeWebhook" and error.status_code == 400
    assert "callbackUrl is not reachable" in str(error)
    assert PASSWORD not in str(error) and PASSWORD not in repr(error) and SPOTGO_KEY not in repr(error)


@KINDS
def test_list_and_get_read_the_subscriptions_with_their_failure_state(kind: str) -> None:
    item = {"subscriptionId": SUB_ID, "eventType": "DocumentAccepted", "isActive": False, "failureCount": 5}
    recorded = Recorded(
        spotgo_json(200, {"items": [item]}), spotgo_json(200, item), spotgo_json(200, {**item, "isActive": True})
    )
    client = spotgo(kind, recorded)

    async def async_calls(c: Any) -> tuple[Any, Any, Any]:
        return await c.webhooks.list(), await c.webhooks.get(SUB_ID), await c.webhooks.is_active(SUB_ID)

    def sync_calls(c: Any) -> tuple[Any, Any, Any]:
        return c.webhooks.list(), c.webhooks.get(uuid.UUID(SUB_ID)), c.webhooks.is_active(SUB_ID)

    listed, one, active = run(client, async_calls if kind == "async" else sync_calls)
    assert [str(i.subscription_id) for i in listed.items] == [SUB_ID]
    assert one.is_active is False and one.failure_count == 5 and active is True
    assert [(r.method, r.url.path) for r in recorded.calls] == [
        ("GET", "/api/v1/webhooks"),
        ("GET", f"/api/v1/webhooks/{SUB_ID}"),
        ("GET", f"/api/v1/webhooks/{SUB_ID}"),
    ]


@KINDS
def test_reads_are_retried_on_5xx(kind: str) -> None:
    recorded = Recorded(problem(502, "Bad Gateway"), spotgo_json(200, {"items": []}))
    listed = run(spotgo(kind, recorded), lambda c: c.webhooks.list())
    assert listed.items == [] and len(recorded.calls) == 2


@KINDS
def test_a_subscription_that_is_not_there_is_a_not_found_error(kind: str) -> None:
    recorded = Recorded(problem(404, "Webhook subscription was not found."))
    with pytest.raises(NotFoundError) as raised:
        run(spotgo(kind, recorded), lambda c: c.webhooks.get(SUB_ID))
    assert (raised.value.api, raised.value.operation) == ("SpotGo", "getWebhook")
    assert "was not found" in str(raised.value)


@KINDS
def test_a_subscription_id_that_is_no_uuid_is_refused_before_sending(kind: str) -> None:
    recorded = Recorded()
    with pytest.raises(ClientValidationError) as raised:
        run(spotgo(kind, recorded), lambda c: c.webhooks.reset("not-a-guid"))
    assert "subscription_id" in str(raised.value) and recorded.requests == []


@KINDS
def test_delete_a_404_after_a_lost_attempt_means_that_attempt_did_it(kind: str) -> None:
    recorded = Recorded(lost(), problem(404, "Webhook subscription was not found."))
    assert run(spotgo(kind, recorded), lambda c: c.webhooks.delete(SUB_ID)) is None
    assert [(r.method, r.url.path) for r in recorded.calls] == [("DELETE", f"/api/v1/webhooks/{SUB_ID}")] * 2

    recorded = Recorded(problem(404, "Webhook subscription was not found."))
    with pytest.raises(NotFoundError):
        run(spotgo(kind, recorded), lambda c: c.webhooks.delete(SUB_ID))


@KINDS
def test_reset_and_notify_put_to_their_paths(kind: str) -> None:
    recorded = Recorded(httpx.Response(204), httpx.Response(204), httpx.Response(204))
    client = spotgo(kind, recorded)

    async def async_calls(c: Any) -> None:
        await c.webhooks.reset(SUB_ID)
        await c.webhooks.notify(SUB_ID, ["ops@example.com", "it@example.com"])
        await c.webhooks.notify(SUB_ID, "ops@example.com")

    def sync_calls(c: Any) -> None:
        c.webhooks.reset(SUB_ID)
        c.webhooks.notify(SUB_ID, ["ops@example.com", "it@example.com"])
        c.webhooks.notify(SUB_ID, "ops@example.com")

    run(client, async_calls if kind == "async" else sync_calls)
    reset, notify, single = recorded.calls
    assert (reset.method, reset.url.path, reset.content) == ("PUT", f"/api/v1/webhooks/{SUB_ID}/reset", b"")
    assert (notify.method, notify.url.path) == ("PUT", f"/api/v1/webhooks/{SUB_ID}/notify")
    assert notify.headers["content-type"] == "application/json; x-api-version=1.0"
    assert json.loads(notify.content) == {"emails": ["ops@example.com", "it@example.com"]}
    assert json.loads(single.content) == {"emails": ["ops@example.com"]}


@KINDS
def test_a_subscription_answer_that_is_not_the_model_is_a_response_validation_error(kind: str) -> None:
    recorded = Recorded(spotgo_json(200, {"subscriptionId": "not-a-guid"}))
    with pytest.raises(ResponseValidationError) as raised:
        run(spotgo(kind, recorded), lambda c: c.webhooks.subscribe("http://127.0.0.1:8081/h"))
    assert raised.value.operation == "subscribeWebhook" and len(recorded.calls) == 1


# --- Quivo: /subscriptions -----------------------------------------------------------------------


def quivo_subscription(**changes: Any) -> dict[str, Any]:
    body = {
        "uuid": QUIVO_UUID,
        "sellerId": 4711,
        "entity": "ORDERS",
        "endpoint": {"type": "WEBHOOK", "url": "http://127.0.0.1:8082/quivo"},
    }
    return {**body, **changes}


@KINDS
def test_quivo_create_posts_seller_entity_and_endpoint(kind: str) -> None:
    recorded = Recorded(httpx.Response(200, json=quivo_subscription()))
    created = run(
        quivo(kind, recorded),
        lambda c: c.subscriptions.create(
            4711, "ORDERS", "http://127.0.0.1:8082/quivo", headers={"X-Webhook-Key": "whk-1234"}
        ),
    )
    assert created.uuid == QUIVO_UUID and created.entity == "ORDERS"
    [request] = recorded.calls
    assert (request.method, request.url.path) == ("POST", "/subscriptions")
    assert request.headers["authorization"] == "quivo-session-token-1"
    assert json.loads(request.content) == {
        "sellerId": 4711,
        "entity": "ORDERS",
        "endpoint": {"type": "WEBHOOK", "url": "http://127.0.0.1:8082/quivo", "headers": {"X-Webhook-Key": "whk-1234"}},
    }


@KINDS
def test_quivo_list_and_get(kind: str) -> None:
    recorded = Recorded(
        httpx.Response(200, json=[quivo_subscription(), quivo_subscription(uuid="u-2", entity="SHIPMENTS")]),
        httpx.Response(200, json=quivo_subscription()),
    )
    client = quivo(kind, recorded)

    async def async_calls(c: Any) -> tuple[Any, Any]:
        return await c.subscriptions.list(), await c.subscriptions.get(QUIVO_UUID)

    def sync_calls(c: Any) -> tuple[Any, Any]:
        return c.subscriptions.list(), c.subscriptions.get(QUIVO_UUID)

    listed, one = run(client, async_calls if kind == "async" else sync_calls)
    assert [s.entity for s in listed] == ["ORDERS", "SHIPMENTS"] and one.uuid == QUIVO_UUID
    assert [(r.method, r.url.path) for r in recorded.calls] == [
        ("GET", "/subscriptions"),
        ("GET", f"/subscriptions/{QUIVO_UUID}"),
    ]


@KINDS
def test_quivo_create_is_not_replayed_after_a_5xx(kind: str) -> None:
    recorded = Recorded(httpx.Response(500, json={"status": "error", "message": "internal"}))
    with pytest.raises(APIStatusError) as raised:
        run(quivo(kind, recorded), lambda c: c.subscriptions.create(4711, "ORDERS", "http://127.0.0.1:8082/q"))
    assert (raised.value.api, raised.value.operation, raised.value.status_code) == ("Quivo", "createSubscription", 500)
    assert len(recorded.calls) == 1


@KINDS
def test_quivo_a_subscription_that_is_not_there_is_a_not_found_error(kind: str) -> None:
    recorded = Recorded(httpx.Response(404, json={"message": "Subscription not found"}))
    with pytest.raises(NotFoundError) as raised:
        run(quivo(kind, recorded), lambda c: c.subscriptions.get(QUIVO_UUID))
    assert raised.value.operation == "getSubscription" and "Subscription not found" in str(raised.value)


@KINDS
def test_quivo_a_list_answer_that_is_no_array_is_a_response_validation_error(kind: str) -> None:
    """A read is retried on an unreadable answer (it changed nothing), then the error is typed."""
    recorded = Recorded(*[httpx.Response(200, json={"subscriptions": []}) for _ in range(3)])
    with pytest.raises(ResponseValidationError) as raised:
        run(quivo(kind, recorded), lambda c: c.subscriptions.list())
    assert raised.value.operation == "listSubscriptions" and len(recorded.calls) == 1 + NOW.max_retries
