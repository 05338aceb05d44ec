"""The request loop builds its requests directly on the client's own httpx client (`_request`):
each must be the request `httpx.Client.build_request` makes from the same arguments (method, URL,
headers in order and case, body bytes, timeout), on every path the builder takes."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from freight_clients._request import RequestBuilder

BASE = "https://api.example.test/v2"
#: Base URLs as users and the sandboxes give them (a bare host prints without its "/").
BASES = [BASE, "http://localhost", "http://127.0.0.1:8080/", "https://api.example.test/a/b/", "http://h/x?tenant=1"]


def _wire(request: httpx.Request) -> tuple[Any, ...]:
    return request.method, str(request.url), request.headers.raw, request.read(), request.extensions


def _outcome(build: Any) -> tuple[Any, ...]:
    """The request's wire form, or the type of the error building it raised (a header httpx cannot
    encode raises in both)."""
    try:
        return _wire(build())
    except Exception as error:
        return (type(error),)


def _both(kwargs: dict[str, Any], timeout: Any = None, *, client: httpx.Client | None = None) -> None:
    http = client or httpx.Client(base_url=BASE, timeout=12.0)
    reference = dict(kwargs)
    if timeout is not None:
        reference["timeout"] = timeout
    built = _outcome(lambda: RequestBuilder(http, own=True).build(kwargs, timeout, 12.0))
    assert built == _outcome(lambda: http.build_request(**reference))
    assert len(built) > 1 or kwargs.get("headers"), "only a header httpx cannot encode may fail the build"


@pytest.mark.parametrize("method", ["get", "post", "put", "patch", "delete", "GET"])
@pytest.mark.parametrize(
    "body",
    [None, {}, {"orderNumber": "Zürich-1", "n": 1.5, "items": [1, None, True]}, [1, 2], "text", 0, False],
)
def test_bodies_and_methods(method: str, body: Any) -> None:
    kwargs: dict[str, Any] = {"method": method, "url": "/api/v1/orders"}
    if body is not None:
        kwargs["json"] = body
    _both(kwargs)


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Content-Type": "application/json; x-api-version=1.0", "X-Api-Key": "k" * 20},
        {"accept": "application/pdf", "User-Agent": "mine/1.0"},
        {"Host": "other.example.test", "Content-Length": "99"},
        {"transfer-encoding": "chunked"},
        {"X-Note": "café"},
    ],
)
def test_headers_merge_as_httpx_merges_them(headers: dict[str, str]) -> None:
    _both({"method": "post", "url": "/orders", "json": {"a": 1}, "headers": headers})
    _both({"method": "get", "url": "/orders", "headers": headers})


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize(
    "url", ["/api/v1/orders/3fa85f64-5717", "/a%20b/c?x=1&y=%C3%A9", "/search?q=a b", "/", "/ünïcode/é"]
)
def test_urls(base: str, url: str) -> None:
    _both({"method": "post", "url": url, "json": {"a": 1}}, client=httpx.Client(base_url=base, timeout=12.0))


@pytest.mark.parametrize("timeout", [None, 3.0, httpx.Timeout(5.0, connect=1.0)])
def test_timeouts(timeout: Any) -> None:
    _both({"method": "get", "url": "/orders"}, timeout)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"method": "get", "url": "/orders", "params": {"page": 2, "q": "é"}},
        {"method": "post", "url": "/orders", "content": b"raw"},
        {"method": "post", "url": "/token", "data": {"grant_type": "refresh_token"}},
        {"method": "post", "url": "/upload", "files": {"file": ("a.pdf", b"%PDF", "application/pdf")}},
        {"method": "get", "url": "https://elsewhere.example.test/file.pdf"},
        {"method": "get", "url": "//elsewhere.example.test/file.pdf"},
        {"method": "get", "url": "relative/path"},
    ],
)
def test_what_httpx_builds_itself(kwargs: dict[str, Any]) -> None:
    """Query parameters, raw content, forms, uploads and other URLs take httpx's own path."""
    if "files" in kwargs:  # a multipart body's boundary is random: compare everything else
        http = httpx.Client(base_url=BASE, timeout=12.0)
        built = RequestBuilder(http, own=True).build(kwargs, None, 12.0)
        assert built.headers["content-type"].startswith("multipart/form-data; boundary=")
        assert str(built.url) == f"{BASE}/upload"
        return
    _both(kwargs)


def test_a_client_holding_cookies_and_a_users_client_use_httpx() -> None:
    cookies = httpx.Client(base_url=BASE, timeout=12.0)
    cookies.cookies.set("session", "s1", domain="api.example.test")
    _both({"method": "post", "url": "/orders", "json": {"a": 1}}, client=cookies)
    users = httpx.Client(base_url=BASE, headers={"X-Proxy": "p"}, params={"tenant": "t"}, timeout=7.0)
    built = RequestBuilder(users, own=False).build({"method": "get", "url": "/orders"}, None, 12.0)
    assert built.headers["x-proxy"] == "p" and built.url.params["tenant"] == "t"
    assert built.extensions["timeout"] == httpx.Timeout(12.0).as_dict()


_TEXT = st.text(st.characters(min_codepoint=32, max_codepoint=0x2FF, exclude_characters="\x7f"), max_size=12)
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | _TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_TEXT, inner, max_size=3),
    max_leaves=10,
)


@settings(max_examples=100, deadline=None)
@given(
    method=st.sampled_from(["get", "post", "put", "patch", "delete"]),
    body=st.none() | _JSON,
    headers=st.dictionaries(
        st.sampled_from(["Accept", "content-type", "X-Api-Key", "x-api-key", "User-Agent", "X-Trace", "HOST"]),
        st.text(st.characters(min_codepoint=33, max_codepoint=126), min_size=1, max_size=10),
        max_size=4,
    ),
)
def test_any_json_call_is_built_as_httpx_builds_it(method: str, body: Any, headers: dict[str, str]) -> None:
    kwargs: dict[str, Any] = {"method": method, "url": "/api/v1/orders", "headers": headers}
    if body is not None:
        kwargs["json"] = body
    _both(kwargs)
