"""Helpers shared by the API modules: inputs as attrs models or dicts, files from paths/bytes/streams."""

from __future__ import annotations

import io
import mimetypes
import re
import shutil
import tempfile
import unicodedata
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, BinaryIO, Protocol, TypeVar, cast

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
#: A stream that cannot seek is copied to a temporary file (in memory up to this size) so that a
#: retried upload can send it again.
SPOOL_IN_MEMORY = 1 << 20


class UploadStream(io.RawIOBase):
    """Bytes from `start` to the end of a file (by path) or of a seekable binary stream, read as httpx
    sends them, so an upload never sits whole in memory. Position 0 is `start`: httpx seeks to 0
    before each attempt, so a retried upload sends the same bytes. A path is opened on demand and
    closed at end of file, so no descriptor outlives the request; a caller's stream is never closed."""

    def __init__(self, source: Path | IO[bytes], start: int = 0) -> None:
        super().__init__()
        self._path = source if isinstance(source, Path) else None
        self._stream: IO[bytes] | None = None if isinstance(source, Path) else source
        self._start = start
        self._position = 0

    def _source(self) -> IO[bytes]:
        if self._stream is None:
            assert self._path is not None  # a stream-backed reader always has its stream
            self._stream = self._path.open("rb")
        self._stream.seek(self._start + self._position)
        return self._stream

    def _release(self) -> None:
        if self._path is not None and self._stream is not None:
            self._stream.close()
            self._stream = None

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._source().read(len(buffer))
        buffer[: len(data)] = data
        self._position += len(data)
        if not data:
            self._release()
        return len(data)

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if whence == io.SEEK_SET:
            self._position = offset
        elif whence == io.SEEK_CUR:
            self._position += offset
        else:
            self._position = self._source().seek(offset, io.SEEK_END) - self._start
        self._position = max(0, self._position)
        return self._position

    def tell(self) -> int:
        return self._position

    def close(self) -> None:
        self._release()
        super().close()


@dataclass(frozen=True)
class FilePart:
    """A file to upload: where its bytes come from, its name and media type. `stream()` reads it in
    chunks (and rewinds for a retry); nothing is read into memory up front."""

    source: bytes | Path | IO[bytes]
    filename: str
    content_type: str
    #: Where the caller's stream stood when it was handed over: the upload starts there.
    start: int = 0

    @classmethod
    def of(cls, value: FileInput, filename: str | None = None, content_type: str | None = None) -> FilePart:
        """From a path, bytes, a binary stream, or a `(name, bytes[, media type])` tuple. A path must
        name a readable file now (a missing one fails here, before any I/O)."""
        if isinstance(value, tuple):
            name, data, *rest = value
            return cls.of(data, filename or name, content_type or (rest[0] if rest else None))
        start = 0
        source: bytes | Path | IO[bytes]
        if isinstance(value, str | Path):
            source = Path(value)
            source.open("rb").close()  # readable now, or OSError before any request
            name = filename or source.name
        elif isinstance(value, bytes | bytearray):
            source, name = bytes(value), filename or "file.bin"
        else:
            if isinstance(value, io.TextIOBase):
                raise TypeError("an upload needs a binary stream (open the file with 'rb')")
            name = filename or Path(str(getattr(value, "name", "file.bin"))).name
            source, start = _rewindable(value)
        guessed = mimetypes.guess_type(name)[0]
        return cls(source, name, content_type or guessed or "application/octet-stream", start)

    def stream(self) -> BinaryIO:
        """A fresh reader of the file, for `File(payload=...)` or an httpx `files=` tuple."""
        if isinstance(self.source, bytes):
            return io.BytesIO(self.source)
        return io.BufferedReader(UploadStream(self.source, self.start))

    @property
    def content(self) -> bytes:
        """The whole file in memory (prefer `stream()`, which does not load it)."""
        with self.stream() as reader:
            return reader.read()


def _rewindable(stream: IO[bytes]) -> tuple[IO[bytes], int]:
    """`stream` and where it stands, if it can seek back there; otherwise a temporary copy of what is
    left of it (kept in memory up to SPOOL_IN_MEMORY bytes, on disk beyond)."""
    try:
        if stream.seekable():
            return stream, stream.tell()
    except (OSError, ValueError, AttributeError):
        pass
    copy = tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY)  # noqa: SIM115 -- lives as long as the part
    shutil.copyfileobj(stream, copy)
    copy.seek(0)
    return cast(IO[bytes], copy), 0


@dataclass(frozen=True)
class DownloadedFile:
    """A downloaded document: its bytes, the file name the service gave (reduced to a safe base name,
    see `safe_filename`) and its media type."""

    content: bytes
    filename: str | None
    content_type: str | None


def filename_from(disposition: str | None) -> str | None:
    """The file name of a Content-Disposition header (`filename*=` or `filename=`), reduced to a safe
    base name (RFC 6266 §4.3: a recipient must not use the path the server sends)."""
    if not disposition:
        return None
    extended = re.search(r"filename\*\s*=\s*([\w-]+)'[^']*'([^;\s]+)", disposition, re.IGNORECASE)
    if extended:  # RFC 6266 §4.3: filename* wins over filename (the ASCII fallback)
        try:
            decoded = urllib.parse.unquote(extended.group(2), encoding=extended.group(1), errors="strict")
        except (LookupError, UnicodeDecodeError):
            decoded = ""
        if decoded:
            return safe_filename(decoded)
    from email.message import Message

    message = Message()
    message["content-disposition"] = disposition
    try:
        name = message.get_filename()
    except (ValueError, LookupError):  # a malformed or unknown charset in filename*
        return None
    return safe_filename(str(name)) if name else None


_WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}
)
_NOT_IN_NAMES = str.maketrans({char: "_" for char in '<>:"|?*'})


def safe_filename(name: str) -> str | None:
    """The last path component of `name` (either separator), without control characters, characters
    Windows refuses, or surrounding dots and spaces; None when nothing usable is left (`..`, `/`).
    A Windows device name (`CON`, `nul.txt`) gets a leading underscore; at most 255 bytes as UTF-8."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(char for char in base if unicodedata.category(char) not in ("Cc", "Cf", "Zl", "Zp"))
    base = base.translate(_NOT_IN_NAMES).strip(" .")
    if not base:
        return None
    if base.split(".", 1)[0].lower() in _WINDOWS_RESERVED:
        base = f"_{base}"
    if len(base.encode()) > 255:  # keep a short extension, cut the stem
        stem, dot, suffix = base.rpartition(".")
        keep = f"{dot}{suffix}" if stem and len(suffix) < 16 else ""
        head = base[: len(base) - len(keep)].encode()[: 255 - len(keep.encode())]
        base = head.decode("utf-8", "ignore") + keep
    return base
