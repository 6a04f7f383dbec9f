"""Process start to first shown main window, as a ratio to a bare PySide6 window started the same way.

Target: ratio <= 1.3. Both run offscreen (QT_QPA_PLATFORM=offscreen) in fresh processes; each child
prints the wall-clock moment its window was shown, the parent subtracts the moment it spawned it.
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
    print(time.time(), flush=True)
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""

B24DESK = """
import os, time
os.environ["B24DESK_SHOW_AND_QUIT"] = "1"
from b24desk.ui.app import run_app
run_app()
"""


def measure(code: str, runs: int) -> list[float]:
    """Seconds from spawn to the shown window, once per run."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    samples = []
    for _ in range(runs):
        started = time.time()
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
        shown = float(out.stdout.strip().splitlines()[-1])
        samples.append(shown - started)
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
