"""One worker thread for every storage call: the keyring can block, and its D-Bus session is not safe
to use from two threads at once (seen: a segfault when a rotate and a history write overlapped)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from concurrent.futures import ThreadPoolExecutor

_WORKERS: list[ThreadPoolExecutor] = []  # the one worker, made by the first storage call (not at start-up)


def _worker() -> ThreadPoolExecutor:
    if not _WORKERS:
        from concurrent.futures import ThreadPoolExecutor

        _WORKERS.append(ThreadPoolExecutor(max_workers=1, thread_name_prefix="b24desk-storage"))
    return _WORKERS[0]


async def in_storage_thread[T](work: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run a storage call on the storage thread, in order with the others, without blocking the UI."""
    import asyncio  # when the app's loop runs: the first screen is made before it

    return await asyncio.get_running_loop().run_in_executor(_worker(), functools.partial(work, *args, **kwargs))


def finish_storage_work(seconds: float) -> bool:
    """Wait (at most `seconds`) until the storage calls already asked for have ended; False on timeout
    (a stuck keyring): the process may then end without them."""
    if not _WORKERS:  # no storage call was ever made
        return True
    import concurrent.futures

    try:
        _WORKERS[0].submit(lambda: None).result(timeout=seconds)  # one thread, in order: the calls before it ended
    except concurrent.futures.TimeoutError:
        return False
    return True
