"""FileTokenStorage's lock (review-3 R3-7) and its load of a path that is not a regular file (R3-21)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from freight_clients.transeu import FileTokenStorage, MemoryTokenStorage


def test_one_holder_at_a_time_across_instances_threads_and_processes(tmp_path: Path) -> None:
    path = tmp_path / "token.json"
    first, second = FileTokenStorage(path), FileTokenStorage(path)
    assert first.try_lock()
    assert not second.try_lock()  # another client of the same file
    taken: list[bool] = []
    thread = threading.Thread(target=lambda: taken.append(first.try_lock()))  # another thread of the same client
    thread.start()
    thread.join()
    assert taken == [False]
    holder = (
        "import sys; from freight_clients.transeu import FileTokenStorage; "
        "print(FileTokenStorage(sys.argv[1]).try_lock())"
    )
    other = subprocess.run([sys.executable, "-c", holder, str(path)], capture_output=True, text=True, timeout=60)
    assert other.stdout.strip() == "False", other.stderr
    first.unlock()
    assert second.try_lock()
    second.unlock()
    assert stat_mode(path.with_name(".token.json.lock")) == 0o600


def stat_mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def test_memory_storage_locks_too() -> None:
    storage = MemoryTokenStorage()
    assert storage.try_lock() and not storage.try_lock()
    storage.unlock()
    assert storage.try_lock()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_at_the_token_path_is_no_token_and_does_not_hang(tmp_path: Path) -> None:
    """R3-21: `TransEu(...)` never returned with a FIFO at the token path."""
    path = tmp_path / "token.json"
    os.mkfifo(path)
    loaded: list[object] = []
    thread = threading.Thread(target=lambda: loaded.append(FileTokenStorage(path).load()), daemon=True)
    thread.start()
    thread.join(3)
    assert loaded == [None]
