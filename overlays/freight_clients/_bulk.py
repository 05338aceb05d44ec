"""Bulk calls: many independent operations with bounded concurrency, one outcome per input.

Whatever happens to one item (a typed error, a bug, an exception in the caller's own objects)
becomes that item's outcome; nothing already obtained is lost. Workers run in a copy of the
caller's context, so `raw_responses()` and hooks see their requests. The input is read lazily,
at most a few batches ahead, so a streaming run keeps memory flat.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import AsyncGenerator, AsyncIterator, Iterator, Sized
from typing import TYPE_CHECKING, Any, TypeVar

from ._plan import BulkJob

if TYPE_CHECKING:
    import asyncio
    import concurrent.futures

    from ._base_client import AsyncAPIClient, SyncAPIClient

Out = TypeVar("Out")


class _Progress:
    """Counts outcomes and reports done/total to the job's callback."""

    def __init__(self, job: BulkJob[Any, Any]) -> None:
        self.job, self.done = job, 0
        self.total = len(job.items) if isinstance(job.items, Sized) else None

    def report(self, numbered: tuple[int, Out]) -> tuple[int, Out]:
        self.done += 1
        if self.job.on_progress is not None:
            self.job.on_progress(self.done, self.total)
        return numbered


def _one_sync(client: SyncAPIClient, job: BulkJob[Any, Out], index: int, item: Any) -> tuple[int, Out]:
    try:
        result = client._run(job.name, lambda op: job.one(job.resource._bound(op), item))
    except Exception as error:
        return index, job.outcome(item, None, error)
    return index, job.outcome(item, result, None)


def _completed_sync(client: SyncAPIClient, job: BulkJob[Any, Out]) -> Iterator[tuple[int, Out]]:
    import concurrent.futures  # loaded by bulk calls only

    progress = _Progress(job)
    workers = max(1, job.concurrency)
    with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
        running: set[concurrent.futures.Future[tuple[int, Out]]] = set()
        try:
            for index, item in enumerate(job.items):
                context = contextvars.copy_context()
                running.add(pool.submit(context.run, _one_sync, client, job, index, item))
                if len(running) >= 2 * workers:
                    finished, running = concurrent.futures.wait(running, return_when=concurrent.futures.FIRST_COMPLETED)
                    yield from (progress.report(future.result()) for future in finished)
            yield from (progress.report(future.result()) for future in concurrent.futures.as_completed(running))
        except BaseException:  # Ctrl-C, or the caller stopped reading: send no queued item
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def run_sync_bulk(client: SyncAPIClient, job: BulkJob[Any, Out], stream: bool) -> list[Out] | Iterator[Out]:
    """Blocking bulk run: every outcome in input order, or (stream) each as it completes."""
    if stream:
        return (outcome for _, outcome in _completed_sync(client, job))
    job.items = list(job.items)
    return [outcome for _, outcome in sorted(_completed_sync(client, job), key=lambda pair: pair[0])]


async def _one_async(client: AsyncAPIClient, job: BulkJob[Any, Out], index: int, item: Any) -> tuple[int, Out]:
    try:
        result = await client._run(job.name, lambda op: job.one(job.resource._bound(op), item))
    except Exception as error:
        return index, job.outcome(item, None, error)
    return index, job.outcome(item, result, None)


class _End:
    """A worker's last word: it ran out of items, or reading the input raised `error`."""

    __slots__ = ("error",)

    def __init__(self, error: Exception | None = None) -> None:
        self.error = error


async def _completed_async(client: AsyncAPIClient, job: BulkJob[Any, Out]) -> AsyncGenerator[tuple[int, Out], None]:
    """`concurrency` workers take the next item from the shared input as each finishes one, the
    way a hand-written gather of workers does (a task per item, or `asyncio.wait` over the running
    set, cost 9 to 13% of a bulk sync's throughput, measured against raw httpx). Their outcomes
    pass through a queue as long as the concurrency, so a caller that reads slowly holds them up
    and memory stays flat."""
    import asyncio

    progress = _Progress(job)
    limit = max(1, job.concurrency)
    items = enumerate(job.items)
    results: asyncio.Queue[tuple[int, Out] | _End] = asyncio.Queue(maxsize=limit)

    async def worker() -> None:
        try:
            for index, item in items:
                await results.put(await _one_async(client, job, index, item))
        except Exception as error:  # the caller's input raised: the caller gets it
            await results.put(_End(error))
        else:
            await results.put(_End())

    workers = [asyncio.ensure_future(worker()) for _ in range(limit)]
    try:
        ended = 0
        while ended < limit:
            got = await results.get()
            if not isinstance(got, _End):
                yield progress.report(got)
            elif got.error is not None:
                raise got.error
            else:
                ended += 1
    finally:
        for task in workers:
            task.cancel()


async def _ordered_async(client: AsyncAPIClient, job: BulkJob[Any, Out]) -> list[Out]:
    job.items = list(job.items)
    async with contextlib.aclosing(_completed_async(client, job)) as completed:
        pairs = [pair async for pair in completed]
    return [outcome for _, outcome in sorted(pairs, key=lambda pair: pair[0])]


async def _stream_async(client: AsyncAPIClient, job: BulkJob[Any, Out]) -> AsyncIterator[Out]:
    # Closed with its caller's iterator, not when the garbage collector gets to it: the workers
    # stop as the caller stops reading.
    async with contextlib.aclosing(_completed_async(client, job)) as completed:
        async for _, outcome in completed:
            yield outcome


def run_async_bulk(client: AsyncAPIClient, job: BulkJob[Any, Out], stream: bool) -> Any:
    """Asyncio bulk run: a coroutine of every outcome in input order, or (stream) an async
    iterator of each as it completes."""
    return _stream_async(client, job) if stream else _ordered_async(client, job)
