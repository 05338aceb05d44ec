"""Turn a drift report into a proposed spec change: an OpenAPI Overlay 1.0 document.

    python scripts/drift_overlay.py reports/drift-spotgo.json > spotgo-observed.overlay.yaml
    python scripts/drift_overlay.py reports/drift-spotgo.json --apply specs/spotgo-carrier-portal.yaml

Each action adds what a vendor was seen to send (a property, an enum value, a status, a media
type, a header form, an error code) and carries `x-provenance: {kind: observed, date, run, ...}`,
as do the spec nodes it adds, so a reviewer sees which guess became a fact. A finding the spec
cannot absorb without a decision (a header that no longer fits) is proposed as a widening, with
the observed form in its description. `--apply` prints the spec with the overlay applied (the
subset of JSONPath the overlays written here use: `$`, `.name`, `['name']`).
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "overlays"))

from freight_clients._specs import load_spec, spec_path

_JSON_TYPES = {bool: "boolean", int: "integer", float: "number", str: "string", list: "array", dict: "object"}


def _provenance(report: dict[str, Any], finding: dict[str, Any]) -> dict[str, Any]:
    return {
        "kind": "observed",
        "date": report["date"],
        "run": report.get("run") or "unnamed run",
        "operation": finding["operation"],
        "count": finding["count"],
    }


def _sample_type(sample: str) -> dict[str, Any]:
    try:
        value = json.loads(sample)
    except ValueError:
        return {}
    kind = _JSON_TYPES.get(type(value))
    return {"type": [kind, "null"]} if kind else {}


def _member(path: str, name: str) -> str:
    return f"{path}.{name}" if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name) else f"{path}['{name}']"


def _last_name(path: str) -> str:
    """The property a JSON path ends with (`$.a[].b` -> `b`, `$.a['x-y']` -> `x-y`)."""
    match = re.search(r"(?:\.([A-Za-z_][A-Za-z0-9_]*)|\['([^']*)'\])(?:\[\])*$", path)
    if match is None:
        raise ValueError(f"no property name at the end of {path!r}")
    return match.group(1) or match.group(2)


def actions_for(report: dict[str, Any], spec: dict[str, Any]) -> list[dict[str, Any]]:
    """One Overlay action per finding of `report` (findings already in `spec` give none)."""
    actions: list[dict[str, Any]] = []
    for f in report["findings"]:
        prov = _provenance(report, f)
        where, value, target = f["where"], f["value"], f["target"]
        if f["kind"] == "field":
            name = _last_name(where)
            prop = {**_sample_type(f["sample"]), "description": f"Observed in {f['operation']}.", "x-provenance": prov}
            actions.append({"target": target, "update": {"properties": {name: prop}}})
        elif f["kind"] == "enum":
            actions.append({"target": target, "update": value})
        elif f["kind"] == "status":
            response = {"description": f"Observed: {f['operation']} answered {value}.", "x-provenance": prov}
            if f.get("content_type"):
                response["content"] = {f["content_type"]: {}}
            actions.append({"target": target, "update": {value: response}})
        elif f["kind"] == "content-type":
            actions.append({"target": target, "update": {value: {"x-provenance": prov}}})
        elif f["kind"] == "header":
            header = {
                "schema": {"type": "string"},
                "description": f"Observed in the {value} form.",
                "x-provenance": prov,
            }
            actions.append({"target": target, "update": header})
        elif f["kind"] == "error-code":
            actions.append({"target": target, "update": {"x-error-codes": [value]}})
        else:
            raise ValueError(f"unknown finding kind {f['kind']!r}")
        actions[-1]["description"] = f"{f['kind']} {where}{'' if value is None else f' = {value}'} ({f['operation']})"
        actions[-1]["x-provenance"] = prov
    return _merge_error_codes(actions, spec)


def _merge_error_codes(actions: list[dict[str, Any]], spec: dict[str, Any]) -> list[dict[str, Any]]:
    """Error codes of one response go into one list, appended to the codes the spec already lists."""
    merged: list[dict[str, Any]] = []
    codes: dict[str, dict[str, Any]] = {}
    for action in actions:
        update = action["update"]
        if isinstance(update, dict) and list(update) == ["x-error-codes"]:
            if action["target"] in codes:
                codes[action["target"]]["update"]["x-error-codes"] += update["x-error-codes"]
                continue
            existing = resolve(spec, action["target"]).get("x-error-codes") or []
            update["x-error-codes"] = [*existing, *update["x-error-codes"]]
            codes[action["target"]] = action
        merged.append(action)
    return merged


def overlay(report: dict[str, Any], spec: dict[str, Any]) -> dict[str, Any]:
    """The Overlay document proposing `report`'s findings as changes to `spec`."""
    return {
        "overlay": "1.0.0",
        "info": {
            "title": f"Observed drift of {report['api']} ({report.get('run') or 'unnamed run'}, {report['date']})",
            "version": "1.0.0",
        },
        "extends": f"specs/{spec_path(report['api']).name}",  # the spec the report was made against
        "actions": actions_for(report, spec),
    }


_STEP = re.compile(r"\.([A-Za-z_][A-Za-z0-9_]*)|\['([^']*)'\]|\[(\d+)\]")


def _steps(target: str) -> list[str | int]:
    if not target.startswith("$"):
        raise ValueError(f"unsupported target {target!r}")
    rest, steps = target[1:], []
    while rest:
        match = _STEP.match(rest)
        if match is None:
            raise ValueError(f"unsupported target {target!r}")
        name, quoted, index = match.groups()
        steps.append(int(index) if index is not None else (name if name is not None else quoted))
        rest = rest[match.end() :]
    return steps


def resolve(document: Any, target: str) -> Any:
    node = document
    for step in _steps(target):
        node = node[step]
    return node


def _merge(node: dict[str, Any], update: dict[str, Any]) -> None:
    for key, value in update.items():
        if isinstance(value, dict) and isinstance(node.get(key), dict):
            _merge(node[key], value)
        else:
            node[key] = copy.deepcopy(value)


def apply(spec: dict[str, Any], document: dict[str, Any]) -> dict[str, Any]:
    """A copy of `spec` with the Overlay's `update` actions applied (objects merge; an array target
    gets the value appended, as Overlay 1.0 says)."""
    result = copy.deepcopy(spec)
    for action in document["actions"]:
        node = resolve(result, action["target"])
        update = action["update"]
        if isinstance(node, list):
            if update not in node:
                node.append(copy.deepcopy(update))
        elif isinstance(node, dict) and isinstance(update, dict):
            _merge(node, update)
        else:
            raise ValueError(f"cannot apply {update!r} to {action['target']}")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="drift_overlay.py", description=__doc__)
    parser.add_argument("report", type=Path, help="a drift report (reports/drift-<api>.json)")
    parser.add_argument("--apply", type=Path, help="print this spec (YAML) with the overlay applied instead")
    args = parser.parse_args(argv)
    report = json.loads(args.report.read_text())
    if args.apply:
        spec = yaml.safe_load(args.apply.read_text())
        sys.stdout.write(yaml.safe_dump(apply(spec, overlay(report, spec)), sort_keys=False, allow_unicode=True))
    else:
        sys.stdout.write(yaml.safe_dump(overlay(report, load_spec(report["api"])), sort_keys=False, allow_unicode=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
