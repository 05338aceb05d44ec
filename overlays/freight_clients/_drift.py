"""What a vendor sends that the spec does not know: a hook that collects it into a drift report.

The clients absorb the unknown (open enums, `additional_properties`) so integrations keep working;
`DriftCollector` makes it visible. Pass `hooks=[DriftCollector("spotgo")]` to a client (the live
contract runs always do); every answer is compared with the spec's operation, and each difference
is counted, with one redacted sample:

- `status`: a status code the operation does not document (nor its `4XX` range, nor `default`);
- `content-type`: a media type the documented status does not list;
- `header`: a documented response header whose value does not fit its schema (its *form*:
  `integer`, `http-date`, `text`);
- `field`: a property the schema does not list, by JSON path (`$.items[].carrier.phone`);
- `enum`: a value outside an enum (response enums are open in the specs, so it still parses);
- `error-code`: a vendor error code in an error answer that appears nowhere in the spec.

`write()` saves `reports/drift-<api>.json`; `table()` is the printed summary;
`scripts/drift_overlay.py` turns a report into an OpenAPI Overlay that proposes the spec change.
"""

from __future__ import annotations

import datetime
import fcntl
import json
import re
import sys
import threading
from collections.abc import Iterator, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from ._hooks import Hook, ResponseEvent
from ._redact import redact, redact_value
from ._specs import load_spec

METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
#: Where each vendor puts its error code in an error body (`[]` steps into every list item).
ERROR_CODE_PATHS = {
    "spotgo": ["$.code", "$.errors[].code"],
    "smouv": ["$.code"],
    "transeu": ["$.error"],
    "transeu_platform": ["$.error"],  # NestJS's `{statusCode, message, error}` and OAuth errors
    "quivo": ["$.status"],
}
_SAMPLE_CHARS = 200
_WORD = re.compile(r"[A-Za-z0-9_.-]+")


@dataclass
class Finding:
    """One kind of difference: where it was seen, how often, and one redacted sample."""

    kind: str
    operation: str
    status: int | None
    where: str
    value: str | None
    count: int
    sample: str
    #: JSONPath of the spec node to change (the schema, response or header), for the overlay.
    target: str
    #: The media type of the sample's body (an undocumented status proposes it with the status).
    content_type: str | None = None

    @property
    def key(self) -> tuple[str, str, int | None, str, str | None]:
        return self.kind, self.operation, self.status, self.where, self.value


def _media(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def _member(path: str, name: str) -> str:
    """A JSONPath member step that is safe for any name (`$.paths['/orders']`)."""
    return f"{path}.{name}" if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name) else f"{path}['{name}']"


def _header_form(value: str) -> str:
    if value.strip().isdigit():
        return "integer"
    try:
        datetime.datetime.strptime(value.strip(), "%a, %d %b %Y %H:%M:%S GMT")
    except ValueError:
        return "text"
    return "http-date"


def _fits(value: str, schema: Mapping[str, Any]) -> bool:
    """Whether a header value fits its (simple) schema: type, enum, pattern."""
    types = schema.get("type")
    types = [types] if isinstance(types, str) else list(types or [])
    if types and not any(_header_form(value) == "integer" if t in ("integer", "number") else True for t in types):
        return False
    if "enum" in schema and value not in schema["enum"]:
        return False
    pattern = schema.get("pattern")
    return not (isinstance(pattern, str) and re.search(pattern, value) is None)


@dataclass(frozen=True)
class _Skip:
    """What a walk leaves out: error-code paths (reported as codes) and names the request sent."""

    codes: frozenset[str]
    sent: AbstractSet[str]
    values: AbstractSet[str]


class SpecIndex:
    """The parts of one spec the collector compares answers with."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = spec
        self.operations: dict[str, tuple[str, str]] = {
            item[method]["operationId"]: (path, method)
            for path, item in spec.get("paths", {}).items()
            for method in METHODS
            if method in item and "operationId" in item[method]
        }
        self.words = set(_WORD.findall(json.dumps(spec)))

    def resolve(self, schema: Any, at: str) -> tuple[dict[str, Any], str]:
        """`schema` with its `$ref`s followed, and the JSONPath of the node it came from."""
        seen = 0
        while isinstance(schema, dict) and "$ref" in schema and seen < 32:
            ref = str(schema["$ref"])
            node: Any = self.spec
            at = "$"
            for part in ref.removeprefix("#/").split("/"):
                part = part.replace("~1", "/").replace("~0", "~")
                node = node[part]
                at = _member(at, part)
            schema, seen = node, seen + 1
        return (schema if isinstance(schema, dict) else {}), at

    def response(self, operation: str, status: int) -> tuple[dict[str, Any] | None, str]:
        """The documented response of `operation` for `status` (exact, range, default) and its path."""
        path, method = self.operations[operation]
        at = _member(_member(_member("$.paths", path), method), "responses")
        responses = self.spec["paths"][path][method].get("responses", {})
        for key in (str(status), f"{status // 100}XX", f"{status // 100}xx", "default"):
            if key in responses:
                resolved, where = self.resolve(responses[key], _member(at, key))
                return resolved, where
        return None, at


class DriftCollector(Hook):
    """Collects the differences between a vendor's answers and `api`'s spec (see the module doc)."""

    def __init__(self, api: str, spec: Mapping[str, Any] | None = None, *, run: str | None = None) -> None:
        self.api = api
        self.run = run
        self.index = SpecIndex(spec if spec is not None else load_spec(api))
        self.findings: dict[tuple[str, str, int | None, str, str | None], Finding] = {}
        self.responses = 0
        self._lock = threading.Lock()

    # -- recording --------------------------------------------------------------------------------

    def _note(
        self,
        kind: str,
        operation: str,
        status: int | None,
        where: str,
        value: str | None,
        sample: Any,
        target: str,
        content_type: str | None = None,
    ) -> None:
        text = sample if isinstance(sample, str) else json.dumps(redact_value(sample), default=str)
        text = redact(text)[:_SAMPLE_CHARS]
        # `where` and `value` come from the answer too (a field's name, an error code): a secret the
        # server echoes is masked there as in the sample (review-3 R3-9)
        where, value = redact(where), None if value is None else redact(value)
        key = (kind, operation, status, where, value)
        with self._lock:
            found = self.findings.get(key)
            if found is None:
                self.findings[key] = Finding(kind, operation, status, where, value, 1, text, target, content_type)
            else:
                found.count += 1

    def on_response(self, event: ResponseEvent) -> None:
        """Compare one answer with the spec."""
        self.observe(event)

    def observe(
        self, event: ResponseEvent, sent: AbstractSet[str] = frozenset(), values: AbstractSet[str] = frozenset()
    ) -> None:
        """Compare one answer with the spec. `sent` and `values` are property names and string
        values the caller itself sent: an unknown field or enum value among them is its own data
        stored and echoed back (a contract run sends data outside the spec), not the vendor's."""
        if event.operation not in self.index.operations:
            return  # token and login requests of auth servers outside the spec
        with self._lock:
            self.responses += 1
        op, status = event.operation, event.status_code
        response, at = self.index.response(op, status)
        body_text = event.content.decode("utf-8", "replace")
        headers = {k.lower(): v for k, v in event.headers.items()}
        media = _media(headers.get("content-type", ""))
        if response is None:
            self._note("status", op, None, "responses", str(status), body_text, at, media if event.content else None)
            return
        self._check_headers(op, status, response, at, headers)
        content = response.get("content") or {}
        if not event.content or not media:
            return
        documented = {_media(name): (name, value) for name, value in content.items()}
        if media not in documented:
            self._note("content-type", op, status, str(status), media, body_text, _member(at, "content"))
            return
        if "json" not in media:
            return
        try:
            body = json.loads(event.content)
        except ValueError:
            return
        name, media_object = documented[media]
        codes = ERROR_CODE_PATHS.get(self.api, []) if status >= 400 else []
        schema_at = _member(_member(_member(at, "content"), name), "schema")
        skip = _Skip(frozenset(codes), sent, values)
        self._walk(op, status, body, (media_object or {}).get("schema"), schema_at, "$", skip)
        unknown: dict[str, str] = {}  # code -> the first path it was found at
        for path in codes:
            for code in _values_at(body, path):
                if isinstance(code, str) and code and code not in self.index.words:
                    unknown.setdefault(code, path)
        for code, path in unknown.items():
            self._note("error-code", op, status, path, code, body, at)

    def _check_headers(
        self, op: str, status: int, response: Mapping[str, Any], at: str, headers: Mapping[str, str]
    ) -> None:
        for name, header in (response.get("headers") or {}).items():
            value = headers.get(name.lower())
            resolved, where = self.index.resolve(header, _member(_member(at, "headers"), name))
            schema, _ = self.index.resolve(resolved.get("schema", {}), where)
            if value is not None and not _fits(value, schema):
                self._note("header", op, status, name, _header_form(value), value, where)

    def _walk(self, op: str, status: int, value: Any, schema: Any, at: str, path: str, skip: _Skip) -> None:
        """Compare `value` with `schema` (found at `at`), reporting unknown fields and enum values."""
        schema, at = self.index.resolve(schema, at)
        if not schema:
            return
        for combinator in ("anyOf", "oneOf"):
            if combinator in schema:
                self._walk_union(op, status, value, schema[combinator], _member(at, combinator), path, skip)
                return
        if "allOf" in schema:
            merged: dict[str, Any] = {"properties": {}}
            for i, part in enumerate(schema["allOf"]):
                resolved, _ = self.index.resolve(part, f"{at}.allOf[{i}]")
                merged["properties"].update(resolved.get("properties") or {})
            schema = {**schema, **merged}
        unknown = isinstance(value, str) and "enum" in schema and value not in schema["enum"]
        if unknown and path not in skip.codes and value not in skip.values:
            self._note("enum", op, status, path, value, value, _member(at, "enum"))
        if isinstance(value, list) and "items" in schema:
            for item in value:
                self._walk(op, status, item, schema["items"], _member(at, "items"), f"{path}[]", skip)
        if isinstance(value, dict):
            properties = schema.get("properties")
            extra = schema.get("additionalProperties")
            for key, item in value.items():
                if isinstance(properties, dict) and key in properties:
                    where = _member(_member(at, "properties"), key)
                    self._walk(op, status, item, properties[key], where, _member(path, key), skip)
                elif isinstance(extra, dict):
                    self._walk(op, status, item, extra, _member(at, "additionalProperties"), f"{path}.*", skip)
                elif isinstance(properties, dict) and properties and key not in skip.sent:
                    sample = json.dumps(redact_value(item), default=str)  # JSON: the overlay reads its type
                    self._note("field", op, status, _member(path, key), None, sample, at)

    def _walk_union(
        self, op: str, status: int, value: Any, branches: list[Any], at: str, path: str, skip: _Skip
    ) -> None:
        """An `anyOf`/`oneOf`: an open enum (`[{enum}, {type: string}]`) is checked as the enum;
        otherwise the value is compared with the first branch of its JSON type."""
        resolved = [(self.index.resolve(branch, f"{at}[{i}]"), branch) for i, branch in enumerate(branches)]
        for (schema, where), _ in resolved:
            if isinstance(value, str) and "enum" in schema:
                self._walk(op, status, value, schema, where, path, skip)
                return
        for (schema, where), _ in resolved:
            if _json_type_fits(value, schema):
                self._walk(op, status, value, schema, where, path, skip)
                return

    # -- the report ---------------------------------------------------------------------------------

    def report(self) -> dict[str, Any]:
        """The report as JSON-ready data (what `write()` saves)."""
        with self._lock:
            findings = sorted(self.findings.values(), key=lambda f: tuple(str(part) for part in f.key))
            return {
                "api": self.api,
                "run": self.run,
                "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "spec": {k: self.index.spec.get("info", {}).get(k) for k in ("title", "version")},
                "responses": self.responses,
                "findings": [asdict(f) for f in findings],
            }

    def merge(self, report: Mapping[str, Any]) -> None:
        """Add another collector's report of the same API (counts add; the first sample stays)."""
        with self._lock:
            self.responses += int(report.get("responses", 0))
            for data in report.get("findings", []):
                finding = Finding(**data)
                found = self.findings.get(finding.key)
                if found is None:
                    self.findings[finding.key] = finding
                else:
                    found.count += finding.count

    def write(self, directory: str | Path = "reports", *, merge: bool = False) -> Path:
        """Save the report as `<directory>/drift-<api>.json` and return its path; with `merge`, a
        report of the same run already there is added in first (parallel workers of one run)."""
        path = Path(directory) / f"drift-{self.api}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path.parent / ".drift.lock", "w") as lock:  # left in place: unlinking it races
            fcntl.flock(lock, fcntl.LOCK_EX)
            if merge and path.exists():
                earlier = json.loads(path.read_text())
                if earlier.get("run") == self.run and earlier.get("api") == self.api:
                    self.merge(earlier)
            path.write_text(json.dumps(self.report(), indent=2) + "\n")
        return path

    def table(self) -> list[str]:
        """The printed summary: one line per finding."""
        report = self.report()
        lines = [f"drift {self.api}: {len(report['findings'])} finding(s) in {report['responses']} answer(s)"]
        for f in report["findings"]:
            status = "" if f["status"] is None else f" {f['status']}"
            value = "" if f["value"] is None else f" = {f['value']!r}"
            lines.append(f"  {f['kind']:<12} {f['operation']}{status} {f['where']}{value}  x{f['count']}")
        return lines


def _json_type_fits(value: Any, schema: Mapping[str, Any]) -> bool:
    types = schema.get("type")
    if types is None:
        return True
    names = [types] if isinstance(types, str) else list(types)
    checks = {
        "object": isinstance(value, dict),
        "array": isinstance(value, list),
        "string": isinstance(value, str),
        "boolean": isinstance(value, bool),
        "integer": isinstance(value, int) and not isinstance(value, bool),
        "number": isinstance(value, int | float) and not isinstance(value, bool),
        "null": value is None,
    }
    return any(checks.get(name, False) for name in names)


def _values_at(body: Any, path: str) -> Iterator[Any]:
    """The values at a simple JSONPath (`$.a.b`, `$.a[].b`) in `body`."""
    nodes = [body]
    for step in path.removeprefix("$.").split("."):
        name, each = step.removesuffix("[]"), step.endswith("[]")
        found = [node.get(name) for node in nodes if isinstance(node, dict) and name in node]
        nodes = [item for node in found if isinstance(node, list) for item in node] if each else found
    yield from nodes


def main(argv: list[str] | None = None) -> int:
    """`python -m freight_clients._drift reports/drift-*.json`: print each report's table."""
    for name in sys.argv[1:] if argv is None else argv:
        report = json.loads(Path(name).read_text())
        collector = DriftCollector(report["api"], spec={}, run=report.get("run"))
        collector.merge(report)
        print("\n".join(collector.table()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
