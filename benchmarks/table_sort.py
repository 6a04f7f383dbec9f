"""Sorting the result table by a column in a shown window: 100,000 rows, header click to repainted table.

Target: <= 200 ms. The table shows rows like a crm.lead.list fetch-all (numeric-string IDs and amounts,
Cyrillic and accented titles, empty fields). Each sort is timed from the header's sort call until the
table has been painted again (grab), for a first sort of each column and the reverse order after.
Baseline, in the same run and on the same values: Python's own sorted() of the column's raw values,
the floor any sort in Python pays. Pairs alternate A B A B; medians and their ratio are printed.

    .venv/bin/python -m benchmarks.table_sort [ROWS] [PAIRS]
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from b24desk.ui.result.result_view import ResultView

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


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    pairs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    app = QApplication.instance() or QApplication([])
    view = ResultView()
    view.resize(1000, 700)
    view.show()
    rows = lead_rows(count)
    print(f"{count:,} rows, {pairs} pairs per column, medians (ms); baseline: sorted() of the raw values")
    print(f"{'column':<12} {'first':>8} {'reverse':>8} {'baseline':>9} {'ratio':>6}")
    for column, name in enumerate(COLUMNS):
        firsts, reverses, baselines = [], [], []
        for _ in range(pairs):
            view.start_rows(rows)  # fresh rows: no order kept from the pair before
            app.processEvents()
            began = time.perf_counter()
            view.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
            view.grab()
            firsts.append(time.perf_counter() - began)
            began = time.perf_counter()
            view.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
            view.grab()
            reverses.append(time.perf_counter() - began)
            values = [str(row.get(name) or "") for row in rows]
            began = time.perf_counter()
            sorted(range(count), key=values.__getitem__)
            baselines.append(time.perf_counter() - began)
        first, reverse, base = (statistics.median(x) * 1e3 for x in (firsts, reverses, baselines))
        print(f"{name:<12} {first:8.0f} {reverse:8.0f} {base:9.0f} {first / base:6.1f}")
    view.close()


if __name__ == "__main__":
    main()
