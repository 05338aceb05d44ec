"""The error a sandbox handler raises; each API renders it in its vendor's documented shape."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass


@dataclass
class ApiError(Exception):
    """A refused request: HTTP status, the vendor's error code, the field (a path) and a message."""

    status: int
    message: str
    code: str | None = None
    field: str | None = None
    headers: dict[str, str] = dataclasses.field(default_factory=dict)
    #: For validation failures: every (field path, validator keyword, message) found.
    details: list[tuple[str, str, str]] = dataclasses.field(default_factory=list)

    def __str__(self) -> str:
        where = f" at {self.field}" if self.field else ""
        return f"{self.status} {self.code or ''}{where}: {self.message}"
