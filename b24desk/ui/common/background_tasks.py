"""Coroutines the window starts and does not wait for (reading history, saving a token): kept until done."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported once a loop runs: the first screen is made before the app's loop exists
    import asyncio


class BackgroundTasks:
    """A set of running tasks: each is kept until it ends, and `pending` lists them for the shutdown.

    `holding`: work started before the app's loop runs (the first screen is built and painted first,
    ui/shell/first_screen.py) waits, in order, until `release()` starts it on the loop, or closes it
    unstarted when the window closed first. Otherwise work started with no running loop (a synchronous
    test) is closed unstarted at once. `wanted`, when set, is told each time work is held: the app then
    starts its loop (ui/shell/loop_switch.py), which releases it.
    """

    def __init__(self, *, holding: bool = False) -> None:
        self._tasks: set[asyncio.Future[None]] = set()
        self._held: list[Coroutine[Any, Any, None]] | None = [] if holding else None
        self.wanted: Callable[[], None] | None = None

    def start(self, work: Coroutine[Any, Any, None]) -> None:
        """Run `work` on the running loop; held until `release()` while holding; else without a loop it is
        closed unstarted."""
        if self._held is not None:
            self._held.append(work)
            if self.wanted is not None:
                self.wanted()
            return
        import asyncio

        try:
            asyncio.get_running_loop()
        except RuntimeError:  # no loop runs: nothing to do in the background
            work.close()
            return
        task = asyncio.ensure_future(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def release(self, *, run: bool = True) -> None:
        """Stop holding: start the held work now, in the order it came (`run=False`: close it unstarted)."""
        held, self._held = self._held or [], None
        for work in held:
            if run:
                self.start(work)
            else:
                work.close()

    @property
    def held(self) -> int:
        """How many pieces of work wait for `release()`."""
        return len(self._held or [])

    @property
    def pending(self) -> list[asyncio.Future[None]]:
        """The tasks not finished yet."""
        return list(self._tasks)
