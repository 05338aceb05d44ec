"""Regenerate the clients in generated/ from specs/, or check that the committed ones are current.

    python scripts/generate.py [--check] [API ...]

Generation fails on any generator warning (the generator skips what it cannot handle and only
warns). The output is formatted with the repository's ruff configuration by this script, not by
generator post-hooks, so a regeneration into a temporary directory is byte-identical.
"""

from __future__ import annotations

import argparse
import filecmp
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import yaml
from apis import GENERATED, GENERATOR, ROOT, Api, by_name

TEMPLATES = GENERATOR / "templates"
#: Key of the source YAML's SHA-256 in each openapi.json (freight_clients._specs.SOURCE_KEY).
SOURCE_KEY = "x-freight-source-sha256"


def _tool(name: str) -> str:
    """A console script of the running environment (nox venv), else from PATH."""
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} is not installed in this environment")
    return found


def generate(api: Api, out_dir: Path) -> None:
    """Generate one client package into out_dir/<package> and format it."""
    target = out_dir / api.package
    cmd = [
        _tool("openapi-python-client"),
        "generate",
        "--path",
        str(api.spec),
        "--config",
        str(api.config),
        "--custom-template-path",
        str(TEMPLATES),
        "--meta",
        "none",
        "--output-path",
        str(target),
        "--overwrite",
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env={**os.environ, "NO_COLOR": "1"})
    noise = [
        line for line in (proc.stdout + proc.stderr).splitlines() if line.strip() and not line.startswith("Generating ")
    ]
    if proc.returncode != 0 or noise:
        raise SystemExit(f"{api.name}: the generator reported problems (exit {proc.returncode}):\n" + "\n".join(noise))
    (target / "py.typed").write_text("# Marker file for PEP 561\n")
    # The spec as JSON beside the code generated from it: the clients and sandboxes read it at run
    # time without a YAML parser (freight_clients._specs.load_spec).
    source = api.spec.read_bytes()
    spec = yaml.safe_load(source)
    # Which YAML it came from: a checkout whose spec changed since reads the YAML instead.
    spec[SOURCE_KEY] = hashlib.sha256(source).hexdigest()
    (target / "openapi.json").write_text(
        json.dumps(spec, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    ruff = _tool("ruff")
    # --isolated: the same settings wherever the output lands (generated/ or a temporary directory).
    settings = ["--isolated", "--line-length", "120", "--target-version", "py311"]
    for step in (
        [ruff, "check", *settings, "--select", "I,F401", "--fix-only", "--quiet", str(target)],
        [ruff, "format", *settings, "--quiet", str(target)],
    ):
        subprocess.run(step, check=True, cwd=ROOT)


def _tree(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def check(apis: list[Api]) -> int:
    """Regenerate into a temporary directory and list every file that differs from generated/."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="freight-generate-") as tmp:
        for api in apis:
            generate(api, Path(tmp))
            fresh, committed = Path(tmp) / api.package, GENERATED / api.package
            new, old = _tree(fresh), _tree(committed) if committed.exists() else set()
            problems += [f"missing from generated/: {api.package}/{f}" for f in sorted(new - old)]
            problems += [f"not produced by the generator: {api.package}/{f}" for f in sorted(old - new)]
            problems += [
                f"differs: {api.package}/{f}"
                for f in sorted(new & old)
                if not filecmp.cmp(fresh / f, committed / f, shallow=False)
            ]
    if problems:
        print("generated/ is out of date with specs/ (run `nox -s generate`):", *problems, sep="\n  ")
        return 1
    print(f"generated/ is current for: {', '.join(a.name for a in apis)}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="fail, listing files, if generated/ is not current")
    parser.add_argument("apis", nargs="*", help="API short names (default: all)")
    args = parser.parse_args()
    apis = by_name(args.apis)
    if args.check:
        return check(apis)
    for api in apis:
        target = GENERATED / api.package
        if target.exists():
            shutil.rmtree(target)
        generate(api, GENERATED)
        print(f"generated {target.relative_to(ROOT)} from specs/{api.spec_file}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
