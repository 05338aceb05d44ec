"""Every ```python block of README.md and docs/ runs, as a user would run it.

The convention (an HTML comment on the line before a block, blank lines allowed between):

- no comment: a complete program. It runs as a script in a fresh interpreter, in an empty
  directory, with the environment variables of all four APIs pointing at sandboxes standing in
  for the vendors (`freight_sandbox.standin.vendor_environment`, reset before each block), so
  `SpotGo()` with no arguments works; any host but loopback is unreachable (a dead proxy).
- `<!-- doc-example: continues -->`: runs after the blocks before it on the same page, as one script.
- `<!-- doc-example: pytest -->`: a test module, run by pytest with the plugin's fixtures.
- `<!-- doc-example: not run: REASON -->`: a fragment or a program that needs what a test
  cannot have (a vendor account, a broker); it is compiled, and REASON says why it is not run.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from freight_clients import registry

ROOT = Path(__file__).resolve().parents[2]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
_FENCE = re.compile(r"^(?P<indent>\s*)(?P<fence>`{3,}|~{3,})\s*(?P<lang>[\w+-]*)")
_MARKER = re.compile(r"^\s*<!--\s*doc-example:\s*(?P<mode>.*?)\s*-->\s*$")
_MODES = re.compile(r"continues|pytest|not run: \S.*")
PYTHON = ("python", "py", "python3")


@dataclass(frozen=True)
class Block:
    """One fenced block of a page: where it starts, its language, its code and its marker."""

    page: Path
    line: int
    lang: str
    code: str
    mode: str | None

    @property
    def name(self) -> str:
        return f"{self.page.relative_to(ROOT)}:{self.line}"


def blocks(page: Path) -> list[Block]:
    """The fenced blocks of `page`, with the marker comment before each (code dedented)."""
    found: list[Block] = []
    lines = page.read_text(encoding="utf-8").splitlines()
    at = 0
    while at < len(lines):
        opening = _FENCE.match(lines[at])
        if not opening:
            at += 1
            continue
        indent, fence, lang = opening["indent"], opening["fence"], opening["lang"].lower()
        body: list[str] = []
        end = at + 1
        while end < len(lines) and not lines[end].strip().startswith(fence):
            body.append(lines[end][len(indent) :] if lines[end].startswith(indent) else lines[end].lstrip())
            end += 1
        before = next((line for line in reversed(lines[:at]) if line.strip()), "")
        marker = _MARKER.match(before)
        found.append(Block(page, at + 1, lang, "\n".join(body) + "\n", marker["mode"] if marker else None))
        at = end + 1
    return found


def python_blocks() -> Iterator[Block]:
    for page in PAGES:
        yield from (block for block in blocks(page) if block.lang in PYTHON)


EXAMPLES = list(python_blocks())


def _script(block: Block) -> str:
    """The code to run for `block`: with `continues`, the page's blocks before it first."""
    if block.mode != "continues":
        return block.code
    earlier = [b for b in EXAMPLES if b.page == block.page and b.line < block.line]
    if not earlier:
        raise AssertionError(f"{block.name}: `continues` but no block before it on the page")
    return _script(earlier[-1]) + "\n" + block.code


@pytest.fixture(scope="module")
def standins() -> Iterator[tuple[dict[str, str], list[object]]]:
    """The four sandboxes on real ports, and the environment a user with accounts would set."""
    from freight_sandbox import sandbox
    from freight_sandbox.standin import vendor_environment

    boxes = {api: sandbox(api).serve() for api in registry.NAMES}
    env: dict[str, str] = {}
    for api, box in boxes.items():
        env |= vendor_environment(api, box.base_url, box.credentials)
    try:
        yield env, list(boxes.values())
    finally:
        for box in boxes.values():
            box.stop()


def _environment(standin: dict[str, str]) -> dict[str, str]:
    """This process's environment, the stand-ins' variables, and no way out but loopback."""
    dead = "http://127.0.0.1:9"  # the discard port: nothing listens, so a request elsewhere fails at once
    trap = {"HTTP_PROXY": dead, "HTTPS_PROXY": dead, "ALL_PROXY": dead, "NO_PROXY": "127.0.0.1,localhost,.localhost"}
    clean = {k: v for k, v in os.environ.items() if not k.startswith(tuple(f"{a.upper()}_" for a in registry.NAMES))}
    return clean | standin | trap | {"PYTHONUNBUFFERED": "1"}


def test_the_pages_have_python_examples() -> None:
    assert len(EXAMPLES) >= 10, [b.name for b in EXAMPLES]


def test_every_marker_is_known_and_stands_before_a_python_block() -> None:
    problems = []
    for page in PAGES:
        marked = {block.line for block in blocks(page) if block.mode is not None}
        lines = page.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, 1):
            marker = _MARKER.match(line)
            if not marker:
                continue
            where = f"{page.relative_to(ROOT)}:{number}"
            if not _MODES.fullmatch(marker["mode"]):
                problems.append(f"{where}: unknown doc-example mode {marker['mode']!r}")
            after = next((n for n in range(number, len(lines)) if lines[n].strip()), None)
            if after is None or (after + 1) not in marked or not _FENCE.match(lines[after]):
                problems.append(f"{where}: the marker stands before no code block")
            elif blocks(page)[[b.line for b in blocks(page)].index(after + 1)].lang not in PYTHON:
                problems.append(f"{where}: the marker stands before a block that is not Python")
    assert problems == []


@pytest.mark.parametrize("block", EXAMPLES, ids=[block.name for block in EXAMPLES])
def test_doc_example(block: Block, standins: tuple[dict[str, str], list[object]], tmp_path: Path) -> None:
    compile(_script(block), block.name, "exec")  # every block, run or not, is Python
    if block.mode is not None and block.mode.startswith("not run:"):
        return
    env, boxes = standins
    for box in boxes:
        box.reset()  # type: ignore[attr-defined]
    if block.mode == "pytest":
        (tmp_path / "test_example.py").write_text(block.code, encoding="utf-8")
        command = [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "--strict-markers",
            "test_example.py",
        ]
    else:
        (tmp_path / "example.py").write_text(_script(block), encoding="utf-8")
        command = [sys.executable, "example.py"]
    done = subprocess.run(command, cwd=tmp_path, env=_environment(env), capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, f"{block.name} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
