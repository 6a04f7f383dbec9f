"""The warm-up after start-up (imports, TLS context) runs in a daemon thread; closing the window never waits for it."""

from __future__ import annotations

import asyncio
import threading

import pytest

from b24desk.ui.shell.app_loop import Warmup


class BlockedWarmup(Warmup):
    """A warm-up whose steps wait until the test lets them go (a slow import on a loaded machine)."""

    def __init__(self) -> None:
        super().__init__()
        self.started = threading.Event()
        self.release = threading.Event()
        self.threads: list[threading.Thread] = []

    def run(self) -> None:
        self.threads.append(threading.current_thread())
        self.started.set()
        self.release.wait(30)


def test_a_close_during_the_warmup_ends_the_wait_at_once() -> None:
    warmup = BlockedWarmup()

    async def scenario() -> bool:
        closed = asyncio.Event()
        waiting = asyncio.ensure_future(warmup.until_done_or(closed))
        await asyncio.to_thread(warmup.started.wait, 30)
        closed.set()
        return await waiting

    try:
        assert asyncio.run(scenario()) is False
        assert warmup.stopped.is_set()  # the thread stops at its next step
        (thread,) = warmup.threads
        assert thread.daemon and thread.is_alive()  # the exit does not join it
    finally:
        warmup.release.set()


def test_a_finished_warmup_lets_the_start_up_go_on() -> None:
    warmup = BlockedWarmup()
    warmup.release.set()

    async def scenario() -> bool:
        return await warmup.until_done_or(asyncio.Event())

    assert asyncio.run(scenario()) is True
    assert not warmup.stopped.is_set()


def test_a_failed_warmup_reaches_the_start_up() -> None:
    class Broken(Warmup):
        def run(self) -> None:
            raise ImportError("no module named starlette")

    async def scenario() -> bool:
        return await Broken().until_done_or(asyncio.Event())

    with pytest.raises(ImportError, match="starlette"):
        asyncio.run(scenario())


def test_stopping_waits_for_a_tls_load_under_way() -> None:
    warmup = Warmup()
    warmup.native_step.acquire()  # OpenSSL loading the CA bundle in the warm-up thread
    ended: list[bool] = []

    def end_the_load() -> None:
        ended.append(True)
        warmup.native_step.release()

    threading.Timer(0.05, end_the_load).start()
    warmup.stop()
    assert ended  # stop() returned only after the load ended
    assert warmup.stopped.is_set()


def test_the_warmup_loads_what_the_first_start_and_request_would_import_on_the_ui_thread() -> None:
    """uvicorn imports its HTTP protocol (h11) when a server first starts, httpx its connection pool
    (httpcore, anyio's backend) for its first request; both happen on the UI thread at start-up."""
    import subprocess
    import sys

    names = ("b24desk.sandbox.server", "uvicorn.protocols.http.h11_impl", "httpcore", "anyio._backends._asyncio")
    code = (
        "import sys\n"
        "from b24desk.ui.shell.app_loop import Warmup\n"
        f"names = {names!r}\n"
        "print(*(name in sys.modules for name in names))\n"
        "Warmup().run()\n"
        "print(*(name in sys.modules for name in names))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    before, after = done.stdout.splitlines()
    assert before.split() == ["False"] * 4 and after.split() == ["True"] * 4
