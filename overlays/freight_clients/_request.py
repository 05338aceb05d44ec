"""Building the httpx request of an attempt.

On the client's own httpx client, a request with a JSON body or none is built directly: the same
request `httpx.Client.build_request` makes (method, URL, the same headers in the same order and
case, the same body bytes, the timeout), without re-parsing the base URL, re-merging the client's
default headers and normalising every header twice on each call (httpx's `build_request` was
40% of a SpotGo create's time on a canned answer, profiled). `unit/test_request_builder.py`
checks the two agree, on every httpx minor the dependency allows (`nox -s httpx_minor`). A user's
`http_client` (which may carry headers, params, cookies or auth of its own), any client once it
holds cookies, and requests with query parameters, forms or uploads go through
httpx's `build_request`, always with an absolute URL on the API's base URL: a user's client may
have any base URL of its own (or none), and it never decides where the credentials go.

Layer: a leaf. It imports httpx and `_types` only; the client core builds every request with it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import httpx

from ._types import Timeout

#: The keys of a generated endpoint's `_get_kwargs()` that the direct build handles.
_DIRECT_KEYS = frozenset({"method", "url", "headers", "json"})
_JSON_TYPE = ("content-type", "Content-Type", "application/json")
#: Methods httpx gives a `Content-Length: 0` when they carry no body.
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})


class RequestBuilder:
    """Builds the requests of one httpx client; `own` says whether the overlay created it."""

    __slots__ = ("_base", "_headers", "_host", "_http", "_merge", "_own", "_timeout")

    def __init__(self, http: httpx.Client | httpx.AsyncClient, own: bool, base_url: str | None = None) -> None:
        """`base_url`: the API's, which every relative URL joins (default: the httpx client's own)."""
        merge = http.base_url if base_url is None else httpx.URL(base_url)
        if not merge.raw_path.endswith(b"/"):  # as httpx keeps a client's base URL
            merge = merge.copy_with(raw_path=merge.raw_path + b"/")
        self._merge = merge
        base = str(merge)  # httpx keeps its path ending in "/", but "http://host" prints bare
        self._base = base if base.endswith("/") else base + "/"
        self._http, self._own = http, own and not merge.query and merge == http.base_url
        self._host = merge.netloc
        #: The client's headers as (lower-cased name, name, value); names and values are str or bytes,
        #: as httpx takes them.
        self._headers: list[tuple[str, Any, Any]] = [
            (key.decode("latin-1").lower(), key, value) for key, value in http.headers.raw
        ]
        self._timeout = http.timeout.as_dict()

    def with_timeout(self, timeout: Timeout) -> RequestBuilder:
        """This builder for a client copy (`with_options`) whose timeout is `timeout`."""
        copy = object.__new__(RequestBuilder)
        for name in RequestBuilder.__slots__:
            setattr(copy, name, getattr(self, name))
        copy._timeout = httpx.Timeout(timeout).as_dict()
        return copy

    def url(self, url: str | httpx.URL) -> httpx.URL:
        """`url` joined to the API's base URL as httpx joins a client's base URL (an absolute URL
        as it is), so a user's httpx client sends where the API's client would."""
        merge = httpx.URL(url)
        if merge.is_relative_url:
            return self._merge.copy_with(raw_path=self._merge.raw_path + merge.raw_path.lstrip(b"/"))
        return merge

    def build(self, kwargs: Mapping[str, Any], timeout: Timeout, client_timeout: Timeout) -> httpx.Request:
        """The request for `kwargs` with `timeout`, else the client's (`client_timeout` when the
        httpx client does not carry it itself)."""
        url = kwargs["url"]
        if (
            not self._own
            or self._http.cookies
            or not _DIRECT_KEYS.issuperset(kwargs)
            or not (isinstance(url, str) and url.startswith("/") and not url.startswith("//"))
        ):
            built = {**kwargs, "url": self.url(url), "timeout": client_timeout if timeout is None else timeout}
            return self._http.build_request(**built)
        method = str(kwargs["method"]).upper()
        # httpx merges a request's headers into the client's (Headers.update): the client's entries
        # of those names go, the request's are appended as given.
        given = [(key.lower(), key, value) for key, value in (kwargs.get("headers") or {}).items()]
        names = {name for name, _, _ in given}
        headers = [entry for entry in self._headers if entry[0] not in names] + given if given else self._headers[:]
        names.update(name for name, _, _ in self._headers)
        # What httpx.Request adds: the body's Content-Length and Content-Type unless given, then
        # Host first, and `Content-Length: 0` on a body method without a body.
        body = b""
        if kwargs.get("json") is not None:
            body = json.dumps(kwargs["json"], ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()
            for name, key, value in (("content-length", "Content-Length", str(len(body))), _JSON_TYPE):
                if name not in names:
                    headers.append((name, key, value))
                    names.add(name)
        first: list[tuple[str, Any]] = [] if "host" in names else [("Host", self._host)]
        if method in _BODY_METHODS and "content-length" not in names and "transfer-encoding" not in names:
            first.append(("Content-Length", "0"))
        request = httpx.Request(
            method,
            httpx.URL(self._base + url[1:]),
            headers=first + [(key, value) for _, key, value in headers],
            stream=httpx.ByteStream(body),
            extensions={"timeout": dict(self._timeout) if timeout is None else httpx.Timeout(timeout).as_dict()},
        )
        request.read()
        return request
