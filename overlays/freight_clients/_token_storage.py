"""Where OAuth2 tokens live between requests and processes: in memory, or in a private JSON file that
is replaced atomically, so an interrupted save never loses the (single-use) refresh token."""

from __future__ import annotations

import contextlib
import json
import os
import stat
import tempfile
from pathlib import Path
from typing import Any, Protocol

from ._redact import logger_for

_log = logger_for("token_storage")


class TokenStorage(Protocol):
    """Where OAuth2 tokens live between requests (and processes)."""

    def load(self) -> dict[str, Any] | None: ...

    def save(self, token: dict[str, Any]) -> None: ...


class MemoryTokenStorage:
    """Tokens for the life of the process."""

    def __init__(self) -> None:
        self.token: dict[str, Any] | None = None

    def load(self) -> dict[str, Any] | None:
        return self.token

    def save(self, token: dict[str, Any]) -> None:
        self.token = dict(token)


class FileTokenStorage:
    """Tokens in a JSON file readable by its owner only (0600, whatever mode an earlier file had).

    A save writes a temporary file beside it, syncs it to disk and renames it over the old one, so
    the file always holds either the old tokens or the new ones. A symbolic link at `path` is never
    followed: loading ignores it, saving replaces the link itself. A file that cannot be read, or
    does not hold a JSON object, counts as no token (logged as a warning, its content never)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    def load(self) -> dict[str, Any] | None:
        try:
            fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
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
        fd, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as sink:
                if hasattr(os, "fchmod"):
                    os.fchmod(sink.fileno(), 0o600)  # mkstemp's mode already; kept explicit
                json.dump(dict(token), sink)
                sink.flush()
                os.fsync(sink.fileno())
            os.replace(temporary, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
        _sync_directory(self.path.parent)


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
