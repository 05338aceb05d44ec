"""A blocking client loads no asyncio (issue 25, newcomer-3 appendix A): building each sync client
with its default rate limit (SpotGo's fixed `RateLimit`, the others' "adaptive") and making its
first calls, token fetch or login included, imports neither asyncio nor pyrate-limiter (which
brought asyncio, sqlite3 and multiprocessing) in a fresh interpreter. The sandboxes serve on
loopback ports from this process; the client runs in a child that imports nothing of them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator

import pytest

from freight_clients import registry

CHILD = textwrap.dedent(
    """
    import json
    import os
    import sys

    from freight_clients import FreightError, Quivo, Smouv, SpotGo, TransEu

    ORDER_ID = "b3e1eced-f2bd-4d8c-9765-fbc9d1d222d5"
    ADDRESS = {"name": "Anna Muster", "street": "Ring 1", "zip": "1010", "city": "Wien", "countryIso2": "AT"}
    QUIVO_ORDER = {
        "sellerId": int(os.environ["QUIVO_SELLER_ID"]),
        "orderIdentifier": "WEBSHOP-1",
        "orderReference": "#1",
        "deliveryAddress": ADDRESS,
        "positions": [{"sku": "MUG-RED", "quantity": 2, "price": 12.9}],
    }
    calls = {
        SpotGo: lambda c: c.orders.create({"orderNumber": "A-1", "carrier": {"vatCode": "LT1"}}),
        Smouv: lambda c: c.customer_orders.get("CDE0000000001"),
        TransEu: lambda c: c.orders.get(ORDER_ID),
        Quivo: lambda c: c.orders.submit(QUIVO_ORDER),
    }
    answers = {}
    for client_class, call in calls.items():
        with client_class() as client, client.raw_responses() as raw:  # credentials from the environment
            try:
                call(client)
            except FreightError:
                pass  # an answer is an answer: the path through the client is what counts
            answers[client_class.__name__] = [response.status_code for response in raw]
    loaded = [name for name in ("asyncio", "pyrate_limiter", "sqlite3", "multiprocessing") if name in sys.modules]
    print(json.dumps({"answers": answers, "loaded": loaded}))
    """
)


@pytest.fixture(scope="module")
def environment() -> Iterator[dict[str, str]]:
    """The four sandboxes on real ports, and the variables a user with accounts would set."""
    from freight_sandbox import sandbox
    from freight_sandbox.standin import vendor_environment

    boxes = [sandbox(api).serve() for api in registry.NAMES]
    env = {k: v for k, v in os.environ.items() if not k.startswith(tuple(f"{a.upper()}_" for a in registry.NAMES))}
    for api, box in zip(registry.NAMES, boxes, strict=True):
        env |= vendor_environment(api, box.base_url, box.credentials)
    try:
        yield env
    finally:
        for box in boxes:
            box.stop()


def test_sync_clients_and_their_first_calls_load_no_asyncio(environment: dict[str, str]) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHILD], env=environment, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert set(result["answers"]) == {"SpotGo", "Smouv", "TransEu", "Quivo"}
    assert all(result["answers"].values()), result  # every client reached its sandbox
    assert result["loaded"] == [], result
