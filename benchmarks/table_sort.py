"""Sorting the result table by a column in a shown window: 100,000 rows, header click to repainted table.

Target: <= 200 ms, off the UI thread or on precomputed keys. The table shows rows like a crm.lead.list
fetch-all (numeric-string IDs and amounts, Cyrillic and accented titles, empty fields), kept as a
fetch-all keeps them (a RecordStore over the JSON's bytes; `--list` for decoded dicts). Past 20,000
rows the model works the order out in a worker thread: each sort is timed from the header's sort
call until the sorted table has been painted, with the longest stall of the UI thread meanwhile (a
5 ms probe timer), for a first sort of each column and the reverse order after: "cold", clicked as soon
as the rows are shown, and "warm", clicked once the model has worked out its first columns' orders
ahead (it starts half a second after the rows stop changing; the longest UI stall while it does is
printed too).
Baseline, in the same run and on the same values: Python's own sorted() of the column's raw values,
the floor any sort in Python pays. Pairs alternate A B A B; medians and their ratio are printed.

    .venv/bin/python -m benchmarks.table_sort [ROWS] [PAIRS] [--list] [--busy N]

--busy N: the same again with N processes spinning Python loops (benchmarks/busy_load.py), in the same run.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import statistics
import sys
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import orjson
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

from b24desk.core.record_store import RecordStore
from b24desk.ui.result.result_view import ResultView
from benchmarks.busy_load import add_busy_option, loads

TICK_MS = 5


class StallProbe:
    """Ticks every TICK_MS on the UI thread; the longest gap between ticks, minus the tick, is a stall."""

    def __init__(self) -> None:
        self._timer = QTimer()
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self._worst = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self._worst = max(self._worst, now - self._last)
        self._last = now

    def start(self) -> None:
        self._last, self._worst = time.perf_counter(), 0.0
        self._timer.start(TICK_MS)

    def stop(self) -> float:
        """The longest stall in ms since start (the gap up to now counts too)."""
        self._tick()
        self._timer.stop()
        return max(0.0, self._worst * 1000 - TICK_MS)


def until_ordered(view: ResultView) -> None:
    """Run the event loop until the table shows the order it works out off the UI thread."""
    model = view.table_model
    if not model.busy:
        return
    loop = QEventLoop()
    model.orderReady.connect(loop.quit)
    QTimer.singleShot(0, lambda: None if model.busy else loop.quit())
    loop.exec()
    model.orderReady.disconnect(loop.quit)


COLUMNS = ("ID", "TITLE", "OPPORTUNITY", "UF_CRM_1")


def lead_rows(count: int) -> list[dict[str, object]]:
    rng = random.Random(21)
    return [
        {
            "ID": str(number + 1),
            "TITLE": f"{rng.choice(['Лид', 'Société', 'Deal', 'Ángel'])} {rng.randint(1, 10**6)}",
            "OPPORTUNITY": f"{rng.random() * 1e5:.2f}",
            "UF_CRM_1": rng.choice([None, "", str(rng.randint(0, 99))]),
            "STATUS_ID": "NEW",
        }
        for number in range(count)
    ]


def idle_stall(probe: StallProbe, seconds: float = 1.0) -> float:
    """The probe's longest stall over an idle second of the same window: the machine's own jitter."""
    loop = QEventLoop()
    probe.start()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    return probe.stop()


def until_warmed(view: ResultView, probe: StallProbe) -> float:
    """Run the event loop until the model has worked out its orders ahead; the longest stall meanwhile."""
    loop = QEventLoop()
    view.table_model.warmed.connect(loop.quit)
    probe.start()
    loop.exec()
    view.table_model.warmed.disconnect(loop.quit)
    return probe.stop()


def timed_sort(view: ResultView, column: int, order: Qt.SortOrder, probe: StallProbe) -> tuple[float, float]:
    """ms from the header's sort to the sorted table painted, and the longest UI stall meanwhile."""
    probe.start()
    began = time.perf_counter()
    view.table.sortByColumn(column, order)
    until_ordered(view)
    view.grab()
    took = (time.perf_counter() - began) * 1e3
    return took, probe.stop()


def both_ways(view: ResultView, column: int, probe: StallProbe) -> tuple[float, float, float, float]:
    """A first sort then the reverse: ms and the longest stall of each."""
    took, stall = timed_sort(view, column, Qt.SortOrder.AscendingOrder, probe)
    back, back_stall = timed_sort(view, column, Qt.SortOrder.DescendingOrder, probe)
    return took, stall, back, back_stall


def shown_table(count: int) -> tuple[QApplication, ResultView, list[dict[str, object]], RecordStore]:
    """A shown result view, `count` lead rows, and the same rows kept as a fetch-all keeps them."""
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    view = ResultView()
    view.resize(1000, 700)
    view.show()
    rows = lead_rows(count)
    gc.freeze()  # the baseline's own 100,000 dicts (the app holds no such list) stay out of the collector's walks
    stored = RecordStore.from_list(orjson.dumps(rows))
    assert stored is not None
    return app, view, rows, stored


def _each(figures: list[float]) -> str:
    return " ".join(f"{figure:.0f}" for figure in figures)


def arguments(default_pairs: int) -> argparse.Namespace:
    """ROWS, PAIRS, --list, --busy N (the table benchmarks' command line)."""
    parser = argparse.ArgumentParser(description=(sys.modules["__main__"].__doc__ or "").splitlines()[0])
    parser.add_argument("rows", type=int, nargs="?", default=100_000)
    parser.add_argument("pairs", type=int, nargs="?", default=default_pairs)
    parser.add_argument("--list", action="store_true", help="rows as decoded dicts, not kept as JSON bytes")
    add_busy_option(parser)
    return parser.parse_args()


Rows = list[dict[str, object]]
Measure = Callable[[QApplication, ResultView, Rows, Rows | RecordStore, int, StallProbe], None]


def run(measure: Measure, default_pairs: int) -> None:
    """A table benchmark: its command line read, the table shown, measured quiet (then busy), closed."""
    args = arguments(default_pairs)
    app, view, rows, stored = shown_table(args.rows)
    probe = StallProbe()
    for load in loads(args.busy):
        print(f"-- {load}")
        measure(app, view, rows, rows if args.list else stored, args.pairs, probe)
    view.close()
    del probe  # Qt objects go before the application does
    view.deleteLater()
    app.processEvents()


def main() -> None:
    run(measure, default_pairs=5)


def measure(
    app: QApplication, view: ResultView, rows: Rows, shown_rows: Rows | RecordStore, pairs: int, probe: StallProbe
) -> None:
    """Every column sorted both ways, cold and warm, `pairs` times; the figures printed."""
    count = len(rows)
    kind = "decoded dicts" if shown_rows is rows else "kept as JSON bytes"
    print(f"{count:,} rows ({kind}), {pairs} pairs per column, medians (ms); baseline: sorted() of the raw values")
    print(
        f"{'column':<12} {'cold':>6} {'stall':>6} {'reverse':>8} {'stall':>6} {'warm':>6} {'reverse':>8} "
        f"{'stall':>6} {'baseline':>9} {'ratio':>6}"
    )
    warm_stalls = []
    for column, name in enumerate(COLUMNS):
        firsts, reverses, baselines, stalls, reverse_stalls = [], [], [], [], []
        warms, warm_reverses, warm_sort_stalls = [], [], []
        for _ in range(pairs):
            view.start_rows(shown_rows)  # fresh rows: no order kept from the pair before
            app.processEvents()
            took, stall, back, back_stall = both_ways(view, column, probe)
            firsts.append(took)
            stalls.append(stall)
            reverses.append(back)
            reverse_stalls.append(back_stall)
            view.start_rows(shown_rows)
            warm_stalls.append(until_warmed(view, probe))
            took, stall, back, back_stall = both_ways(view, column, probe)
            warms.append(took)
            warm_reverses.append(back)
            warm_sort_stalls += [stall, back_stall]
            values = [str(row.get(name) or "") for row in rows]
            began = time.perf_counter()
            sorted(range(count), key=values.__getitem__)
            baselines.append(time.perf_counter() - began)
        first, reverse = statistics.median(firsts), statistics.median(reverses)
        base = statistics.median(baselines) * 1e3
        warm, warm_reverse = statistics.median(warms), statistics.median(warm_reverses)
        print(
            f"{name:<12} {first:6.0f} {max(stalls):6.0f} {reverse:8.0f} {max(reverse_stalls):6.0f} "
            f"{warm:6.0f} {warm_reverse:8.0f} {max(warm_sort_stalls):6.0f} {base:9.0f} {first / base:6.1f}"
        )
        print(f"{'':<12} every run (ms): cold {_each(firsts)}; warm {_each(warms)}, reverse {_each(warm_reverses)}")
    print(f"working the orders out ahead: longest UI stall per run (ms) {_each(warm_stalls)}")
    print(f"idle window, same run: longest stall {idle_stall(probe):.0f} ms (the machine's own jitter)")


if __name__ == "__main__":
    main()
