"""Window search: a query typed into the method browser until the shown list is repainted (target <= 5 ms).

The browser is shown (offscreen, painted) with the bundled catalogue. For each query: the model's search,
the tree's update (results unfolded) and the events that repaint it, timed together; the debounce
before a search runs is not counted. Baseline in the same run, paired A B A B: the core's search alone
(catalogue.search), so the ratio is what the window adds.

    .venv/bin/python -m benchmarks.window_search [ROUNDS]
"""

from __future__ import annotations

import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from b24desk.core.catalogue import load_catalogue
from b24desk.ui.methods.method_browser import MethodBrowser
from benchmarks.catalogue_bench import QUERIES


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    app = QApplication.instance() or QApplication([])
    browser = MethodBrowser()
    browser.resize(320, 800)
    browser.show()
    catalogue = load_catalogue()
    browser.set_catalogue(catalogue)
    catalogue.search("warm up")
    for _ in range(10):
        app.processEvents()
    print(f"{rounds} rounds per query, medians (ms); baseline: the core's search alone, same run")
    print(f"{'query':<16} {'window':>7} {'core':>6} {'ratio':>6}")
    worst = ("", 0.0, 0.0)
    for query in QUERIES:
        window, core = [], []
        for number in range(rounds):
            browser.search_edit.blockSignals(True)  # no debounce timer: the search is run right here
            browser.search_edit.setText(query if number % 2 == 0 else query + " ")
            browser.search_edit.blockSignals(False)
            started = time.perf_counter()
            browser._run_search()
            app.processEvents()  # the tree's layout and repaint
            window.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            catalogue.search(query)
            core.append((time.perf_counter() - started) * 1000)
        ours, base = statistics.median(window), statistics.median(core)
        print(f"{query or '(empty)':<16} {ours:7.2f} {base:6.2f} {ours / max(base, 1e-3):6.1f}")
        if ours > worst[1]:
            worst = (query, ours, base)
    print(f"worst query: {worst[0] or '(empty)'!r} {worst[1]:.2f} ms (target <= 5); its core search {worst[2]:.2f} ms")
    browser.close()


if __name__ == "__main__":
    main()
