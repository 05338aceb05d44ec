"""Fuzz (issue 14): each sandbox gets at least 1,000 malformed requests per API from Hypothesis:
schema-valid bodies with one part broken, hostile JSON (deep nesting, NaN, lone surrogates, cut
short), raw multipart (two `file` parts, odd names, broken boundaries), bad encodings, odd
content types and header values, hostile path ids and query values, wrong methods and paths.

In-process, with no faults injected, every answer must be below 500 and, when it is an error, in
the vendor's error shape; every request gets exactly one journal entry; and afterwards the sandbox
still creates an order. `--hypothesis-seed=N` replays a run.
"""

from __future__ import annotations

import json
import string
import urllib.parse
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from contract_tests.support.contract import credentials
from contract_tests.support.sandbox_shapes import shape_problem
from contract_tests.support.schema_strategies import strategy
from contract_tests.support.speclib import Operation, operations, resolve
from freight_clients import registry
from freight_sandbox import sandbox, transeu_platform
from freight_sandbox.examples import TRANSEU_ORDER, import_order, quivo_order

REQUESTS_PER_API = 1000
BATCH = 4  # requests per Hypothesis example: the same coverage with a quarter of the per-example cost
ACTIONS = ("replace", "remove", "deep", "string")  # what _broken_json does to one part of a valid body
METHODS = ("GET", "PUT", "POST", "DELETE", "PATCH", "OPTIONS", "HEAD")

_ANY_TEXT = st.text(st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=["Cs"]), max_size=12)
_HEADER_TEXT = st.text(st.characters(min_codepoint=0x20, max_codepoint=0xFF, exclude_characters="\x7f"), max_size=20)
_JSON_SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False, allow_infinity=False), _ANY_TEXT
)
_JSON_VALUES = st.recursive(
    _JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_ANY_TEXT, inner, max_size=4),
    max_leaves=6,
)
#: Bytes no strict JSON parser accepts as a valid body (or that push its limits).
_HOSTILE_JSON = st.one_of(
    st.binary(max_size=120),
    st.integers(1, 3000).map(lambda n: b"[" * n + b"]" * n),
    st.integers(1, 3000).map(lambda n: b'{"a":' * n + b"1" + b"}" * n),
    st.integers(1, 3000).map(lambda n: b"[" * n),
    st.sampled_from(
        [
            b"NaN",
            b'{"a": -Infinity}',
            b'"\\ud800"',
            b'{"\\udfff": 1}',
            b"\xef\xbb\xbf{}",
            b'{"a": "\xff\xfe"}',
            b"9" * 5000,
            b"1e999999",
            b"",
            b"null",
            b"{}",
            b"[]",
            b'""',
            "{}".encode("utf-16"),
        ]
    ),
)
_CONTENT_TYPES = st.one_of(
    st.sampled_from(
        [
            b"",
            b"text/plain",
            b"application/json; charset=latin-1",
            b"application/json; x-api-version=9.9",
            b"application/x-www-form-urlencoded",
            b"multipart/form-data",
            b"multipart/form-data; boundary=",
            b"application/xml",
        ]
    ),
    _HEADER_TEXT.map(lambda text: text.encode("latin-1")),
)
_EXTRA_HEADERS = st.dictionaries(
    st.sampled_from(["x-api-version", "if-match", "accept", "content-encoding", "accept-charset", "x-fuzz"]),
    _HEADER_TEXT.map(lambda text: text.encode("latin-1")),
    max_size=3,
)
_PATH_IDS = st.one_of(
    st.uuids().map(str),
    _ANY_TEXT,
    st.sampled_from(["..", ".", "%00", "CDE0000000001", "a/b", "0" * 300, "00000000-0000-0000-0000-000000000000"]),
)
_QUERY_VALUES = st.one_of(
    _ANY_TEXT,
    st.sampled_from(["NaN", "inf", "-1", "0", "1e999", "9" * 400, "true", "", "2024-01-01T00:00:00+99:00"]),
)


@dataclass
class Fuzzed:
    """One request of the fuzz: what it breaks, and what is sent."""

    kind: str
    method: str
    url: str
    headers: dict[str, bytes]
    content: bytes


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path (keys and indexes) inside a JSON value, the root included."""
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += _paths(child, (*prefix, index))
    return found


@st.composite
def _broken_json(draw: st.DrawFn, valid: st.SearchStrategy[Any]) -> tuple[str, bytes]:
    """A schema-valid value with one part replaced, removed or nested deep, maybe cut short."""
    value = draw(valid)
    path = draw(st.sampled_from(_paths(value)))
    action = draw(st.sampled_from(ACTIONS))
    replacement: Any = draw(_JSON_VALUES)
    if action == "deep":
        replacement = json.loads("[" * 60 + "]" * 60)  # within the cap: must still be refused or accepted cleanly
    elif action == "string":
        replacement = draw(_ANY_TEXT)
    if not path:
        value = replacement
    else:
        parent = value
        for step in path[:-1]:
            parent = parent[step]
        if action == "remove":
            del parent[path[-1]]
        else:
            parent[path[-1]] = replacement
    encoded = json.dumps(value, ensure_ascii=draw(st.booleans())).encode("utf-8", "surrogatepass")
    if draw(st.integers(0, 9)) == 0:
        encoded = encoded[: draw(st.integers(0, len(encoded)))]
    return f"broken {action}", encoded


@st.composite
def _multipart(
    draw: st.DrawFn, names: list[str], valid_parts: dict[str, st.SearchStrategy[Any]]
) -> tuple[bytes, bytes]:
    """A multipart body built by hand (names, file names, part contents and boundary all drawn)."""
    boundary = draw(st.text(string.ascii_letters + string.digits + "'()+_,-./:=?", min_size=1, max_size=40)).encode()
    body = b""
    for _ in range(draw(st.integers(0, 5))):
        name = draw(st.sampled_from([*names, "", "x"]) | _ANY_TEXT)
        header = b'Content-Disposition: form-data; name="' + name.encode("utf-8", "surrogatepass") + b'"'
        if draw(st.booleans()):
            filename = draw(_ANY_TEXT | st.sampled_from(['a"b.pdf', "../../etc/passwd", "Łódź.pdf", "\r\nX: 1"]))
            header += b'; filename="' + filename.encode("utf-8", "surrogatepass") + b'"'
        if draw(st.booleans()):
            header += b"\r\nContent-Type: " + draw(st.sampled_from([b"application/json", b"application/pdf", b"x/y"]))
        if name in valid_parts and draw(st.booleans()):
            _, content = draw(_broken_json(valid_parts[name]))
        else:
            content = draw(_HOSTILE_JSON | st.binary(max_size=60))
        body += b"--" + boundary + b"\r\n" + header + b"\r\n\r\n" + content + b"\r\n"
    body += b"--" + boundary + b"--\r\n"
    if draw(st.integers(0, 5)) == 0:
        body = body[: draw(st.integers(0, len(body)))]
    content_type = b"multipart/form-data; boundary=" + draw(st.sampled_from([boundary, b'"' + boundary + b'"', b"x"]))
    return content_type, body


def _schema_of(api: str, op: Operation, media_part: str) -> dict[str, Any] | None:
    content = op.spec.get("requestBody", {}).get("content", {})
    media = next((m for m in content if media_part in m), None)
    return resolve(api, content[media].get("schema", {})) if media else None


def _has_json(api: str) -> bool:
    return any(_schema_of(api, op, "json") is not None for op in operations(api))


def requests(api: str, auth: dict[str, str]) -> st.SearchStrategy[Fuzzed]:
    """Malformed requests to `api`'s sandbox (every operation, and some paths it does not have)."""
    ops = list(operations(api))
    broken: dict[str, st.SearchStrategy[tuple[str, bytes]]] = {}
    forms: dict[str, st.SearchStrategy[tuple[bytes, bytes]]] = {}
    for op in ops:
        json_schema = _schema_of(api, op, "json")
        if json_schema is not None:
            broken[op.id] = _broken_json(strategy(api, json_schema))
        form_schema = _schema_of(api, op, "multipart") or json_schema or {}
        properties = form_schema.get("properties", {})
        valid_parts = {
            name: strategy(api, sub) for name, sub in properties.items() if resolve(api, sub).get("type") == "object"
        }
        forms[op.id] = _multipart(list(properties), valid_parts)

    @st.composite
    def build(draw: st.DrawFn) -> Fuzzed:
        # the breakage first, then an operation it applies to: an API with few JSON bodies still
        # gets every kind of broken JSON often (S'mouv's are mostly multipart)
        breakage = draw(
            st.sampled_from(["broken json", "hostile json", "multipart"] if broken else ["hostile json", "multipart"])
        )
        op = draw(st.sampled_from([op for op in ops if op.id in broken] if breakage == "broken json" else ops))
        path = op.path
        for name in [part.split("}")[0] for part in op.path.split("{")[1:]]:
            path = path.replace("{" + name + "}", urllib.parse.quote(draw(_PATH_IDS), safe=""))
        if draw(st.integers(0, 19)) == 0:
            path = "/" + urllib.parse.quote(draw(_ANY_TEXT), safe="/")
        query = {
            p["name"]: draw(_QUERY_VALUES)
            for p in (resolve(api, p) for p in op.spec.get("parameters", []))
            if p.get("in") == "query" and draw(st.booleans())
        }
        url = path + ("?" + urllib.parse.urlencode(query) if query else "")
        method = op.method.upper() if draw(st.integers(0, 9)) else draw(st.sampled_from(METHODS))
        headers = {name: value.encode("latin-1") for name, value in auth.items()}
        if draw(st.integers(0, 9)) == 0:  # broken credentials
            name = draw(st.sampled_from(sorted(headers)))
            headers[name] = draw(_HEADER_TEXT).encode("latin-1")
        if breakage == "multipart":
            kind = breakage
            headers["content-type"], content = draw(forms[op.id])
        else:
            kind, content = draw(broken[op.id]) if breakage == "broken json" else ("hostile json", draw(_HOSTILE_JSON))
            media = _schema_of(api, op, "json") is not None
            headers["content-type"] = b"application/json" if media else b"text/plain"
            if api == "spotgo":
                headers["content-type"] = b"application/json; x-api-version=1.0"
        if draw(st.booleans()):
            headers["content-type"] = draw(_CONTENT_TYPES)
        headers.update(draw(_EXTRA_HEADERS))
        return Fuzzed(kind, method, url, headers, content)

    return build()


def _valid_create(api: str, box: Any, client: httpx.Client) -> httpx.Response:
    if api == "spotgo":
        order = {"orderNumber": "FUZZ-OK", "carrier": {"vatCode": "LT1"}}
        return client.post(
            "/api/v1/orders", json=order, headers={"content-type": "application/json; x-api-version=1.0"}
        )
    if api == "smouv":
        return client.post(
            "/customer-orders", files=[("order", (None, json.dumps(import_order("FUZZ-OK")), "application/json"))]
        )
    if api == "transeu":
        return client.post("/shipping-orders", json={**TRANSEU_ORDER, "number": "FUZZ-OK"})
    if api == "transeu_platform":
        return client.post("/ext/orders-api/v1/orders", json=transeu_platform.example_order("FUZZ-OK"))
    return client.post("/orders", json={**quivo_order(box.credentials["seller_id"]), "orderIdentifier": "FUZZ-OK"})


@pytest.mark.parametrize("api", registry.NAMES)
def test_fuzz_malformed_requests_get_vendor_shaped_4xx_and_never_500(api: str) -> None:
    box: Any = sandbox(api).in_process()
    auth = credentials(api, box)
    box.api.journal.clear()
    client = box.client()
    sent: list[str] = []

    @settings(
        max_examples=REQUESTS_PER_API // BATCH,
        deadline=None,
        database=None,
        phases=[Phase.generate, Phase.shrink],
        suppress_health_check=list(HealthCheck),
    )
    @given(batch=st.lists(requests(api, auth), min_size=BATCH, max_size=BATCH))
    def some(batch: list[Fuzzed]) -> None:
        for fuzzed in batch:
            one(fuzzed)

    def one(fuzzed: Fuzzed) -> None:
        before = len(box.api.journal)
        response = client.request(fuzzed.method, fuzzed.url, headers=fuzzed.headers, content=fuzzed.content)
        sent.append(fuzzed.kind)
        where = f"{fuzzed.kind}: {fuzzed.method} {fuzzed.url} {fuzzed.content[:80]!r} -> {response.status_code}"
        assert response.status_code < 500, f"{where} {response.text[:200]} {box.api.journal[-1]}"
        if response.status_code >= 400 and fuzzed.method != "HEAD":
            assert shape_problem(api, response) is None, f"{where}: {shape_problem(api, response)}"
        assert len(box.api.journal) == before + 1, where
        assert box.api.journal[-1].status == response.status_code and box.api.journal[-1].error is None, where

    some()
    assert len(sent) >= REQUESTS_PER_API, f"only {len(sent)} requests"
    kinds = {"hostile json", "multipart"} | ({f"broken {action}" for action in ACTIONS} if _has_json(api) else set())
    assert set(sent) == kinds, sorted(set(sent))  # every kind of breakage was drawn
    created = _valid_create(api, box, box.client(headers=auth))
    assert 200 <= created.status_code < 300, created.text  # still serving
