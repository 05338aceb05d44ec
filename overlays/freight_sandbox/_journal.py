"""The sandbox's journal: one entry per request, saying what happened to it, kept bounded."""

from __future__ import annotations

import collections
from collections.abc import Iterable
from dataclasses import dataclass

#: Journal entries kept (the oldest are dropped; `journal.total` counts every request).
MAX_JOURNAL = 100_000


@dataclass
class JournalEntry:
    """What happened to one request: whether its handler ran (the write applied) and what was sent.

    `error` names the exception when the sandbox itself failed (its answer was a 500): a bug.
    """

    operation_id: str
    tenant: str | None
    status: int
    applied: bool
    fault: str | None = None
    error: str | None = None


class Journal(collections.deque[JournalEntry]):
    """The last `maxlen` entries (a long-running sandbox keeps bounded state); `total` counts all."""

    def __init__(self, entries: Iterable[JournalEntry] = (), maxlen: int = MAX_JOURNAL) -> None:
        super().__init__(entries, maxlen=maxlen)  # (entries, maxlen): what copy and pickle pass
        self.total = len(self)

    def append(self, entry: JournalEntry) -> None:
        self.total += 1
        super().append(entry)

    def clear(self) -> None:
        self.total = 0
        super().clear()

    def __eq__(self, other: object) -> bool:  # `journal == []` reads as it would for a list
        return list(self) == list(other) if isinstance(other, list | collections.deque) else NotImplemented

    __hash__ = None
