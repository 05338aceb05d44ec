"""Quivo duplicates are recognised by what the answer says, never by its field or status alone
(review-3 R3-4, R3-13): a 400 naming `orderIdentifier` that does not say the identifier exists is
a validation failure; an answer (200 or 400) that says it exists is a duplicate, never a created
order unless an attempt of this very call may have created it.

The "already exists" wording is the sandbox's (inferred: Quivo documents no duplicate answer).
"""

from __future__ import annotations

import pytest

from contract_tests.integration.test_every_operation_under_faults import Script, box_of, quivo_order, sync_client
from freight_clients import AlreadyCreatedError, BadRequestError, DuplicateOrderError, Quivo
from freight_sandbox import connect

UNSENT = ["429", "refused"]  # attempts the service cannot have processed


@pytest.mark.filterwarnings("ignore::freight_clients.InferredConstraintWarning")  # a guess warns (once) and sends
@pytest.mark.parametrize("before", [[], ["5xx-before"]])
def test_a_validation_failure_on_the_order_identifier_is_not_a_duplicate(before: list[str]) -> None:
    """R3-4: `orderIdentifier: ""` (minLength inferred, so the client only warns and sends it) was
    DuplicateOrderError on a first answer and AlreadyCreatedError after a 502, with 0 orders stored."""
    box = box_of("quivo", duplicates="reject")
    script = Script(before)
    with sync_client(Quivo, box, script) as quivo, pytest.raises(BadRequestError) as refused:
        quivo.orders.submit(quivo_order(""))
    assert not isinstance(refused.value, DuplicateOrderError), refused.value
    assert refused.value.field == "orderIdentifier" and refused.value.status_code == 400
    assert refused.value.outcome_unknown is bool(before)  # the 503 counts, the 400 does not undo it
    assert box.api.orders == {}


def test_a_400_that_says_the_identifier_exists_is_a_duplicate_and_after_a_lost_attempt_ours() -> None:
    """R3-4: a duplicate is recognised by its message; after an attempt whose outcome is unknown it
    is this call's own order (AlreadyCreatedError, no id: the 400 carries none)."""
    box = box_of("quivo", duplicates="reject")
    with connect(Quivo, box, rate_limit=None) as quivo:
        quivo.orders.submit(quivo_order("DUP-1"))
    with sync_client(Quivo, box, Script([])) as quivo, pytest.raises(DuplicateOrderError) as first:
        quivo.orders.submit(quivo_order("DUP-1"))
    assert not isinstance(first.value, AlreadyCreatedError) and not first.value.outcome_unknown
    with sync_client(Quivo, box, Script(["5xx-after"])) as quivo, pytest.raises(AlreadyCreatedError) as lost:
        quivo.orders.submit(quivo_order("DUP-2"))
    assert lost.value.outcome_unknown and lost.value.order_id is None
    assert sorted(key[1] for key in box.api.orders) == ["DUP-1", "DUP-2"]


def test_an_existing_identifier_answered_as_success_is_never_reported_as_created() -> None:
    """R3-13: with idempotent duplicate answers (`duplicates=existing`) a colleague's order came back
    as a plain SubmitResult; now DuplicateOrderError naming the existing orderId."""
    box = box_of("quivo", duplicates="existing")
    with connect(Quivo, box, rate_limit=None) as colleague:
        theirs = colleague.orders.submit(quivo_order("SHOP-77"))
    with sync_client(Quivo, box, Script([])) as quivo, pytest.raises(DuplicateOrderError) as existed:
        quivo.orders.submit(quivo_order("SHOP-77"))
    assert not isinstance(existed.value, AlreadyCreatedError) and not existed.value.outcome_unknown
    assert existed.value.body["orderId"] == theirs.order_id and existed.value.field == "orderIdentifier"
    assert "existed before this call" in str(existed.value)


@pytest.mark.parametrize("before", UNSENT)
def test_an_existing_identifier_answered_as_success_after_an_unprocessed_attempt_is_not_ours(before: str) -> None:
    """R3-13: a 429 or a refused connection cannot have created the order: still somebody else's."""
    box = box_of("quivo", duplicates="existing")
    with connect(Quivo, box, rate_limit=None) as colleague:
        colleague.orders.submit(quivo_order("SHOP-78"))
    with sync_client(Quivo, box, Script([before])) as quivo, pytest.raises(DuplicateOrderError) as existed:
        quivo.orders.submit(quivo_order("SHOP-78"))
    assert not isinstance(existed.value, AlreadyCreatedError) and not existed.value.outcome_unknown
    assert existed.value.attempts == 2


def test_a_lost_create_answered_as_success_on_its_retry_is_this_calls_order() -> None:
    """R3-13: after a lost attempt (the service stored it, the answer was a 500) the retry meets the
    order that attempt created: AlreadyCreatedError with its id, the one order stored."""
    box = box_of("quivo", duplicates="existing")
    with sync_client(Quivo, box, Script(["5xx-after"])) as quivo, pytest.raises(AlreadyCreatedError) as lost:
        quivo.orders.submit(quivo_order("SHOP-79"))
    [(key, stored)] = box.api.orders.items()
    assert key[1] == "SHOP-79" and lost.value.order_id == stored["orderId"] and lost.value.outcome_unknown
