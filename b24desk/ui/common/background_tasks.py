"""Coroutines the window starts and does not wait for (reading history, saving a token): kept until done."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any


class BackgroundTasks:
    """A set of running tasks: each is kept until it ends, and `pending` lists them for the shutdown."""

    def __init__(self) -> None:
        self._tasks: set[asyncio.Future[None]] = set()

    def start(self, work: Coroutine[Any, Any, None]) -> None:
        """Run `work` on the running loop; without one (a synchronous test) it is closed unstarted."""
        try:
            asyncio.get_running_loop()
        except RuntimeError:  # no loop runs: nothing to do in the background
            work.close()
            return
        task = asyncio.ensure_future(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    @property
    def pending(self) -> list[asyncio.Future[None]]:
        """The tasks not finished yet."""
        return list(self._tasks)
