"""Every error has every attribute the README lists (newcomer-3 #19: a ClientValidationError had no
`status_code`), and `request_id` is the vendor's id of the request where it sends one: a request-id
header, or SpotGo's ProblemDetails `traceId`. No socket."""

from __future__ import annotations

import pickle
import uuid
from typing import Any

import httpx
import pytest

from freight_clients import (
    APIConnectionError,
    APITimeoutError,
    BadRequestError,
    ClientValidationError,
    ConfigurationError,
    FreightError,
    NotFoundError,
    SpotGo,
)

#: What README's "Errors" paragraph says each error has, and what the request loop stamps on them.
README_ATTRIBUTES = (
    "api",
    "operation",
    "status_code",
    "code",
    "field",
    "message",
    "response",
    "attempts",
    "outcome_unknown",
    "request_id",
)


def _get(answer: httpx.Response) -> FreightError:
    spotgo = SpotGo(api_key="k" * 20, transport=httpx.MockTransport(lambda r: answer), max_retries=0)
    with spotgo, pytest.raises(FreightError) as caught:
        spotgo.orders.get(str(uuid.uuid4()))
    return caught.value


def test_spotgo_problem_details_trace_id_is_the_request_id() -> None:
    body = {"title": "Bad", "status": 400, "traceId": "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"}
    error = _get(httpx.Response(400, json=body))
    assert isinstance(error, BadRequestError)
    assert error.request_id == body["traceId"]
    assert pickle.loads(pickle.dumps(error)).request_id == body["traceId"]


def test_a_request_id_header_is_the_request_id_and_none_without_one() -> None:
    headers = {"X-Request-Id": "req-42"}
    assert _get(httpx.Response(404, json={"traceId": "t"}, headers=headers)).request_id == "req-42"
    assert _get(httpx.Response(404, json={"title": "Not Found"})).request_id is None


def _every_kind() -> list[FreightError]:
    request = httpx.Request("GET", "https://x.test")
    return [
        FreightError("x", api="SpotGo", operation="orders.get"),
        ConfigurationError("x", api="SpotGo"),
        ClientValidationError(api="SpotGo", operation="createOrder", field="orderNumber", message="required"),
        APIConnectionError(api="SpotGo", operation="getOrder", cause=httpx.ConnectError("refused", request=request)),
        APITimeoutError(api="SpotGo", operation="getOrder", cause=httpx.ReadTimeout("slow", request=request)),
        NotFoundError(api="SpotGo", operation="getOrder", response=httpx.Response(404, request=request)),
    ]


@pytest.mark.parametrize("error", _every_kind(), ids=lambda e: type(e).__name__)
def test_every_error_has_every_attribute_the_readme_lists(error: FreightError) -> None:
    values: dict[str, Any] = {name: getattr(error, name) for name in README_ATTRIBUTES}  # no AttributeError
    if isinstance(error, NotFoundError):
        assert values["status_code"] == 404 and values["response"] is not None
    else:
        assert values["status_code"] is None and values["response"] is None
    restored = pickle.loads(pickle.dumps(error))
    assert {name: getattr(restored, name) is None for name in README_ATTRIBUTES} == {
        name: value is None for name, value in values.items()
    }
