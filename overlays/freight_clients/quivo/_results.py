"""What Quivo's submit returns."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SubmitResult:
    """A submitted order: its Quivo id, its identifier, and the vendor's status and message."""

    order_id: int
    order_identifier: str
    status: str | None
    message: str | None
