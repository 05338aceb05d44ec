"""Issue 14, client leaves: secrets kept out of errors and logs, errors that pickle, typed answers to
broken responses, guarded URLs and credentials, safe download names, streamed uploads, private and
atomic token files. Review ids (review-security.md) are in the test names."""

from __future__ import annotations

import io
import json
import logging
import os
import pickle
import stat
from pathlib import Path
from typing import Any

import httpx
import pytest

from freight_clients import APIStatusError, FreightError, RateLimitError, Smouv, SpotGo

ORDER_ID = "8c585a79-f0dd-42c3-b4e1-cc0daa99c123"
DOC_ID = "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9"
KEY = "spotgo-live-key-0123456789"
SECRET = "smouv-client-secret-XYZ"
SUBSCRIPTION = "smouv-subscription-key-ABCDEF"
PROBLEM = {"type": "x", "title": "Bad", "status": 400, "detail": "nope", "errors": {"orderNumber": ["taken"]}}


def answer(status: int, body: Any = None, **headers: str) -> httpx.MockTransport:
    """A transport giving the same answer to every request."""
    return httpx.MockTransport(lambda request: httpx.Response(status, json=body, headers=headers))


def spotgo_error() -> APIStatusError:
    spotgo = SpotGo(api_key=KEY, transport=answer(400, PROBLEM), max_retries=0)
    with spotgo, pytest.raises(APIStatusError) as failed:
        spotgo.orders.get(ORDER_ID)
    return failed.value


# --- L2: secrets reachable from exception objects; exceptions that cannot be unpickled -----------


def test_L2_the_request_kept_on_an_error_has_its_api_key_masked() -> None:
    error = spotgo_error()
    kept = error.response.request
    assert KEY not in repr(kept.headers) and KEY not in str(dict(kept.headers))
    assert kept.headers["x-api-key"] == "***" and kept.url.path.endswith(ORDER_ID)
    assert error.response.json()["detail"] == "nope" and error.status_code == 400  # the answer itself is intact


def test_L2_a_token_failure_keeps_no_client_secret_or_subscription_key() -> None:
    transport = answer(401, {"error": "invalid_client", "client_secret": SECRET})
    smouv = Smouv(
        client_id="cid",
        client_secret=SECRET,
        subscription_key=SUBSCRIPTION,
        transport=transport,
        max_retries=0,
        base_url="https://example.test/v1",
        token_url="https://example.test/token",
    )
    with smouv, pytest.raises(APIStatusError) as failed:
        smouv.customer_orders.get("CDE1")
    error = failed.value
    sent = error.response.request.content
    assert b"client_id=cid" in sent and SECRET.encode() not in sent  # the form is kept, the secret is not
    assert SUBSCRIPTION not in repr(error.response.request.headers)
    assert SECRET not in repr(error.body) and SECRET.encode() not in error.response.content
    assert SECRET not in str(error) and SECRET.encode() not in pickle.dumps(error)


def test_L2_errors_pickle_and_unpickle_without_the_secret() -> None:
    error = spotgo_error()
    blob = pickle.dumps(error)
    assert KEY.encode() not in blob
    back = pickle.loads(blob)
    assert type(back) is type(error) and str(back) == str(error)
    kept = ("api", "operation", "status_code", "code", "field", "message", "body", "attempts")
    assert {name: getattr(back, name) for name in kept} == {name: getattr(error, name) for name in kept}
    assert back.response.status_code == 400 and back.response.json() == error.response.json()


def test_L2_every_error_kind_survives_pickling() -> None:
    from freight_clients._exceptions import (
        ClientValidationError,
        ConfigurationError,
        ResponseValidationError,
        connection_error,
    )

    html = httpx.Response(200, text="<html>captive portal</html>", request=httpx.Request("GET", "https://x.test/"))
    errors: list[FreightError] = [
        ClientValidationError(api="SpotGo", operation="createOrder", field="orderNumber", message="too short"),
        ConfigurationError("SpotGo: no API key", api="SpotGo"),
        connection_error(api="SpotGo", operation="getOrder", cause=httpx.ConnectError("refused"), attempts=3),
        ResponseValidationError(api="SpotGo", operation="getOrder", response=html, message="not JSON"),
    ]
    for error in errors:
        back = pickle.loads(pickle.dumps(error))
        assert type(back) is type(error) and str(back) == str(error) and vars(back).keys() <= vars(error).keys()
        assert (back.api, back.operation, back.attempts) == (error.api, error.operation, error.attempts)


# --- M6: a credential with a stray newline ends up in the error text and is retried ---------------


def test_M6_a_connection_error_masks_a_key_read_with_its_newline_and_is_not_retried() -> None:
    from freight_clients import RetryPolicy
    from freight_clients._exceptions import connection_error
    from freight_clients._redact import register_secret

    key = "spotgo-newline-key-9876543210"
    register_secret(key + "\n")  # what the client registers: the value exactly as given
    cause = httpx.LocalProtocolError(f"Illegal header value {(key + chr(10)).encode()!r}")
    error = connection_error(api="SpotGo", operation="getOrder", cause=cause)
    assert key not in str(error) and "LocalProtocolError" in str(error)
    assert not RetryPolicy().should_retry(error, idempotent=True)  # sending it again cannot help
    reset = connection_error(api="SpotGo", operation="getOrder", cause=httpx.ReadError("reset"))
    assert RetryPolicy().should_retry(reset, idempotent=True)


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("spotgo-key-0123456789\n", "white space"),
        (" spotgo-key-0123456789", "white space"),
        ("spotgo-key\x000123456789", "control character"),
        ("spotgo-key\u200b0123456789", "control character"),
        ("", "empty"),
    ],
)
def test_M6_credentials_are_checked_without_echoing_them(value: str, problem: str) -> None:
    from freight_clients._config import check_credential
    from freight_clients._exceptions import ConfigurationError

    with pytest.raises(ConfigurationError) as refused:
        check_credential(value, "API key", "SpotGo")
    assert problem in str(refused.value) and "API key" in str(refused.value)
    assert not value.strip() or value.strip() not in str(refused.value)
    assert isinstance(refused.value, FreightError) and isinstance(refused.value, ValueError)


def test_M6_header_credentials_must_be_ascii_other_credentials_need_not() -> None:
    from freight_clients._config import check_credential
    from freight_clients._exceptions import ConfigurationError

    assert check_credential("mot-de-passe-élevé", "password", "Quivo") == "mot-de-passe-élevé"
    with pytest.raises(ConfigurationError, match="non-ASCII") as refused:
        check_credential("clé-d-abonnement", "subscription key", "S'mouv", header=True)
    assert "clé" not in str(refused.value)


# --- H1: the plain-http guard, for every URL that carries a secret --------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://login.example.com/token",
        "http://127.0.0.1:8080/token",
        "http://127.9.9.9/",
        "http://[::1]:9000/oauth2/token",
        "http://localhost/token",
        "HTTP://LOCALHOST:1/",
        "https://bücher.example/api",  # internationalised names, either form
        "https://xn--bcher-kva.example/api",
        "https://[2001:db8::1]:8443/api",
    ],
)
def test_H1_secret_urls_accept_https_and_loopback(url: str) -> None:
    from freight_clients._config import check_secret_url

    assert check_secret_url(url + "/", "token URL", "S'mouv") == url.rstrip("/")


@pytest.mark.parametrize(
    "url",
    [
        "http://login.example.com/token",  # plain http to a remote host: the typo the guard is for
        "http://localhost.evil.example/",
        "http://billing.localhost/",  # the resolver asks DNS for it (review-3 R3-23)
        "http://127.0.0.1:80@evil.example/",  # userinfo: another host than it seems
        "http://evil.example\\@127.0.0.1/",  # parsers differ on a backslash
        "https://user:pass@login.example.com/",  # credentials in the URL
        "http://127.0.0.1\n.evil.example/",
        "ftp://127.0.0.1/",
        "https:///token",
        "http://[::1/",
    ],
)
def test_H1_secret_urls_refuse_plain_http_and_ambiguous_urls(url: str) -> None:
    from freight_clients._config import check_secret_url
    from freight_clients._exceptions import ConfigurationError

    with pytest.raises(ConfigurationError) as refused:
        check_secret_url(url, "token URL", "S'mouv")
    assert "pass" not in str(refused.value).replace("plain", "")  # never echoes userinfo


def test_H1_the_base_url_guard_is_the_same_check() -> None:
    from freight_clients._config import check_base_url
    from freight_clients._exceptions import ConfigurationError

    with pytest.raises(ConfigurationError, match="plain http"):
        check_base_url("http://api.example.com", "SpotGo")
    with pytest.raises(ConfigurationError, match="credentials"):
        check_base_url("https://u:p@api.example.com", "SpotGo")


def test_H1_L8_a_callers_http_client_may_not_redirect_the_credentials() -> None:
    """Its own base URL does not matter (the requests are built on the API's: test_user_http_stack)."""
    from freight_clients._config import check_http_client
    from freight_clients._exceptions import ConfigurationError

    base = "https://api-test.spotgo.eu"
    for fine in (httpx.Client(), httpx.AsyncClient(base_url=base + "/v1"), httpx.Client(base_url="http://x.example")):
        check_http_client(fine, base, "SpotGo")
    with pytest.raises(ConfigurationError, match="redirect"):
        check_http_client(httpx.Client(base_url=base, follow_redirects=True), base, "SpotGo")


# --- M1: an unparseable Retry-After ------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    ["soon", "-5", "nan", "1e309", "0x10", "1_000", "²", "", "Wed, 32 Oct 2015 07:28:00 GMT", "Mon, 99 Foo 99999"],
)
def test_M1_an_unparseable_retry_after_counts_as_absent(value: str) -> None:
    from freight_clients import RetryPolicy
    from freight_clients._http import retry_after_seconds

    header = [(b"Retry-After", value.encode("latin-1"))]  # as a server may send it, non-ASCII included
    response = httpx.Response(429, headers=header, request=httpx.Request("GET", "https://x.test"))
    assert retry_after_seconds(response) is None
    error = RateLimitError(api="SpotGo", operation="getOrder", response=response)
    assert error.retry_after is None
    delay = RetryPolicy(initial_delay=0.5, jitter=0.0).delay(1, error, idempotent=True)
    assert delay == 0.5  # plain backoff


def test_M1_valid_retry_after_values_still_count() -> None:
    from freight_clients._http import retry_after_seconds

    def seconds(value: str) -> float | None:
        return retry_after_seconds(httpx.Response(429, headers={"Retry-After": value}))

    assert seconds("3") == 3.0 and seconds(" 120 ") == 120.0 and seconds("1.5") == 1.5
    assert seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # in the past
    future = seconds("Wed, 21 Oct 2099 07:28:00 GMT")
    assert future is not None and future > 365 * 86400


def test_M1_a_429_with_a_garbled_retry_after_is_retried_end_to_end() -> None:
    from freight_clients import RetryPolicy

    answers = [
        httpx.Response(429, headers={"Retry-After": "in a minute"}, json={"title": "slow down"}),
        httpx.Response(200, json={"orderId": ORDER_ID, "status": "Created", "orderNumber": "A-1"}),
    ]
    transport = httpx.MockTransport(lambda request: answers.pop(0))
    policy = RetryPolicy(max_retries=2, initial_delay=0.001, max_delay=0.01, jitter=0.0)
    with SpotGo(api_key=KEY, transport=transport, rate_limit=None, retry=policy) as spotgo:
        assert spotgo.orders.get(ORDER_ID).order_number == "A-1"
    assert not answers


# --- M2: broken answers surface as untyped exceptions ---------------------------------------------


@pytest.mark.parametrize(
    ("content", "content_type", "expected"),
    [
        (b"[" * 100_000, "application/json", "[" * 100_000),  # too deep to parse: its text
        (b'{"detail": ', "application/problem+json", '{"detail": '),
        (b"<html>502 Bad Gateway</html>", "text/html; charset=bogus-charset", "<html>502 Bad Gateway</html>"),
        (b'{"errors": ["x"]}', "application/json", {"errors": ["x"]}),
        (b"\xff\xfe\x00garbage", "application/json", "\ufffd\ufffd\x00garbage"),
        (b"", "application/json", None),
    ],
)
def test_M2_error_body_never_raises(content: bytes, content_type: str, expected: Any) -> None:
    from freight_clients._exceptions import error_body

    assert error_body(httpx.Response(503, content=content, headers={"content-type": content_type})) == expected


def test_M2_a_deeply_nested_error_body_still_gives_a_typed_error() -> None:
    deep = "[" * 900 + "]" * 900
    response = httpx.Response(400, content=deep.encode(), headers={"content-type": "application/json"})
    spotgo = SpotGo(api_key=KEY, transport=httpx.MockTransport(lambda request: response), max_retries=0)
    with spotgo, pytest.raises(APIStatusError) as failed:
        spotgo.orders.get(ORDER_ID)
    assert failed.value.status_code == 400 and pickle.loads(pickle.dumps(failed.value)).status_code == 400


def test_M2_error_body_of_an_unread_stream_is_none() -> None:
    from freight_clients._exceptions import error_body

    streamed = httpx.Response(500, stream=httpx.ByteStream(b"never read"), headers={"content-type": "text/plain"})
    assert error_body(streamed) is None


def test_M2_error_details_fall_back_to_the_text_when_the_shape_surprises() -> None:
    from freight_clients._exceptions import error_details

    def spotgo_shape(body: Any) -> tuple[Any, Any, Any]:  # what an API's reader assumes
        return None, None, "; ".join(f"{k}: {', '.join(v)}" for k, v in body["errors"].items())

    assert error_details(spotgo_shape, {"errors": {"f": ["bad"]}}) == (None, None, "f: bad")
    assert error_details(spotgo_shape, {"errors": ["x"]}) == (None, None, '{"errors": ["x"]}')
    assert error_details(spotgo_shape, {"errors": {"f": [1]}}) == (None, None, '{"errors": {"f": [1]}}')
    assert error_details(lambda body: (404, {"x": 1}, "m"), None) == ("404", '{"x": 1}', "m")
    assert error_details(spotgo_shape, "x" * 2000) == (None, None, "x" * 500)


@pytest.mark.parametrize(
    ("content", "content_type", "cause"),
    [
        (b"<html>Please log in to the hotel Wi-Fi</html>", "text/html", "JSONDecodeError"),
        (b'{"status": "Created"}', "application/json", "KeyError"),
        (b"[1, 2]", "application/json", "TypeError"),
    ],
)
def test_M2_a_success_that_does_not_fit_its_model_is_a_response_validation_error(
    content: bytes, content_type: str, cause: str
) -> None:
    from freight_clients import RetryPolicy
    from freight_clients._exceptions import ResponseValidationError, parse_success
    from spotgo_client.models import OrderViewModel

    response = httpx.Response(200, content=content, headers={"content-type": content_type})
    with pytest.raises(ResponseValidationError) as broken:
        parse_success(lambda r: OrderViewModel.from_dict(r.json()), response, api="SpotGo", operation="getOrder")
    error = broken.value
    assert isinstance(error, APIStatusError) and error.status_code == 200 and cause in str(error)
    assert error.response.content == content and error.operation == "getOrder"
    # an unreadable success may hide a processed request: retried only where that is safe
    assert RetryPolicy().should_retry(error, idempotent=True) and not RetryPolicy().should_retry(
        error, idempotent=False
    )


def test_M2_a_decoding_failure_is_a_connection_error() -> None:
    from freight_clients._exceptions import APIConnectionError, APITimeoutError, connection_error

    garbled = connection_error(api="SpotGo", operation="getOrder", cause=httpx.DecodingError("bad gzip"), attempts=2)
    assert type(garbled) is APIConnectionError and garbled.retryable and garbled.attempts == 2
    timed_out = connection_error(api="SpotGo", operation="getOrder", cause=httpx.ReadTimeout("slow"))
    assert type(timed_out) is APITimeoutError and "ReadTimeout" in str(timed_out)


# --- secrets in log lines and redacted copies ----------------------------------------------------


@pytest.fixture
def no_registered_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    """No secret registered by earlier tests in this process (a value such as `ssword` would mask
    part of `grant_type=password` and make the assertions below depend on test order)."""
    from freight_clients import _redact

    monkeypatch.setattr(_redact, "_secrets", set())
    monkeypatch.setattr(_redact, "_pattern", None)


@pytest.mark.usefixtures("no_registered_secrets")
def test_secret_headers_and_fields_are_masked_in_logs_and_copies(caplog: pytest.LogCaptureFixture) -> None:
    from freight_clients._redact import redact, redact_body, redact_headers

    headers = {
        "X-Api-Key": "k1",
        "Authorization": "Bearer t1",
        "Ocp-Apim-Subscription-Key": "s1",
        "Accept": "application/json",
    }
    assert redact_headers(headers) == {
        "X-Api-Key": "***",
        "Authorization": "***",
        "Ocp-Apim-Subscription-Key": "***",
        "Accept": "application/json",
    }
    form = redact_body(
        b"grant_type=password&username=u&password=pw%21&client_secret=cs&refresh_token=rt",
        "application/x-www-form-urlencoded",
    )
    assert form == b"grant_type=password&username=u&password=***&client_secret=***&refresh_token=***"
    body = json.loads(redact_body(b'{"username": "u", "password": "pw", "nested": [{"access_token": "at"}]}', "json"))
    assert body == {"username": "u", "password": "***", "nested": [{"access_token": "***"}]}
    text = "POST /token grant_type=password&password=pw1&client_secret=cs1 Authorization: Bearer tok.en"
    assert redact(text) == "POST /token grant_type=password&password=***&client_secret=*** Authorization: Bearer ***"
    assert redact("{'x-api-key': 'k2', 'refresh_token': \"rt2\"}") == "{'x-api-key': '***', 'refresh_token': \"***\"}"
    assert redact("Trans.eu token: connection failed, password grant refused") == (
        "Trans.eu token: connection failed, password grant refused"  # ordinary words stay
    )
    from freight_clients._redact import logger_for

    with caplog.at_level(logging.DEBUG, logger="freight_clients"):
        logging.getLogger("freight_clients").debug("sending %s", {"client_secret": "cs9", "password": "pw9"})
        logger_for("hardening_test").debug("login %s", '{"username": "u", "password": "pw8"}')
    assert "cs9" not in caplog.text and "pw9" not in caplog.text and "client_secret" in caplog.text
    assert "pw8" not in caplog.text and '"username": "u"' in caplog.text


def test_registered_secrets_are_masked_wherever_they_appear() -> None:
    from freight_clients._redact import redact, redact_body, redacted_request, register_secret

    register_secret("registered-value-424242")
    assert redact("a registered-value-424242 b") == "a *** b"
    assert redact_body(b"\x00\xffregistered-value-424242", "application/pdf") == b"\x00\xff***"
    request = httpx.Request(
        "POST",
        "https://x.test/login?api_key=registered-value-424242",
        json={"user": "registered-value-424242"},
        headers={"X-Trace": "registered-value-424242"},
    )
    copy = redacted_request(request)
    assert b"registered-value-424242" not in copy.content and "registered-value-424242" not in str(copy.url)
    assert copy.headers["x-trace"] == "***"


# --- L6: the server's raw download file name -------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("../../etc/passwd", "passwd"),
        ("/etc/shadow", "shadow"),
        ("..\\..\\Windows\\System32\\evil.dll", "evil.dll"),
        ("C:evil.txt", "C_evil.txt"),
        ("cmr\x00.pdf\n", "cmr.pdf"),
        ("CON.txt", "_CON.txt"),
        ("Łódź_CMR.pdf", "Łódź_CMR.pdf"),
        (".bashrc", "bashrc"),
        ("..", None),
        ("dir/", None),
        ("a<b>|c?.pdf", "a_b__c_.pdf"),
    ],
)
def test_L6_download_names_are_reduced_to_a_safe_base_name(name: str, safe: str | None) -> None:
    from freight_clients._models import safe_filename

    assert safe_filename(name) == safe


def test_L6_long_names_keep_their_extension_within_255_bytes() -> None:
    from freight_clients._models import safe_filename

    name = safe_filename("ż" * 300 + ".pdf")
    assert name is not None and name.endswith(".pdf") and len(name.encode()) <= 255


def test_L6_a_download_returns_only_the_base_name() -> None:
    from freight_clients._models import filename_from

    assert filename_from("attachment; filename*=UTF-8''..%2F..%2Fetc%2Fpasswd") == "passwd"
    assert filename_from("attachment; filename*=bogus-charset''x.pdf") in (None, "x.pdf")
    transport = httpx.MockTransport(
        lambda request: httpx.Response(
            200,
            content=b"%PDF",
            headers={"content-type": "application/pdf", "content-disposition": 'attachment; filename="../../a.pdf"'},
        )
    )
    with SpotGo(api_key=KEY, transport=transport) as spotgo:
        assert spotgo.documents.download(ORDER_ID, DOC_ID).filename == "a.pdf"


# --- L5: uploads read into memory -----------------------------------------------------------------


class CountingReader(io.RawIOBase):
    """A binary stream that records how much each read asked for."""

    def __init__(self, data: bytes, seekable: bool = True) -> None:
        super().__init__()
        self._data, self._position, self._seekable = data, 0, seekable
        self.largest_read = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return self._seekable

    def readinto(self, buffer: Any) -> int:
        self.largest_read = max(self.largest_read, len(buffer))
        chunk = self._data[self._position : self._position + len(buffer)]
        buffer[: len(chunk)] = chunk
        self._position += len(chunk)
        return len(chunk)

    def seek(self, offset: int, whence: int = 0) -> int:
        if not self._seekable:
            raise io.UnsupportedOperation("seek")
        self._position = {0: 0, 1: self._position, 2: len(self._data)}[whence] + offset
        return self._position

    def tell(self) -> int:
        if not self._seekable:
            raise io.UnsupportedOperation("tell")
        return self._position


def uploads_received(first_status: int = 200) -> tuple[httpx.MockTransport, list[bytes]]:
    """A transport that keeps each upload's bytes; the first answer can be a 429."""
    received: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        body = request.read()
        received.append(body)
        if first_status != 200 and len(received) == 1:
            return httpx.Response(first_status, headers={"Retry-After": "0"}, json={"title": "slow down"})
        return httpx.Response(
            200, json={"documentId": DOC_ID, "name": "f", "documentType": "cmr", "status": "InReview"}
        )

    return httpx.MockTransport(handler), received


def test_L5_an_open_file_is_streamed_in_chunks_not_read_whole() -> None:
    from freight_clients._models import FilePart

    data = os.urandom(3 << 20)
    reader = CountingReader(data)
    stream = io.BufferedReader(reader, buffer_size=8192)
    FilePart.of(stream, "big.pdf")
    assert reader.largest_read == 0  # nothing read up front
    transport, received = uploads_received()
    with SpotGo(api_key=KEY, transport=transport) as spotgo:
        spotgo.documents.upload(ORDER_ID, stream, "cmr", filename="big.pdf")
    assert data in received[0] and 0 < reader.largest_read <= 1 << 17  # httpx's 64 KiB chunks


def test_L5_a_path_is_opened_on_demand_and_streamed(tmp_path: Path) -> None:
    from freight_clients._models import FilePart, UploadStream

    path = tmp_path / "cmr.pdf"
    path.write_bytes(b"%PDF-" + os.urandom(200_000))
    part = FilePart.of(path)
    assert part.source == path and part.filename == "cmr.pdf" and part.content_type == "application/pdf"
    raw = UploadStream(path)
    assert raw.read(5) == b"%PDF-" and raw._stream is not None
    assert raw.read() and raw.read() == b"" and raw._stream is None  # closed at end of file
    raw.seek(0)
    assert raw.read(5) == b"%PDF-"  # reopened on a rewind
    raw.close()
    with pytest.raises(FileNotFoundError):
        FilePart.of(tmp_path / "missing.pdf")  # still refused before any I/O
    transport, received = uploads_received()
    with SpotGo(api_key=KEY, transport=transport) as spotgo:
        spotgo.documents.upload(ORDER_ID, path, "cmr")
    assert path.read_bytes() in received[0] and b'filename="cmr.pdf"' in received[0]


@pytest.mark.parametrize("seekable", [True, False])
def test_L5_a_retried_upload_sends_the_same_bytes_again(seekable: bool) -> None:
    data = b"HEADER-to-skip|" + os.urandom(300_000)
    stream = io.BufferedReader(CountingReader(data, seekable=seekable))
    stream.read(len(b"HEADER-to-skip|"))  # the caller already consumed a prefix: the upload starts here
    transport, received = uploads_received(first_status=429)
    with SpotGo(api_key=KEY, transport=transport) as spotgo:
        spotgo.documents.upload(ORDER_ID, stream, "cmr", filename="f.pdf")
    assert len(received) == 2  # a 429, then the retry
    for body in received:  # each attempt sends the file from where the caller stood, in full
        assert data[15:] in body and b"HEADER-to-skip" not in body


def test_L5_a_text_stream_is_refused() -> None:
    from freight_clients._models import FilePart

    with pytest.raises(TypeError, match="binary"):
        FilePart.of(io.StringIO("text"))  # type: ignore[arg-type]


# --- M8 / repro 39: FileTokenStorage -------------------------------------------------------------

TOKEN = {"access_token": "at-1", "refresh_token": "rt-1", "expires_at": 1}


def test_M8_a_saved_token_file_is_private_whatever_the_old_mode(tmp_path: Path) -> None:
    from freight_clients._token_storage import FileTokenStorage

    path = tmp_path / "tokens.json"
    path.write_text("{}")
    path.chmod(0o644)  # created by a deploy script
    FileTokenStorage(path).save(TOKEN)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and json.loads(path.read_text()) == TOKEN
    assert FileTokenStorage(path).load() == TOKEN


def test_M8_a_symlink_is_never_followed(tmp_path: Path) -> None:
    from freight_clients._token_storage import FileTokenStorage

    victim = tmp_path / "victim.txt"
    victim.write_text(json.dumps({"access_token": "theirs"}))
    link = tmp_path / "link.json"
    link.symlink_to(victim)
    assert FileTokenStorage(link).load() is None  # not read through the link
    FileTokenStorage(link).save(TOKEN)
    assert json.loads(victim.read_text()) == {"access_token": "theirs"}  # target untouched
    assert not link.is_symlink() and json.loads(link.read_text()) == TOKEN


def test_M8_an_interrupted_save_keeps_the_previous_tokens(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from freight_clients import _token_storage
    from freight_clients._token_storage import FileTokenStorage

    path = tmp_path / "tokens.json"
    storage = FileTokenStorage(path)
    storage.save(TOKEN)

    def dies_half_way(obj: Any, sink: Any, **options: Any) -> None:
        sink.write('{"access_token": "at-')
        raise KeyboardInterrupt

    monkeypatch.setattr(_token_storage.json, "dump", dies_half_way)  # type: ignore[attr-defined]
    with pytest.raises(KeyboardInterrupt):
        storage.save({"access_token": "at-2", "refresh_token": "rt-2"})
    monkeypatch.undo()
    assert storage.load() == TOKEN and [p.name for p in tmp_path.iterdir()] == ["tokens.json"]


@pytest.mark.parametrize("content", ['{"access_token": "at-', "[1, 2]", "\udcff", "null"])
def test_repro39_an_unreadable_or_corrupt_token_file_means_no_token(
    tmp_path: Path, content: str, caplog: pytest.LogCaptureFixture
) -> None:
    from freight_clients._token_storage import FileTokenStorage

    path = tmp_path / "tokens.json"
    path.write_bytes(content.encode("utf-8", "surrogateescape"))
    with caplog.at_level(logging.WARNING, logger="freight_clients"):
        assert FileTokenStorage(path).load() is None
    assert "without a token" in caplog.text and "at-" not in caplog.text
    (tmp_path / "dir.json").mkdir()
    assert FileTokenStorage(tmp_path / "dir.json").load() is None  # not a file at all
    assert FileTokenStorage(tmp_path / "absent.json").load() is None


def test_memory_token_storage_keeps_a_copy() -> None:
    from freight_clients._token_storage import MemoryTokenStorage

    storage, token = MemoryTokenStorage(), dict(TOKEN)
    storage.save(token)
    token["access_token"] = "changed"
    assert storage.load() == TOKEN
