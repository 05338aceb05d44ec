"""A file written beside its target and moved into place only when complete (downloads).

Layer: a leaf; it imports the standard library only.
"""

from __future__ import annotations

import errno
import os
import secrets
from pathlib import Path
from types import TracebackType
from typing import IO


class TemporaryFile:
    """`file` is open for writing at a hidden name beside `target`, created with the mode your
    umask gives (as `open()` would). `commit()` moves it onto `target`; leaving the block without
    a commit (an error, a cancellation, Ctrl-C) removes it."""

    def __init__(self, target: Path) -> None:
        self.target = target
        if target.is_dir():  # found now, not when the finished file is moved into place
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(target))
        limit = _name_max(target.parent)
        if len(os.fsencode(target.name)) > limit:
            raise OSError(errno.ENAMETOOLONG, os.strerror(errno.ENAMETOOLONG), str(target))
        self.path = beside(target, f".{secrets.token_hex(6)}.part")
        descriptor = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o666)
        self.file: IO[bytes] = os.fdopen(descriptor, "wb")
        self._committed = False

    def commit(self) -> Path:
        self.file.close()
        os.replace(self.path, self.target)
        self._committed = True
        return self.target

    def __enter__(self) -> TemporaryFile:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if not self._committed:
            self.file.close()
            self.path.unlink(missing_ok=True)


def _name_max(directory: Path) -> int:
    """The longest file name (in bytes) `directory`'s file system takes; 255 where it cannot say."""
    try:
        return int(os.pathconf(directory, "PC_NAME_MAX"))
    except (OSError, ValueError, AttributeError):  # a missing directory fails later, on open
        return 255


def beside(target: Path, tag: str) -> Path:
    """The hidden file `.NAME{tag}` beside `target`, NAME shortened (whole characters) so the name
    fits its file system: any legal target name can have one (review-3 R3-20). The same target
    and tag always give the same path (a lock file shared between processes relies on it)."""
    limit = _name_max(target.parent)
    stem = target.name
    while stem and len(os.fsencode(f".{stem}{tag}")) > limit:
        stem = stem[:-1]
    return target.with_name(f".{stem}{tag}")
