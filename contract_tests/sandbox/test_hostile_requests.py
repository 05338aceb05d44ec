"""Sandboxes as servers in a hostile world (review-security.md M9, M10, L12, L13 and the `--host`
note): malformed input gets a 4xx in the vendor's shape, a bug a vendor-shaped 500 that is still
journalled, state is bounded, and the fault injector's newer kinds answer what they promise."""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import subprocess
import sys
import urllib.parse
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from contract_tests.support.contract import credentials
from contract_tests.support.sandbox_shapes import shape_problem
from freight_clients.smouv_rules import is_iso6346
from freight_sandbox import FaultSpec, sandbox
from freight_sandbox._auth import TokenStore
from freight_sandbox._core import Clock
from freight_sandbox._server import check_host
from freight_sandbox.examples import import_order

SPOTGO_JSON = {"Content-Type": "application/json; x-api-version=1.0"}
ORDER = {"orderNumber": "H-1", "carrier": {"vatCode": "LT1"}}
DEEP = b'{"orderNumber": "N", "carrier": {"vatCode": "x"}, "internalComments": ' + b"[" * 2000 + b"]" * 2000 + b"}"
#: Bodies every JSON operation must refuse with a 4xx (the review's repros 12, 12b and 24, and more).
HOSTILE_BODIES = {
    "'[' * 100000": b"[" * 100_000,
    "a value nested 2000 deep": DEEP,
    "nested 65 deep (past the 64-level cap)": b'{"a": ' + b"[" * 65 + b"]" * 65 + b"}",
    "NaN": b'{"orderNumber": NaN}',
    "Infinity": b'{"orderNumber": Infinity}',
    "an unpaired surrogate": b'{"orderNumber": "\\ud800"}',
    "invalid UTF-8": b'{"orderNumber": "\xff\xfe"}',
    "a 5000-digit number": b'{"orderNumber": ' + b"9" * 5000 + b"}",
    "truncated": b'{"orderNumber": "N", "carrier": {',
}
#: A JSON operation of each API: (method, path, extra headers).
JSON_OPERATIONS = {
    "spotgo": ("POST", "/api/v1/orders", SPOTGO_JSON),
    "smouv": ("PUT", "/customer-orders/CDE0000000001", {"Content-Type": "application/json", "If-Match": '"1"'}),
    "transeu": ("POST", "/shipping-orders", {"Content-Type": "application/json"}),
    "quivo": ("POST", "/orders", {"Content-Type": "application/json"}),
}


def _in_process(api: str, **options: Any) -> tuple[Any, httpx.Client]:
    box = sandbox(api, **options).in_process()
    return box, box.client(headers=credentials(api, box))


def _assert_refused(api: str, box: Any, response: httpx.Response, journal_before: int) -> None:
    assert 400 <= response.status_code < 500, response.text[:200]
    assert shape_problem(api, response) is None, shape_problem(api, response)
    assert len(box.api.journal) == journal_before + 1  # exactly one entry per request
    assert box.api.journal[-1].status == response.status_code and box.api.journal[-1].error is None


@pytest.mark.parametrize("kind", list(HOSTILE_BODIES))
@pytest.mark.parametrize("api", list(JSON_OPERATIONS))
def test_m9_hostile_json_bodies_get_a_4xx_in_the_vendors_shape(api: str, kind: str) -> None:
    box, client = _in_process(api)
    method, path, headers = JSON_OPERATIONS[api]
    before = len(box.api.journal)
    response = client.request(method, path, content=HOSTILE_BODIES[kind], headers=headers)
    _assert_refused(api, box, response, before)


@pytest.mark.parametrize("kind", ["'[' * 100000", "a value nested 2000 deep", "NaN", "an unpaired surrogate"])
def test_m9_hostile_json_in_multipart_and_login_parts(kind: str) -> None:
    """S'mouv's `order` form part and Quivo's login (repro 24) parse JSON the same strict way."""
    smouv, client = _in_process("smouv")
    before = len(smouv.api.journal)
    response = client.post("/customer-orders", files=[("order", (None, HOSTILE_BODIES[kind], "application/json"))])
    _assert_refused("smouv", smouv, response, before)
    quivo = sandbox("quivo").in_process()
    login = quivo.client(headers={"X-Api-Key": quivo.credentials["api_key"], "Content-Type": "application/json"})
    response = login.post("/login", content=HOSTILE_BODIES[kind])
    _assert_refused("quivo", quivo, response, 0)


def test_m9_two_file_parts_are_refused_with_400() -> None:
    box, client = _in_process("spotgo")
    order_id = client.post("/api/v1/orders", json=ORDER, headers=SPOTGO_JSON).json()["orderId"]
    before = len(box.api.journal)
    files: list[tuple[str, Any]] = [
        ("file", ("a.pdf", b"1", "application/pdf")),
        ("file", ("b.pdf", b"2", "application/pdf")),
        ("documentType", (None, b"cmr")),
    ]
    response = client.post(f"/api/v1/orders/{order_id}/documents", files=files)
    _assert_refused("spotgo", box, response, before)
    assert "came twice" in response.json()["detail"]
    assert box.api.companies["company-a"][order_id].documents == []


MULTIPART = "multipart/form-data"
TRUNCATED_PART = b'--XYZ\r\nContent-Disposition: form-data; name="a"\r\n\r\nx'


@pytest.mark.parametrize(
    ("api", "path", "request_options"),
    [
        (
            "smouv",
            "/soget-connect/v1/openid-connect/token",
            {"content": b"x", "headers": {"content-type": "multipart/form-data"}},
        ),
        ("transeu", "/oauth2/token", {"data": {"grant_type": "password", "username": "x" * 2_000_000}}),
        (
            "transeu",
            "/oauth2/token",
            {
                "content": b'--XYZ\r\nContent-Disposition: form-data; name="a"\r\n\r\nx',
                "headers": {"content-type": "multipart/form-data; boundary=XYZ"},
            },
        ),
    ],
)
def test_m9_token_endpoints_answer_malformed_forms_in_oauth_shape(
    api: str, path: str, request_options: dict[str, Any]
) -> None:
    box = sandbox(api).in_process()
    response = box.client().post(path, **request_options)
    assert 400 <= response.status_code < 500 and shape_problem(api, response) is None, response.text[:200]
    assert len(box.api.journal) == 1 and box.api.journal[-1].operation_id == path


#: A request of each API that reaches a handler: (handler, method, path, request options).
HANDLER_CALLS: dict[str, tuple[str, str, str, dict[str, Any]]] = {
    "spotgo": ("op_getOrder", "GET", "/api/v1/orders/00000000-0000-0000-0000-000000000000", {}),
    "smouv": ("op_searchCustomerOrders", "GET", "/customer-orders", {}),
    "transeu": ("op_getOrder", "GET", "/orders/00000000-0000-0000-0000-000000000000", {}),
    "quivo": ("op_login", "POST", "/login", {"json": {"username": "u", "password": "p"}}),
}


@pytest.mark.parametrize("api", list(HANDLER_CALLS))
def test_m9_a_handler_bug_answers_the_vendors_500_and_is_journalled(api: str, monkeypatch: pytest.MonkeyPatch) -> None:
    box, client = _in_process(api)
    handler, method, path, options = HANDLER_CALLS[api]

    def broken(*args: Any) -> Any:
        raise RuntimeError("a bug")

    monkeypatch.setattr(box.api, handler, broken)
    before = len(box.api.journal)
    response = client.request(method, path, **options)
    assert response.status_code == 500, response.text
    assert shape_problem(api, response) is None, shape_problem(api, response)
    assert "a bug" not in response.text  # the exception stays in the sandbox's log
    assert len(box.api.journal) == before + 1
    entry = box.api.journal[-1]
    assert entry.status == 500 and entry.error == "RuntimeError" and not entry.applied


def _transeu_order() -> dict[str, Any]:
    from freight_sandbox.examples import TRANSEU_ORDER

    return dict(TRANSEU_ORDER)


def test_m9_a_bug_on_a_real_socket_keeps_the_connection_usable(
    freight_sandbox: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """uvicorn closes a keep-alive connection after an app exception; a caught one does not."""
    box = freight_sandbox("spotgo", server=True)

    def broken(*args: Any) -> Any:
        raise KeyError("a bug")

    monkeypatch.setattr(box.api, "op_getOrder", broken)
    with httpx.Client(base_url=box.base_url, headers={"X-Api-Key": box.credentials["api_keys"][0]}) as client:
        assert client.get("/api/v1/orders/00000000-0000-0000-0000-000000000000").status_code == 500
        assert client.post("/api/v1/orders", json=ORDER, headers=SPOTGO_JSON).status_code == 200
    assert [entry.status for entry in box.api.journal] == [500, 200]


NAMES = ["Straße.pdf", "Łódź_CMR.pdf", "発注書.pdf", 'quote"d.pdf', "back\\slash.pdf", "tab\there.pdf", "plain.pdf"]


def _filename_star(header: str) -> str | None:
    for part in header.split(";"):
        key, _, value = part.strip().partition("=")
        if key.lower() == "filename*":
            charset, _, encoded = value.partition("''")
            assert charset.upper() == "UTF-8"
            return urllib.parse.unquote(encoded, encoding="utf-8", errors="strict")
    return None


@pytest.mark.parametrize("name", NAMES)
def test_m9_download_names_use_rfc_6266_filename_star(name: str) -> None:
    _, client = _in_process("spotgo")
    order_id = client.post("/api/v1/orders", json=ORDER, headers=SPOTGO_JSON).json()["orderId"]
    upload = client.post(
        f"/api/v1/orders/{order_id}/documents",
        files=[("file", (name, b"%PDF-1.7", "application/pdf")), ("documentType", (None, b"cmr"))],
    )
    assert upload.status_code == 200, upload.text
    stored = upload.json()["name"]
    download = client.get(f"/api/v1/orders/{order_id}/documents/{upload.json()['documentId']}/content")
    assert download.status_code == 200 and download.content == b"%PDF-1.7"
    header = download.headers["content-disposition"]
    assert header.isascii() and "\r" not in header and "\n" not in header
    fallback = header.split('filename="', 1)[1].split('"', 1)[0]
    assert fallback.isascii() and '"' not in fallback and "\\" not in fallback
    exact = _filename_star(header)
    assert (exact if exact is not None else fallback) == stored
    assert (exact is None) == (stored == fallback)


@pytest.mark.parametrize("reference", ["ÄBCU1234567", "CSQU3054３83", "CSQU305438²", "csqu3054383", "CSQU3054383\n"])
def test_m10_non_ascii_container_numbers_are_refused_with_the_vendors_code(reference: str) -> None:
    assert not is_iso6346(reference)
    box, client = _in_process("smouv")
    order = import_order(references=(reference,))
    response = client.post("/customer-orders", files=[("order", (None, json.dumps(order), "application/json"))])
    assert response.status_code == 400 and response.json()["code"] == "HANDLING_UNIT_REFERENCE_INVALID"
    assert box.api.journal[-1].error is None


def test_m10_valid_container_numbers_still_pass() -> None:
    assert is_iso6346("CSQU3054383") and is_iso6346("MWCU6059784")


def test_l12_a_sync_client_works_inside_a_running_event_loop() -> None:
    box: Any = sandbox("spotgo").in_process()

    async def notebook_cell() -> int:
        with box.client(headers=credentials("spotgo", box)) as client:
            return int(client.post("/api/v1/orders", json=ORDER, headers=SPOTGO_JSON).status_code)

    assert asyncio.run(notebook_cell()) == 200
    assert [order.number for order in box.api.companies["company-a"].values()] == ["H-1"]


def test_l12_the_in_process_transport_honours_the_client_timeout() -> None:
    box = sandbox("spotgo", faults="hang=1:5").in_process()
    with (
        box.client(headers=credentials("spotgo", box), timeout=0.2) as client,
        pytest.raises(httpx.ReadTimeout),
    ):
        client.post("/api/v1/orders", json=ORDER, headers=SPOTGO_JSON)


def test_l13_the_journal_is_bounded_and_counts_every_request() -> None:
    box, client = _in_process("spotgo", max_journal=5)
    for n in range(12):
        client.post("/api/v1/orders", json={**ORDER, "orderNumber": f"J-{n}"}, headers=SPOTGO_JSON)
    assert len(box.api.journal) == 5 and box.api.journal.total == 12
    assert box.api.journal == list(box.api.journal)  # compares like the list it used to be
    box.api.reset()
    assert box.api.journal == [] and box.api.journal.total == 0


def test_l13_tokens_are_pruned_when_expired_and_capped() -> None:
    clock = Clock()
    store = TokenStore(clock, "t-", max_tokens=100)
    pinned = store.issue("app", 10**6, value="pre-issued")
    for _ in range(500):
        store.issue("app", 60)
    assert len(store) <= 100 and store.lookup(pinned.value) is not None
    newest = store.issue("app", 60)
    clock.advance(120)
    for _ in range(200):  # enough issues to trigger a scan for expired tokens
        store.issue("app", 3600)
    assert store.known(newest.value) is None and store.lookup(pinned.value) is not None


def test_l13_the_repro_no_longer_keeps_every_token() -> None:
    """Repro 40: 300 token requests kept 300 tokens; now the expired ones are dropped."""
    box: Any = sandbox("smouv").in_process()
    form = {"client_id": box.credentials["client_id"], "client_secret": box.credentials["client_secret"]}
    client = box.client()
    first = [
        client.post("/soget-connect/v1/openid-connect/token", data=form).json()["access_token"] for _ in range(150)
    ]
    box.api.clock.advance(7200)
    for _ in range(150):
        assert client.post("/soget-connect/v1/openid-connect/token", data=form).status_code == 200
    assert all(box.api.tokens.known(token) is None for token in first)
    assert len(box.api.tokens) < 300


def test_l13_orders_per_credential_are_capped() -> None:
    box, client = _in_process("spotgo", max_orders=2)
    statuses = [
        client.post("/api/v1/orders", json={**ORDER, "orderNumber": f"C-{n}"}, headers=SPOTGO_JSON).status_code
        for n in range(3)
    ]
    assert statuses == [200, 200, 403]
    refused = client.post("/api/v1/orders/upsert", json={**ORDER, "orderNumber": "C-9"}, headers=SPOTGO_JSON)
    assert refused.status_code == 403 and shape_problem("spotgo", refused) is None
    other = box.client(headers=credentials("spotgo", box, tenant=1))
    assert other.post("/api/v1/orders", json=ORDER, headers=SPOTGO_JSON).status_code == 200  # per tenant
    box.api.reset()
    assert client.post("/api/v1/orders", json=ORDER, headers=SPOTGO_JSON).status_code == 200


def test_host_refuses_a_public_address_without_the_flag(capsys: pytest.CaptureFixture[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "freight_sandbox.cli", "spotgo", "--host", "0.0.0.0"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and "not a loopback address" in result.stderr and result.stdout == ""
    with pytest.raises(ValueError, match="--public"):
        sandbox("spotgo").serve(host="0.0.0.0")
    for loopback in ("127.0.0.1", "127.0.0.2", "::1", "localhost"):
        check_host(loopback, public=False)
    capsys.readouterr()
    check_host("0.0.0.0", public=True)
    assert "credentials are public" in capsys.readouterr().err


def test_new_fault_kinds_parse_in_two_groups() -> None:
    spec = FaultSpec.parse("malformed=0.5,html=0.3,truncated=0.2,token5xx=0.6,invalid_grant=0.4")
    assert spec.rates["token5xx"] == 0.6
    with pytest.raises(ValueError):
        FaultSpec.parse("5xx=0.6,html=0.6")
    with pytest.raises(ValueError):
        FaultSpec.parse("token5xx=0.6,invalid_grant=0.6")


def test_malformed_html_and_truncated_answers() -> None:
    malformed, client = _in_process("spotgo", faults="malformed=1")
    response = client.post("/api/v1/orders", json=ORDER, headers=SPOTGO_JSON)
    assert response.status_code == 200 and response.json() == ["malformed body (injected)"]
    assert malformed.api.journal[-1].applied and malformed.api.journal[-1].fault == "malformed-after"
    html, client = _in_process("spotgo", faults="html=1")
    response = client.post("/api/v1/orders", json=ORDER, headers=SPOTGO_JSON)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    assert not html.api.journal[-1].applied and html.api.companies["company-a"] == {}
    truncated, client = _in_process("transeu", faults="truncated=1")
    with pytest.raises(httpx.RemoteProtocolError, match="cut short"):  # as a dropped connection shows it
        client.post("/shipping-orders", json=_transeu_order())
    assert truncated.api.journal[-1].applied and len(truncated.api.orders["company-a"]) == 1


def test_a_truncated_answer_on_a_socket_is_cut_short_of_its_content_length(
    freight_sandbox: Callable[..., Any],
) -> None:
    """newcomer-3 #7: the fault sends half the body under the whole body's Content-Length, then
    drops the connection; before, the Content-Length matched the cut and a client saved half a file."""
    box = freight_sandbox("transeu", server=True, faults="truncated=1")
    headers = credentials("transeu", box)
    with httpx.Client(base_url=box.base_url, headers=headers) as client, pytest.raises(httpx.RemoteProtocolError):
        client.post("/shipping-orders", json=_transeu_order())
    assert box.api.journal[-1].applied


@pytest.mark.parametrize("api", sorted(JSON_OPERATIONS))
def test_an_oversized_request_body_is_refused_with_413_before_it_is_held(api: str) -> None:
    """R3-26: a body over the sandbox's limit gets a 413 in the vendor's shape (S'mouv answers
    every client failure 400), before it is held (before: read whole and stored, a 64 MiB body
    cost 439 MiB)."""
    box, client = _in_process(api, max_body=1024)
    method, path, headers = JSON_OPERATIONS[api]
    refused = 400 if api == "smouv" else 413
    before = box.api.journal.total
    response = client.request(method, path, content=b'{"x": "' + b"a" * 4096 + b'"}', headers=headers)
    assert response.status_code == refused and "larger than 1024 bytes" in response.text, response.text[:200]
    assert shape_problem(api, response) is None, shape_problem(api, response)
    assert box.api.journal.total == before + 1

    def chunked() -> Any:  # no Content-Length: the limit still holds as the body arrives
        yield b'{"x": "'
        for _ in range(8):
            yield b"a" * 512
        yield b'"}'

    assert client.request(method, path, content=chunked(), headers=headers).status_code == refused


def test_token_faults_strike_token_endpoints_and_logins() -> None:
    transeu = sandbox("transeu", faults="token5xx=1").in_process()
    creds = transeu.credentials
    form = {"grant_type": "password", "username": creds["username"], "password": creds["password"]}
    response = transeu.client().post("/oauth2/token", data=form, auth=(creds["client_id"], creds["client_secret"]))
    assert response.status_code == 503 and response.json()["error"] == "temporarily_unavailable"
    refused = sandbox("transeu", faults="invalid_grant=1").in_process()
    response = refused.client().post("/oauth2/token", data=form, auth=(creds["client_id"], creds["client_secret"]))
    assert response.status_code == 400 and response.json()["error"] == "invalid_grant"
    quivo = sandbox("quivo", faults="invalid_grant=1").in_process()
    user = quivo.credentials
    login = quivo.client(headers={"X-Api-Key": user["api_key"]}).post(
        "/login", json={"username": user["username"], "password": user["password"]}
    )
    assert login.status_code == 401 and shape_problem("quivo", login) is None
    quivo_down = sandbox("quivo", faults="token5xx=1").in_process()
    login = quivo_down.client(headers={"X-Api-Key": user["api_key"]}).post(
        "/login", json={"username": user["username"], "password": user["password"]}
    )
    assert login.status_code == 503 and shape_problem("quivo", login) is None
    assert [e.fault for e in quivo_down.api.journal] == ["token5xx-before"]


#: Malformed HTTP from review repro 26 (the HTTP layer below the app must survive it too).
RAW_REQUESTS = {
    "garbage": b"\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03" + b"\x00" * 50,
    "bad request line": b"GET\r\n\r\n",
    "header without colon": b"GET / HTTP/1.1\r\nHost: x\r\nBroken\r\n\r\n",
    "content-length mismatch": b"POST /api/v1/orders HTTP/1.1\r\nHost: x\r\nContent-Length: 99999\r\n\r\n{}",
    "two content-lengths": b"POST /api/v1/orders HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}",
    "100 KB header": b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 100_000 + b"\r\n\r\n",
    "bad chunk size": b"POST /api/v1/orders HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n",
}


def test_m9_malformed_http_on_a_real_socket_leaves_the_server_serving(freight_sandbox: Callable[..., Any]) -> None:
    box = freight_sandbox("spotgo", server=True)
    host, port = box.base_url.removeprefix("http://").rsplit(":", 1)
    for raw in RAW_REQUESTS.values():
        with socket.create_connection((host, int(port)), timeout=2) as connection:
            connection.sendall(raw)
            connection.shutdown(socket.SHUT_WR)  # the client gives up: a body that never comes
            with contextlib.suppress(OSError):
                connection.recv(200)
    with httpx.Client(base_url=box.base_url, headers={"X-Api-Key": box.credentials["api_keys"][0]}) as client:
        assert client.post("/api/v1/orders", json=ORDER, headers=SPOTGO_JSON).status_code == 200
    assert not any(entry.error for entry in box.api.journal)


LOWER_CASE = "2026-03-01t08:00:00.5z"  # the specs' date_time pattern allows [Tt] and [Zz]


@pytest.mark.parametrize(
    "query",
    [
        {"loadingDate": {"from": LOWER_CASE, "to": "2026-03-09T08:00:00Z"}},
        {"continuationToken": "eyJhZnRlciI6IDFlNDAwfQ=="},  # {"after": 1e400}: int() overflows
        {"continuationToken": "W1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tb"},
        {"continuationToken": "eyJhZnRlciI6IFtdfQ=="},  # {"after": []}
        {"continuationToken": "not base64 at all \u00e9"},
    ],
    ids=["lower-case-dates", "token-1e400", "token-deep", "token-list", "token-garbage"],
)
def test_spotgo_query_answers_crafted_tokens_and_lower_case_dates_without_a_500(query: dict[str, Any]) -> None:
    """R3-25: each was a 500 (OverflowError, ValueError) before; now a 200 or a 400."""
    box, client = _in_process("spotgo")
    client.post("/api/v1/orders", json={**ORDER, "orderNumber": "Q-1"}, headers=SPOTGO_JSON)
    response = client.post("/api/v1/orders/query", json=query, headers=SPOTGO_JSON)
    assert response.status_code in (200, 400), response.text[:300]
    assert [entry.error for entry in box.api.journal] == [None, None]


def test_smouv_search_reads_lower_case_dates() -> None:
    """R3-25 / newcomer-3 #8: a spec-valid `t`/`z` startDate was a 500 (ValueError)."""
    _, client = _in_process("smouv")
    response = client.get("/customer-orders", params={"startDate": LOWER_CASE, "endDate": "2099-01-01t00:00:00z"})
    assert response.status_code == 200, response.text[:300]
    response = client.get("/customer-orders", params={"startDate": "2026-02-30t00:00:00z"})
    assert response.status_code == 400, response.text[:300]
