"""The app loop: qasync's asyncio loop on Qt's, started when the app first needs it (ui/shell/loop_switch.py);
it starts the held background work, loads what was saved, offers the sandbox if that was not done yet,
and shuts down in order."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable
from typing import TYPE_CHECKING

import qasync

from b24desk.core.errors import B24DeskError
from b24desk.ui.common.client_warmup import WARMUP
from b24desk.ui.common.storage_worker import in_storage_thread
from b24desk.ui.shell import smoke_test
from b24desk.ui.shell.loop_switch import SHUTDOWN_STEP_SECONDS
from b24desk.ui.shell.main_window import MainWindow
from b24desk.ui.shell.sandbox_offer import FirstIntent, offer_sandbox
from b24desk.ui.shell.task_factory import install_task_factory

if TYPE_CHECKING:
    from b24desk.ui.shell.loop_switch import LoopSwitch


async def settled(window: MainWindow) -> None:
    """Return once the background work the start-up set going (the method list, the history) is over."""
    while pending := window.background.pending:
        await asyncio.gather(*pending, return_exceptions=True)
    await asyncio.sleep(0)  # what the last of them queued for the window


def start_app_loop(switch: LoopSwitch) -> asyncio.Task[None]:
    """Run qasync's loop on the Qt loop that runs now, and the app's work on it until the window closed and
    everything stopped (then Qt's loop is told to end); returns that work's task."""
    app, window, storage = switch.app, switch.window, switch.storage
    loop = qasync.QEventLoop(app, already_running=True)
    install_task_factory(loop)
    asyncio.set_event_loop(loop)
    closed = asyncio.Event()
    if switch.closed:
        closed.set()
    window.closed.connect(closed.set)

    async def main() -> None:
        if window.built:  # what the build started (history, a collection's environment): on this loop now
            window.background.release(run=not closed.is_set())
        if switch.load_saved and not closed.is_set():  # closed first: the webhooks and the keyring are not needed
            await guarded(window.picker.load_saved())  # the Events tab's token: when it is first shown
        if not switch.offered and not closed.is_set():
            switch.offered = True
            switch.sandbox = offer_sandbox(window, switch.when_running)
            await asyncio.sleep(0)  # what selecting it queued; then only the person's edits count
            FirstIntent(window, switch.sandbox, switch.when_running)  # a child of the window: kept while it lives
        if smoke_test.requested() and not closed.is_set() and not switch.idle_reported:
            switch.idle_reported = True  # the start-up's work over: report, then close
            await settled(window)
            smoke_test.report_idle(window)
        await closed.wait()
        # Each step of the shutdown is bounded: closing the window always ends the app within seconds.
        await bounded(window.shutdown())
        if switch.sandbox is not None:
            await bounded(switch.sandbox.stop())
        if storage is not None:
            await bounded(guarded(in_storage_thread(storage.end_session)))
        WARMUP.stop()

    async def bounded(work: Awaitable[None]) -> None:
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(SHUTDOWN_STEP_SECONDS):
                await work

    async def guarded(work: Awaitable[None]) -> None:
        try:
            await work
        except B24DeskError as error:  # storage trouble is shown, never a crash
            window.show_message(str(error))

    task: asyncio.Task[None] = loop.create_task(main())
    task.add_done_callback(lambda _: app.exit(0))
    return task


def end_app_loop(task: asyncio.Task[None]) -> None:
    """Once Qt's loop ended: close the app loop; the app's work, if it failed, raises here."""
    loop = task.get_loop()
    with contextlib.suppress(RuntimeError):  # Qt stopped the loop itself (session end): all closed already
        loop.stop()
        loop.close()
    asyncio.events._set_running_loop(None)
    if task.done() and not task.cancelled() and task.exception() is not None:
        raise task.exception()  # type: ignore[misc]
