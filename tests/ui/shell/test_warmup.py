"""The client loads (imports, TLS context) in a daemon thread, once, when first wanted; closing never waits for it."""

from __future__ import annotations

import asyncio
import sys
import threading

import pytest

from b24desk.ui.common.client_warmup import Warmup, in_daemon_thread
from b24desk.ui.common.worker_gil import WORKER_SWITCH_INTERVAL


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
        self.done = True


def test_the_client_loads_in_one_daemon_thread_that_every_caller_waits_for() -> None:
    warmup = BlockedWarmup()

    async def scenario() -> None:
        first = asyncio.ensure_future(warmup.ready())
        second = asyncio.ensure_future(warmup.ready())  # a second caller while it loads: the same thread
        await asyncio.to_thread(warmup.started.wait, 30)
        await asyncio.sleep(0.01)
        assert not first.done() and not second.done()
        (thread,) = warmup.threads
        assert thread.daemon and thread.is_alive()  # the exit never joins it
        warmup.release.set()
        async with asyncio.timeout(30):
            await asyncio.gather(first, second)
        await warmup.ready()  # loaded: at once, no thread
        assert len(warmup.threads) == 1

    asyncio.run(scenario())


def test_a_caller_that_gives_up_leaves_the_load_going_for_the_next() -> None:
    warmup = BlockedWarmup()

    async def scenario() -> None:
        waiting = asyncio.ensure_future(warmup.ready())
        await asyncio.to_thread(warmup.started.wait, 30)
        waiting.cancel()  # an Execute cancelled while the client loads
        warmup.release.set()
        async with asyncio.timeout(30):
            await warmup.ready()
        assert len(warmup.threads) == 1 and warmup.done

    asyncio.run(scenario())


def test_a_failed_load_reaches_the_caller() -> None:
    class Broken(Warmup):
        def run(self) -> None:
            raise ImportError("no module named httpcore")

    with pytest.raises(ImportError, match="httpcore"):
        asyncio.run(Broken().ready())


def test_the_switch_interval_is_short_while_a_worker_runs_and_restored_after_the_last() -> None:
    before = sys.getswitchinterval()
    seen: list[float] = []
    release = threading.Event()

    def work() -> float:
        release.wait(30)
        return sys.getswitchinterval()

    async def scenario() -> None:
        one = in_daemon_thread(work, "test-one")
        two = in_daemon_thread(work, "test-two")
        seen.append(sys.getswitchinterval())
        release.set()
        seen.extend(await asyncio.gather(one, two))

    asyncio.run(scenario())
    assert seen[0] == WORKER_SWITCH_INTERVAL and max(seen[1:]) == WORKER_SWITCH_INTERVAL
    assert sys.getswitchinterval() == before


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


def test_the_warmup_loads_what_the_first_request_would_import_on_the_ui_thread_and_no_server() -> None:
    """httpx imports its connection pool (httpcore, anyio's backend) for its first request, and the history's
    module (sqlite3) records the first call, on the UI thread."""
    import subprocess

    names = ("b24desk.core.client", "httpcore", "anyio._backends._asyncio", "sqlite3", "uvicorn", "starlette")
    code = (
        "import sys\n"
        "from b24desk.ui.common.client_warmup import Warmup\n"
        f"names = {names!r}\n"
        "print(*(name in sys.modules for name in names))\n"
        "Warmup().run()\n"
        "print(*(name in sys.modules for name in names))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    before, after = done.stdout.splitlines()
    assert before.split() == ["False"] * 6 and after.split() == ["True"] * 4 + ["False"] * 2


@pytest.mark.asyncio
async def test_a_daemon_thread_hands_nothing_to_the_loop_once_the_process_ends(monkeypatch: pytest.MonkeyPatch) -> None:
    """end_process stops the hand-overs before PySide6's exit handler destroys Qt's objects: a thread finishing
    its load then (the client, the sandbox) crashed the process when it reached the loop's signaller."""
    from b24desk.ui.common import client_warmup

    monkeypatch.setattr(client_warmup, "_process_ending", False)  # restored after the test
    release = threading.Event()
    future = in_daemon_thread(lambda: release.wait(60), "b24desk-test-hand-over")
    worker = next(t for t in threading.enumerate() if t.name == "b24desk-test-hand-over")
    client_warmup.stop_handing_over()  # the process ends while the thread still works
    release.set()
    worker.join(60)
    await asyncio.sleep(0)  # a turn in which a hand-over would have landed
    assert not worker.is_alive() and not future.done()
    future.cancel()
