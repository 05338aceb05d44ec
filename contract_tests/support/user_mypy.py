"""A user's `mypy --strict` on a script of theirs, with none of this project's settings: what the
packaging tests run against the installed clients."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def run_user_mypy(folder: Path, script: str) -> str:
    """mypy's report on `script`, written to `folder/app.py` and checked there with an empty config."""
    (folder / "app.py").write_text(script, encoding="utf-8")
    (folder / "mypy.ini").write_text("[mypy]\n", encoding="utf-8")  # not the project's settings
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--config-file", "mypy.ini", "app.py"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=folder,
    )
    return done.stdout
