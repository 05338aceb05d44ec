"""The live contract run states its cost and fits a time budget (issue 23): against SpotGo's 100
requests a minute, 100 examples per operation take over 15 minutes, and the run said nothing."""

from __future__ import annotations

import pytest

from contract_tests.support.live import fit, main, minutes_for, parse_duration


def test_the_cost_is_stated_per_api_and_a_budget_lowers_the_examples() -> None:
    chosen, lines = fit(["spotgo", "quivo"], 100, None)
    minutes = minutes_for("spotgo", 100)
    assert chosen == 100 and minutes is not None and minutes > 15
    assert lines[0].startswith("spotgo: about ") and "100 requests/min" in lines[0]
    assert "no published limit" in lines[1]
    fitted, lines = fit(["spotgo", "quivo"], 100, 5.0)
    assert 1 <= fitted < 100 and (minutes_for("spotgo", fitted) or 0) <= 5.0
    assert "would not fit" in lines[-2] and "budget 5.0 min" in lines[-1]


@pytest.mark.parametrize(("text", "minutes"), [("90s", 1.5), ("5m", 5.0), ("1.5h", 90.0), ("7", 7.0)])
def test_durations(text: str, minutes: float) -> None:
    assert parse_duration(text) == pytest.approx(minutes)


def test_the_command_ends_with_the_examples_to_run(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--apis", "spotgo", "--examples", "100", "--budget", "2m"]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert last.startswith("examples=") and int(last.removeprefix("examples=")) < 100
