"""The S'mouv, Trans.eu and Quivo overlays against their sandboxes (sync, async, real sockets)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import httpx
import pytest

from freight_clients import (
    AlreadyCreatedError,
    AsyncQuivo,
    AsyncSmouv,
    AsyncTransEu,
    ClientValidationError,
    DuplicateOrderError,
    FileTokenStorage,
    PreconditionFailedError,
    Quivo,
    RetryPolicy,
    Smouv,
    TransEu,
    UnprocessableEntityError,
)
from freight_sandbox import SyncASGITransport, connect
from freight_sandbox.examples import export_order, import_order, transfer_order

FAST_RETRIES = RetryPolicy(max_retries=8, initial_delay=0.001, max_delay=0.01, jitter=0.001)
SHIPPING: dict[str, Any] = {
    "number": "DE/1",
    "payment": {"price": {"value": 34, "currency": "PLN"}, "interval_of_days": "P10D"},
    "route": {
        "events": [
            {"place": {"address": {"locality": "Berlin", "postal_code": "3456", "country": "DE"}}, "type": "loading"},
            {
                "place": {"address": {"locality": "Wysoka", "postal_code": "12345", "country": "PL"}},
                "type": "unloading",
            },
        ]
    },
}
QUIVO_ORDER: dict[str, Any] = {
    "sellerId": 1001,
    "orderIdentifier": "SHOP-1",
    "orderReference": "#1",
    "deliveryAddress": {"name": "Anna", "city": "Wien", "countryIso2": "AT"},
    "positions": [{"sku": "S", "quantity": 1}],
}


# --- S'mouv ------------------------------------------------------------------------------------


def test_smouv_flows_with_files_over_real_sockets(freight_sandbox: Callable[..., Any], tmp_path: Path) -> None:
    box = freight_sandbox("smouv", server=True, validate_responses=True)
    pdf = tmp_path / "cmr.pdf"
    pdf.write_bytes(b"%PDF-1.4 cmr")
    with connect(Smouv, box) as smouv:
        created = [
            smouv.customer_orders.create(make(), files=[pdf, ("photo.jpg", b"\xff\xd8")])
            for make in (import_order, export_order, transfer_order)
        ]
        assert [str(c.id)[:3] for c in created] == ["CDE", "CDE", "CDE"]
        assert [len(c.segments) if isinstance(c.segments, list) else 0 for c in created] == [2, 2, 1]
        assert [o.transport_order_number for o in smouv.customer_orders.search()] == ["IMP-1", "EXP-1", "TRF-1"]
        assert [o.transport_order_number for o in smouv.customer_orders.search(processing_indicator="Export")] == [
            "EXP-1"
        ]
    assert box.api.response_violations == []


def test_smouv_preflight_raises_vendor_codes_before_any_request(smouv_sandbox: Any) -> None:
    with connect(Smouv, smouv_sandbox) as smouv:
        bad = import_order()
        bad["containers"][0]["events"][2]["startDate"] = "2026-01-01T00:00:00+00:00"
        with pytest.raises(ClientValidationError) as broken:
            smouv.customer_orders.create(bad)
        assert broken.value.code == "WRONG_EVENT_DATE_ORDER" and broken.value.api == "S'mouv"
        assert "containers[0].events" in str(broken.value.field)
        with pytest.raises(ClientValidationError) as schema:
            smouv.customer_orders.create({**import_order(), "transportOrderNumber": ""})
        assert schema.value.field == "transportOrderNumber"
    assert smouv_sandbox.api.journal == []  # nothing was sent


def test_smouv_update_with_if_match_and_cancel(smouv_sandbox: Any) -> None:
    with connect(Smouv, smouv_sandbox) as smouv:
        created_id = str(smouv.customer_orders.create(import_order()).id)  # the seed types it string | null
        read = smouv.customer_orders.get(created_id)
        smouv.customer_orders.update(
            created_id, {"containers": import_order()["containers"], "comment": "a"}, version=str(read.version)
        )
        with pytest.raises(PreconditionFailedError) as stale:
            smouv.customer_orders.update(
                created_id, {"containers": import_order()["containers"]}, version=str(read.version)
            )
        assert stale.value.status_code == 412 and stale.value.code == "CONFLICT"
        smouv.customer_orders.update(created_id, {"containers": import_order()["containers"], "comment": "b"})
        assert smouv.customer_orders.get(created_id).comment == "b"
        smouv.customer_orders.cancel(created_id)
        assert str(smouv.customer_orders.get(created_id).status) == "Cancelled"


def test_smouv_token_is_renewed_after_expiry(smouv_sandbox: Any) -> None:
    with connect(Smouv, smouv_sandbox) as smouv:
        smouv.customer_orders.create(import_order())
        smouv_sandbox.api.clock.advance(7200)  # the service forgets the token; the client renews it
        assert len(list(smouv.customer_orders.search())) == 1


def test_smouv_async(smouv_sandbox: Any) -> None:
    async def run() -> list[str]:
        async with connect(AsyncSmouv, smouv_sandbox) as smouv:
            created = await smouv.customer_orders.create(export_order(), files=[("a.pdf", b"%PDF")])
            await smouv.customer_orders.update(str(created.id), {"containers": export_order()["containers"]})
            return [str(o.customer_order_id) async for o in smouv.customer_orders.search()]

    assert asyncio.run(run()) == ["CDE0000000001"]


# --- Trans.eu -----------------------------------------------------------------------------------


def test_transeu_create_get_and_typed_errors(freight_sandbox: Callable[..., Any]) -> None:
    box = freight_sandbox("transeu", server=True, validate_responses=True)
    with connect(TransEu, box) as transeu:
        created = transeu.shipping_orders.create(SHIPPING)
        assert transeu.orders.get(str(created.id)).number == "DE/1"
        with pytest.raises(DuplicateOrderError) as duplicate:
            transeu.shipping_orders.create(SHIPPING)
        assert duplicate.value.status_code == 409 and duplicate.value.api == "Trans.eu"
    with connect(TransEu, box, validate=False) as unchecked, pytest.raises(UnprocessableEntityError) as invalid:
        unchecked.shipping_orders.create({"number": "X", "payment": SHIPPING["payment"]})
    assert invalid.value.field_messages == {"route": ["'route' is a required property"]}
    with connect(TransEu, box) as checked, pytest.raises(ClientValidationError):
        checked.shipping_orders.create({"number": "X", "payment": SHIPPING["payment"]})


def test_transeu_tokens_rotate_into_the_storage(transeu_sandbox: Any, tmp_path: Path) -> None:
    storage = FileTokenStorage(tmp_path / "token.json")
    with connect(TransEu, transeu_sandbox, token_storage=storage) as transeu:
        transeu.shipping_orders.create(SHIPPING)
        first = storage.load()
        assert first and first["refresh_token"] and (tmp_path / "token.json").stat().st_mode & 0o077 == 0
        transeu_sandbox.api.clock.advance(3700)  # the access token expired at the service
        transeu.orders.get(str(transeu.shipping_orders.create({**SHIPPING, "number": "DE/2"}).id))
        second = storage.load()
        assert second and second["refresh_token"] != first["refresh_token"]  # rotated and stored
    # a new client starts from the stored token: no password needed
    creds = transeu_sandbox.credentials
    with TransEu(
        creds["client_id"],
        creds["client_secret"],
        base_url=transeu_sandbox.base_url,
        token_url=creds["token_url"],
        token_storage=storage,
        transport=connect(TransEu, transeu_sandbox)._http._transport,
    ) as resumed:
        assert resumed.shipping_orders.create({**SHIPPING, "number": "DE/3"}).number == "DE/3"


def test_transeu_authorization_code_flow(transeu_sandbox: Any) -> None:
    creds = transeu_sandbox.credentials
    transport = connect(TransEu, transeu_sandbox)._http._transport
    with TransEu(
        creds["client_id"],
        creds["client_secret"],
        base_url=transeu_sandbox.base_url,
        token_url=creds["token_url"],
        authorize_url=creds["authorize_url"],
        transport=transport,
    ) as transeu:
        url, state = transeu.authorization_url("https://app.example/callback")
        assert "code_challenge_method=S256" in url and "code_challenge=" in url  # PKCE
        consent = transeu_sandbox.client().get(url.replace(transeu_sandbox.base_url, ""))
        redirect = parse_qs(urlparse(consent.headers["location"]).query)
        assert redirect["state"] == [state]
        with pytest.raises(ClientValidationError) as forged:  # a state we did not issue: refused, nothing sent
            transeu.complete_authorization(redirect["code"][0], "https://app.example/callback", "forged-state")
        assert forged.value.field == "state"
        transeu.complete_authorization(redirect["code"][0], "https://app.example/callback", state)
        assert transeu.shipping_orders.create(SHIPPING).number == "DE/1"
        with pytest.raises(ClientValidationError):  # a state is single-use
            transeu.complete_authorization(redirect["code"][0], "https://app.example/callback", state)


def test_transeu_async(transeu_sandbox: Any) -> None:
    async def run() -> str:
        async with connect(AsyncTransEu, transeu_sandbox) as transeu:
            created = await transeu.shipping_orders.create(SHIPPING)
            return str((await transeu.orders.get(str(created.id))).number)

    assert asyncio.run(run()) == "DE/1"


# --- Quivo --------------------------------------------------------------------------------------


def test_quivo_submit_is_safe_to_retry_under_faults(freight_sandbox: Callable[..., Any]) -> None:
    box = freight_sandbox("quivo", faults="5xx=0.3,reset=0.15", seed=11)
    with connect(Quivo, box, retry=FAST_RETRIES) as quivo:
        results: dict[str, int | str | None] = {}
        for i in range(25):
            identifier = f"SHOP-{i}"
            try:
                results[identifier] = quivo.orders.submit({**QUIVO_ORDER, "orderIdentifier": identifier}).order_id
            except AlreadyCreatedError as lost:  # a lost attempt created it: the 409 names the order
                results[identifier] = lost.order_id
    assert sorted(key[1] for key in box.api.orders) == sorted(f"SHOP-{i}" for i in range(25))  # none lost, none twice
    stored = {key[1]: order["orderId"] for key, order in box.api.orders.items()}
    assert results == stored  # each call names its one order


def test_quivo_duplicate_of_an_existing_order_is_not_reconciled(freight_sandbox: Callable[..., Any]) -> None:
    """H2 for Quivo: a 409 on a first attempt is somebody else's order (or an earlier call's), never
    "created": DuplicateOrderError, with the existing orderId in its body."""
    box = freight_sandbox("quivo", duplicates="conflict")
    with connect(Quivo, box) as quivo:
        first = quivo.orders.submit(QUIVO_ORDER)
        with pytest.raises(DuplicateOrderError) as again:
            quivo.orders.submit(QUIVO_ORDER)
    assert again.value.body["orderId"] == first.order_id and not again.value.outcome_unknown


def test_quivo_duplicate_without_an_id_is_a_typed_error(freight_sandbox: Callable[..., Any]) -> None:
    with connect(Quivo, freight_sandbox("quivo", duplicates="reject")) as quivo:
        quivo.orders.submit(QUIVO_ORDER)
        with pytest.raises(DuplicateOrderError) as refused:
            quivo.orders.submit(QUIVO_ORDER)
    assert refused.value.field == "orderIdentifier" and refused.value.status_code == 400


def test_quivo_session_renewal_and_async(freight_sandbox: Callable[..., Any]) -> None:
    box = freight_sandbox("quivo", server=True)
    with connect(Quivo, box, token_prefix="Bearer ") as quivo:
        quivo.orders.submit(QUIVO_ORDER)
        box.api.clock.advance(3700)
        assert quivo.orders.submit({**QUIVO_ORDER, "orderIdentifier": "SHOP-2"}).order_id > 0

    async def run() -> int:
        async with connect(AsyncQuivo, box) as quivo:
            return (await quivo.orders.submit({**QUIVO_ORDER, "orderIdentifier": "SHOP-3"})).order_id

    assert asyncio.run(run()) > 0


def test_no_secret_reaches_reprs_errors_or_logs(
    freight_sandbox: Callable[..., Any], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="freight_clients")
    smouv_box, transeu_box, quivo_box = (freight_sandbox(api) for api in ("smouv", "transeu", "quivo"))
    texts: list[str] = []
    secrets = [
        smouv_box.credentials["client_secret"],
        smouv_box.credentials["subscription_key"],
        transeu_box.credentials["client_secret"],
        transeu_box.credentials["password"],
        quivo_box.credentials["api_key"],
        quivo_box.credentials["password"],
    ]
    with (
        connect(Smouv, smouv_box) as smouv,
        connect(TransEu, transeu_box) as transeu,
        connect(Quivo, quivo_box) as quivo,
    ):
        smouv.customer_orders.create(import_order())
        transeu.shipping_orders.create(SHIPPING)
        quivo.orders.submit(QUIVO_ORDER)
        token = transeu._auth._token or {}
        secrets += [token["access_token"], token["refresh_token"]]
        logging.getLogger("freight_clients.quivo").warning("login with %s", quivo_box.credentials["password"])
        for call in (
            lambda: smouv.customer_orders.get("CDE9999999999"),
            lambda: transeu.shipping_orders.create(SHIPPING),
        ):
            with pytest.raises(Exception) as failure:
                call()
            texts += [str(failure.value), repr(failure.value)]
        texts += [repr(smouv), repr(transeu), repr(quivo), caplog.text]
    for text in texts:
        for secret in secrets:
            assert secret not in text, (secret, text)
    assert "S'mouv getCustomerOrder failed: HTTP 400" in " ".join(texts)


def test_http_is_refused_for_remote_hosts() -> None:
    with pytest.raises(ValueError, match="plain http"):
        Quivo("k", "u", "p", base_url="http://api.quivo.co")
    with pytest.raises(ValueError, match="plain http"):
        Smouv("i", "s", "k", base_url="http://example.com")
    assert isinstance(Quivo("k", "u", "p", base_url="http://[::1]:8080")._http, httpx.Client)


def test_quivo_success_status_without_an_order_id_is_a_typed_error() -> None:
    """The seed allows orderId null "on failure"; found by the Prism contract run."""
    from freight_clients import APIStatusError

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/login":
            return httpx.Response(200, json={"token": "session-token-1"})
        return httpx.Response(
            200, json={"status": "ERROR", "field": "positions", "message": "no stock", "orderId": None}
        )

    quivo = Quivo("key-123456", "user", "password", transport=httpx.MockTransport(handler), max_retries=0)
    with quivo, pytest.raises(APIStatusError) as failed:
        quivo.orders.submit(QUIVO_ORDER)
    assert (failed.value.code, failed.value.field, failed.value.message) == ("ERROR", "positions", "no stock")


class _LoseFirstAnswer(httpx.BaseTransport):
    """Passes requests to the sandbox, but the first answer to `path` never reaches the client
    (the order was created; the client sees a timeout), as on a flaky network."""

    def __init__(self, app: Any, path: str) -> None:
        self.inner, self.path, self.lost = SyncASGITransport(app), path, 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if request.url.path.endswith(self.path) and not self.lost:
            self.lost += 1
            raise httpx.ReadTimeout("the answer was lost", request=request)
        return response


def test_transeu_create_retried_after_a_lost_answer_creates_exactly_once(freight_sandbox: Callable[..., Any]) -> None:
    box = freight_sandbox("transeu")
    transport = _LoseFirstAnswer(box.app, "/shipping-orders")
    with connect(TransEu, box, transport=transport, retry=FAST_RETRIES) as transeu:
        with pytest.raises(AlreadyCreatedError) as caught:
            transeu.shipping_orders.create(SHIPPING)
        again = {**SHIPPING, "number": f"{SHIPPING['number']}-2"}
        assert transeu.shipping_orders.create(again).number == again["number"]  # later calls: plain
    assert (transport.lost, caught.value.attempts, caught.value.status_code) == (1, 2, 409)
    assert "earlier attempt" in str(caught.value)
    numbers = [order["number"] for company in box.api.orders.values() for order in company.values()]
    assert sorted(numbers) == sorted([SHIPPING["number"], again["number"]])
