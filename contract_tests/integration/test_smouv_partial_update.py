"""S'mouv's `customer_orders.update(order_id, changes)` (issue 25): the changes are merged onto the
order as read (a JSON Merge Patch), sent with that read's version as `If-Match`, so a change made by
someone else between the read and the write is a typed 412, PreconditionFailedError, and overwrites
nothing, never last-writer-wins. Against the in-process sandbox (its version is a counter per order)."""

from __future__ import annotations

from typing import Any

import pytest

from freight_clients import Hook, PreconditionFailedError, RequestEvent, Smouv
from freight_sandbox import connect
from freight_sandbox.examples import import_order


class RawRequests(Hook):
    """The method and headers of every attempt, as the client sends them."""

    def __init__(self) -> None:
        self.sent: list[RequestEvent] = []

    def on_request(self, event: RequestEvent) -> None:
        self.sent.append(event)


class Colleague(RawRequests):
    """Right before our update goes out (after our read), a colleague changes the same order."""

    def __init__(self, colleague: Smouv, order_id: str) -> None:
        super().__init__()
        self.colleague, self.order_id = colleague, order_id

    def on_request(self, event: RequestEvent) -> None:
        super().on_request(event)
        if event.operation == "updateCustomerOrder":
            self.colleague.customer_orders.update(self.order_id, {"comment": "colleague: gate 7"})


def test_changes_merge_onto_the_order_as_read_and_go_with_its_version(smouv_sandbox: Any) -> None:
    hook = RawRequests()
    with connect(Smouv, smouv_sandbox, hooks=[hook]) as smouv:
        order = import_order()
        order["comment"] = "first"
        order_id = str(smouv.customer_orders.create(order).id)
        before = smouv.customer_orders.get(order_id)
        smouv.customer_orders.update(order_id, {"comment": "gate 4"})  # nothing else given
        after = smouv.customer_orders.get(order_id)
    assert after.comment == "gate 4"
    stored = after.to_dict()
    for key, value in before.to_dict().items():  # every other field as it was
        if key not in ("comment", "version", "history", "lastUpdateDate", "updateDate"):
            assert stored.get(key) == value, key
    put = [event for event in hook.sent if event.method == "PUT"]
    assert len(put) == 1 and put[0].headers["If-Match"] == f'"{before.version}"'  # the version of our read
    assert str(after.version) != str(before.version)


def test_a_change_between_the_read_and_the_write_is_a_412_and_overwrites_nothing(smouv_sandbox: Any) -> None:
    with connect(Smouv, smouv_sandbox) as colleague:
        order_id = str(colleague.customer_orders.create(import_order()).id)
        hook = Colleague(colleague, order_id)
        with connect(Smouv, smouv_sandbox, hooks=[hook]) as smouv, pytest.raises(PreconditionFailedError) as stale:
            smouv.customer_orders.update(order_id, {"comment": "ours: gate 4"})
        error = stale.value
        assert (error.api, error.operation, error.status_code) == ("S'mouv", "updateCustomerOrder", 412)
        assert error.outcome_unknown is False  # refused: nothing of ours was written
        assert colleague.customer_orders.get(order_id).comment == "colleague: gate 7"  # the colleague's change stands
    assert [event.method for event in hook.sent].count("PUT") == 1  # a 412 is not retried
