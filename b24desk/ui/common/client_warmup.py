"""The HTTP client (httpx, its connection pool, the TLS context) loaded in a daemon thread when first wanted.

The idle app keeps none of it: every call (Execute, discovery, Test connection) first awaits
`client_loaded()`, and the first edit of a request after start-up sets the loading going already, so
the Execute that follows finds it done. Imports run Python code in the thread; meanwhile the UI thread
gets the GIL within WORKER_SWITCH_INTERVAL when it asks (a paint, a key), instead of Python's 5 ms
(ui/common/worker_gil.py).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from b24desk.ui.common.worker_gil import lower_switch_interval, restore_switch_interval

if TYPE_CHECKING:  # imported once the app loop runs: the idle app runs on Qt's own loop (ui/shell/loop_switch.py)
    import asyncio

SHUTDOWN_WAIT_SECONDS = 3.0  # at most this long a closing app waits for a TLS load under way
# what httpx loads for its first connection, ~45 modules; else the first request imports them on the UI thread;
# and the history's module (with sqlite3, ~20 ms) that records the first call as its answer is shown
FIRST_CALL_MODULES = ("b24desk.core.client", "httpcore", "anyio._backends._asyncio", "b24desk.storage.history")


_handing_over = threading.Lock()  # held while a daemon thread hands its outcome to the loop
_process_ending = False


def stop_handing_over() -> None:
    """From now on no daemon thread hands its outcome to the loop: the process ends, and Qt's objects (the
    loop's signaller among them) are destroyed by PySide6's exit handler. Waits for a hand-over under way:
    one that met that destruction crashed the process (seen 1-2 in 40 closes during the client's load)."""
    global _process_ending
    with _handing_over:
        _process_ending = True


def in_daemon_thread[T](work: Callable[[], T], name: str) -> asyncio.Future[T]:
    """Run `work` in a daemon thread (the exit never waits for it); the future, on the running loop, gives
    its result or its exception. The UI thread keeps getting the GIL quickly while it runs."""
    import asyncio

    loop = asyncio.get_running_loop()
    done: asyncio.Future[T] = loop.create_future()

    def report(outcome: tuple[T] | Exception) -> None:
        if done.done():  # the waiter gave up (cancelled)
            return
        if isinstance(outcome, Exception):
            done.set_exception(outcome)
        else:
            done.set_result(outcome[0])

    def run() -> None:
        outcome: tuple[T] | Exception
        try:
            outcome = (work(),)
        except Exception as caught:  # given to the awaiting coroutine
            outcome = caught
        finally:
            restore_switch_interval()
        with _handing_over, contextlib.suppress(RuntimeError):  # RuntimeError: the loop closed, nobody waits
            if not _process_ending:
                loop.call_soon_threadsafe(report, outcome)

    lower_switch_interval()
    threading.Thread(target=run, name=name, daemon=True).start()
    return done


class Warmup:
    """Import the client and its connection pool and load the TLS context, once, in a daemon thread.

    Closing the window never waits for the imports (the thread stops between steps once told); it waits
    only for a TLS load under way (OpenSSL's own work, tens of milliseconds), which must not meet the
    interpreter's exit.
    """

    def __init__(self) -> None:
        self.stopped = threading.Event()
        self.native_step = threading.Lock()  # held while OpenSSL loads the CA bundle
        self.done = False  # every step ran
        self._running: tuple[asyncio.AbstractEventLoop, asyncio.Future[None]] | None = None

    def run(self) -> None:
        """The steps, in the calling thread; each looks whether the window closed first."""
        import importlib

        for name in FIRST_CALL_MODULES:
            if self.stopped.is_set():
                return
            importlib.import_module(name)
        from b24desk.core.client import default_ssl_context

        with self.native_step:
            if self.stopped.is_set():
                return
            default_ssl_context()
        self.done = True

    def start(self) -> asyncio.Future[None]:
        """Set the steps going in a daemon thread (unless they run already for this loop); the future ends
        with them."""
        import asyncio

        loop = asyncio.get_running_loop()
        if self._running is not None and self._running[0] is loop and not self._running[1].done():
            return self._running[1]
        self.stopped.clear()
        future = in_daemon_thread(self.run, "b24desk-warmup")
        self._running = (loop, future)
        return future

    async def ready(self) -> None:
        """Return once the client is loaded (at once when it is); a failed load raises its error here."""
        if not self.done:
            import asyncio

            await asyncio.shield(self.start())

    def stop(self, seconds: float = SHUTDOWN_WAIT_SECONDS) -> None:
        """Tell the thread to stop at its next step; wait (bounded) for a TLS load under way (an import
        under way runs on: the thread is a daemon)."""
        self.stopped.set()
        if self.native_step.acquire(timeout=seconds):
            self.native_step.release()


WARMUP = Warmup()  # the process's one: modules, once imported, are everybody's


async def client_loaded() -> None:
    """Return once b24desk.core.client and what its first request needs are imported (off this thread)."""
    await WARMUP.ready()
