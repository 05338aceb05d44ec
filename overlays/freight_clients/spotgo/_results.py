"""What SpotGo's upsert and bulk sync return."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .._exceptions import FreightError
from ._generated import models

if TYPE_CHECKING:
    from spotgo_client.models import OrderUpsertViewModel


@dataclass(frozen=True)
class UpsertResult:
    """What an upsert did, and the share link to give the carrier."""

    order_id: str
    created: bool
    updated: bool
    link_changed: bool
    share_url: str | None

    @classmethod
    def of(cls, model: OrderUpsertViewModel) -> UpsertResult:
        share = model.share.share_url if isinstance(model.share, models.OrderShareViewModel) else None
        return cls(
            str(model.order_id),
            model.created,
            model.updated,
            model.link_changed,
            share if isinstance(share, str) else None,
        )


@dataclass(frozen=True)
class SyncOutcome:
    """One order of a bulk sync: its number, and either the upsert result or the error."""

    order_number: str
    result: UpsertResult | None = None
    error: FreightError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None
