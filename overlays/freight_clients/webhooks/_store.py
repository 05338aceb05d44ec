"""Which events were handled, and the newest version of each entity, so that a delivery the vendor
repeats is handled once and an older version arriving late never moves state backwards.

An event is *claimed* before its handler runs and *done* after it returns; a claim lasts `lease`
seconds, so the event of a handler that raised (released at once) or of a process that died
(its lease runs out) is handled again on the vendor's next delivery. `SQLiteEventStore` keeps this in
one file with every change in an immediate transaction, so processes sharing the file agree."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Literal, Protocol

Clock = Callable[[], float]
#: `claim`'s answer: handle it now, it was handled already, or another handler holds it.
Claim = Literal["claimed", "done", "busy"]


class EventStore(Protocol):
    """Deduplication and ordering state for a receiver."""

    def claim(self, key: str, lease: float) -> Claim:
        """ "claimed" when the caller may handle the event `key` now; "done" when it was handled;
        "busy" while another handler's claim on it lasts."""
        ...

    def done(self, key: str) -> None:
        """The event `key` was handled: never claim it again."""
        ...

    def release(self, key: str) -> None:
        """The handler of `key` failed: the next delivery may claim it at once."""
        ...

    def is_newer(self, entity: str, version: int) -> bool:
        """True when `version` is newer than the newest handled version of `entity`."""
        ...

    def advance(self, entity: str, version: int) -> bool:
        """Record `version` as handled for `entity` if it is newer; False if a newer one was already."""
        ...


class MemoryEventStore:
    """An EventStore for one process (thread-safe)."""

    def __init__(self, *, clock: Clock = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._done: set[str] = set()
        self._claims: dict[str, float] = {}
        self._versions: dict[str, int] = {}

    def claim(self, key: str, lease: float) -> Claim:
        with self._lock:
            now = self._clock()
            if key in self._done:
                return "done"
            if self._claims.get(key, now) > now:
                return "busy"
            self._claims[key] = now + lease
            return "claimed"

    def done(self, key: str) -> None:
        with self._lock:
            self._claims.pop(key, None)
            self._done.add(key)

    def release(self, key: str) -> None:
        with self._lock:
            self._claims.pop(key, None)

    def is_newer(self, entity: str, version: int) -> bool:
        with self._lock:
            return version > self._versions.get(entity, -1)

    def advance(self, entity: str, version: int) -> bool:
        with self._lock:
            if version <= self._versions.get(entity, -1):
                return False
            self._versions[entity] = version
            return True


class SQLiteEventStore:
    """An EventStore in a SQLite file, shared by threads and processes (standard library only).
    `clock` must be wall time when processes share the file (their monotonic clocks differ)."""

    def __init__(self, path: str | Path, *, clock: Clock = time.time) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._db = sqlite3.connect(str(path), timeout=30, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS events (key TEXT PRIMARY KEY, done INTEGER, until REAL)")
        self._db.execute("CREATE TABLE IF NOT EXISTS versions (entity TEXT PRIMARY KEY, version INTEGER)")

    def _write(self, sql: str, *args: object) -> int:
        with self._lock:
            return self._db.execute(sql, args).rowcount

    def claim(self, key: str, lease: float) -> Claim:
        now = self._clock()
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                row = self._db.execute("SELECT done, until FROM events WHERE key = ?", (key,)).fetchone()
                answer: Claim = (
                    "claimed" if row is None else "done" if row[0] else "busy" if row[1] > now else "claimed"
                )
                if answer == "claimed":
                    self._db.execute("INSERT OR REPLACE INTO events VALUES (?, 0, ?)", (key, now + lease))
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            return answer

    def done(self, key: str) -> None:
        self._write("INSERT OR REPLACE INTO events VALUES (?, 1, 0)", key)

    def release(self, key: str) -> None:
        self._write("DELETE FROM events WHERE key = ? AND done = 0", key)

    def is_newer(self, entity: str, version: int) -> bool:
        with self._lock:
            row = self._db.execute("SELECT version FROM versions WHERE entity = ?", (entity,)).fetchone()
        return row is None or version > row[0]

    def advance(self, entity: str, version: int) -> bool:
        changed = self._write(
            "INSERT INTO versions VALUES (?, ?) ON CONFLICT(entity) DO UPDATE SET version = excluded.version "
            "WHERE excluded.version > versions.version",
            entity,
            version,
        )
        return changed > 0

    def close(self) -> None:
        with self._lock:
            self._db.close()
