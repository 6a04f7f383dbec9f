"""The UI thread's instructions to the first screen, counted under callgrind: a start-up change of 1-5 ms, measured
on a machine other work keeps busy.

On the shared 2-core machine the wall and processor times of `startup.py` and `startup_phases.py` move by
10-20 ms from run to run, more than most single start-up changes save. Valgrind's callgrind counts the
instructions each thread executes instead; this runs the app as `startup_phases.py` does (offscreen, a fresh
B24DESK_HOME, B24DESK_SMOKE_TEST: a first start) up to the ready paint and prints the UI thread's count.
Two things would make the count depend on how the threads happened to take turns, so they are fixed:
- the method catalogue is read on the UI thread, where the window starts its thread: under valgrind's one
  thread at a time, a build that ended before the catalogue thread laid the window out and painted it twice
  (40-80 million instructions more, at random);
- every module is compiled before the counted run (a changed file compiled in it counts the compiler).
The count then repeats to about 0.1 % (1-2 million of ~1,450 million); about 6.5 million instructions are a
millisecond of the UI thread here. Each counted run takes ~40 s.

    .venv/bin/python benchmarks/startup_instructions.py [--before DIR] [--shown] [--x11]

`--before DIR` (another copy of the repository, e.g. `git archive main | tar -x -C DIR`) counts that copy too,
and prints the difference. `--shown` counts to the frame's `window shown` line instead of the ready paint (what
the window shows first, before its widgets are built). `--x11` runs on a private X server (Xvfb, Qt's xcb
platform: benchmarks/x_server.py) instead of offscreen. Valgrind comes with `make setup` (tools/setup.sh).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a file too
from benchmarks.startup import DISPLAY_ENV  # noqa: E402  # offscreen, or the private X server's (--x11)
from benchmarks.x_server import children_on_x_server  # noqa: E402

INSTRUCTIONS_PER_MS = 6.5e6  # the UI thread's, to the ready paint here (~1,290 million in ~200 ms of its cpu)

PROBE = r"""
import os, threading
started = threading.Thread.start
def start(self):  # the catalogue's reading thread runs where it is started: no turns taken with it
    if self.name == "b24desk-catalogue":
        self.run()
        return
    started(self)
threading.Thread.start = start
from b24desk.ui.shell import smoke_test
def report_ready(window, waiting=None):
    from b24desk.ui.common.next_paint import on_next_paint
    def done(*_):
        on_next_paint(window, lambda: os._exit(0))
    if waiting is None:
        done()
    else:
        waiting.connect(done)
smoke_test.report_ready = report_ready
from b24desk.cli import main
main([])
"""
SHOWN_PROBE = """
import os
from b24desk.ui.shell import smoke_test
def report_shown(window):  # the frame is on screen: the count ends
    os._exit(0)
smoke_test.report_shown = report_shown
from b24desk.cli import main
main([])
"""


def ui_thread_instructions(tree: Path, script: str = PROBE) -> int:
    """Run the app of `tree` to its ready paint (once to compile, once counted) and return the UI thread's count.

    `script`: another program to count the same way (`python -c`, `tree` on its path), which ends its process
    where its count should stop (benchmarks/startup_floor.py: the bare window and the plain-Qt replica)."""
    with tempfile.TemporaryDirectory(prefix="b24desk-instructions-") as work:
        env = dict(os.environ, **DISPLAY_ENV, B24DESK_SMOKE_TEST="1", PYTHONPATH=str(tree))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        probe = [sys.executable, "-c", script]
        for counted in (False, True):
            home = Path(work) / ("home-counted" if counted else "home")  # a first start each time
            home.mkdir()
            env["B24DESK_HOME"] = str(home)
            command = probe
            if counted:
                env["PYTHONMALLOC"] = "malloc"  # valgrind sees each allocation, not Python's pools
                out = Path(work) / "callgrind.out"
                command = ["valgrind", "--tool=callgrind", "--separate-threads=yes", f"--callgrind-out-file={out}"]
                command += probe
            subprocess.run(command, cwd=tree, env=env, capture_output=True, timeout=600, check=False)
        main_thread = Path(work) / "callgrind.out-01"  # the first thread: the UI thread
        for line in main_thread.read_text().splitlines():
            if line.startswith(("summary:", "totals:")):
                return int(line.split()[1])
    raise RuntimeError(f"no count in {main_thread}")


def main() -> None:
    """Count this tree's UI thread (and --before DIR's); print millions of instructions and the difference."""
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed: `make setup` installs it (tools/setup.sh)")
    args = sys.argv[1:]
    before = Path(args[args.index("--before") + 1]).resolve() if "--before" in args else None
    script, until = (SHOWN_PROBE, "the frame shown") if "--shown" in args else (PROBE, "the ready paint")
    with children_on_x_server(DISPLAY_ENV, "--x11" in args):
        count(script, until, before)


def count(script: str, until: str, before: Path | None) -> None:
    """Count this tree (and `before`) to `until`; print the figures."""
    now = ui_thread_instructions(ROOT, script)
    print(f"UI thread to {until}: {now / 1e6:,.1f} million instructions ({ROOT})")
    if before is not None:
        then = ui_thread_instructions(before, script)
        print(f"before: {then / 1e6:,.1f} million ({before})")
        change = now - then
        ms = change / INSTRUCTIONS_PER_MS
        print(f"change: {change / 1e6:+,.1f} million ({change / then:+.1%}), about {ms:+.1f} ms of the UI thread")


if __name__ == "__main__":
    main()
