"""The GIL handed back quickly while a worker thread runs Python code (imports, loading the client).

Python lets a thread keep the interpreter for its switch interval (5 ms) once another asks for it; while
a worker imports modules, every paint and key of the UI thread would wait that long, again and again.
`lower_switch_interval()` (core/switch_interval.py, shared with the client's decoding thread) shortens
it for as long as any worker holds it. No asyncio here: the first screen uses it before the app loop exists.

`start_worker(work)` runs `work` in a new thread with the interval lowered meanwhile, and returns at once:
threading.Thread.start() waits until the new thread has begun, which on a busy machine (the cores taken by
other programs) kept the UI thread waiting 20-60 ms for the OS to give the new thread a core.
"""

from __future__ import annotations

import _thread
from collections.abc import Callable

from b24desk.core.switch_interval import WORKER_SWITCH_INTERVAL, lower_switch_interval, restore_switch_interval

__all__ = ["WORKER_SWITCH_INTERVAL", "lower_switch_interval", "restore_switch_interval", "start_worker"]


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
