"""One worker thread for every storage call: the keyring can block, and its D-Bus session is not safe
to use from two threads at once (seen: a segfault when a rotate and a history write overlapped)."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

_WORKER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="b24desk-storage")


async def in_storage_thread[T](work: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run a storage call on the storage thread, in order with the others, without blocking the UI."""
    return await asyncio.get_running_loop().run_in_executor(_WORKER, functools.partial(work, *args, **kwargs))
