"""The GIL handed back quickly while a worker thread runs Python code (decoding a big answer, imports).

Python lets a thread keep the interpreter for its switch interval (5 ms) once another asks for it; while
a worker decodes megabytes, every paint and key of the window's thread would wait that long, again and
again, and longer on a busy machine (the worker taken off its core meanwhile). `lower_switch_interval()`
shortens it to WORKER_SWITCH_INTERVAL for as long as any worker holds it (counted, so overlapping workers
restore the interval once, after the last); `lowered_switch_interval()` is the same as a block.
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Iterator

__all__ = ["WORKER_SWITCH_INTERVAL", "lower_switch_interval", "lowered_switch_interval", "restore_switch_interval"]

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


@contextlib.contextmanager
def lowered_switch_interval() -> Iterator[None]:
    """The interval lowered for the block (a worker's run awaited in it)."""
    lower_switch_interval()
    try:
        yield
    finally:
        restore_switch_interval()
