"""Stopping a blocking bulk run's workers at once (issue 23, cause 2): after a Ctrl-C, or when the
caller stops reading `sync_iter`, nothing new is sent and the interrupt reaches the caller at once.

The bulk runner gives each worker thread a stop event (a context variable, so it follows the
worker's copied context and nothing else). The blocking driver checks it before every effect, and
the waits that can be long (a retry's Retry-After, the rate limit) wait on it rather than sleep, so
a parked worker wakes and stops within `SLICE` seconds. A call outside a bulk run has no stop event
and pays nothing: its own thread receives the Ctrl-C.

Layer: a leaf. Standard library only.
"""

from __future__ import annotations

import contextvars
import threading
import time

#: The longest a worker waits on a limiter that cannot itself be woken (RedisRateLimit: pyrate-limiter)
#: before it looks at its stop event again, and the longest a blocking bulk run's main thread waits
#: for its workers before it looks for a Ctrl-C that arrived just before the wait (`_bulk`).
SLICE = 0.2

_stop: contextvars.ContextVar[threading.Event | None] = contextvars.ContextVar("freight_clients_stop", default=None)


class Interrupted(BaseException):
    """The bulk run this call belonged to was interrupted: it stopped before sending anything more.
    A BaseException, like KeyboardInterrupt, so no item turns it into an outcome."""


def stop_event() -> threading.Event | None:
    """This worker's stop event, or None outside a blocking bulk run."""
    return _stop.get()


def set_stop_event(event: threading.Event) -> None:
    """Give the current context (a worker's copied one) its stop event."""
    _stop.set(event)


def check() -> None:
    """Raise Interrupted if this worker's bulk run was interrupted."""
    event = _stop.get()
    if event is not None and event.is_set():
        raise Interrupted("the bulk run was interrupted; nothing more is sent")


def sleep(seconds: float) -> None:
    """`time.sleep`, woken at once (raising Interrupted) when this worker's bulk run is interrupted."""
    event = _stop.get()
    if event is None:
        time.sleep(seconds)
    elif event.wait(seconds):
        raise Interrupted("the bulk run was interrupted during a wait; nothing more is sent")
