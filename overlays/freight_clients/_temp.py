"""A file written beside its target and moved into place only when complete (downloads)."""

from __future__ import annotations

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
        self.path = target.with_name(f".{target.name}.{secrets.token_hex(6)}.part")
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
