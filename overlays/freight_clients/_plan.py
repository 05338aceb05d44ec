"""Operations written once, run by a blocking or an asyncio driver (the sans-I/O style of h11).

Every operation of every client is a *plan*: a generator that yields effects (send a request,
read its body, sleep, take the rate limit, take a lock) and receives their results, or has their
exceptions thrown in. All the knowledge of an operation (how its request is built, whether it is
idempotent, how a conflict after an uncertain attempt is reconciled, how the answer is parsed)
lives in its plan, once. `run_sync` and `run_async` are the only places that differ: they carry
out each effect, blocking or awaiting. The descriptors `operation`, `pager` and `bulk` turn a plan
method into the public method of a sync resource (returns the result) or of an async one (returns
a coroutine or an async iterator), so adding an operation means writing one generator.

A plan's `finally` blocks never yield: on cancellation (or Ctrl-C) the driver closes the plan,
which runs them (temporary files removed, locks released) before the exception goes on.
"""

from __future__ import annotations

import threading
import time
from collections.abc import AsyncIterator, Callable, Coroutine, Generator, Iterable, Iterator
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, Protocol, TypeVar, overload

import httpx

if TYPE_CHECKING:
    import asyncio

    from ._base_client import Op

T = TypeVar("T")
P = ParamSpec("P")
R = TypeVar("R", bound="Resource[Any]")
M = TypeVar("M", "Sync", "Async")
In = TypeVar("In")
Out = TypeVar("Out")


class Effect:
    """One step of I/O a plan asks for; `run` blocks, `arun` awaits."""

    def run(self, http: Any) -> Any:
        raise NotImplementedError

    async def arun(self, http: Any) -> Any:
        raise NotImplementedError

    def outcome(self, http: Any) -> tuple[Any, BaseException | None]:
        """`run`, with its exception returned instead of raised (the blocking driver's step)."""
        try:
            return self.run(http), None
        except BaseException as error:
            return None, error


#: A plan: yields effects, receives their results, returns T.
Plan = Generator[Effect, Any, T]


@dataclass
class Send(Effect):
    """Send a request and read the answer; with `stream`, its body is left unread (`Read` or `Drain`
    follows)."""

    request: httpx.Request
    stream: bool = False

    def run(self, http: httpx.Client) -> httpx.Response:
        return http.send(self.request, stream=self.stream)

    async def arun(self, http: httpx.AsyncClient) -> httpx.Response:
        return await http.send(self.request, stream=self.stream)


@dataclass
class Read(Effect):
    """Read a streamed answer's whole body (and close it)."""

    response: httpx.Response

    def run(self, http: Any) -> bytes:
        return self.response.read()

    async def arun(self, http: Any) -> bytes:
        return await self.response.aread()


@dataclass
class Drain(Effect):
    """Copy a streamed answer's body into `sink` chunk by chunk; returns the bytes written.
    `written` counts as it goes, so a failure mid-body tells whether any byte reached the sink."""

    response: httpx.Response
    sink: IO[bytes]
    written: int = 0

    def run(self, http: Any) -> int:
        try:
            for chunk in self.response.iter_bytes():
                self._write(chunk)
        finally:
            self.response.close()
        return self.written

    async def arun(self, http: Any) -> int:
        try:
            async for chunk in self.response.aiter_bytes():
                self._write(chunk)
        finally:
            await self.response.aclose()
        return self.written

    def _write(self, chunk: bytes) -> None:
        self.sink.write(chunk)
        self.written += len(chunk)


@dataclass
class Sleep(Effect):
    seconds: float

    def run(self, http: Any) -> None:
        time.sleep(self.seconds)

    async def arun(self, http: Any) -> None:
        import asyncio  # loaded by async clients only: a blocking client does not pay for it

        await asyncio.sleep(self.seconds)


class _Limiter(Protocol):
    def acquire(self, key: str) -> float: ...

    async def acquire_async(self, key: str) -> float: ...


@dataclass
class Acquire(Effect):
    """Wait for the client-side rate limit of a credential; returns the seconds waited."""

    limiter: _Limiter
    key: str

    def run(self, http: Any) -> float:
        return float(self.limiter.acquire(self.key))

    async def arun(self, http: Any) -> float:
        return float(await self.limiter.acquire_async(self.key))


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


class _Releasable(Protocol):
    def release(self) -> None: ...


@dataclass
class TakeLock(Effect):
    """Take `locks` (blocking: the thread lock; asyncio: the task lock); returns the lock taken."""

    locks: Locks

    def run(self, http: Any) -> _Releasable:
        self.locks.thread.acquire()
        return self.locks.thread

    async def arun(self, http: Any) -> _Releasable:
        await self.locks.task.acquire()
        return self.locks.task


class _Stepper(Generic[T]):
    """Advances a plan by one effect at a time; shared by both drivers."""

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


def run_sync(plan: Plan[T], http: httpx.Client) -> T:
    """Carry out a plan, blocking."""
    step = _Stepper(plan)
    while (effect := step.effect) is not None:
        step.resume(*effect.outcome(http))
    return step.result  # type: ignore[return-value]


async def run_async(plan: Plan[T], http: httpx.AsyncClient) -> T:
    """Carry out a plan in the running event loop."""
    step = _Stepper(plan)
    while (effect := step.effect) is not None:
        try:
            value, error = await effect.arun(http), None
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

    def _bind(self, obj: Any) -> Any:
        if obj is None:
            return self

        def bound(*args: Any, **kwargs: Any) -> Any:
            return self._call(obj, args, kwargs)

        bound.__doc__ = self.__doc__
        return bound


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

    @overload  # type: ignore[override]
    def __get__(self, obj: None, owner: Any) -> bulk_stream[R, P, Out]: ...
    @overload
    def __get__(self, obj: Resource[Sync], owner: Any) -> Callable[P, Iterator[Out]]: ...
    @overload
    def __get__(self, obj: Resource[Async], owner: Any) -> Callable[P, AsyncIterator[Out]]: ...
    def __get__(self, obj: Any, owner: Any) -> Any:
        return super().__get__(obj, owner)
