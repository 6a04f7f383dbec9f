"""A worker started for the window: it gives the GIL back quickly, and starting it never waits for it."""

from __future__ import annotations

import sys
import threading
import time

import pytest

from b24desk.ui.common.worker_gil import WORKER_SWITCH_INTERVAL, start_worker


def test_a_worker_starts_without_waiting_runs_with_the_short_interval_and_restores_it() -> None:
    saved = sys.getswitchinterval()
    seen: list[float] = []
    go, done = threading.Event(), threading.Event()

    def work() -> None:
        go.wait(30)
        seen.append(sys.getswitchinterval())
        done.set()

    start_worker(work)  # returns while the worker is held at `go` (Thread.start would wait for it to begin)
    assert not done.is_set()
    assert sys.getswitchinterval() == pytest.approx(WORKER_SWITCH_INTERVAL)
    go.set()
    assert done.wait(30)
    assert seen == [pytest.approx(WORKER_SWITCH_INTERVAL)]
    deadline = time.monotonic() + 30  # restored as the thread ends, just after `done`
    while sys.getswitchinterval() != pytest.approx(saved) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert sys.getswitchinterval() == pytest.approx(saved)


def test_a_failing_worker_restores_the_interval_too() -> None:
    saved = sys.getswitchinterval()
    failed = threading.Event()
    caught: list[type[BaseException]] = []
    previous = sys.unraisablehook

    def hook(unraisable: sys.UnraisableHookArgs) -> None:
        caught.append(unraisable.exc_type)
        failed.set()

    def work() -> None:
        raise ValueError("broken")

    sys.unraisablehook = hook
    try:
        start_worker(work)
        assert failed.wait(30)
    finally:
        sys.unraisablehook = previous
    assert caught == [ValueError]
    assert sys.getswitchinterval() == pytest.approx(saved)  # restored before the error reached the hook
