"""The GIL handed back quickly while a worker thread runs Python code (imports, loading the client).

Python lets a thread keep the interpreter for its switch interval (5 ms) once another asks for it; while
a worker imports modules, every paint and key of the UI thread would wait that long, again and again.
`lowered_switch_interval()` shortens it to WORKER_SWITCH_INTERVAL for as long as any worker holds it
(counted, so overlapping workers restore the interval once, after the last). No asyncio here: the first
screen uses it before the app loop exists.

`start_worker(work)` runs `work` in a new thread with the interval lowered meanwhile, and returns at once:
threading.Thread.start() waits until the new thread has begun, which on a busy machine (the cores taken by
other programs) kept the UI thread waiting 20-60 ms for the OS to give the new thread a core.
"""

from __future__ import annotations

import _thread
import sys
import threading
from collections.abc import Callable

WORKER_SWITCH_INTERVAL = 0.0005  # seconds a worker thread keeps the GIL when asked (Python's default: 0.005)

_lock = threading.Lock()
_workers = 0  # workers running with the lowered switch interval
_saved_interval = 0.005


def lower_switch_interval() -> None:
    """A worker starts: the interval is lowered (saved first when it is the only one)."""
    global _workers, _saved_interval
    with _lock:
        if _workers == 0:
            _saved_interval = sys.getswitchinterval()
            sys.setswitchinterval(WORKER_SWITCH_INTERVAL)
        _workers += 1


def restore_switch_interval() -> None:
    """A worker ended: the saved interval is back once no worker runs."""
    global _workers
    with _lock:
        _workers -= 1
        if _workers == 0:
            sys.setswitchinterval(_saved_interval)


def start_worker(work: Callable[[], object]) -> None:
    """Run `work` in a new daemon thread (the switch interval lowered while it runs); returns without waiting
    for the thread to begin. `work` handles its own errors (one escaping goes to sys.unraisablehook)."""
    lower_switch_interval()

    def run() -> None:
        try:
            work()
        finally:
            restore_switch_interval()

    try:
        _thread.start_new_thread(run, ())
    except BaseException:  # no thread could be made: the interval goes back, the caller hears why
        restore_switch_interval()
        raise
