"""Process start to the first shown main window, and to the fully built one, as ratios to a bare PySide6 window.

Target: first shown window / bare window <= 1.3. Both run offscreen (QT_QPA_PLATFORM=offscreen) in fresh
processes; each child prints "window shown" once its window is visible (b24desk through
B24DESK_SMOKE_TEST), and the parent times from spawning it to reading that line. b24desk shows its
window's frame first and builds the widgets into it after; it prints "window ready" once they are
built and painted: the second figure, when the window can be used. The warm-up runs write the bytecode
caches (even under PYTHONDONTWRITEBYTECODE), so the figures are those of an installed copy.
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
    print("window shown: bare", flush=True)
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""

B24DESK = """
from b24desk.cli import main
main([])
"""  # what the `b24desk` launcher and `python -m b24desk` run


def measure(code: str, runs: int, until: tuple[str, ...]) -> list[list[float]]:
    """Seconds from spawn to each line starting with one of `until` (in that order), once per run."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", B24DESK_SMOKE_TEST="1")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed copy has its .pyc files; compiling is not start-up
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=env)
        assert child.stdout is not None
        times: list[float] = []
        for line in child.stdout:
            if line.startswith(until[len(times)]):
                times.append(time.perf_counter() - started)
                if len(times) == len(until):
                    break
        child.wait(timeout=30)
        assert len(times) == len(until), f"the child did not print {until[len(times)]!r}"
        samples.append(times)
    return samples


def main() -> None:
    """Print the medians and their ratios to the bare window."""
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    measure(BARE, 1, ("window shown",))  # warm the file cache
    measure(B24DESK, 1, ("window shown", "window ready"))
    bare = statistics.median(times[0] for times in measure(BARE, runs, ("window shown",)))
    app = measure(B24DESK, runs, ("window shown", "window ready"))
    shown = statistics.median(times[0] for times in app)
    ready = statistics.median(times[1] for times in app)
    print(f"bare PySide6 window: {bare * 1000:.0f} ms (median of {runs})")
    print(f"b24desk window shown: {shown * 1000:.0f} ms, ratio {shown / bare:.2f} (target <= 1.3)")
    print(f"b24desk window ready (built): {ready * 1000:.0f} ms, ratio {ready / bare:.2f}")


if __name__ == "__main__":
    main()
