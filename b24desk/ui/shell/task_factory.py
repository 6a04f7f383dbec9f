"""The app loop's task factory: a connection attempt cancelled before it started is closed, not dropped.

anyio (4.15, 4.16) runs each task a task group spawns inside a wrapper coroutine (`TaskHandle._run_coro`)
that awaits the real coroutine only once the loop first steps the wrapper. When the request is
cancelled before that (Execute pressed again, a webhook switched, the window closed while httpx is
opening a connection), the wrapper ends and the real coroutine is dropped unstarted: Python then warns
"coroutine 'connect_tcp.<locals>.try_connect' was never awaited". This factory notes the real
coroutine of each such wrapper and closes it when the task ends without having started it, which is
what running it would have done on a cancellation at its first line. Every task still runs in asyncio's
usual order.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Coroutine
from typing import Any

_WRAPPERS = ("TaskHandle._run_coro",)  # anyio's wrapper coroutine, by qualified name


def _close_if_unstarted(inner: Coroutine[Any, Any, Any]) -> None:
    if inspect.getcoroutinestate(inner) == inspect.CORO_CREATED:
        inner.close()


def _task(loop: asyncio.AbstractEventLoop, coro: Coroutine[Any, Any, Any], **options: Any) -> asyncio.Task[Any]:
    task = asyncio.Task(coro, loop=loop, **options)
    if getattr(coro, "__qualname__", "") in _WRAPPERS:
        frame = getattr(coro, "cr_frame", None)
        handle = frame.f_locals.get("self") if frame is not None else None
        inner = getattr(handle, "_coro", None)
        if inspect.iscoroutine(inner):
            task.add_done_callback(lambda _: _close_if_unstarted(inner))
    return task


def install_task_factory(loop: asyncio.AbstractEventLoop) -> None:
    """Close the coroutines anyio's cancelled-before-start tasks leave behind (see the module's docstring)."""
    loop.set_task_factory(_task)
