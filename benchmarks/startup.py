"""Process start to first shown main window, as a ratio to a bare PySide6 window started the same way.

Target: ratio <= 1.3. Both run offscreen (QT_QPA_PLATFORM=offscreen) in fresh processes; each child
prints "window shown" once its window is visible (b24desk through B24DESK_SMOKE_TEST), and the parent
times from spawning it to reading that line.
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
from b24desk.ui.app import run_app
run_app()
"""


def measure(code: str, runs: int) -> list[float]:
    """Seconds from spawn to the shown window, once per run."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", B24DESK_SMOKE_TEST="1")
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=env)
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith("window shown"):
                samples.append(time.perf_counter() - started)
                break
        child.wait(timeout=30)
    return samples


def main() -> None:
    """Print both medians and their ratio."""
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    measure(BARE, 1)  # warm the file cache
    measure(B24DESK, 1)
    bare = statistics.median(measure(BARE, runs))
    app = statistics.median(measure(B24DESK, runs))
    print(f"bare PySide6 window: {bare * 1000:.0f} ms (median of {runs})")
    print(f"b24desk main window: {app * 1000:.0f} ms (median of {runs})")
    print(f"ratio: {app / bare:.2f} (target <= 1.3)")


if __name__ == "__main__":
    main()
