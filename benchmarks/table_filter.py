"""Filtering the result table in a shown window: 100,000 rows, typed text to the filtered table painted.

Target: <= 200 ms, off the UI thread or on precomputed keys. The rows are kept as a big answer keeps
them (a RecordStore over the JSON's bytes). The first filter makes the case-folded text index (in a
worker thread); the later ones search it. A first filter is also timed once the rows have settled
and the model has made its index ahead (with its orders of the first columns). Each is timed from
set_filter until the table shows the rows and has been painted again, with the longest stall of the
UI thread meanwhile (a 5 ms probe).
A filter typed as the rows appear (before the index is made ahead) runs while the table paints them
for the first time: about 2,000 calls from Qt into the model, each needing the GIL the worker holds.
The same while the table is scrolled (a paint of new rows every 20 ms) as the filter is worked out.
Baselines in the same run, on the same rows: a plain Python list comprehension over the decoded
values (the floor of any filter in Python), and Qt's QSortFilterProxyModel asking the model's data()
per cell (what the table did before).

    .venv/bin/python -m benchmarks.table_filter [ROWS] [PAIRS] [--busy N]

--busy N: the same again with N processes spinning Python loops (benchmarks/busy_load.py), in the same run.
"""

from __future__ import annotations

import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import QApplication

from b24desk.core.record_store import RecordStore
from b24desk.core.row_filter import cell_text
from b24desk.ui.result.result_view import ResultView
from benchmarks.table_sort import Rows, StallProbe, _each, idle_stall, run, until_ordered, until_warmed

NEEDLES = ("лид 12", "société", "7", "zzz")


def timed_filter(view: ResultView, text: str, probe: StallProbe, scrolled: bool = False) -> tuple[float, float]:
    """ms from set_filter to the filtered table painted, and the longest UI stall meanwhile (`scrolled`:
    the table is scrolled by ten rows every 20 ms meanwhile, each a paint of new rows)."""
    scroller = QTimer()
    bar = view.table.verticalScrollBar()
    scroller.timeout.connect(lambda: bar.setValue(bar.value() + 10))
    probe.start()
    began = time.perf_counter()
    view.table_model.set_filter(text)
    if scrolled:
        scroller.start(20)
    until_ordered(view)
    scroller.stop()
    view.grab()
    took = (time.perf_counter() - began) * 1e3
    return took, probe.stop()


def main() -> None:
    run(measure, default_pairs=3)


def measure(
    app: QApplication, view: ResultView, rows: Rows, stored: Rows | RecordStore, pairs: int, probe: StallProbe
) -> None:
    """The first filter three ways and each needle, `pairs` times; the figures printed."""
    count = len(rows)
    print(f"{count:,} rows kept as JSON bytes; medians of {pairs} (ms); stall = longest UI-thread gap meanwhile")
    first_times, first_stalls = [], []
    for _ in range(pairs):
        view.start_rows(stored)  # a fresh model: no index yet
        app.processEvents()
        view.table.viewport().update()  # its first paint due (whether processEvents has painted it yet varies)
        took, stall = timed_filter(view, NEEDLES[0], probe)
        first_times.append(took)
        first_stalls.append(stall)
    print(
        f"first filter as the rows appear (makes the index; the table's first paint of them comes meanwhile): "
        f"{statistics.median(first_times):.0f} ms, every run {_each(first_times)}"
    )
    print(f"  its UI stall: longest {max(first_stalls):.0f} ms, every run {_each(first_stalls)} (target <= 50)")
    scrolled_times, scrolled_stalls = [], []
    for _ in range(pairs):
        view.start_rows(stored)
        app.processEvents()
        view.grab()  # the rows painted: then the filter is typed, and the table scrolled while it is worked out
        took, stall = timed_filter(view, NEEDLES[0], probe, scrolled=True)
        scrolled_times.append(took)
        scrolled_stalls.append(stall)
    print(
        f"first filter, the table scrolled meanwhile (a paint every 20 ms): "
        f"{statistics.median(scrolled_times):.0f} ms, every run {_each(scrolled_times)}"
    )
    print(f"  its UI stall: longest {max(scrolled_stalls):.0f} ms, every run {_each(scrolled_stalls)} (target <= 50)")
    ahead_times, ahead_stalls, warm_stalls = [], [], []
    for _ in range(pairs):
        view.start_rows(stored)  # a fresh model, left alone until it has made its index ahead
        warm_stalls.append(until_warmed(view, probe))
        took, stall = timed_filter(view, NEEDLES[0], probe)
        ahead_times.append(took)
        ahead_stalls.append(stall)
    print(
        f"first filter once the rows settled (index made ahead): {statistics.median(ahead_times):.0f} ms, "
        f"stall {max(ahead_stalls):.0f} ms; every run {_each(ahead_times)}; "
        f"longest UI stall while made ahead {_each(warm_stalls)}"
    )
    print(f"{'text':<10} {'b24desk':>8} {'stall':>6} {'listcomp':>9} {'ratio':>6} {'rows':>7}")
    for needle in NEEDLES:
        times, stalls, bases = [], [], []
        for _ in range(pairs):
            view.table_model.set_filter("")
            until_ordered(view)
            took, stall = timed_filter(view, needle, probe)
            times.append(took)
            stalls.append(stall)
            folded = needle.casefold()
            began = time.perf_counter()
            [n for n, row in enumerate(rows) if any(folded in cell_text(v).casefold() for v in row.values())]
            bases.append((time.perf_counter() - began) * 1e3)
        b24, base = statistics.median(times), statistics.median(bases)
        shown = view.table_model.rowCount()
        print(f"{needle:<10} {b24:8.0f} {max(stalls):6.0f} {base:9.0f} {b24 / base:6.2f} {shown:7,}")
    proxy = QSortFilterProxyModel()  # the way before: Qt asks data() for every cell
    proxy.setSourceModel(view.table_model)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    view.table_model.set_filter("")
    until_ordered(view)
    began = time.perf_counter()
    proxy.setFilterFixedString(NEEDLES[0])
    proxy.rowCount()  # the proxy filters when asked
    print(f"Qt's filter proxy over the same model ({NEEDLES[0]!r}): {(time.perf_counter() - began) * 1e3:.0f} ms")
    print(f"idle window, same run: longest stall {idle_stall(probe):.0f} ms (the machine's own jitter)")
    del proxy


if __name__ == "__main__":
    main()
