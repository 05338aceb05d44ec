"""Retries are configured through the public `retry=` option every client takes, validated at
construction."""

from __future__ import annotations

from typing import Any

import pytest

import freight_clients
from contract_tests.unit.core.scripted_clients import ORDER_ID, json, spotgo
from freight_clients import (
    AsyncQuivo,
    AsyncSmouv,
    AsyncSpotGo,
    AsyncTransEu,
    ConfigurationError,
    Quivo,
    RetryPolicy,
    Smouv,
    SpotGo,
    TransEu,
)
from freight_clients._scripted import Script

CREDENTIALS: dict[type, dict[str, str]] = {
    SpotGo: {"api_key": "k"},
    AsyncSpotGo: {"api_key": "k"},
    Smouv: {"client_id": "c", "client_secret": "s", "subscription_key": "k"},
    AsyncSmouv: {"client_id": "c", "client_secret": "s", "subscription_key": "k"},
    TransEu: {"client_id": "c", "client_secret": "s", "username": "u", "password": "p"},
    AsyncTransEu: {"client_id": "c", "client_secret": "s", "username": "u", "password": "p"},
    Quivo: {"api_key": "k", "username": "u", "password": "p"},
    AsyncQuivo: {"api_key": "k", "username": "u", "password": "p"},
}


def test_retry_policy_is_public() -> None:
    assert freight_clients.RetryPolicy is RetryPolicy and "RetryPolicy" in freight_clients.__all__


@pytest.mark.parametrize("client_class", list(CREDENTIALS), ids=lambda c: c.__name__)
def test_every_client_takes_a_retry_policy(client_class: type) -> None:
    policy = RetryPolicy(max_retries=7, initial_delay=0.1)
    client = client_class(**CREDENTIALS[client_class], retry=policy)
    assert client.retry is policy
    assert client_class(**CREDENTIALS[client_class], max_retries=2).retry == RetryPolicy(max_retries=2)


@pytest.mark.parametrize(
    "options",
    [
        {"retry": 3},
        {"retry": {"max_retries": 3}},
        {"max_retries": "3"},
        {"max_retries": True},
        {"retry": RetryPolicy(max_retries=1), "max_retries": 2},
    ],
    ids=repr,
)
def test_an_unusable_retry_option_is_a_configuration_error(options: dict[str, Any]) -> None:
    with pytest.raises(ConfigurationError):
        SpotGo(api_key="k", **options)


@pytest.mark.parametrize(
    "fields",
    [
        {"max_retries": -1},
        {"max_retries": 1.5},
        {"initial_delay": -0.1},
        {"max_delay": float("inf")},
        {"jitter": float("nan")},
        {"max_retry_after": "60"},
    ],
    ids=repr,
)
def test_a_retry_policy_with_an_unusable_value_is_a_configuration_error(fields: dict[str, Any]) -> None:
    with pytest.raises(ConfigurationError):
        RetryPolicy(**fields)


def test_the_policy_given_is_the_one_the_loop_follows() -> None:
    script = Script(*[json(503, None)] * 4)
    policy = RetryPolicy(max_retries=2, initial_delay=0.25, max_delay=0.25, jitter=0.0)
    with spotgo(script, retry=policy) as client, pytest.raises(freight_clients.InternalServerError):
        client.orders.get(ORDER_ID)
    assert len(script.requests) == 3 and script.sleeps == [0.25, 0.25]
