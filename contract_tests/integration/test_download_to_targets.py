"""`documents.download_to` saves to any legal target name and refuses an unusable target with a
typed error naming the API, the operation and the path, before any request (review-3 R3-20)."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any

import pytest

from contract_tests.integration.test_every_operation_under_faults import (
    Script,
    async_client,
    box_of,
    sync_client,
    uploaded,
)
from freight_clients import AsyncSpotGo, ClientValidationError, FreightError, SpotGo

PDF = b"%PDF-1.4 cmr"  # what uploaded() stores


def _longest(directory: Path, character: str, suffix: str = ".pdf") -> str:
    """The longest name of `character`s + suffix the directory's file system allows."""
    limit = os.pathconf(directory, "PC_NAME_MAX")
    count = (limit - len(suffix.encode())) // len(character.encode())
    return character * count + suffix


@pytest.mark.parametrize("character", ["a", "é", "貨"])
def test_the_longest_legal_target_name_is_saved(tmp_path: Path, character: str) -> None:
    """R3-20: a 244-byte name failed with ENAMETOOLONG (the hidden file's name added 19 bytes)."""
    box = box_of("spotgo")
    order_id, document_id = uploaded(box)
    target = tmp_path / _longest(tmp_path, character)
    with sync_client(SpotGo, box, Script()) as spotgo:
        assert spotgo.documents.download_to(order_id, document_id, target) == target
    assert target.read_bytes() == PDF
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no hidden file left behind


def _targets(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    (tmp_path / "a-directory").mkdir()
    (tmp_path / "a-file").write_bytes(b"x")
    limit = os.pathconf(tmp_path, "PC_NAME_MAX")
    return {
        "missing directory": (tmp_path / "no-such-dir" / "cmr.pdf", "No such file or directory"),
        "a directory": (tmp_path / "a-directory", "directory"),
        "below a file": (tmp_path / "a-file" / "cmr.pdf", "Not a directory"),
        "name too long": (tmp_path / ("n" * (limit + 1)), "name too long"),
    }


@pytest.mark.parametrize("case", ["missing directory", "a directory", "below a file", "name too long"])
def test_an_unusable_target_is_a_typed_error_before_any_request(tmp_path: Path, case: str) -> None:
    """R3-20: a missing directory raised a bare FileNotFoundError; a directory as the target failed
    only after the download, when the file was moved into place."""
    box = box_of("spotgo")
    order_id, document_id = uploaded(box)
    target, why = _targets(tmp_path)[case]
    script = Script()
    with sync_client(SpotGo, box, script) as spotgo, pytest.raises(ClientValidationError) as refused:
        spotgo.documents.download_to(order_id, document_id, target)
    error = refused.value
    assert (error.api, error.operation, error.field) == ("SpotGo", "getOrderDocumentContent", "path")
    assert str(target) in str(error) and why.lower() in str(error).lower()
    assert script.requests == []  # nothing sent


def test_an_unusable_target_is_a_typed_error_async(tmp_path: Path) -> None:
    """R3-20, the async client."""
    box = box_of("spotgo")
    order_id, document_id = uploaded(box)
    target = tmp_path / "no-such-dir" / "cmr.pdf"
    script = Script()

    async def run() -> Any:
        async with async_client(AsyncSpotGo, box, script) as spotgo:
            return await spotgo.documents.download_to(order_id, document_id, target)

    with pytest.raises(ClientValidationError) as refused:
        asyncio.run(run())
    assert refused.value.field == "path" and str(target) in str(refused.value) and script.requests == []


def test_a_target_that_cannot_be_written_is_a_typed_error_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """R3-20: a full disk gave a bare OSError. The hidden file is opened on /dev/full, whose writes
    fail with ENOSPC as a full disk's do."""
    full = os.open("/dev/full", os.O_WRONLY)

    def on_full_disk(descriptor: int, mode: str) -> Any:
        os.close(descriptor)  # the hidden file stays (and is removed); its writes go to /dev/full
        return open(full, mode, buffering=0)

    monkeypatch.setattr(os, "fdopen", on_full_disk)
    box = box_of("spotgo")
    order_id, document_id = uploaded(box)
    target = tmp_path / "cmr.pdf"
    with sync_client(SpotGo, box, Script()) as spotgo, pytest.raises(FreightError) as failed:
        spotgo.documents.download_to(order_id, document_id, target)
    error = failed.value
    assert (error.api, error.operation, error.field) == ("SpotGo", "getOrderDocumentContent", "path")
    assert str(target) in str(error) and "No space left on device" in str(error)
    assert list(tmp_path.iterdir()) == []
