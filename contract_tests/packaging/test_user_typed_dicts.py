"""A user's `mypy --strict` catches a wrong key in a request dict typed with the generated TypedDicts
(`<Model>Dict`, from each generated package's `models`), at any depth, and a missing key only where
the vendor documents it as required (issue 25). The clients take these TypedDicts beside the attrs
models and plain mappings, so a dict annotated with one is checked where it is written."""

from __future__ import annotations

import textwrap
from pathlib import Path

from contract_tests.support.user_mypy import run_user_mypy

USER_SCRIPT = textwrap.dedent(
    """\
    import datetime as dt

    from freight_clients import Quivo, Smouv, SpotGo, TransEu
    from quivo_client.models import OrderRequestDict
    from smouv_client.models import CustomerOrderPostDict
    from spotgo_client.models import OrderSubmitModelDict
    from transeu_client.models import ShippingOrderDict

    good: OrderSubmitModelDict = {"orderNumber": "A-1", "carrier": {"vatCode": "LT1"}}
    # expect: Extra key "order_number"
    snake: OrderSubmitModelDict = {"order_number": "A-1"}
    # expect: "vatcode" for TypedDict "CarrierSubmitModelDict"
    nested: OrderSubmitModelDict = {"orderNumber": "A-2", "carrier": {"vatcode": "LT1"}}
    # expect: Extra key "kind"
    stops: OrderSubmitModelDict = {"orderNumber": "A-3", "locations": [{"sequence": 1, "kind": "x"}]}
    when: OrderSubmitModelDict = {"orderNumber": "A-4", "locations": [{"startDate": dt.datetime.now(dt.UTC)}]}
    guessed: OrderSubmitModelDict = {"internalComments": "no orderNumber: that requirement is a guess"}
    # expect: Missing keys ("carrier", "containers")
    smouv_order: CustomerOrderPostDict = {"transportOrderNumber": "T-1", "customsFlag": "Import"}
    # expect: "Literal['Im']"
    flag: CustomerOrderPostDict = {"carrier": {}, "transportOrderNumber": "T", "containers": [], "customsFlag": "Im"}
    # expect: Extra key "orderRef"
    quivo_order: OrderRequestDict = {"sellerId": 1, "orderIdentifier": "Q-1", "orderRef": "R"}
    # expect: Extra key "carier"
    transeu_order: ShippingOrderDict = {"number": "TE-1", "payment": {}, "route": {}, "carier": {}}


    def send(spotgo: SpotGo, smouv: Smouv, transeu: TransEu, quivo: Quivo) -> None:
        spotgo.orders.create(good)
        spotgo.orders.upsert(when)
        spotgo.orders.update("b3e1eced-f2bd-4d8c-9765-fbc9d1d222d5", guessed)
        smouv.customer_orders.create(flag)
        transeu.shipping_orders.create(transeu_order)
        quivo.orders.submit(quivo_order)
    """
)


def test_a_users_mypy_strict_catches_wrong_keys_in_typed_request_dicts(tmp_path: Path) -> None:
    stdout = run_user_mypy(tmp_path, USER_SCRIPT)
    errors: dict[int, str] = {}
    for line in stdout.splitlines():
        if line.startswith("app.py:") and ": error: " in line:
            number = int(line.split(":")[1])
            errors[number] = errors.get(number, "") + line.split(": error: ", 1)[1]
    expected = {
        number + 1: line.split("# expect: ", 1)[1]  # the line after the comment
        for number, line in enumerate(USER_SCRIPT.splitlines(), 1)
        if line.startswith("# expect: ")
    }
    assert len(expected) == 7
    for number, text in expected.items():
        assert text in errors.get(number, ""), (number, text, stdout)
    assert set(errors) == set(expected), stdout  # the right dicts, the datetime and every call pass
