"""Operations written once, run by a blocking or an asyncio driver (the sans-I/O style of h11).

Every operation of every client is a *plan*: a generator that yields effects (send a request,
read its body, sleep, take the rate limit, take a lock) and receives their results, or has their
exceptions thrown in. Effects are plain data: this module performs no I/O. All the knowledge of an
operation (how its request is built, whether it is idempotent, how a conflict after an uncertain
attempt is reconciled, how the answer is parsed) lives in its plan, once. The drivers carry the
effects out: `_drivers.run_sync` blocking, `_drivers.run_async` awaiting, `_scripted.run_scripted`
from scripted answers in virtual time (for tests). The descriptors `operation`, `pager` and `bulk`
turn a plan method into the public method of a sync resource (returns the result) or of an async
one (returns a coroutine or an async iterator), so adding an operation means writing one generator.

A plan's `finally` blocks never yield: on cancellation (or Ctrl-C) the driver closes the plan,
which runs them (temporary files removed, locks released) before the exception goes on.

Layer: plan. At run time it imports the standard library only (httpx and the leaf `_types` for
typing). It knows no client, driver, auth or API: they all import it.
"""

from __future__ import annotations

import inspect
import threading
from collections.abc import AsyncIterator, Callable, Coroutine, Generator, Iterable, Iterator
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, Protocol, TypeVar, overload

if TYPE_CHECKING:
    import asyncio

    import httpx

    from ._types import Op

T = TypeVar("T")
P = ParamSpec("P")
R = TypeVar("R", bound="Resource[Any]")
M = TypeVar("M", "Sync", "Async")
In = TypeVar("In")
Out = TypeVar("Out")


class Effect:
    """One step of I/O a plan asks for, as plain data: a driver (`_drivers.run_sync`,
    `_drivers.run_async`, `_scripted.run_scripted`) carries it out and sends back its result."""

    __slots__ = ()


#: A plan: yields effects, receives their results, returns T.
Plan = Generator[Effect, Any, T]


@dataclass(slots=True)
class Send(Effect):
    """Send a request and read the answer; with `stream`, its body is left unread (`Read` or `Drain`
    follows). Returns the httpx response."""

    request: httpx.Request
    stream: bool = False


@dataclass(slots=True)
class Read(Effect):
    """Read a streamed answer's whole body (and close it); returns the bytes. With `limit`, a body
    larger than that many bytes (decoded) raises `_http.AnswerTooLarge` instead."""

    response: httpx.Response
    limit: int | None = None


@dataclass(slots=True)
class Drain(Effect):
    """Copy a streamed answer's body into `sink` chunk by chunk (`write`); returns the bytes written.
    `written` counts as it goes, so a failure mid-body tells whether any byte reached the sink."""

    response: httpx.Response
    sink: IO[bytes]
    written: int = 0

    def write(self, chunk: bytes) -> None:
        self.sink.write(chunk)
        self.written += len(chunk)


@dataclass(slots=True)
class Sleep(Effect):
    """Wait `seconds` (a retry's backoff); returns None."""

    seconds: float


class Limiter(Protocol):
    """What `Acquire` waits on: a credential's client-side rate limit (see `_limits`)."""

    def acquire(self, key: str) -> float: ...

    async def acquire_async(self, key: str) -> float: ...


@dataclass(slots=True)
class Acquire(Effect):
    """Wait for the client-side rate limit of a credential; returns the seconds waited."""

    limiter: Limiter
    key: str


class Locks:
    """A thread lock and an asyncio lock for one resource (a credential's token): a plan takes the
    one its driver needs with `TakeLock` and releases it itself (release never blocks)."""

    def __init__(self) -> None:
        self.thread = threading.Lock()
        self._async: asyncio.Lock | None = None

    @property
    def task(self) -> asyncio.Lock:
        if self._async is None:
            import asyncio

            self._async = asyncio.Lock()
        return self._async


class Releasable(Protocol):
    """A lock `TakeLock` returns, held until the plan releases it."""

    def release(self) -> None: ...


@dataclass(slots=True)
class TakeLock(Effect):
    """Take `locks` (blocking: the thread lock; asyncio: the task lock); returns the lock taken."""

    locks: Locks


class Stepper(Generic[T]):
    """Advances a plan by one effect at a time; shared by every driver."""

    __slots__ = ("effect", "plan", "result")

    def __init__(self, plan: Plan[T]) -> None:
        self.plan = plan
        self.result: T | None = None
        self.effect: Effect | None = None
        self._advance(plan.send, None)

    def _advance(self, step: Callable[[Any], Effect], value: Any) -> None:
        try:
            self.effect = step(value)
        except StopIteration as done:
            self.effect, self.result = None, done.value

    def resume(self, value: Any, error: BaseException | None) -> None:
        """Give the plan the effect's result, or throw its exception into it. Exceptions that
        are not errors (cancellation, Ctrl-C) close the plan, running its `finally` blocks."""
        if error is None:
            self._advance(self.plan.send, value)
        elif isinstance(error, Exception):
            self._advance(self.plan.throw, error)
        else:
            self.plan.close()
            raise error


def run_blocking(plan: Plan[T], perform: Callable[[Effect], Any]) -> T:
    """Carry out a plan, one effect at a time, with `perform` (the blocking and the scripted
    driver differ only in how they perform an effect)."""
    step = Stepper(plan)
    while (effect := step.effect) is not None:
        try:
            value, error = perform(effect), None
        except BaseException as caught:
            value, error = None, caught
        step.resume(value, error)
    return step.result  # type: ignore[return-value]


# --- From plans to public methods ------------------------------------------------------------


class Sync:
    """Marks a resource of a blocking client."""


class Async:
    """Marks a resource of an asyncio client."""


class Resource(Generic[M]):
    """A group of operations (`orders`, `documents`); `_op` is the running operation's context."""

    _op: Op

    def __init__(self, client: Any) -> None:
        self._client = client

    def _bound(self, op: Op) -> Any:
        """A copy of this resource for one running operation (plans reach its context as `_op`)."""
        bound = object.__new__(type(self))
        bound.__dict__.update(self.__dict__)
        bound._op = op
        return bound


class _Public:
    """What the descriptors below share: a name (`orders.create`) and the binding of a resource's
    method to its client. `_call(resource, args, kwargs)` is what the public method does."""

    name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = f"{getattr(owner, 'path', owner.__name__.lower())}.{name}"

    def _call(self, resource: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        raise NotImplementedError

    #: What the public method returns, blocking and asyncio; `{}` is the plan's result type.
    returns = ("{}", "Coroutine[Any, Any, {}]")

    def _bind(self, obj: Any) -> Any:
        if obj is None:
            return self

        def bound(*args: Any, **kwargs: Any) -> Any:
            return self._call(obj, args, kwargs)

        # what help(), IPython and inspect show: the plan's name, docstring and parameters (not `self`)
        wrapped, signature = self._describe(type(obj._client))
        bound.__name__, bound.__qualname__ = wrapped.__name__, wrapped.__qualname__
        bound.__module__, bound.__doc__ = wrapped.__module__, self.__doc__
        bound.__dict__.update(__wrapped__=wrapped, __signature__=signature)
        return bound

    def _describe(self, client: type) -> tuple[Callable[..., Any], inspect.Signature]:
        """The method the public one stands for (a plan, or a maker of `Pages` or a `BulkJob`), and
        its signature without `self`, returning what `client`'s public method returns (cached)."""
        cache: dict[type, tuple[Callable[..., Any], inspect.Signature]] = self.__dict__.setdefault("_described", {})
        if client not in cache:
            wrapped = vars(self).get("plan") or vars(self)["make"]
            signature = inspect.signature(wrapped)
            result = _result_type(signature.return_annotation)
            shape = self.returns[inspect.iscoroutinefunction(client._run)]  # type: ignore[attr-defined]
            returns = shape.format(result) if result else inspect.Signature.empty
            parameters = list(signature.parameters.values())[1:]
            cache[client] = wrapped, signature.replace(parameters=parameters, return_annotation=returns)
        return cache[client]


def _result_type(annotation: Any) -> str | None:
    """`X` of a return annotation `Plan[X]`, `Pages[X]` or `BulkJob[In, X]` (a string, as PEP 563
    leaves it), or None."""
    if not isinstance(annotation, str) or "[" not in annotation or not annotation.endswith("]"):
        return None
    inner = annotation[annotation.index("[") + 1 : -1]
    depth, start = 0, 0
    for index, char in enumerate(inner):
        depth += (char == "[") - (char == "]")
        if char == "," and depth == 0:
            start = index + 1
    return inner[start:].strip()


class operation(_Public, Generic[R, P, T]):
    """Turns a plan method into a public method: blocking on a `Resource[Sync]`, a coroutine on
    a `Resource[Async]`. The plan stays reachable as `Class.method.plan` for use in other plans."""

    def __init__(self, plan: Callable[Concatenate[R, P], Plan[T]]) -> None:
        #: The plan itself, for other plans: `yield from Orders.get.plan(self, order_id)`.
        self.plan: Callable[Concatenate[Any, P], Plan[T]] = plan
        self.__doc__ = plan.__doc__

    def _call(self, resource: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        return resource._client._run(self.name, lambda op: self.plan(resource._bound(op), *args, **kwargs))

    @overload
    def __get__(self, obj: None, owner: Any) -> operation[R, P, T]: ...
    @overload
    def __get__(self, obj: Resource[Sync], owner: Any) -> Callable[P, T]: ...
    @overload
    def __get__(self, obj: Resource[Async], owner: Any) -> Callable[P, Coroutine[Any, Any, T]]: ...
    def __get__(self, obj: Any, owner: Any) -> Any:
        return self._bind(obj)


@dataclass
class Pages(Generic[T]):
    """A paged listing: `fetch(resource, cursor)` is a plan returning one page's items and the
    next cursor (None at the end). The driver stops with an error if a cursor repeats."""

    resource: Resource[Any]
    fetch: Callable[[Any, Any], Plan[tuple[list[T], Any]]]
    first: Any = 0


class pager(_Public, Generic[R, P, T]):
    """Turns a method returning `Pages` into an iterator (blocking) or an async iterator."""

    returns = ("Iterator[{}]", "AsyncIterator[{}]")

    def __init__(self, make: Callable[Concatenate[R, P], Pages[T]]) -> None:
        self.make = make
        self.__doc__ = make.__doc__

    def _call(self, resource: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        return resource._client._iterate(self.name, self.make(resource, *args, **kwargs))

    @overload
    def __get__(self, obj: None, owner: Any) -> pager[R, P, T]: ...
    @overload
    def __get__(self, obj: Resource[Sync], owner: Any) -> Callable[P, Iterator[T]]: ...
    @overload
    def __get__(self, obj: Resource[Async], owner: Any) -> Callable[P, AsyncIterator[T]]: ...
    def __get__(self, obj: Any, owner: Any) -> Any:
        return self._bind(obj)


@dataclass
class BulkJob(Generic[In, Out]):
    """Many independent operations: `one(resource, item)` is the plan for one item, `outcome`
    turns its result or its exception into the item's outcome (and never raises)."""

    name: str
    resource: Resource[Any]
    items: Iterable[In]
    one: Callable[[Any, In], Plan[Any]]
    outcome: Callable[[In, Any, Exception | None], Out]
    concurrency: int
    on_progress: Callable[[int, int | None], None] | None = None


class bulk(_Public, Generic[R, P, Out]):
    """Turns a method returning a `BulkJob` into one returning every outcome in input order
    (blocking: a list; asyncio: a coroutine of a list)."""

    stream = False
    returns = ("list[{}]", "Coroutine[Any, Any, list[{}]]")

    def __init__(self, make: Callable[Concatenate[R, P], BulkJob[Any, Out]]) -> None:
        self.make = make
        self.__doc__ = make.__doc__

    def _call(self, resource: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        return resource._client._bulk(self.make(resource, *args, **kwargs), self.stream)

    @overload
    def __get__(self, obj: None, owner: Any) -> bulk[R, P, Out]: ...
    @overload
    def __get__(self, obj: Resource[Sync], owner: Any) -> Callable[P, list[Out]]: ...
    @overload
    def __get__(self, obj: Resource[Async], owner: Any) -> Callable[P, Coroutine[Any, Any, list[Out]]]: ...
    def __get__(self, obj: Any, owner: Any) -> Any:
        return self._bind(obj)


class bulk_stream(bulk[R, P, Out]):
    """Like `bulk`, but yields each outcome as it completes (an iterator, or an async iterator),
    reading the input lazily: a million-order job runs in flat memory."""

    stream = True
    returns = ("Iterator[{}]", "AsyncIterator[{}]")

    @overload  # type: ignore[override]
    def __get__(self, obj: None, owner: Any) -> bulk_stream[R, P, Out]: ...
    @overload
    def __get__(self, obj: Resource[Sync], owner: Any) -> Callable[P, Iterator[Out]]: ...
    @overload
    def __get__(self, obj: Resource[Async], owner: Any) -> Callable[P, AsyncIterator[Out]]: ...
    def __get__(self, obj: Any, owner: Any) -> Any:
        return super().__get__(obj, owner)
