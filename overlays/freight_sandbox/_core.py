"""A spec-driven ASGI app: routes, request validation, faults, rate limits and a write journal.

Each API module subclasses `SandboxApi` with its authentication, its error shape and one handler per
operationId; everything that follows from the spec (paths, parameters, bodies, content types) is
done here once, for all four. Whatever a request holds, the answer is in the vendor's error shape:
malformed input is a 4xx, and a bug in a handler a vendor-shaped 500 that is still journalled.
"""

from __future__ import annotations

import asyncio
import collections
import json
import logging
import re
import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from freight_clients.support import load_spec

from ._errors import ApiError
from ._faults import TOKEN_FAULT_KINDS, Fault, FaultPlan, FaultSpec, RateLimit, TokenBuckets, retry_after_header
from ._journal import MAX_JOURNAL, Journal, JournalEntry
from ._wire import MAX_JSON_DEPTH, content_disposition, strict_json

METHODS = ("get", "put", "post", "delete", "patch")
#: Orders a tenant (company, organisation or user) may create between resets; then creates get 403.
MAX_ORDERS_PER_CREDENTIAL = 100_000
#: Largest request body a sandbox reads (a --public sandbox must not be filled by one request); 413 beyond.
MAX_REQUEST_BODY = 32 * 1024 * 1024
_GATEWAY_PAGE = (
    "<!DOCTYPE html><html><head><title>503 Service Temporarily Unavailable</title></head>"
    "<body><h1>Service Temporarily Unavailable</h1><p>The gateway answered (injected).</p></body></html>"
)
logger = logging.getLogger("freight_sandbox")
_URN = "urn:freight-sandbox:spec"
_ANY: dict[str, Any] = {}  # the schema of a parameter that gives none (one object: validators are cached by id)
_FORMATS = jsonschema.FormatChecker()
_INT_RANGES = {"int32": 2**31, "int64": 2**63}


def _in_range(bits: str) -> Callable[[object], bool]:
    limit = _INT_RANGES[bits]

    def check(value: object) -> bool:  # what an ASP.NET / Java service accepts for the type
        return not isinstance(value, int | float) or isinstance(value, bool) or -limit <= value < limit

    return check


for _bits in _INT_RANGES:
    _FORMATS.checks(_bits)(_in_range(_bits))


class SandboxConnectionReset(ConnectionResetError):
    """Raised by the app to drop the connection: uvicorn aborts it, the in-process transport raises it."""


@dataclass
class UploadedFile:
    """A file part of a multipart request."""

    name: str
    filename: str | None
    content_type: str | None
    data: bytes


@dataclass
class Call:
    """One validated request, as a handler sees it."""

    request: Request
    operation_id: str
    tenant: str
    path: dict[str, Any]
    query: dict[str, Any]
    headers: Mapping[str, str]
    body: Any = None
    files: dict[str, list[UploadedFile]] = field(default_factory=dict)
    header_params: dict[str, Any] = field(default_factory=dict)


@dataclass
class Operation:
    method: str
    path: str
    spec: dict[str, Any]

    @property
    def id(self) -> str:
        return str(self.spec["operationId"])


Handler = Callable[[Call], Awaitable[Response] | Response]


class Clock:
    """Wall time plus an offset that tests can advance (token expiry without waiting)."""

    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        return time.time() + self.offset

    def advance(self, seconds: float) -> None:
        self.offset += seconds


class SandboxApi:
    """Base of the four sandboxes. Subclasses set `name`, implement `authenticate`, `render_error`
    and one `op_<operationId>` method per operation, and keep their state in `reset()`."""

    name: ClassVar[str]
    #: Operations that add an order: counted per tenant against `max_orders`.
    creates: ClassVar[frozenset[str]] = frozenset()
    #: Operations that log in (they also draw the token kinds of fault: `token5xx`, `invalid_grant`).
    login_operations: ClassVar[frozenset[str]] = frozenset()

    def __init__(
        self,
        *,
        faults: FaultSpec | str | None = None,
        seed: int | None = None,
        rate_limit: RateLimit | str | None = None,
        validate_responses: bool = False,
        max_orders: int = MAX_ORDERS_PER_CREDENTIAL,
        max_journal: int = MAX_JOURNAL,
        max_body: int = MAX_REQUEST_BODY,
    ) -> None:
        self.spec: dict[str, Any] = load_spec(self.name)
        self.max_body = max_body
        self._registry: Registry[Any] = Registry().with_resource(
            _URN, Resource.from_contents(self.spec, default_specification=DRAFT202012)
        )
        self._validators: dict[str, jsonschema.protocols.Validator] = {}
        self._parameter_validators: dict[int, jsonschema.protocols.Validator] = {}
        self.faults = FaultPlan(faults if isinstance(faults, FaultSpec) else FaultSpec.parse(faults), seed)
        limit = rate_limit if isinstance(rate_limit, RateLimit) or rate_limit is None else RateLimit.parse(rate_limit)
        self.rate_limit = limit
        self._buckets = TokenBuckets(limit) if limit else None
        self.validate_responses = validate_responses
        self.clock = Clock()
        self.max_orders = max_orders
        self.journal = Journal(maxlen=max_journal)
        self.response_violations: list[str] = []
        self.lock = threading.RLock()
        self.operations = [
            Operation(method, path, item[method])
            for path, item in self.spec["paths"].items()
            for method in METHODS
            if method in item
        ]
        known = {op.id for op in self.operations} | {"token"}  # the faults' only= names (freight_sandbox._faults)
        if unknown := sorted(self.faults.spec.operations - known):
            raise ValueError(
                f"faults only={'+'.join(unknown)}: no such {self.name} operation; expected {sorted(known)}"
            )
        self.reset()

    # -- to implement per API ------------------------------------------------------------------

    def reset(self) -> None:
        """Forget every order (and issued token)."""
        self.journal.clear()
        self.created: collections.Counter[str] = collections.Counter()  # orders created per tenant

    def credentials(self, base_url: str) -> dict[str, Any]:
        """The credentials a client needs, as printed by `freight-sandbox` (see its docs)."""
        raise NotImplementedError

    #: The keyword arguments of `client_options` that pick one of several credentials.
    client_selectors: ClassVar[tuple[str, ...]] = ()

    @staticmethod
    def client_options(credentials: dict[str, Any], base_url: str) -> dict[str, Any]:
        """The public constructor options of this API's client for this sandbox (credentials, URLs)."""
        raise NotImplementedError

    def authenticate(self, request: Request, operation: Operation) -> str:
        """The tenant behind the request's credentials; raise ApiError (401/403) otherwise."""
        raise NotImplementedError

    def render_error(self, error: ApiError, operation: Operation | None) -> Response:
        """The vendor's error response for `error`."""
        raise NotImplementedError

    def validation_error(self, operation: Operation, errors: list[tuple[str, str, str]], where: str) -> ApiError:
        """The ApiError for a request that breaks the spec (`where`: body, query, path, header)."""
        field_path, _, message = errors[0]
        return ApiError(400, f"{field_path}: {message}", code=None, field=field_path, details=errors)

    def routes(self) -> list[Route]:
        """Routes outside the spec (token endpoints)."""
        return []

    def render_token_error(self, status: int, error: str, description: str) -> Response:
        """An error of a route outside the spec (the token endpoints): RFC 6749's shape."""
        return json_response({"error": error, "error_description": description}, status)

    # -- the app ---------------------------------------------------------------------------------

    def app(self) -> Starlette:
        routes: dict[str, list[Operation]] = {}
        for op in self.operations:
            routes.setdefault(op.path, []).append(op)
        # Starlette hands `PUT /orders/query` to `/orders/{orderId}` when only the template has PUT:
        # a literal path answers 405 (with Allow) for a method it lacks, whatever template matches.
        literal = {path: ", ".join(op.method.upper() for op in ops) for path, ops in routes.items() if "{" not in path}
        starlette_routes = [
            Route(
                re.sub(r"\{([^}]+)\}", lambda m: "{" + m.group(1).replace("-", "_") + "}", path),
                self._endpoint(ops, literal),
                methods=[op.method.upper() for op in ops],
            )
            # Literal paths first, so that their 405 (OPTIONS, say) lists their own methods.
            for path, ops in sorted(routes.items(), key=lambda item: "{" in item[0])
        ]
        extra = [Route(r.path, self._guarded(r), methods=sorted(r.methods or ())) for r in self.routes()]
        token_paths = {route.path for route in extra}

        async def unrouted(request: Request, refused: Exception) -> Response:
            """An unknown path or a method the path does not serve, in the vendor's shape, journalled."""
            assert isinstance(refused, HTTPException)
            if request.url.path in token_paths:
                response = self.render_token_error(refused.status_code, "invalid_request", str(refused.detail))
            else:
                error = ApiError(refused.status_code, str(refused.detail), headers=dict(refused.headers or {}))
                response = self.render_error(error, None)
            self.journal.append(JournalEntry(f"{request.method} {request.url.path}", None, response.status_code, False))
            return response

        app = Starlette(routes=[*extra, *starlette_routes], exception_handlers={HTTPException: unrouted})
        app.router.redirect_slashes = False  # a trailing slash is another path: 404, not a redirect
        return app

    def _guarded(self, route: Route) -> Callable[[Request], Awaitable[Response]]:
        """A route outside the spec with its token faults, a journal entry and the catch-all."""
        inner = route.endpoint
        faulted = "POST" in (route.methods or ())

        async def endpoint(request: Request) -> Response:
            fault = self.faults.draw(TOKEN_FAULT_KINDS, "token") if faulted else None
            error: str | None = None
            if fault and fault.kind == "token5xx":
                response = self.render_token_error(503, "temporarily_unavailable", "Injected fault.")
            elif fault:
                response = self.render_token_error(400, "invalid_grant", "The grant was refused (injected).")
            else:
                try:
                    await read_body(request, self.max_body)
                    response = await inner(request)
                except _TooLarge as refused:
                    response = self.render_token_error(413, "invalid_request", str(refused))
                except HTTPException as refused:  # Starlette's form parser: no boundary, a field too large
                    response = self.render_token_error(refused.status_code, "invalid_request", str(refused.detail))
                except Exception as crash:
                    logger.exception("the %s sandbox failed on %s", self.name, route.path)
                    error = type(crash).__name__
                    response = self.render_token_error(500, "server_error", "An unexpected error occurred.")
            self.journal.append(
                JournalEntry(
                    route.path,
                    None,
                    response.status_code,
                    200 <= response.status_code < 300,
                    f"{fault.kind}-before" if fault else None,
                    error,
                )
            )
            return response

        return endpoint

    def _endpoint(self, ops: list[Operation], literal: Mapping[str, str]) -> Callable[[Request], Awaitable[Response]]:
        by_method = {op.method.upper(): op for op in ops}

        async def endpoint(request: Request) -> Response:
            allowed = literal.get(request.scope["path"]) if "{" in ops[0].path else None
            if allowed is not None:
                raise HTTPException(405, headers={"Allow": allowed})
            # Starlette also routes HEAD to GET routes.
            return await self._dispatch(by_method.get(request.method) or by_method["GET"], request)

        return endpoint

    async def _dispatch(self, op: Operation, request: Request) -> Response:
        """One request: fault before, auth, rate limit, validation, handler, fault after, journal.

        The journal gets exactly one entry per request, saying whether the handler's write happened.
        """
        login = op.id in self.login_operations  # a login draws the token kinds first, then the others
        fault = (self.faults.draw(TOKEN_FAULT_KINDS, op.id) if login else None) or self.faults.draw(operation=op.id)
        tenant: str | None = None
        applied = False
        error: str | None = None
        if fault and not fault.after and fault.kind == "reset":
            self.journal.append(JournalEntry(op.id, None, 0, False, "reset-before"))
            return _ResetResponse("sandbox fault: connection reset before the request was processed")
        try:
            try:
                await read_body(request, self.max_body)
            except _TooLarge as refused:
                raise ApiError(413, str(refused)) from None
            if fault and not fault.after:
                await self._strike_before(fault, request, op)
            tenant = self.authenticate(request, op)
            if self._buckets is not None:
                wait = self._buckets.take(tenant)
                if wait > 0:
                    raise ApiError(
                        429,
                        "Rate limit exceeded for this credential.",
                        code="RATE_LIMITED",
                        headers={"Retry-After": retry_after_header(wait)},
                    )
            call = await self._validated_call(op, request, tenant)
            handler: Handler = getattr(self, f"op_{op.id}")
            with self.lock:
                if op.id in self.creates and self.created[tenant] >= self.max_orders:
                    raise ApiError(
                        403,
                        f"The sandbox holds {self.max_orders} orders for this credential, its limit: reset it.",
                        code="SANDBOX_LIMIT",
                    )
                result = handler(call)
                response = await result if asyncio.iscoroutine(result) else result
                assert isinstance(response, Response)
                applied = 200 <= response.status_code < 300
                if applied and op.id in self.creates:
                    self.created[tenant] += 1
        except ApiError as refused:
            response = self.render_error(refused, op)
        except _FaultResponse as struck:
            response = struck.response
        except ClientDisconnect:  # the client gave up (its timeout) before its body arrived
            self.journal.append(JournalEntry(op.id, tenant, 499, False, "client-gone"))
            return _NoAnswer(status_code=499)
        except Exception as crash:  # a bug: still the vendor's shape, still journalled
            logger.exception("the %s sandbox failed on %s", self.name, op.id)
            error = type(crash).__name__
            response = self._internal_error(op)
        if fault and fault.after:
            self.journal.append(JournalEntry(op.id, tenant, 0, applied, f"{fault.kind}-after", error))
            return self._strike_after(fault, response, op)
        self.journal.append(
            JournalEntry(op.id, tenant, response.status_code, applied, f"{fault.kind}-before" if fault else None, error)
        )
        if self.validate_responses and not fault:
            try:
                self._check_response(op, response)
            except Exception as failure:  # a body the check cannot read is itself a violation
                self.response_violations.append(f"{op.id} -> {response.status_code}: unreadable: {failure!r}")
        return response

    def _internal_error(self, op: Operation | None) -> Response:
        """The vendor's 500 (a plain JSON one if even rendering fails)."""
        try:
            return self.render_error(ApiError(500, "An unexpected error occurred.", code="INTERNAL_ERROR"), op)
        except Exception:
            logger.exception("the %s sandbox could not render its 500", self.name)
            return JSONResponse({"message": "An unexpected error occurred."}, status_code=500)

    def _strike_after(self, fault: Fault, response: Response, op: Operation) -> Response:
        """The answer of a fault that strikes once the handler has run (the write happened)."""
        if fault.kind == "reset":
            return _ResetResponse(f"sandbox fault: connection reset after {op.id} was processed")
        body = bytes(getattr(response, "body", b""))
        headers = {k: v for k, v in response.headers.items() if k.lower() != "content-length"}
        if fault.kind == "malformed" and 200 <= response.status_code < 300:
            # JSON that no response schema accepts (every documented body is an object), said to be
            # JSON whatever the answer was: a gateway's error with status 200, in place of a document too.
            headers["content-type"] = "application/json"
            return Response(b'["malformed body (injected)"]', response.status_code, headers)
        if fault.kind == "truncated":
            return _TruncatedResponse(body, response.status_code, headers, op.id)
        if fault.kind == "malformed":
            return response
        return self.render_error(
            ApiError(503, "Injected fault after the request was processed.", code="SANDBOX_FAULT"), op
        )

    async def _strike_before(self, fault: Fault, request: Request, op: Operation) -> None:
        kind = fault.kind
        if kind == "latency":
            await asyncio.sleep(self.faults.spec.param("latency"))
        elif kind == "hang":
            # Read the request first, like a server that stalls while processing: the write still
            # happens after the client has given up, which is what makes retries dangerous.
            await request.body()
            await asyncio.sleep(self.faults.spec.param("hang"))
        elif kind in ("5xx", "token5xx"):
            raise _FaultResponse(self.render_error(ApiError(503, "Injected fault.", code="SANDBOX_FAULT"), None))
        elif kind == "html":  # a gateway's page, with status 200, before the request reached the service
            raise _FaultResponse(HTMLResponse(_GATEWAY_PAGE, 200))
        elif kind == "invalid_grant":  # a login refused
            raise _FaultResponse(self.render_error(ApiError(401, "Invalid credentials (injected)."), op))
        elif kind == "429":
            seconds = self.faults.spec.param("429")
            raise _FaultResponse(
                self.render_error(
                    ApiError(
                        429,
                        "Too many requests (injected).",
                        code="RATE_LIMITED",
                        headers={"Retry-After": retry_after_header(seconds)},
                    ),
                    None,
                )
            )

    # -- request validation ----------------------------------------------------------------------

    def validator(self, pointer: str) -> jsonschema.protocols.Validator:
        found = self._validators.get(pointer)
        if found is None:
            found = jsonschema.Draft202012Validator(
                {"$ref": f"{_URN}#{pointer}"}, registry=self._registry, format_checker=_FORMATS
            )
            self._validators[pointer] = found
        return found

    def errors_of(self, pointer: str, instance: Any, prefix: str = "") -> list[tuple[str, str, str]]:
        found = []
        for error in self.validator(pointer).iter_errors(instance):
            best = jsonschema.exceptions.best_match([error])
            parts = list(best.absolute_path)
            if best.validator == "required":  # name the missing property itself
                missing = re.search(r"'([^']+)' is a required property", best.message)
                parts += [missing.group(1)] if missing else []
            path = prefix + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in parts)
            found.append((path.lstrip(".") or prefix or "body", str(best.validator), best.message))
        return sorted(found)

    def resolve(self, node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            target: Any = self.spec
            for part in node["$ref"][2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def _pointer(self, op: Operation, *parts: str) -> str:
        raw = ("paths", op.path, op.method, *parts)
        return "/" + "/".join(p.replace("~", "~0").replace("/", "~1") for p in raw)

    async def _validated_call(self, op: Operation, request: Request, tenant: str) -> Call:
        path: dict[str, Any] = {}
        query: dict[str, Any] = {}
        header_params: dict[str, Any] = {}
        problems: list[tuple[str, str, str]] = []
        where = "query"
        parameters = [self.resolve(p) for p in op.spec.get("parameters", [])]
        parameters += [self.resolve(p) for p in self.spec["paths"][op.path].get("parameters", [])]
        for param in parameters:
            name, location, schema = param["name"], param["in"], self.resolve(param.get("schema", _ANY))
            if location == "path":
                raw: str | None = request.path_params.get(name.replace("-", "_"))
            elif location == "query":
                raw = request.query_params.get(name)
            elif location == "header":
                raw = request.headers.get(name)
            else:
                continue
            if raw is None:
                if param.get("required"):
                    problems.append((name, "required", f"{location} parameter {name} is required"))
                    where = location
                continue
            value = _coerce(raw, schema)
            errors = [(name, v, m) for _, v, m in self._schema_errors(schema, value)]
            if errors:
                problems += errors
                where = location
            {"path": path, "query": query, "header": header_params}[location][name] = value
        if problems:
            raise self.validation_error(op, problems, where)
        call = Call(request, op.id, tenant, path, query, request.headers, header_params=header_params)
        body_spec = op.spec.get("requestBody")
        if body_spec:
            await self._read_body(op, request, body_spec, call)
        return call

    def _schema_errors(self, schema: dict[str, Any], value: Any) -> list[tuple[str, str, str]]:
        # Parameter schemas live as long as self.spec, so their identity keys a validator cache
        # (building a validator per parameter per request was the costliest part of a call).
        validator = self._parameter_validators.get(id(schema))
        if validator is None:
            validator = jsonschema.Draft202012Validator(schema, registry=self._registry, format_checker=_FORMATS)
            self._parameter_validators[id(schema)] = validator
        return [("", str(e.validator), e.message) for e in validator.iter_errors(value)]

    async def _read_body(self, op: Operation, request: Request, body_spec: dict[str, Any], call: Call) -> None:
        content = body_spec.get("content", {})
        sent = request.headers.get("content-type", "")
        base = sent.split(";", 1)[0].strip().lower()
        media = next((m for m in content if m.split(";", 1)[0].strip().lower() == base), None)
        raw = await request.body() if base != "multipart/form-data" else b""
        if media is None:
            if not sent and not raw and not body_spec.get("required"):
                return
            raise self.unsupported_media_type(op, sent)
        pointer = self._pointer(op, "requestBody", "content", media, "schema")
        if base == "multipart/form-data":
            call.body, call.files = await self._read_form(op, request, content[media])
            problems = self.errors_of(pointer, call.body)
        else:
            call.body = self._parse_json(op, raw, "the body") if raw else None
            if call.body is None and body_spec.get("required"):
                problems = [("body", "required", "a request body is required")]
            else:
                problems = self.errors_of(pointer, call.body)
        if problems:
            raise self.validation_error(op, problems, "body")

    async def _read_form(
        self, op: Operation, request: Request, media: dict[str, Any]
    ) -> tuple[dict[str, Any], dict[str, list[UploadedFile]]]:
        """Bind form parts to the schema's properties as ASP.NET does: names ignore case and `[]`."""
        schema = self.resolve(media.get("schema", {}))
        properties = {name.lower(): name for name in schema.get("properties", {})}
        encoding = media.get("encoding", {})
        body: dict[str, Any] = {}
        files: dict[str, list[UploadedFile]] = {}
        try:
            form = await request.form()
        except Exception as error:  # malformed multipart
            raise self.malformed_body(op, f"the multipart body cannot be parsed: {error}") from None
        for key, value in form.multi_items():
            name = properties.get(key.removesuffix("[]").lower(), key)
            prop = self.resolve(schema.get("properties", {}).get(name, {}))
            is_array = prop.get("type") == "array"
            item_schema = self.resolve(prop.get("items", {})) if is_array else prop
            if item_schema.get("format") == "binary":
                entry: Any
                if not isinstance(value, UploadFile):
                    # Fails the binary string schema; kept in the array beside any real files.
                    entry = {"not a file": str(value)}
                else:
                    if name in files and not is_array:
                        raise self.malformed_body(op, f"form part {key!r} holds one file; {key!r} came twice")
                    upload = UploadedFile(name, value.filename, value.content_type, await value.read())
                    files.setdefault(name, []).append(upload)
                    entry = f"<file {upload.filename or ''}>"
            else:
                text = (await value.read()).decode("utf-8", "replace") if isinstance(value, UploadFile) else value
                as_json = encoding.get(name, {}).get("contentType", "").startswith("application/json")
                if as_json or prop.get("type") == "object":
                    entry = self._parse_json(op, text, f"form part {key!r}")
                else:
                    entry = _coerce(text, item_schema)
            if is_array:
                body.setdefault(name, []).append(entry)
            else:
                body[name] = entry
        return body, files

    def unsupported_media_type(self, op: Operation, sent: str) -> ApiError:
        expected = ", ".join(op.spec["requestBody"]["content"])
        return ApiError(415, f"Content-Type {sent or '(none)'} is not supported; expected {expected}.")

    def malformed_body(self, op: Operation, message: str) -> ApiError:
        return ApiError(400, message, field="body")

    def _parse_json(self, op: Operation, raw: bytes | str, what: str) -> Any:
        try:
            return strict_json(raw)
        except ValueError as error:
            raise self.malformed_body(op, f"{what} is not valid JSON: {error}") from None

    # -- response self-check ---------------------------------------------------------------------

    def _check_response(self, op: Operation, response: Response) -> None:
        """Record (in `response_violations`) any response that its spec does not allow."""
        documented = op.spec["responses"].get(str(response.status_code))
        where = f"{op.method.upper()} {op.path} -> {response.status_code}"
        if documented is None:
            self.response_violations.append(f"{where}: status not documented")
            return
        content = self.resolve(documented).get("content") or {}
        media_type = (response.headers.get("content-type") or "").split(";", 1)[0].strip()
        if not content:
            if response.body:
                self.response_violations.append(f"{where}: a body where none is documented")
            return
        match = next((m for m in content if m.split(";", 1)[0].strip() == media_type), None)
        if match is None:
            self.response_violations.append(f"{where}: content type {media_type!r} not in {list(content)}")
            return
        if "json" in media_type:
            status = str(response.status_code)
            pointer = self._pointer(op, "responses", status)
            response_node = op.spec["responses"][status]
            if "$ref" in response_node:
                pointer = response_node["$ref"][1:]
            problems = self.errors_of(
                f"{pointer}/content/{match.replace('/', '~1')}/schema", json.loads(bytes(response.body))
            )
            self.response_violations += [f"{where}: {p}: {m}" for p, _, m in problems]


class _TruncatedResponse(Response):
    """Declares the whole body's Content-Length, sends half of it, then drops the connection, as a
    proxy or a dying server does: the client sees a body cut short (a transport error), never a
    shorter body that looks complete."""

    def __init__(self, body: bytes, status: int, headers: Mapping[str, str], operation: str) -> None:
        super().__init__(body, status, dict(headers))
        self.reason = f"sandbox fault: {operation}'s answer cut short after {len(body) // 2} of {len(body)} bytes"

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
        await send({"type": "http.response.body", "body": self.body[: len(self.body) // 2], "more_body": True})
        raise SandboxConnectionReset(self.reason)


class _ResetResponse(Response):
    """Starts a response, then drops the connection: uvicorn aborts the socket mid-response (the
    client sees a transport error); in-process, the client gets SandboxConnectionReset."""

    def __init__(self, reason: str) -> None:
        super().__init__(status_code=200)
        self.reason = reason

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"1024")]})
        raise SandboxConnectionReset(self.reason)


class _NoAnswer(Response):
    """Nothing to send: the client is gone (writing to its closed connection makes uvicorn log an error)."""

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        return None


class _FaultResponse(Exception):
    def __init__(self, response: Response) -> None:
        self.response = response


def _coerce(raw: str, schema: dict[str, Any]) -> Any:
    """A query, path or form value converted to its schema's type (left as text when it does not fit)."""
    kind = schema.get("type")
    kinds = kind if isinstance(kind, list) else [kind]
    try:
        if "integer" in kinds:
            return int(raw)
        if "number" in kinds:
            return float(raw)
        if "boolean" in kinds and raw.lower() in ("true", "false"):
            return raw.lower() == "true"
    except ValueError:
        return raw
    return raw


class _TooLarge(Exception):
    """A request body over the sandbox's limit."""


async def read_body(request: Request, limit: int) -> bytes:
    """The request's body, read at most `limit` bytes far: a larger one (declared or sent) raises
    _TooLarge before it is held in memory. Starlette's later `body()`/`form()` reuse what was read."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _TooLarge(f"The request body ({declared} bytes) is larger than {limit} bytes.")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _TooLarge(f"The request body is larger than {limit} bytes.")
        chunks.append(chunk)
    body = b"".join(chunks)
    request._body = body  # Starlette's own cache of the body: body(), json() and form() read it
    return body


def json_response(
    data: Any, status: int = 200, media_type: str = "application/json", headers: Mapping[str, str] | None = None
) -> Response:
    """JSON with the vendor's media type (JSONResponse would force plain application/json)."""
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
    return Response(body, status_code=status, media_type=media_type, headers=dict(headers or {}))


__all__ = [
    "MAX_JOURNAL",
    "MAX_JSON_DEPTH",
    "MAX_ORDERS_PER_CREDENTIAL",
    "MAX_REQUEST_BODY",
    "ApiError",
    "Call",
    "JSONResponse",
    "Journal",
    "SandboxApi",
    "SandboxConnectionReset",
    "UploadedFile",
    "content_disposition",
    "json_response",
]
