"""The SpotGo overlay against the SpotGo sandbox: sync and async, in-process and over real sockets."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from freight_clients import (
    AsyncSpotGo,
    AuthenticationError,
    ClientValidationError,
    ConflictError,
    DuplicateOrderError,
    InternalServerError,
    NotFoundError,
    RateLimit,
    RetryPolicy,
    SpotGo,
)
from freight_sandbox import connect

CARRIER = {"name": "Fast Trucks", "email": "ops@fast.example", "vatCode": "LT100001"}


def order(number: str, vat: str = "LT100001", **extra: Any) -> dict[str, Any]:
    return {"orderNumber": number, "carrier": {**CARRIER, "vatCode": vat}, "requiredDocumentTypes": "cmr", **extra}


@pytest.fixture
def server(freight_sandbox: Callable[..., Any]) -> Any:
    return freight_sandbox("spotgo", server=True, validate_responses=True)


def test_workflow_over_real_sockets(server: Any, tmp_path: Path) -> None:
    with connect(SpotGo, server) as spotgo:
        created = spotgo.orders.create(order("W-1"))
        assert str(created.status) == "Created"
        result = spotgo.orders.upsert(order("W-1", internalComments="v2"))
        assert (result.created, result.updated, result.link_changed) == (False, True, False)
        document = spotgo.documents.upload(created.order_id, b"%PDF-1.4 cmr", "cmr", filename="cmr.pdf")
        assert spotgo.documents.accept(created.order_id, document.document_id).status == "Accepted"
        downloaded = spotgo.documents.download(created.order_id, document.document_id)
        assert (downloaded.content, downloaded.filename, downloaded.content_type) == (
            b"%PDF-1.4 cmr",
            "cmr.pdf",
            "application/pdf",
        )
        target = spotgo.documents.download_to(created.order_id, document.document_id, tmp_path / "cmr.pdf")
        assert target.read_bytes() == b"%PDF-1.4 cmr"
        assert str(spotgo.orders.get(created.order_id).status) == "Completed"
    assert server.api.response_violations == []


def test_upload_from_path_stream_and_tuple(spotgo_sandbox: Any, tmp_path: Path) -> None:
    path = tmp_path / "scan.png"
    path.write_bytes(b"\x89PNG scan")
    with connect(SpotGo, spotgo_sandbox) as spotgo:
        created = spotgo.orders.create(order("U-1"))
        from_path = spotgo.documents.upload(created.order_id, path, "cmr")
        with path.open("rb") as stream:
            from_stream = spotgo.documents.upload(created.order_id, stream, "cmr")
        from_tuple = spotgo.documents.upload(created.order_id, ("inv.pdf", b"%PDF", "application/pdf"), "invoice")
        assert (from_path.name, from_stream.name, from_tuple.name) == ("scan.png", "scan.png", "inv.pdf")
        assert spotgo.documents.download(created.order_id, from_path.document_id).content_type == "image/png"
        rejected = spotgo.documents.reject(created.order_id, from_tuple.document_id, "Unreadable", comment="blurred")
        assert rejected.status == "Rejected"


def test_query_iterates_every_page(spotgo_sandbox: Any) -> None:
    with connect(SpotGo, spotgo_sandbox) as spotgo:
        for i in range(7):
            spotgo.orders.create(order(f"Q-{i}"))
        numbers = [item.order_number for item in spotgo.orders.query({"pageSize": 2})]
        assert numbers == [f"Q-{i}" for i in range(7)]
        assert len(list(spotgo.orders.query_pages({"pageSize": 2}))) == 4


def test_typed_errors_name_api_operation_code_and_field(spotgo_sandbox: Any) -> None:
    with connect(SpotGo, spotgo_sandbox) as spotgo:
        created = spotgo.orders.create(order("E-1"))
        with pytest.raises(DuplicateOrderError) as duplicate:
            spotgo.orders.create(order("e-1"))
        error = duplicate.value
        assert (error.api, error.operation, error.status_code, error.code, error.field) == (
            "SpotGo",
            "createOrder",
            409,
            "ORDER_NUMBER_DUPLICATE",
            "orderNumber",
        )
        assert str(error).startswith(
            "SpotGo createOrder failed: HTTP 409 Conflict [ORDER_NUMBER_DUPLICATE] orderNumber:"
        )
        assert error.response.status_code == 409
        with pytest.raises(ConflictError) as carrier:
            spotgo.orders.update(created.order_id, order("E-1", vat="PL9"))
        assert carrier.value.code == "CARRIER_CHANGE_NOT_ALLOWED"
        with pytest.raises(NotFoundError):
            spotgo.orders.get("00000000-0000-0000-0000-000000000001")
        with pytest.raises(ClientValidationError) as invalid:  # the seed's example types sequence an integer
            spotgo.orders.create({"orderNumber": "X", "carrier": CARRIER, "locations": [{"sequence": "first"}]})
        assert invalid.value.field == "locations[0].sequence" and invalid.value.api == "SpotGo"
        with pytest.raises(ClientValidationError) as wrong:
            spotgo.orders.create({"orderNumber": 7, "carrier": CARRIER})
        assert wrong.value.field == "orderNumber"  # (a missing one is a guess: sent, with a warning)
    with connect(SpotGo, spotgo_sandbox, validate=False) as unchecked, pytest.raises(Exception) as server_side:
        unchecked.orders.create({"orderNumber": "X", "carrier": CARRIER, "locations": [{"sequence": "first"}]})
    assert getattr(server_side.value, "status_code", None) == 400  # the sandbox refuses what pre-flight would


def test_wrong_key_is_an_authentication_error(spotgo_sandbox: Any) -> None:
    with (
        SpotGo(
            api_key="wrong-key-123",
            base_url=spotgo_sandbox.base_url,
            transport=connect(SpotGo, spotgo_sandbox)._http._transport,
        ) as spotgo,
        pytest.raises(AuthenticationError) as refused,
    ):
        spotgo.orders.get("00000000-0000-0000-0000-000000000001")
    assert refused.value.status_code == 401 and "X-Api-Key" in str(refused.value)


def test_configuration_from_environment_and_https_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPOTGO_API_KEY", "env-key-123456")
    monkeypatch.delenv("SPOTGO_BASE_URL", raising=False)
    assert SpotGo().base_url == "https://api-test.spotgo.eu"
    monkeypatch.setenv("SPOTGO_BASE_URL", "https://api.spotgo.eu")
    assert SpotGo().base_url == "https://api.spotgo.eu"
    assert SpotGo(base_url="http://127.0.0.1:9").base_url == "http://127.0.0.1:9"
    with pytest.raises(ValueError, match="plain http"):
        SpotGo(base_url="http://api.spotgo.eu")
    monkeypatch.delenv("SPOTGO_API_KEY")
    with pytest.raises(ValueError, match="SPOTGO_API_KEY"):
        SpotGo()


def test_secrets_stay_out_of_repr_errors_and_logs(spotgo_sandbox: Any, caplog: pytest.LogCaptureFixture) -> None:
    key = spotgo_sandbox.credentials["api_keys"][0]
    caplog.set_level(logging.DEBUG, logger="freight_clients")
    with connect(SpotGo, spotgo_sandbox) as spotgo:
        spotgo.orders.create(order("S-1"))
        logging.getLogger("freight_clients.spotgo").info("sending with key %s", key)
        with pytest.raises(DuplicateOrderError) as error:
            spotgo.orders.create(order("S-1"))
        texts = [repr(spotgo), str(spotgo), str(error.value), repr(error.value), caplog.text]
    assert "createOrder" in caplog.text
    for text in texts:
        assert key not in text, text


def test_retries_recover_from_faults_without_losing_or_duplicating(freight_sandbox: Callable[..., Any]) -> None:
    box = freight_sandbox("spotgo", faults="5xx=0.25,reset=0.1,429=0.1:0", seed=3)
    fast = RetryPolicy(max_retries=8, initial_delay=0.001, max_delay=0.01, jitter=0.001)
    with connect(SpotGo, box, retry=fast, rate_limit=None) as spotgo:
        created = [spotgo.orders.create(order(f"C-{i}")) for i in range(20)]
        results = spotgo.orders.sync([order(f"U-{i}") for i in range(20)], concurrency=4)
    assert len({o.order_id for o in created}) == 20
    assert all(outcome.ok for outcome in results)
    stored = sorted(o.number for o in box.api.companies["company-a"].values())
    assert stored == sorted([f"C-{i}" for i in range(20)] + [f"U-{i}" for i in range(20)])  # none lost, none twice
    faults = [entry.fault for entry in box.api.journal if entry.fault]
    assert any(f == "5xx-after" for f in faults) and any(f.startswith("reset") for f in faults)


def test_non_idempotent_upload_is_not_retried_on_5xx(freight_sandbox: Callable[..., Any]) -> None:
    box = freight_sandbox("spotgo")
    with connect(SpotGo, box, rate_limit=None) as spotgo:
        created = spotgo.orders.create(order("N-1"))
        box.api.faults = type(box.api.faults)(type(box.api.faults.spec).parse("5xx=1"), 1)
        with pytest.raises(InternalServerError) as failed:
            spotgo.documents.upload(created.order_id, b"x", "cmr")
    assert failed.value.attempts == 1 and len(box.api.journal) == 2


def test_client_side_rate_limit_paces_requests(spotgo_sandbox: Any) -> None:
    with connect(SpotGo, spotgo_sandbox, rate_limit=RateLimit(5, 1.0)) as spotgo:
        started = time.monotonic()
        for i in range(11):
            spotgo.orders.upsert(order(f"R-{i}"))
        elapsed = time.monotonic() - started
    assert elapsed >= 1.5  # 11 calls at 5 per second need two refills


def test_async_surface_matches(server: Any, tmp_path: Path) -> None:
    async def run() -> None:
        async with connect(AsyncSpotGo, server) as spotgo:
            created = await spotgo.orders.create(order("A-1"))
            document = await spotgo.documents.upload(created.order_id, b"%PDF", "cmr", filename="a.pdf")
            assert (await spotgo.documents.accept(created.order_id, document.document_id)).status == "Accepted"
            assert (await spotgo.documents.download(created.order_id, document.document_id)).content == b"%PDF"
            target = await spotgo.documents.download_to(created.order_id, document.document_id, tmp_path / "a.pdf")
            assert target.read_bytes() == b"%PDF"
            outcomes = await spotgo.orders.sync([order(f"AS-{i}") for i in range(6)], concurrency=3)
            assert [o.order_number for o in outcomes] == [f"AS-{i}" for i in range(6)]
            numbers = [str(item.order_number) async for item in spotgo.orders.query({"pageSize": 2})]
            assert sorted(numbers) == ["A-1", *[f"AS-{i}" for i in range(6)]]  # concurrent upserts: any order
            await spotgo.orders.delete(created.order_id)
            with pytest.raises(NotFoundError):
                await spotgo.orders.get(created.order_id)

    asyncio.run(run())


def test_async_in_process(spotgo_sandbox: Any) -> None:
    async def run() -> str:
        async with connect(AsyncSpotGo, spotgo_sandbox) as spotgo:
            return str((await spotgo.orders.upsert(order("IP-1"))).order_id)

    order_id = asyncio.run(run())
    assert order_id in spotgo_sandbox.api.companies["company-a"]
