"""A user's `mypy --strict` sees the clients' real types: the package is marked typed (PEP 561),
its exports are explicit re-exports, and a name it does not export is an error rather than an Any
(the lazy loader's `__getattr__` is hidden from type checkers)."""

from __future__ import annotations

import textwrap
from pathlib import Path

from contract_tests.support.user_mypy import run_user_mypy

USER_SCRIPT = textwrap.dedent(
    """
    from freight_clients import AsyncTransEu, Quivo, Smouv, SpotGo, SyncOutcome

    with SpotGo(api_key="k") as spotgo:
        reveal_type(spotgo.orders.create({"orderNumber": "A-1"}))
        outcomes: list[SyncOutcome] = spotgo.orders.sync([{"orderNumber": "A-1"}])
    with Smouv(client_id="i", client_secret="s", subscription_key="k") as smouv:
        reveal_type(smouv.customer_orders.get)
    reveal_type(Quivo("k", "u", "p").orders.submit({"orderIdentifier": "Q-1"}))

    async def main() -> None:
        async with AsyncTransEu("i", "s") as transeu:
            reveal_type(await transeu.orders.get("8c585a79-f0dd-42c3-b4e1-cc0daa99c123"))

    from freight_clients import NotExported
    """
)


def test_a_users_mypy_strict_sees_the_real_types(tmp_path: Path) -> None:
    stdout = run_user_mypy(tmp_path, USER_SCRIPT)
    notes = [line.split(": ", 2)[2] for line in stdout.splitlines() if ": note: Revealed type" in line]
    errors = [line for line in stdout.splitlines() if ": error:" in line]
    assert "py.typed" not in stdout, stdout
    expected = [  # the generated models and the clients' results, not Any (mypy's spelling aside)
        ("spotgo_client.models.order_view_model.OrderViewModel",),
        ("def (order_id: ", "timeout: ", "-> smouv_client.models.customer_order.CustomerOrder"),
        ("freight_clients.quivo._results.SubmitResult",),
        ("transeu_client.models.order.Order",),
    ]
    assert len(notes) == len(expected), stdout
    for note, parts in zip(notes, expected, strict=True):
        assert all(part in note for part in parts) and "Any" not in note, note
    assert len(errors) == 1 and 'has no attribute "NotExported"' in errors[0], stdout
