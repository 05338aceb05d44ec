"""One call path (issue 13): the request loop's ledger, reconciliation, downloads and bulk calls,
against a fault-injecting transport in front of the in-process sandboxes, sync and async alike.

Findings of the review (`research/review-security.md`) each have a test named for them: H2 (a 429
then a 409 returned another user's order as created), M3 (one untyped failure lost every outcome
of a bulk sync), M4 (re-authentication restarted the retry budget), M5 (download_to bypassed the
loop), M11 (async accept/reject lacked the sync twin's reconciliation), L9 (raw_responses() saw
nothing inside a bulk sync). The property test at the end drives creates through Hypothesis-chosen
fault sequences and checks the invariants after each run.
"""

from __future__ import annotations

import asyncio
import os
import stat
import tempfile
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from freight_clients import (
    AlreadyCreatedError,
    APIConnectionError,
    AsyncQuivo,
    AsyncSpotGo,
    AsyncTransEu,
    DuplicateOrderError,
    FreightError,
    NotFoundError,
    Quivo,
    ResponseValidationError,
    RetryPolicy,
    SpotGo,
    TransEu,
)
from freight_sandbox import AsyncASGITransport, SyncASGITransport, connect
from freight_sandbox import sandbox as make_sandbox

NO_WAIT = RetryPolicy(max_retries=3, initial_delay=0.0, max_delay=0.0, jitter=0.0)
CARRIER = {"name": "Fast Trucks", "email": "ops@fast.example", "vatCode": "LT100001"}
COLLEAGUE = "sandbox-spotgo-key-company-a-colleague"
FAULTS = (
    "ok",
    "429",
    "5xx-before",
    "5xx-after",
    "reset-before",
    "reset-after",
    "timeout-after",
    "401",
    "html-after",
    "unreadable-after",
    "short-after",
    "refused",
)
#: Faults that leave the request processed by the service (its answer may be lost or mangled).
PROCESSED = frozenset(kind for kind in FAULTS if kind == "ok" or kind.endswith("-after"))


def spotgo_order(number: str, name: str = "Fast Trucks") -> dict[str, Any]:
    return {"orderNumber": number, "carrier": {**CARRIER, "name": name}}


class Script:
    """The faults to inject, one per API request in order (token and login requests pass)."""

    def __init__(self, faults: Iterable[str] = ()) -> None:
        self.faults = list(faults)
        self.sent: list[str] = []  # the fault applied to each API request that reached the transport
        self.requests: list[tuple[str, str, str]] = []  # (method, path, fault) of each of them

    def next(self, request: httpx.Request) -> str:
        if request.url.path.endswith(("/token", "/login")):
            return "ok"
        kind = self.faults.pop(0) if self.faults else "ok"
        self.sent.append(kind)
        self.requests.append((request.method, request.url.path, kind))
        return kind

    def replayed(self, non_idempotent: Callable[[str, str], bool]) -> list[tuple[str, str]]:
        """The non-idempotent requests sent again after the service had processed one of them."""
        processed: set[tuple[str, str]] = set()
        again = []
        for method, path, kind in self.requests:
            if not non_idempotent(method, path):
                continue
            if (method, path) in processed:
                again.append((method, path))
            if kind in PROCESSED:
                processed.add((method, path))
        return again

    @staticmethod
    def before(kind: str, request: httpx.Request) -> httpx.Response | None:
        """An answer given without the service seeing the request, or a failure before it."""
        if kind == "429":
            return httpx.Response(429, headers={"Retry-After": "0"}, json={"title": "Too Many Requests"})
        if kind == "5xx-before":
            return httpx.Response(503, json={"title": "Service Unavailable"})
        if kind == "401":
            return httpx.Response(401, json={"title": "Unauthorized", "detail": "token expired"})
        if kind == "reset-before":
            raise httpx.ReadError("connection reset (before the write)", request=request)
        if kind == "refused":
            raise httpx.ConnectError("connection refused", request=request)
        return None

    @staticmethod
    def after(kind: str, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        """The service's answer, or its loss after the service acted."""
        if kind == "5xx-after":
            return httpx.Response(500, json={"title": "Internal Server Error"})
        if kind == "reset-after":
            raise httpx.ReadError("connection reset (after the write)", request=request)
        if kind == "timeout-after":
            raise httpx.ReadTimeout("timed out (after the write)", request=request)
        if kind == "html-after":  # a proxy's or gateway's page, with status 200, in place of the answer
            return httpx.Response(200, html="<html><body>Please wait&hellip;</body></html>")
        if kind == "unreadable-after" and response.is_success:  # the service's 2xx, its body mangled
            return httpx.Response(response.status_code, headers={"content-type": "application/json"}, content=b'{"id')
        if kind == "short-after" and response.is_success:  # a 2xx cut short of its Content-Length
            body = response.content
            headers = {**response.headers, "content-length": str(len(body))}
            headers.pop("content-encoding", None)
            return httpx.Response(response.status_code, headers=headers, stream=_Short(body[: len(body) // 2]))
        return response


class _Short(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that ends before its declared Content-Length (an in-process transport does not check)."""

    def __init__(self, part: bytes) -> None:
        self.part = part

    def __iter__(self) -> Iterator[bytes]:
        yield self.part

    async def __aiter__(self) -> Any:
        yield self.part


class SyncFaults(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, script: Script) -> None:
        self.inner, self.script = inner, script

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        kind = self.script.next(request)
        early = self.script.before(kind, request)
        if early is not None:
            return early
        response = self.inner.handle_request(request)
        response.read()
        return self.script.after(kind, request, response)


class AsyncFaults(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, script: Script) -> None:
        self.inner, self.script = inner, script

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        kind = self.script.next(request)
        answer = self.script.before(kind, request)
        if answer is None:
            response = await self.inner.handle_async_request(request)
            await response.aread()
            answer = self.script.after(kind, request, response)
        return answer


def sync_client(cls: Any, box: Any, script: Script, **options: Any) -> Any:
    transport = SyncFaults(SyncASGITransport(box.app), script)
    return connect(cls, box, transport=transport, rate_limit=None, retry=NO_WAIT, **options)


def async_client(cls: Any, box: Any, script: Script, **options: Any) -> Any:
    transport = AsyncFaults(AsyncASGITransport(app=box.app), script)
    return connect(cls, box, transport=transport, rate_limit=None, retry=NO_WAIT, **options)


def box_of(api: str, **options: Any) -> Any:
    return make_sandbox(api, **options).in_process()


# --- H2: a duplicate is reconciled only after an attempt whose outcome is unknown ----------------


def test_h2_spotgo_429_then_409_never_returns_a_colleagues_order() -> None:
    box = box_of("spotgo")
    with connect(SpotGo, box, rate_limit=None) as colleague_client:
        colleague_client._auth._static["X-Api-Key"] = COLLEAGUE  # same company, another key
        theirs = colleague_client.orders.create(spotgo_order("H2-1", name="Colleague Carrier"))
    with sync_client(SpotGo, box, Script(["429"])) as spotgo, pytest.raises(DuplicateOrderError) as refused:
        spotgo.orders.create(spotgo_order("H2-1"))
    assert refused.value.attempts == 2 and not refused.value.outcome_unknown
    assert str(theirs.order_id) not in str(refused.value)


def test_h2_spotgo_unknown_outcome_but_different_content_is_not_ours() -> None:
    """Even after a lost answer, an existing order whose stored fields differ is not returned."""
    box = box_of("spotgo")
    with connect(SpotGo, box, rate_limit=None) as colleague_client:
        colleague_client._auth._static["X-Api-Key"] = COLLEAGUE
        colleague_client.orders.create(spotgo_order("H2-2", name="Colleague Carrier"))
    with sync_client(SpotGo, box, Script(["5xx-before"])) as spotgo, pytest.raises(DuplicateOrderError) as refused:
        spotgo.orders.create(spotgo_order("H2-2"))
    assert refused.value.outcome_unknown  # it looked like ours; the content said otherwise


def test_h2_spotgo_lost_create_is_reconciled_to_its_own_order() -> None:
    box = box_of("spotgo")
    with sync_client(SpotGo, box, Script(["reset-after"])) as spotgo:
        created = spotgo.orders.create(spotgo_order("H2-3"))
    assert [o.id for o in box.api.companies["company-a"].values()] == [str(created.order_id)]


def test_h2_transeu_existing_number_after_429_is_a_duplicate_not_already_created() -> None:
    box = box_of("transeu")
    order = transeu_order("H2/1")
    with connect(TransEu, box, rate_limit=None) as first:
        first.shipping_orders.create(order)
    with sync_client(TransEu, box, Script(["429"])) as transeu, pytest.raises(DuplicateOrderError) as refused:
        transeu.shipping_orders.create(order)
    assert not isinstance(refused.value, AlreadyCreatedError)
    with sync_client(TransEu, box, Script(["timeout-after"])) as transeu, pytest.raises(AlreadyCreatedError):
        transeu.shipping_orders.create(transeu_order("H2/2"))


def transeu_order(number: str) -> dict[str, Any]:
    from freight_sandbox.examples import TRANSEU_ORDER

    return {**TRANSEU_ORDER, "number": number}


# --- M4: re-authentication shares the budget and the ledger --------------------------------------


def test_m4_reauthentication_does_not_restart_the_retry_budget() -> None:
    box = box_of("quivo")
    script = Script(["5xx-before", "401"] + ["5xx-before"] * 10)
    with sync_client(Quivo, box, script) as quivo, pytest.raises(FreightError):
        quivo.orders.submit(quivo_order("M4-1"))
    assert len(script.sent) == NO_WAIT.max_retries + 1  # was 8 with max_retries=3
    script = Script(["401"] * 5)
    with sync_client(Quivo, box, script) as quivo, pytest.raises(FreightError) as refused:
        quivo.orders.submit(quivo_order("M4-1"))
    assert len(script.sent) == 2 and getattr(refused.value, "status_code", None) == 401  # one fresh token, then no


def test_m4_lost_create_then_401_is_still_ours() -> None:
    """The ledger survives re-authentication: the lost first attempt makes the 409 ours (before,
    the re-authenticated loop started a fresh ledger and reported a duplicate)."""
    box = box_of("quivo")
    with sync_client(Quivo, box, Script(["reset-after", "401"])) as quivo, pytest.raises(AlreadyCreatedError) as lost:
        quivo.orders.submit(quivo_order("M4-2"))
    assert [(order["orderId"], identifier) for (_, identifier), order in box.api.orders.items()] == [
        (lost.value.order_id, "M4-2")
    ]


def quivo_order(identifier: str) -> dict[str, Any]:
    from freight_sandbox.examples import quivo_order as demo_order
    from freight_sandbox.quivo import USERS

    return demo_order(min(USERS[0].seller_ids), identifier)


# --- M5: downloads through the loop --------------------------------------------------------------


def uploaded(box: Any) -> tuple[str, str]:
    with connect(SpotGo, box, rate_limit=None) as spotgo:
        order = spotgo.orders.create(spotgo_order("M5-1"))
        document = spotgo.documents.upload(order.order_id, ("cmr.pdf", b"%PDF-1.4 cmr"), "cmr")
    return str(order.order_id), str(document.document_id)


def test_m5_download_to_retries_records_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    box = box_of("spotgo")
    order_id, document_id = uploaded(box)
    target = tmp_path / "cmr.pdf"
    with sync_client(SpotGo, box, Script(["5xx-before", "reset-before"])) as spotgo, spotgo.raw_responses() as raw:
        assert spotgo.documents.download_to(order_id, document_id, target) == target
    assert target.read_bytes() == b"%PDF-1.4 cmr" and [r.status_code for r in raw] == [503, 200]
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask
    with sync_client(SpotGo, box, Script()) as spotgo, pytest.raises(NotFoundError):
        spotgo.documents.download_to(order_id, "00000000-0000-0000-0000-000000000009", tmp_path / "missing.pdf")
    with sync_client(SpotGo, box, Script(["reset-before"] * 9)) as spotgo, pytest.raises(APIConnectionError):
        spotgo.documents.download_to(order_id, document_id, tmp_path / "failed.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cmr.pdf"]


def test_m5_cancelled_async_download_leaves_no_temporary_file(tmp_path: Path) -> None:
    box = box_of("spotgo")
    order_id, document_id = uploaded(box)

    class Stalling(httpx.AsyncByteStream):
        async def __aiter__(self) -> Any:
            yield b"%PDF"
            await asyncio.sleep(30)

    async def stalled(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=Stalling(), headers={"content-type": "application/pdf"})

    async def run() -> None:
        async with connect(AsyncSpotGo, box, transport=httpx.MockTransport(stalled), rate_limit=None) as spotgo:
            task = asyncio.ensure_future(spotgo.documents.download_to(order_id, document_id, tmp_path / "x.pdf"))
            await asyncio.sleep(0.2)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task

    asyncio.run(run())
    assert list(tmp_path.iterdir()) == []


# --- M11: the async twin reconciles like the sync one (one definition) ---------------------------


def test_m11_async_accept_after_a_lost_answer_is_not_a_conflict() -> None:
    box = box_of("spotgo")
    order_id, document_id = uploaded(box)

    async def run() -> str:
        async with async_client(AsyncSpotGo, box, Script(["reset-after"])) as spotgo:
            return str((await spotgo.documents.accept(order_id, document_id)).status)

    assert asyncio.run(run()) == "Accepted"


# --- M3, L9: bulk calls lose no outcome and see their requests -----------------------------------


class Exploding(httpx.BaseTransport):
    """Raises an exception no client expects for one order number."""

    def __init__(self, inner: httpx.BaseTransport, number: str) -> None:
        self.inner, self.number = inner, number

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.number.encode() in request.read():
            raise RuntimeError("a bug below the client")
        return self.inner.handle_request(request)


def test_m3_one_untyped_failure_loses_no_outcome_and_l9_raw_responses_see_the_workers() -> None:
    box = box_of("spotgo")
    orders = [spotgo_order(f"M3-{i}") for i in range(12)]
    progress: list[tuple[int, int | None]] = []
    transport = Exploding(SyncASGITransport(box.app), "M3-5")
    with connect(SpotGo, box, transport=transport, rate_limit=None) as spotgo, spotgo.raw_responses() as raw:
        outcomes = spotgo.orders.sync(
            orders, concurrency=3, on_progress=lambda done, total: progress.append((done, total))
        )
    assert [o.order_number for o in outcomes] == [f"M3-{i}" for i in range(12)]
    failed = [o for o in outcomes if not o.ok]
    assert [o.order_number for o in failed] == ["M3-5"] and isinstance(failed[0].error, FreightError)
    assert isinstance(failed[0].error.__cause__, RuntimeError)
    assert len(raw) == 11  # L9: every answer of the workers
    assert sorted(progress) == [(i, 12) for i in range(1, 13)]


def test_sync_iter_streams_outcomes_from_a_lazy_input_sync_and_async() -> None:
    box = box_of("spotgo")
    pulled: list[int] = []

    def lazily(prefix: str) -> Iterable[dict[str, Any]]:
        for i in range(30):
            pulled.append(i)
            yield spotgo_order(f"{prefix}-{i}")

    with connect(SpotGo, box, rate_limit=None) as spotgo:
        stream = spotgo.orders.sync_iter(lazily("S"), concurrency=2)
        first = next(iter(stream))
        assert first.ok and len(pulled) < 30  # the input is read as the work goes, not up front
        assert len([first, *stream]) == 30

    async def run() -> list[str]:
        async with connect(AsyncSpotGo, box, rate_limit=None) as spotgo:
            return [o.order_number async for o in spotgo.orders.sync_iter(lazily("A"), concurrency=4) if o.ok]

    assert sorted(asyncio.run(run())) == sorted(f"A-{i}" for i in range(30))


class _Counting(httpx.AsyncBaseTransport):
    """Counts the requests in flight at once (each held a little, so the workers overlap)."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner, self.now, self.peak, self.sent = inner, 0, 0, 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.now += 1
        self.sent += 1
        self.peak = max(self.peak, self.now)
        try:
            await asyncio.sleep(0.002)
            return await self.inner.handle_async_request(request)
        finally:
            self.now -= 1


def test_async_bulk_holds_its_concurrency_reports_every_outcome_in_order_and_stops_with_its_caller() -> None:
    box = box_of("spotgo")
    pulled: list[int] = []

    def lazily(prefix: str, count: int) -> Iterable[dict[str, Any]]:
        for i in range(count):
            pulled.append(i)
            order = spotgo_order(f"{prefix}-{i}")
            yield order if i != 7 else {**order, "details": {"weight": float("nan")}}  # 7: JSON cannot carry it

    async def run() -> None:
        counting = _Counting(AsyncASGITransport(app=box.app))
        progress: list[tuple[int, int | None]] = []
        async with connect(AsyncSpotGo, box, transport=counting, rate_limit=None) as spotgo:
            outcomes = await spotgo.orders.sync(
                lazily("C", 20), concurrency=3, on_progress=lambda done, total: progress.append((done, total))
            )
            assert [o.order_number for o in outcomes] == [f"C-{i}" for i in range(20)]
            assert [o.order_number for o in outcomes if not o.ok] == ["C-7"]
            assert counting.peak == 3 and counting.sent == 19  # C-7 is refused before any I/O
            assert sorted(done for done, _ in progress) == list(range(1, 21))

            pulled.clear()
            counting.sent = 0
            stream = spotgo.orders.sync_iter(lazily("D", 1000), concurrency=4)
            first = await anext(aiter(stream))
            assert first.ok
            await stream.aclose()  # type: ignore[attr-defined]
            read, sent = len(pulled), counting.sent
            await asyncio.sleep(0.05)
            assert len(pulled) == read < 20 and counting.sent == sent  # nothing starts after the caller stops
        assert [task for task in asyncio.all_tasks() if task is not asyncio.current_task()] == []

    asyncio.run(run())


def test_async_bulk_passes_on_the_error_of_its_callers_input() -> None:
    box = box_of("spotgo")

    def broken() -> Iterable[dict[str, Any]]:
        yield spotgo_order("E-0")
        yield spotgo_order("E-1")
        raise LookupError("the caller's input broke")

    async def run() -> None:
        async with connect(AsyncSpotGo, box, rate_limit=None) as spotgo:
            with pytest.raises(LookupError, match="input broke"):
                await spotgo.orders.sync(broken(), concurrency=2)
            with pytest.raises(LookupError, match="input broke"):
                async for _ in spotgo.orders.sync_iter(broken(), concurrency=2):
                    pass

    asyncio.run(run())


# --- The property: every create, sync and async, through Hypothesis-chosen faults -----------------

CREATES: dict[str, tuple[Any, Any, Callable[[str], dict[str, Any]], str]] = {
    "spotgo": (SpotGo, AsyncSpotGo, spotgo_order, "orders.create"),
    "transeu": (TransEu, AsyncTransEu, transeu_order, "shipping_orders.create"),
    "quivo": (Quivo, AsyncQuivo, quivo_order, "orders.submit"),
}


def stored_numbers(api: str, box: Any) -> list[str]:
    if api == "spotgo":
        return [o.number for company in box.api.companies.values() for o in company.values()]
    if api == "transeu":
        return [str(o["number"]) for company in box.api.orders.values() for o in company.values()]
    return [identifier for _, identifier in box.api.orders]


def call(client: Any, path: str, order: dict[str, Any]) -> Any:
    resource, method = path.split(".")
    return getattr(getattr(client, resource), method)(order)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    api=st.sampled_from(sorted(CREATES)),
    faults=st.lists(st.sampled_from(FAULTS), max_size=4),
    preexisting=st.booleans(),
    asynchronous=st.booleans(),
)
def test_creates_under_faults_never_misreport(
    api: str, faults: list[str], preexisting: bool, asynchronous: bool
) -> None:
    """After any fault sequence: a returned order is the one this call sent (never a pre-existing
    one), nothing is stored twice, and every failure is a FreightError."""
    sync_class, async_class, make, path = CREATES[api]
    box = box_of(api)
    order = make("P-1")
    if preexisting:  # the number exists before the call, with other content where the API allows it
        with connect(sync_class, box, rate_limit=None) as other:
            call(other, path, make("P-1") | ({"carrier": {**CARRIER, "name": "Other"}} if api == "spotgo" else {}))
    before = stored_numbers(api, box)
    script = Script(faults)
    result, error = None, None
    try:
        if asynchronous:

            async def run() -> Any:
                async with async_client(async_class, box, script) as client:
                    return await call(client, path, order)

            result = asyncio.run(run())
        else:
            with sync_client(sync_class, box, script) as client:
                result = call(client, path, order)
    except FreightError as failure:  # anything else fails the test: every failure is typed
        error = failure
    after = stored_numbers(api, box)
    assert after.count("P-1") == 1 or (not preexisting and after == before)  # never stored twice
    unknown = any(kind not in ("ok", "429", "401", "refused") for kind in script.sent[:-1])
    if preexisting:
        assert result is None, (script.sent, result)  # never reported as created by this call
        if not unknown and script.sent[-1:] == ["ok"]:  # the service saw and refused the last attempt
            assert isinstance(error, DuplicateOrderError) and not isinstance(error, AlreadyCreatedError), error
    elif result is not None:
        assert after == [*before, "P-1"]


def _reads(api: str, box: Any) -> tuple[str, list[tuple[str, Callable[[Any], Any]]]]:
    """Every read of an API: (client class name, [(operation, call)])."""
    if api == "spotgo":
        order_id, document_id = uploaded(box)
        return "SpotGo", [
            ("orders.get", lambda c: c.orders.get(order_id)),
            ("orders.query", lambda c: c.orders.query({"orderNumber": "M5-1"})),
            ("documents.download", lambda c: c.documents.download(order_id, document_id)),
        ]
    if api == "smouv":
        from freight_clients import Smouv
        from freight_sandbox.examples import import_order

        with connect(Smouv, box, rate_limit=None) as smouv:
            order_id = str(smouv.customer_orders.create(import_order("R-SM1")).id)
        return "Smouv", [
            ("customer_orders.get", lambda c: c.customer_orders.get(order_id)),
            ("customer_orders.search", lambda c: c.customer_orders.search(transport_order_number="R-SM1")),
        ]
    with connect(TransEu, box, rate_limit=None) as transeu:
        order_id = str(transeu.shipping_orders.create(transeu_order("R/T1")).id)
    return "TransEu", [("orders.get", lambda c: c.orders.get(order_id))]


def _settled(value: Any) -> Any:
    """A blocking client's answer, with a listing's iterator read out."""
    return list(value) if isinstance(value, Iterator) else value


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("api", ["spotgo", "smouv", "transeu"])
def test_a_read_answered_by_an_html_page_with_status_200_is_retried(api: str, asynchronous: bool) -> None:
    """A gateway's page in place of the answer: every read is retried and returns what the
    service holds, as if the page had not been there."""
    import freight_clients

    box = box_of(api)
    name, reads = _reads(api, box)
    for operation, read in reads:
        expected = _settled(read(connect(getattr(freight_clients, name), box, rate_limit=None)))
        script = Script(["html-after"])
        if asynchronous:

            async def run(read: Callable[[Any], Any] = read, script: Script = script) -> Any:
                async with async_client(getattr(freight_clients, f"Async{name}"), box, script) as client:
                    return await _settle(read(client))

            got = asyncio.run(run())
        else:
            with sync_client(getattr(freight_clients, name), box, script) as client:
                got = _settled(read(client))
        assert script.sent == ["html-after", "ok"], operation
        assert got == expected, operation


def test_a_download_never_hands_over_an_html_page_as_the_document(tmp_path: Path) -> None:
    box = box_of("spotgo")
    order_id, document_id = uploaded(box)
    target = tmp_path / "cmr.pdf"
    with sync_client(SpotGo, box, Script(["html-after"])) as spotgo:
        assert spotgo.documents.download_to(order_id, document_id, target) == target
    assert target.read_bytes() == b"%PDF-1.4 cmr"
    with sync_client(SpotGo, box, Script(["html-after"] * 4)) as spotgo:
        with pytest.raises(ResponseValidationError) as page:
            spotgo.documents.download_to(order_id, document_id, tmp_path / "other.pdf")
        assert page.value.attempts == 4 and page.value.outcome_unknown and "text/html" in str(page.value)
        assert "Please wait" in str(page.value.body)  # the page itself is kept on the error
    assert sorted(path.name for path in tmp_path.iterdir()) == ["cmr.pdf"]  # nothing half-written


# --- The property over every operation of every client ------------------------------------------


def _spotgo_ops(box: Any) -> list[tuple[str, Callable[[Any], Any]]]:
    order_id, document_id = uploaded(box)
    return [
        ("orders.get", lambda c: c.orders.get(order_id)),
        ("orders.update", lambda c: c.orders.update(order_id, spotgo_order("M5-1"))),
        ("orders.upsert", lambda c: c.orders.upsert(spotgo_order("P-U"))),
        ("orders.query", lambda c: c.orders.query({"orderNumber": "M5-1"})),
        ("orders.sync", lambda c: c.orders.sync([spotgo_order("P-S1"), spotgo_order("P-S2")])),
        ("documents.upload", lambda c: c.documents.upload(order_id, ("a.pdf", b"%PDF a"), "cmr")),
        ("documents.download", lambda c: c.documents.download(order_id, document_id)),
        ("documents.download_to", lambda c: c.documents.download_to(order_id, document_id, _scratch() / "d.pdf")),
        ("documents.accept", lambda c: c.documents.accept(order_id, document_id)),
        ("orders.delete", lambda c: c.orders.delete(order_id)),
    ]


_SCRATCH = tempfile.TemporaryDirectory(prefix="freight-call-path-")  # removed when the tests end


def _scratch() -> Path:
    return Path(tempfile.mkdtemp(dir=_SCRATCH.name))


def _smouv_ops(box: Any) -> list[tuple[str, Callable[[Any], Any]]]:
    from freight_clients import Smouv
    from freight_sandbox.examples import import_order

    with connect(Smouv, box, rate_limit=None) as smouv:
        order_id = str(smouv.customer_orders.create(import_order("P-SM1")).id)
    return [
        ("customer_orders.create", lambda c: c.customer_orders.create(import_order("P-SM2"))),
        ("customer_orders.get", lambda c: c.customer_orders.get(order_id)),
        ("customer_orders.search", lambda c: c.customer_orders.search(transport_order_number="P-SM1")),
        ("customer_orders.update", lambda c: c.customer_orders.update(order_id, smouv_changes("P-SM1"))),
        ("customer_orders.cancel", lambda c: c.customer_orders.cancel(order_id)),
    ]


def smouv_changes(number: str) -> dict[str, Any]:
    """A full S'mouv update (its PUT takes the containers whole) of the order `import_order(number)`."""
    from freight_sandbox.examples import import_order

    return {"containers": import_order(number)["containers"], "customsFlag": "Import", "comment": "updated"}


def non_idempotent(method: str, path: str) -> bool:
    """The requests no operation may send again once the service processed one: SpotGo uploads,
    S'mouv creates and updates (no idempotency key)."""
    return (method == "POST" and path.endswith(("/documents", "/customer-orders"))) or (
        method == "PUT" and "/customer-orders/" in path
    )


def _transeu_ops(box: Any) -> list[tuple[str, Callable[[Any], Any]]]:
    with connect(TransEu, box, rate_limit=None) as transeu:
        order_id = str(transeu.shipping_orders.create(transeu_order("P/T1")).id)
    return [("orders.get", lambda c: c.orders.get(order_id))]


OPERATIONS: dict[str, tuple[Callable[[Any], list[tuple[str, Callable[[Any], Any]]]], str]] = {
    "spotgo": (_spotgo_ops, "SpotGo"),
    "smouv": (_smouv_ops, "Smouv"),
    "transeu": (_transeu_ops, "TransEu"),
}


async def _settle(value: Any) -> Any:
    """Await a coroutine or drain an async iterator (an async client's answer)."""
    if hasattr(value, "__aiter__"):
        return [item async for item in value]
    return await value


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    api=st.sampled_from(sorted(OPERATIONS)),
    faults=st.lists(st.sampled_from(FAULTS), max_size=6),
    asynchronous=st.booleans(),
)
def test_every_operation_under_faults_fails_typed(api: str, faults: list[str], asynchronous: bool) -> None:
    """Every operation of every client, sync and async, through a Hypothesis-chosen fault sequence:
    it either answers or raises a FreightError; a bulk call answers one outcome per input; no
    non-idempotent request is sent again once the service processed one; a failure after an
    attempt the service processed says its outcome is unknown."""
    import freight_clients

    make_ops, name = OPERATIONS[api]
    box = box_of(api)
    operations = make_ops(box)
    sync_class, async_class = getattr(freight_clients, name), getattr(freight_clients, f"Async{name}")
    script = Script(faults)
    results: dict[str, Any] = {}

    def record(label: str, run: Callable[[], Any]) -> None:
        try:
            results[label] = run()
        except FreightError as error:
            results[label] = error

    if asynchronous:

        async def main() -> None:
            async with async_client(async_class, box, script) as client:
                for label, operation in operations:
                    try:
                        results[label] = await _settle(operation(client))
                    except FreightError as error:
                        results[label] = error

        asyncio.run(main())
    else:
        with sync_client(sync_class, box, script) as client:
            for label, operation in operations:
                record(label, partial(_drain_call, operation, client))
    assert set(results) == {label for label, _ in operations}
    assert script.replayed(non_idempotent) == [], script.requests
    for label, outcome in results.items():
        if isinstance(outcome, FreightError) and label in _WRITES and _lost_write(script, label):
            assert outcome.outcome_unknown, (label, outcome, script.requests)
    if "orders.sync" in results and not isinstance(results["orders.sync"], FreightError):
        assert [o.order_number for o in results["orders.sync"]] == ["P-S1", "P-S2"]


#: Non-idempotent operations and their request (method, path ending or part): a failure after the
#: service processed one (its answer lost, mangled or cut short) must say the outcome is unknown.
_WRITES = {
    "documents.upload": ("POST", "/documents"),
    "customer_orders.create": ("POST", "/customer-orders"),
    "customer_orders.update": ("PUT", "/customer-orders/"),
}


def _lost_write(script: Script, label: str) -> bool:
    """Whether the last request the operation `label` sent was processed with its answer lost."""
    method, part = _WRITES[label]
    kinds = [
        kind
        for sent, path, kind in script.requests
        if sent == method and (path.endswith(part) if part.endswith("s") else part in path)
    ]
    return bool(kinds) and kinds[-1].endswith("-after")


def _drain_call(operation: Callable[[Any], Any], client: Any) -> Any:
    value = operation(client)
    return list(value) if hasattr(value, "__next__") else value
