"""The live stand-in run's webhook part (`scripts/live_standin.py` through `scripts/demo_webhooks.py`):
SpotGo's Workflows A and B on webhooks against a persistent sandbox standing in for SpotGo, run
twice; a receiver on loopback with Basic auth; the carrier on the share link; a poll when no event
comes in time; and the run says what it received. Against a vendor the receiver needs a public URL
(`SPOTGO_WEBHOOK_URL`): without one the part is skipped, never failed. Nothing leaves 127.0.0.1."""

from __future__ import annotations

import socket
from collections import Counter
from collections.abc import Iterator
from typing import Any

import demo
import demo_webhooks
import live_standin
import pytest

from freight_clients import Hook, ResponseEvent, SpotGo
from freight_sandbox import RunningSandbox, connect, sandbox
from freight_sandbox.standin import vendor_environment

#: Short waits: a sandbox delivers in milliseconds; the fallback test waits for nothing.
WAIT = 10.0


@pytest.fixture
def standin() -> Iterator[RunningSandbox]:
    """One SpotGo sandbox kept across the runs of a test (a vendor account is never reset)."""
    box = sandbox("spotgo").serve()
    try:
        yield box
    finally:
        box.stop()


def _env(box: RunningSandbox, **extra: str) -> dict[str, str]:
    return vendor_environment("spotgo", box.base_url, box.credentials) | extra


def _left(box: RunningSandbox) -> list[str]:
    api: Any = box.api
    orders = [o.number for orders in api.companies.values() for o in orders.values()]
    hooks = [s.url for subs in api.webhooks.subscriptions.values() for s in subs.values()]
    return orders + hooks


def test_the_webhook_part_runs_twice_on_one_standin_and_says_what_it_received(
    standin: RunningSandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    env = _env(standin)
    for round_ in (1, 2):
        code, said = live_standin.webhooks(env, standin, round_, WAIT)
        out = capsys.readouterr().out
        assert code == 0 and "FAIL" not in out, out
        assert said == (
            "received 8 event(s) (document.accepted x2, document.rejected x1, document.uploaded x4, "
            "example.event.publish.test x1), 0 handled twice; Workflow A: webhook, Workflow B: webhook"
        ), said
        assert "carrier uploads through the share link (the sandbox's form); acceptance by the sandbox's hook" in out
        assert "Workflow A: notified: document.accepted" in out and "Workflow B: notified of 2 upload(s)" in out
        assert "Workflow B: reviewed {'invoice.pdf': 'Accepted', 'cmr-photo.jpg': 'Rejected'}" in out
        assert _left(standin) == [], "the run left orders or subscriptions"
    served: Any = standin.api
    authorised = [d for d in served.webhooks.log if d.status == 200]
    assert len(authorised) == 16  # 8 deliveries a round, each answered 200 (the Basic credential matched)


class _Operations(Hook):
    def __init__(self) -> None:
        self.seen: Counter[str] = Counter()

    def on_response(self, event: ResponseEvent) -> None:
        self.seen[event.operation] += 1


def test_workflow_a_sets_no_status_and_the_carrier_is_not_the_api(
    standin: RunningSandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    """Seed 001 (A3-3): the carrier's three uploads go through the share link, not the document
    endpoint (whose one call is the customer's own order PDF), and the only status calls are
    Workflow B's accept and reject: Workflow A's acceptance is SpotGo's side."""
    operations = _Operations()
    with connect(SpotGo, standin, hooks=[operations]) as client:
        carrier = demo_webhooks.Carrier.for_(client, standin)
        received = demo_webhooks.run_on_webhooks(
            demo.Report(), client, "ops", carrier, title="t", where=standin.base_url, wait=WAIT
        )
    assert received.notified == {"A": True, "B": True}, capsys.readouterr().out
    assert operations.seen["uploadOrderDocument"] == 1
    assert operations.seen["changeOrderDocumentStatus"] == 2


def test_without_the_sandbox_hook_a_labelled_stand_in_accepts(
    standin: RunningSandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    """A SpotGo on loopback the run does not hold (a sandbox in another process): the share link
    still serves the uploads, and the acceptance is the status call, said to be a stand-in."""
    received = demo_webhooks.live_webhook_workflows(demo.Report(), "nohook", _env(standin), None, WAIT)
    out = capsys.readouterr().out
    assert received is not None and received.notified == {"A": True, "B": True}, out
    assert "acceptance by a stand-in: the status endpoint" in out and "FAIL" not in out


def test_no_webhook_in_time_falls_back_to_polling(standin: RunningSandbox, capsys: pytest.CaptureFixture[str]) -> None:
    """The sandbox's deliveries all fail (the receiver is never reached): both workflows poll
    the order instead and still pass, and the run says so."""
    served: Any = standin.api
    served.webhooks.configure(send=lambda url, headers, body: 503, retries=0)
    code, said = live_standin.webhooks(_env(standin), standin, 1, 0.3)
    out = capsys.readouterr().out
    assert code == 0 and "FAIL" not in out, out
    assert said.startswith("received 0 event(s) (none)") and said.endswith(
        "Workflow A: poll fallback, Workflow B: poll fallback"
    ), said
    assert "Workflow A: no event in time; polling the order instead" in out
    assert "Workflow B: not every upload was notified in time; polling the order instead" in out
    assert "Workflow A: downloaded cmr-0001.pdf" in out and "'cmr-photo.jpg': 'Rejected'" in out


def test_the_run_warns_when_a_round_had_to_poll(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A poll is no failure, but against a stand-in on loopback it points at the sandbox's
    deliveries: the summary says which round polled."""

    said = ["round 1: received 8 event(s) (...); Workflow A: webhook, Workflow B: webhook"]

    def polled(round_: int) -> int:
        said.append("round 2: received 0 event(s) (none); Workflow A: poll fallback, Workflow B: poll fallback")
        return 0

    def runs(env: dict[str, str], *rest: Any) -> tuple[list[Any], list[str]]:
        return [("webhooks", polled)], said

    monkeypatch.setattr(live_standin, "runs", runs)
    assert live_standin.main(["--rounds", "1"]) == 0
    out = capsys.readouterr().out
    assert "WARNING: no webhook in time in round 2: the workflows polled" in out
    assert "live stand-in: all runs passed" in out


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_an_explicit_callback_url_is_what_spotgo_is_given(
    standin: RunningSandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    """SPOTGO_WEBHOOK_URL (a tunnel's public URL; here one that maps to itself) is subscribed, and
    the receiver listens on SPOTGO_WEBHOOK_LISTEN."""
    port = _free_port()
    public = f"http://127.0.0.1:{port}/through-the-tunnel"
    env = _env(standin, SPOTGO_WEBHOOK_URL=public, SPOTGO_WEBHOOK_LISTEN=f"127.0.0.1:{port}")
    received = demo_webhooks.live_webhook_workflows(demo.Report(), "pub", env, standin, WAIT)
    out = capsys.readouterr().out
    assert received is not None and received.notified == {"A": True, "B": True}, out
    assert f"subscribed {public} (Basic)" in out
    served: Any = standin.api
    assert {d.status for d in served.webhooks.log} == {200} and served.webhooks.log


def test_a_vendor_without_a_public_callback_url_is_skipped_not_failed(capsys: pytest.CaptureFixture[str]) -> None:
    """Credentials for a vendor, no SPOTGO_WEBHOOK_URL: nothing is sent, the run says why, no failure."""
    report = demo.Report()
    env = {"SPOTGO_API_KEY": "a-real-looking-key", "SPOTGO_BASE_URL": "https://carrier-api.spotgo.example"}
    assert demo_webhooks.live_webhook_workflows(report, "v", env) is None
    out = capsys.readouterr().out
    assert report.failures == 0 and "FAIL" not in out
    assert "skip SpotGo at carrier-api.spotgo.example cannot reach a receiver" in out and "SPOTGO_WEBHOOK_URL" in out


@pytest.mark.parametrize(
    ("base_url", "environ", "expected"),
    [
        ("http://127.0.0.1:8080", {}, demo_webhooks.LOOPBACK),
        ("http://localhost:8080/", {}, demo_webhooks.LOOPBACK),
        (
            "https://api.spotgo.example",
            {"SPOTGO_WEBHOOK_URL": "https://hooks.example.org/spotgo"},
            demo_webhooks.Callback("127.0.0.1", 8787, "https://hooks.example.org/spotgo"),
        ),
        (
            "https://api.spotgo.example",
            {"SPOTGO_WEBHOOK_URL": "https://hooks.example.org/x", "SPOTGO_WEBHOOK_LISTEN": "[::1]:9000"},
            demo_webhooks.Callback("::1", 9000, "https://hooks.example.org/x"),
        ),
    ],
)
def test_where_deliveries_go(base_url: str, environ: dict[str, str], expected: demo_webhooks.Callback) -> None:
    assert demo_webhooks.callback_for(base_url, environ) == expected


@pytest.mark.parametrize(
    ("environ", "said"),
    [
        ({}, "set SPOTGO_WEBHOOK_URL"),
        ({"SPOTGO_WEBHOOK_URL": "hooks.example.org"}, "is no http(s) URL"),
        ({"SPOTGO_WEBHOOK_URL": "https://h.example", "SPOTGO_WEBHOOK_LISTEN": "0.0.0.0:8787"}, "loopback only"),
        ({"SPOTGO_WEBHOOK_URL": "https://h.example", "SPOTGO_WEBHOOK_LISTEN": "8787"}, "no loopback host:port"),
    ],
)
def test_why_the_webhook_part_is_skipped(environ: dict[str, str], said: str) -> None:
    reason = demo_webhooks.callback_for("https://api.spotgo.example", environ)
    assert isinstance(reason, str) and said in reason, reason


def test_the_live_standin_ignores_a_vendor_callback_url_and_offers_the_wait(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--help` names the wait; a SPOTGO_WEBHOOK_URL in the environment (a user's, for a vendor)
    does not reach the runs against the stand-ins, whose deliveries stay on loopback."""
    with pytest.raises(SystemExit) as done:
        live_standin.main(["--help"])
    assert done.value.code == 0 and "--webhook-wait" in capsys.readouterr().out
    monkeypatch.setenv("SPOTGO_WEBHOOK_URL", "https://hooks.example.org/spotgo")
    seen: list[dict[str, str]] = []

    def runs(env: dict[str, str], *rest: Any) -> tuple[list[Any], list[str]]:
        seen.append(env)
        return [], []

    monkeypatch.setattr(live_standin, "runs", runs)
    assert live_standin.main(["--rounds", "1"]) == 0
    assert seen and "SPOTGO_WEBHOOK_URL" not in seen[0] and seen[0]["SPOTGO_BASE_URL"].startswith("http://127.0.0.1:")
    out = capsys.readouterr().out
    assert "webhooks received: no webhook run" in out and "live stand-in: all runs passed" in out
