"""The generated clients cover every operation and schema, tolerate what real servers add to
responses, stay strict on requests, and send multipart bodies that no file content can corrupt."""

from __future__ import annotations

import asyncio
import importlib
import json
import pkgutil
import uuid
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from contract_tests.support.speclib import (
    API_NAMES,
    UNKNOWN,
    all_operations,
    load,
    operations,
    package,
    ref_name,
    resolve,
    schema_validator,
    snake,
)


def _endpoint_modules(api: str) -> dict[str, Any]:
    api_pkg = importlib.import_module(f"{api}_client.api")
    found = {}
    for info in pkgutil.walk_packages(api_pkg.__path__, f"{api}_client.api."):
        if not info.ispkg:
            found[info.name.rsplit(".", 1)[-1]] = importlib.import_module(info.name)
    return found


@pytest.mark.parametrize("api", API_NAMES)
def test_every_operation_has_an_endpoint_module(api: str) -> None:
    modules = _endpoint_modules(api)
    for op in operations(api):
        module = modules.get(snake(op.spec["operationId"]))
        assert module is not None, f"no generated module for {op.id}"
        for function in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
            assert callable(getattr(module, function, None)), f"{op.id}: no {function}()"
    assert len(modules) == len(list(operations(api))), "generated endpoints that the spec does not have"


@pytest.mark.parametrize("api", API_NAMES)
def test_every_schema_has_a_model(api: str) -> None:
    """Object and enum schemas become classes; a scalar schema (e.g. S'mouv's OrderId, a patterned
    string) becomes the plain Python type wherever it is used."""
    models = importlib.import_module(f"{api}_client.models")
    schemas = load(api)["components"]["schemas"]
    scalar = {n for n, s in schemas.items() if s.get("type") in ("string", "integer", "number") and "enum" not in s}
    missing = [name for name in schemas if name not in scalar and not hasattr(models, name)]
    assert not missing
    assert scalar <= {"OrderId"}, f"unexpected scalar schemas {scalar}: check that they need no class"


# --- responses: unknown enum values and unexpected fields --------------------------------------

_FORMATS = {"date-time": "2024-05-06T07:08:09+00:00", "date": "2024-05-06", "uuid": str(uuid.UUID(int=7))}


def _sample(api: str, node: Any, depth: int = 0) -> Any:
    """A value for a response schema with every field set and every open enum at an unknown value."""
    node = resolve(api, node) if ref_name(node) else node
    if "anyOf" in node:
        branches = node["anyOf"]
        if any(b == {"type": "string"} for b in branches) and any("enum" in resolve(api, b) for b in branches):
            return UNKNOWN
        return _sample(api, next(b for b in branches if b != {"type": "null"}), depth)
    if "enum" in node:
        return node["enum"][0]
    kind = node.get("type", "object")
    kind = next(k for k in kind if k != "null") if isinstance(kind, list) else kind
    if kind == "object":
        value = {name: _sample(api, sub, depth + 1) for name, sub in (node.get("properties") or {}).items()}
        extra = node.get("additionalProperties")
        if isinstance(extra, dict) and depth < 4:
            value["someRelation"] = _sample(api, extra, depth + 1)
        return value
    if kind == "array":
        return [_sample(api, node["items"], depth + 1)] if depth < 6 else []
    if kind == "string":
        return _FORMATS.get(node.get("format", ""), "x" * max(1, node.get("minLength", 1)))
    return {"integer": 1, "number": 1.5, "boolean": True}[kind]


def _response_models() -> list[tuple[str, str]]:
    found = set()
    for op in all_operations():
        for response in op.spec["responses"].values():
            for media in (resolve(op.api, response).get("content") or {}).values():
                name = ref_name(media.get("schema"))
                if name:
                    found.add((op.api, name))
    return sorted(found)


@pytest.mark.parametrize(("api", "name"), _response_models(), ids=lambda v: str(v))
def test_response_models_accept_unknown_enum_values_and_fields(api: str, name: str) -> None:
    sample = _sample(api, {"$ref": f"#/components/schemas/{name}"})
    assert not list(schema_validator(api, name).iter_errors(sample)), "the sample itself must be a valid response"
    sample_with_extra = {**sample, "unexpectedField": {"nested": [1, 2]}}
    model = getattr(package(api).models, name)
    parsed = model.from_dict(sample_with_extra)  # must not raise
    round_trip = parsed.to_dict()
    assert {k: v for k, v in round_trip.items() if k != "unexpectedField"} == sample
    if hasattr(parsed, "additional_properties"):
        assert parsed.additional_properties["unexpectedField"] == {"nested": [1, 2]}
    if UNKNOWN in json.dumps(sample):
        assert UNKNOWN in json.dumps(round_trip)


def test_every_response_enum_is_exercised_with_an_unknown_value() -> None:
    """The samples above put an unknown value into every open enum slot of every response model."""
    exercised = set()
    for api, name in _response_models():
        text = json.dumps(_sample(api, {"$ref": f"#/components/schemas/{name}"}))
        exercised.add((api, name, UNKNOWN in text))
    enum_bearing = {(api, name) for api, name, has in exercised if has}
    assert ("spotgo", "OrderViewModel") in enum_bearing
    assert ("smouv", "Error") in enum_bearing
    assert ("smouv", "CustomerOrder") in enum_bearing
    assert ("transeu", "Order") in enum_bearing


def test_requests_stay_strict() -> None:
    from smouv_client.models import CustomsFlag
    from spotgo_client.models import OrderDocumentStatus
    from transeu_client.models import Currency

    for enum, bad in ((CustomsFlag, "Imports"), (Currency, "XXX"), (OrderDocumentStatus, "Done")):
        with pytest.raises(ValueError):
            enum(bad)


# --- error bodies that are not JSON --------------------------------------------------------------


def test_a_plain_text_error_body_is_kept_not_parsed() -> None:
    from quivo_client import AuthenticatedClient
    from quivo_client.api.orders import submit_order
    from quivo_client.models import DeliveryAddress, OrderRequest, Position

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, text="positions: must not be null", headers={"content-type": "text/plain"})

    client = AuthenticatedClient(base_url="https://quivo.test", token="t", prefix="")
    client.set_httpx_client(httpx.Client(base_url="https://quivo.test", transport=httpx.MockTransport(handler)))
    body = OrderRequest(
        seller_id=1,
        order_identifier="A-1",
        order_reference="R",
        delivery_address=DeliveryAddress(),
        positions=[Position(sku="S", quantity=1)],
    )
    response = submit_order.sync_detailed(client=client, body=body)
    assert response.status_code == 400
    assert response.parsed is None
    assert response.content == b"positions: must not be null"


# --- multipart: the boundary cannot be forged ------------------------------------------------------

FORGERY = (
    b'line1\r\n--+++\r\nContent-Disposition: form-data; name="documentType"\r\n\r\nforged\r\n--+++--\r\n'
    b"\x00\xff binary tail"
)


def _echo_form_app() -> Starlette:
    async def echo(request: Request) -> JSONResponse:
        form = await request.form()
        parts: dict[str, Any] = {}
        for key, value in form.multi_items():
            if isinstance(value, UploadFile):
                parts.setdefault(key, []).append(
                    {
                        "filename": value.filename,
                        "bytes": (await value.read()).hex(),
                        "content_type": value.content_type,
                    }
                )
            else:
                parts.setdefault(key, []).append(value)
        # 202 is not documented for these operations: the generated client hands the raw body back unparsed.
        return JSONResponse({"parts": parts, "content_type": request.headers["content-type"]}, status_code=202)

    return Starlette(routes=[Route("/{path:path}", echo, methods=["POST"])])


def _call_async(module: Any, client_cls: Any, **kwargs: Any) -> httpx.Response:
    async def run() -> httpx.Response:
        transport = httpx.ASGITransport(app=_echo_form_app())
        client = client_cls(base_url="http://sandbox.test", token="t")
        client.set_async_httpx_client(httpx.AsyncClient(base_url="http://sandbox.test", transport=transport))
        detailed = await module.asyncio_detailed(client=client, **kwargs)
        return httpx.Response(detailed.status_code, content=detailed.content)

    return asyncio.run(run())


def test_spotgo_upload_survives_a_file_containing_the_old_fixed_boundary() -> None:
    import io

    from spotgo_client import AuthenticatedClient
    from spotgo_client.api.carrier_portal import upload_order_document
    from spotgo_client.models import OrderDocumentUploadForm
    from spotgo_client.types import File

    upload = File(payload=io.BytesIO(FORGERY), file_name="cmr.pdf", mime_type="application/pdf")
    form = OrderDocumentUploadForm(file=upload, document_type="invoice")
    echoed = _call_async(upload_order_document, AuthenticatedClient, order_id=uuid.uuid4(), body=form).json()
    assert "boundary=+++" not in echoed["content_type"]
    assert echoed["parts"]["documentType"] == ["invoice"]  # no forged second value
    expected = {"filename": "cmr.pdf", "bytes": FORGERY.hex(), "content_type": "application/pdf"}
    assert echoed["parts"]["file"] == [expected]


def test_smouv_create_sends_a_json_order_part_and_intact_files() -> None:
    import io

    from smouv_client import AuthenticatedClient
    from smouv_client.api.customer_orders import create_customer_order
    from smouv_client.models import CustomerOrderCreateForm, CustomerOrderPost
    from smouv_client.types import File

    order = {
        "carrier": {"code": "SOGETS."},
        "transportOrderNumber": "T-1",
        "customsFlag": "Import",
        "containers": [{"reference": "CSQU3054383", "events": []}],
    }
    form = CustomerOrderCreateForm(
        order=CustomerOrderPost.from_dict(order),
        files=[
            File(payload=io.BytesIO(FORGERY), file_name="a.bin"),
            File(payload=io.BytesIO(b"%PDF-1.4"), file_name="b.pdf"),
        ],
    )
    echoed = _call_async(create_customer_order, AuthenticatedClient, body=form).json()
    [order_part] = echoed["parts"]["order"]
    assert json.loads(order_part) == order
    assert [f["bytes"] for f in echoed["parts"]["files"]] == [FORGERY.hex(), b"%PDF-1.4".hex()]


@pytest.mark.parametrize("api", API_NAMES)
def test_client_repr_shows_no_secret(api: str) -> None:
    """The generated clients leave token, headers and httpx clients out of repr() (template change)."""
    pkg = package(api)
    secret, header_secret = "tok-3f9a-SECRET", "sub-77c1-SECRET"
    client = pkg.AuthenticatedClient(base_url="https://api.test", token=secret, headers={"X-Key": header_secret})
    client.get_httpx_client()
    plain = pkg.Client(base_url="https://api.test", headers={"Ocp-Apim-Subscription-Key": header_secret})
    for text in (repr(client), str(client), repr(plain), repr(client.with_headers({"X-Other": header_secret}))):
        assert secret not in text and header_secret not in text, text
    assert "https://api.test" in repr(client)  # the useful parts stay
