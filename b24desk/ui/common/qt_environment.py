"""Qt settings b24desk makes before the QApplication exists."""

from __future__ import annotations

import os

__all__ = ["KEEP_FILL_POOL", "SERIAL_FILLS", "use_serial_fills"]

SERIAL_FILLS = "QT_NO_GUI_THREADPOOL"  # Qt: set (to anything) = no thread pool for raster fills
KEEP_FILL_POOL = "B24DESK_QT_FILL_POOL"  # "1": leave Qt's default (the pool) alone


def use_serial_fills() -> None:
    """Paint on the UI thread alone.

    Qt's raster engine hands each large fill (a list's background, the backing store) to a thread pool
    and waits for it. On a busy 2-core machine the hand-off cost more than the fills: a search key to a
    repainted method list took 5.8-6.9 ms with the pool, 2.2-3.2 ms without (benchmarks/window_search).
    Qt reads the variable once, at its first parallel fill: call this before the QApplication is made.
    """
    if os.environ.get(KEEP_FILL_POOL) != "1":
        os.environ.setdefault(SERIAL_FILLS, "1")
