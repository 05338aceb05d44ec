"""FileTokenStorage takes any legal file name, as `download_to` does (the class of review-3 R3-20):
its temporary file and its lock file beside the path added 14 and 6 bytes to the name, so a token
file with a long legal name was never saved (each save logged `OSError`) nor locked across
processes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from freight_clients.transeu import FileTokenStorage

TOKEN = {"access_token": "a" * 20, "refresh_token": "r" * 20, "expires_at": 1.0}


@pytest.mark.parametrize("character", ["t", "é"])
def test_a_token_file_with_the_longest_legal_name_is_saved_and_locked(tmp_path: Path, character: str) -> None:
    limit = os.pathconf(tmp_path, "PC_NAME_MAX")
    path = tmp_path / (character * (limit // len(character.encode())))
    storage, other = FileTokenStorage(path), FileTokenStorage(path)
    storage.save(TOKEN)
    assert FileTokenStorage(path).load() == TOKEN
    assert storage.try_lock()
    assert not other.try_lock()  # the lock file exists: a second holder is refused
    storage.unlock()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert len(names) == 2 and path.name in names  # the token file and its lock, no temporary file left
    assert all(len(os.fsencode(name)) <= limit for name in names)
