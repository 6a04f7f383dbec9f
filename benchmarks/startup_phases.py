"""Where the start-up's time goes, up to the first screen: the UI thread's processor time per phase.

Runs the app as the `b24desk` launcher does (offscreen, or with `--x11` on a private X server, a fresh
B24DESK_HOME, B24DESK_SMOKE_TEST) a few
times and prints the run that used the least processor time (the one least disturbed by other work on
the machine): for each phase the UI thread's cpu (time.thread_time) and the wall time since the
interpreter started, then the Python enums PySide6 made for the Qt classes first touched (on the UI
thread), the catalogue thread's cpu and the process's cpu at the first screen.

    .venv/bin/python benchmarks/startup_phases.py [RUNS] [--x11]
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # run as a file too
from benchmarks.startup import DISPLAY_ENV
from benchmarks.x_server import children_on_x_server

PROBE = r"""
import enum, os, sys, threading, time
marks = []
def mark(name):
    marks.append((name, time.thread_time() * 1000, time.perf_counter() * 1000))
mark("interpreter up")
enums = [0.0, 0]
made = enum.EnumType._create_
def create(cls, *args, **kwargs):  # PySide6 makes a Python enum per Qt enum type of each class first touched
    if threading.current_thread() is not threading.main_thread():
        return made(cls, *args, **kwargs)
    started = time.thread_time()
    try:
        return made(cls, *args, **kwargs)
    finally:
        enums[0] += time.thread_time() - started
        enums[1] += 1
enum.EnumType._create_ = create
from b24desk.ui.common.long_lived import no_collection_during_start_up
from b24desk.ui.common.pyside_source_check import install
no_collection_during_start_up()  # as the launcher does, before PySide6
install()
import PySide6.QtGui, PySide6.QtWidgets  # what the bare window imports too
mark("PySide6 imported")
enums[:] = [0.0, 0]
from b24desk.ui.shell import app, first_screen, main_window, smoke_test
mark("the app's modules for the frame")
catalogue = []
from b24desk.ui.common import worker_gil
start_worker = worker_gil.start_worker
def timed_start(work):  # the catalogue's reading thread (the browser's `_read`): its cpu
    if getattr(work, "__name__", "") != "_read":
        return start_worker(work)
    def timed():
        started = time.thread_time()
        try:
            work()
        finally:
            catalogue.append((time.thread_time() - started) * 1000)
    return start_worker(timed)
worker_gil.start_worker = timed_start
def phase(owner, name, label):
    real = getattr(owner, name)
    def timed(*args, **kwargs):
        result = real(*args, **kwargs)
        mark(label)
        return result
    setattr(owner, name, timed)
phase(app, "create_application", "QApplication and translations")
phase(first_screen, "until_exposed", "the frame shown and exposed")
phase(first_screen, "open_storage", "storage opened")
phase(main_window.MainWindow, "_make_parts", "parts made (their modules imported)")
phase(main_window.MainWindow, "_arrange", "parts arranged")
phase(main_window.MainWindow, "_dress", "connected, menus, accessible names")
phase(first_screen, "until_catalogue_read", "catalogue shown, first layout and paint")
def report_ready(window, waiting=None):
    from b24desk.ui.common.next_paint import on_next_paint
    def done():
        mark("first screen painted (ready)")
        before = marks[0][1]
        for name, cpu, wall in marks:
            print(f"{cpu - before:6.1f} ms cpu  {wall - marks[0][2]:6.1f} ms wall  {name}")
            before = cpu
        with open("/proc/self/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        process = (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")
        print(f"enums PySide6 made on the UI thread after it was imported: {enums[0] * 1000:.1f} ms cpu, {enums[1]}")
        print(f"catalogue thread: {sum(catalogue):.1f} ms cpu; the process at ready: {process:.0f} ms cpu")
        print(f"total {marks[-1][1]:.0f}", flush=True)
        os._exit(0)
    def watch(*_):
        on_next_paint(window, done)
    if waiting is None:
        watch()
    else:
        waiting.connect(watch)
smoke_test.report_ready = report_ready
from b24desk.cli import main
main([])
"""


def main() -> None:
    """Offscreen, or on a private X server with `--x11`."""
    args = sys.argv[1:]
    runs = int(args[0]) if args and args[0].isdigit() else 5
    with children_on_x_server(DISPLAY_ENV, "--x11" in args):
        measure(runs)


def measure(runs: int) -> None:
    """Run the probe RUNS times; print the run with the least cpu to the first screen."""
    best: tuple[float, str] | None = None
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="b24desk-phases-") as home:
            env = dict(os.environ, **DISPLAY_ENV, B24DESK_SMOKE_TEST="1", B24DESK_HOME=home)
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            done = subprocess.run(
                [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=120, check=False
            )
        lines = [line for line in done.stdout.splitlines() if not line.startswith("window ")]
        total = float(lines[-1].split()[1])
        if best is None or total < best[0]:
            best = (total, "\n".join(lines[:-1]))
    assert best is not None
    print(f"the least disturbed of {runs} runs (UI thread's cpu per phase; wall since the interpreter started):")
    print(best[1])


if __name__ == "__main__":
    main()
