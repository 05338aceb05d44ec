"""Where OAuth2 tokens live between requests and processes: in memory, or in a private JSON file that
is replaced atomically, so an interrupted save never loses the (single-use) refresh token.

A storage may also be locked (`try_lock`/`unlock`): the client renews a token while it holds the
lock, reading the stored token again first, so clients and processes sharing one storage spend
each single-use refresh token once (review-3 R3-7). `FileTokenStorage` locks a sidecar file
(`flock`), which holds across processes; `MemoryTokenStorage` locks within the process.

Layer: a leaf. Standard library, `_redact` and `_temp` only.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import stat
import threading
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from ._redact import logger_for
from ._temp import beside

_log = logger_for("token_storage")


class TokenStorage(Protocol):
    """Where OAuth2 tokens live between requests (and processes)."""

    def load(self) -> dict[str, Any] | None: ...

    def save(self, token: dict[str, Any]) -> None: ...


@runtime_checkable
class LockableTokenStorage(TokenStorage, Protocol):
    """A storage whose renewals can be serialised: `try_lock()` takes its lock if free (never
    blocks: the client polls, so an asyncio client never blocks its loop), `unlock()` releases it."""

    def try_lock(self) -> bool: ...

    def unlock(self) -> None: ...


class MemoryTokenStorage:
    """Tokens for the life of the process."""

    def __init__(self) -> None:
        self.token: dict[str, Any] | None = None
        self._lock = threading.Lock()

    def try_lock(self) -> bool:
        return self._lock.acquire(blocking=False)

    def unlock(self) -> None:
        self._lock.release()

    def load(self) -> dict[str, Any] | None:
        return self.token

    def save(self, token: dict[str, Any]) -> None:
        self.token = dict(token)


class FileTokenStorage:
    """Tokens in a JSON file readable by its owner only (0600, whatever mode an earlier file had).

    A save writes a temporary file beside it, syncs it to disk and renames it over the old one, so
    the file always holds either the old tokens or the new ones. A symbolic link at `path` is never
    followed: loading ignores it, saving replaces the link itself. A file that cannot be read, or
    does not hold a JSON object, counts as no token (logged as a warning, its content never).

    Its lock is an advisory `flock` on `.<name>.lock` beside it (created 0600, never removed; a
    long name is shortened to fit), so every process renewing through the same path takes turns;
    where `fcntl` is missing (Windows) it locks within the process only."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._thread_lock = threading.Lock()  # flock is per open file: threads sharing this one take turns here
        self._lock_fd: int | None = None

    def try_lock(self) -> bool:
        """Take the lock if no thread, client or process holds it; never blocks."""
        if not self._thread_lock.acquire(blocking=False):
            return False
        fcntl = _fcntl()
        if fcntl is None:
            return True
        lock_path = beside(self.path, ".lock")  # shortened to fit for a long name
        try:
            fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
        except OSError as error:  # a read-only directory, a symlink: renew without the lock across processes
            _log.warning("token lock %s not used: %s", lock_path, error.strerror or type(error).__name__)
            return True
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:  # held by another process (or client): the caller tries again shortly
            os.close(fd)
            self._thread_lock.release()
            return False
        self._lock_fd = fd
        return True

    def unlock(self) -> None:
        fd, self._lock_fd = self._lock_fd, None
        if fd is not None:
            os.close(fd)  # closing the file releases the flock
        self._thread_lock.release()

    def load(self) -> dict[str, Any] | None:
        try:
            # O_NONBLOCK: a FIFO at the path must not hang the constructor (review-3 R3-21); the
            # S_ISREG check below then refuses it.
            fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
        except FileNotFoundError:
            return None
        except OSError as error:  # a symlink (ELOOP), no permission...
            _no_token(self.path, error.strerror or type(error).__name__)
            return None
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            os.close(fd)
            _no_token(self.path, "not a regular file")
            return None
        with os.fdopen(fd, "rb") as source:
            raw = source.read()
        if mode & (stat.S_IRWXG | stat.S_IRWXO):
            _log.warning(
                "token file %s is readable by others (mode %o); the next save makes it private",
                self.path,
                stat.S_IMODE(mode),
            )
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            data = None
        if not isinstance(data, dict):
            _no_token(self.path, "it does not hold a JSON object (truncated?)")
            return None
        return data

    def save(self, token: dict[str, Any]) -> None:
        temporary = beside(self.path, f".{secrets.token_hex(4)}.tmp")  # fits whatever the name's length
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as sink:
                if hasattr(os, "fchmod"):
                    os.fchmod(sink.fileno(), 0o600)  # created so already; kept explicit (umask)
                json.dump(dict(token), sink)
                sink.flush()
                os.fsync(sink.fileno())
            os.replace(temporary, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
        _sync_directory(self.path.parent)


def _fcntl() -> Any:
    """The fcntl module, or None where it does not exist (Windows)."""
    try:
        import fcntl
    except ImportError:
        return None
    return fcntl


def _no_token(path: Path, why: str) -> None:
    _log.warning("token file %s not used: %s; starting without a token", path, why)


def _sync_directory(directory: Path) -> None:
    """Make a rename in `directory` durable (POSIX; a no-op where directories cannot be opened)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
