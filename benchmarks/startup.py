"""Process start to the first shown main window, and to the built one; idle RSS and closing; ratios to a bare window.

Target: first shown window / bare window <= 1.3. Both run offscreen (QT_QPA_PLATFORM=offscreen) in fresh
processes; each child prints "window shown" once its window is visible (b24desk through
B24DESK_SMOKE_TEST), and the parent times from spawning it to reading that line. b24desk shows its
window's frame first and builds the widgets into it after; it prints "window ready" once they are
built and painted: the second figure, when the window can be used. The warm-up runs write the bytecode
caches (even under PYTHONDONTWRITEBYTECODE), so the figures are those of an installed copy. The resident
size is read from /proc when the last line arrives (the window idle on screen; the bare window's when
shown), closing is the time from then until the process has ended. Bare and b24desk run in turn, and
each ratio is taken pair by pair.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

BARE = """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow()
w.show()
def done():
    rss = open("/proc/self/status").read().split("VmRSS:")[1].split()[0]
    print(f"rss {rss}", flush=True)
    print("window shown: bare", flush=True)
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""

B24DESK = """
from b24desk.cli import main
def report_rss(window):  # the resident size once the window is built, before the smoke test closes it
    rss = open("/proc/self/status").read().split("VmRSS:")[1].split()[0]
    print(f"rss {rss}", flush=True)
    ready(window)
import b24desk.ui.shell.smoke_test as smoke_test  # Qt's core and widgets: the app imports them first anyway
ready = smoke_test.report_ready
smoke_test.report_ready = report_rss
main([])
"""  # what the `b24desk` launcher and `python -m b24desk` run, with the resident size reported


def run_once(code: str, until: tuple[str, ...]) -> tuple[list[float], float, float]:
    """Seconds from spawn to each line starting with one of `until` (in order); the resident MiB when
    the last one was printed (the window idle on screen); seconds from then to the process's end."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", B24DESK_SMOKE_TEST="1")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed copy has its .pyc files; compiling is not start-up
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=env)
    assert child.stdout is not None
    times: list[float] = []
    rss = 0.0
    for line in child.stdout:
        if line.startswith("rss "):
            rss = int(line.split()[1]) / 1024
        elif line.startswith(until[len(times)]):
            times.append(time.perf_counter() - started)
            if len(times) == len(until):
                break
    ready_at = time.perf_counter()
    child.stdout.read()
    child.wait(timeout=30)
    assert len(times) == len(until), f"the child did not print {until[len(times)]!r}"
    return times, rss, time.perf_counter() - ready_at


def main() -> None:
    """Pairs of bare window and b24desk in turn (A B A B); medians and ratios per pair."""
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    run_once(BARE, ("window shown",))  # warm the file cache and the bytecode
    run_once(B24DESK, ("window shown", "window ready"))
    rows: dict[str, list[float]] = {
        key: [] for key in ("bare", "shown", "ready", "bare_rss", "rss", "bare_close", "close")
    }
    for _ in range(runs):
        (bare,), bare_rss, bare_close = run_once(BARE, ("window shown",))
        (shown, ready), rss, close = run_once(B24DESK, ("window shown", "window ready"))
        for key, value in zip(rows, (bare, shown, ready, bare_rss, rss, bare_close, close), strict=True):
            rows[key].append(value)
    med = {key: statistics.median(values) for key, values in rows.items()}
    ratio = {
        key: statistics.median(a / b for a, b in zip(rows[key], rows[base], strict=True))
        for key, base in (("shown", "bare"), ("ready", "bare"), ("rss", "bare_rss"), ("close", "bare_close"))
    }
    print(f"{runs} pairs (bare window, b24desk in turn); medians, ratios pair by pair")
    print(
        f"bare PySide6 window: shown {med['bare'] * 1000:.0f} ms, idle RSS {med['bare_rss']:.0f} MiB, "
        f"closing {med['bare_close'] * 1000:.0f} ms"
    )
    print(f"b24desk window shown: {med['shown'] * 1000:.0f} ms, ratio {ratio['shown']:.2f} (target <= 1.3)")
    print(f"b24desk window ready (built): {med['ready'] * 1000:.0f} ms, ratio {ratio['ready']:.2f} (target <= 1.5)")
    print(f"b24desk idle RSS when ready: {med['rss']:.0f} MiB, ratio {ratio['rss']:.2f} (target <= 1.5)")
    print(f"b24desk closing (ready to exit): {med['close'] * 1000:.0f} ms, ratio {ratio['close']:.2f} (target <= 2)")


if __name__ == "__main__":
    main()
