"""Helpers shared by the API modules: inputs as attrs models or dicts, files from paths/bytes/streams."""

from __future__ import annotations

import io
import mimetypes
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Protocol, TypeVar

M = TypeVar("M")


class _Model(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


def as_dict(value: _Model | Mapping[str, Any]) -> dict[str, Any]:
    """A generated model or a plain mapping, as the JSON-ready dict the API takes."""
    if isinstance(value, Mapping):
        return dict(value)
    return value.to_dict()


class JsonBody:
    """A request body the generated `_get_kwargs()` sends as-is: the caller's dict, not a model round trip
    (what was validated is exactly what goes on the wire, and it costs nothing)."""

    __slots__ = ("data",)

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    def to_dict(self) -> dict[str, Any]:
        return self.data


FileInput = str | Path | bytes | IO[bytes] | tuple[str, bytes] | tuple[str, bytes, str]


@dataclass(frozen=True)
class FilePart:
    """A file to upload: its bytes, name and media type."""

    content: bytes
    filename: str
    content_type: str

    @classmethod
    def of(cls, value: FileInput, filename: str | None = None, content_type: str | None = None) -> FilePart:
        """From a path, bytes, a binary stream, or a `(name, bytes[, media type])` tuple."""
        if isinstance(value, tuple):
            name, data, *rest = value
            return cls.of(data, filename or name, content_type or (rest[0] if rest else None))
        if isinstance(value, str | Path):
            path = Path(value)
            data, name = path.read_bytes(), filename or path.name
        elif isinstance(value, bytes | bytearray):
            data, name = bytes(value), filename or "file.bin"
        else:
            data = value.read()
            name = filename or Path(getattr(value, "name", "file.bin")).name
        guessed = mimetypes.guess_type(name)[0]
        return cls(data, name, content_type or guessed or "application/octet-stream")

    def stream(self) -> io.BytesIO:
        return io.BytesIO(self.content)


@dataclass(frozen=True)
class DownloadedFile:
    """A downloaded document: its bytes, the file name the service gave and its media type."""

    content: bytes
    filename: str | None
    content_type: str | None


def filename_from(disposition: str | None) -> str | None:
    """The file name of a Content-Disposition header (`filename*=` or `filename=`)."""
    if not disposition:
        return None
    from email.message import Message

    message = Message()
    message["content-disposition"] = disposition
    name = message.get_filename()
    return str(name) if name else None
