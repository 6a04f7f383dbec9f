"""Window search: a key typed into the method browser until the shown list is repainted (target <= 5 ms).

The browser is shown and painted (offscreen by default; under a real X server with `QT_QPA_PLATFORM=xcb
xvfb-run -a .venv/bin/python -m benchmarks.window_search`: without the variable it stays offscreen), with the
bundled catalogue. Each query is timed as the user meets it: the text before it is the query less its last
letter (for the empty query: "a", a Backspace), then the last key's text is set and the clock runs until the
tree's viewport has been repainted (or, when nothing on it changed, until the events are handled). The key's
own effects are all counted: the search, the model's change, the tree's layout and paint, the line edit's
repaint.

Baseline in the same run, A B A B: a bare QLineEdit over a QListView of a QStringListModel, whose
textChanged sets the names the core's search returns for the text (the least a window can do for the
same search). Also printed: the core's search alone.

    .venv/bin/python -m benchmarks.window_search [ROUNDS]
"""

from __future__ import annotations

import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStringListModel, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QListView, QVBoxLayout, QWidget

from b24desk.core.catalogue import Catalogue
from b24desk.ui.common.long_lived import freeze_long_lived
from b24desk.ui.common.qt_environment import SERIAL_FILLS, use_serial_fills
from b24desk.ui.methods.method_browser import MethodBrowser
from benchmarks.catalogue_bench import QUERIES

SEARCH_LIMIT = 200
QUIET_MS = 15  # no paint for this long: the key's effects are over


class PaintWatch(QObject):
    """Times the end of each paint of one viewport, watching every event of the application.

    A viewport paints synchronously: the first event delivered after its Paint event that is not
    another widget's paint in the same pass (or the return of processEvents) marks the pass's end."""

    def __init__(self) -> None:
        super().__init__()
        self.viewport: QWidget | None = None
        self.paints = 0
        self.painting = False
        self.ended = 0.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if self.painting and kind != QEvent.Type.Paint:
            self.painting, self.ended = False, time.perf_counter()
        if kind == QEvent.Type.Paint and watched is self.viewport:
            self.paints += 1
            self.painting = True
        return False

    def handled(self) -> None:
        """processEvents returned: a paint still open ended by now."""
        if self.painting:
            self.painting, self.ended = False, time.perf_counter()


def bare_window(catalogue: Catalogue) -> tuple[QWidget, QLineEdit, QListView]:
    """The baseline: a line edit whose text shows the core's results in a plain list."""
    widget = QWidget()
    edit, view, model = QLineEdit(), QListView(), QStringListModel()
    view.setModel(model)
    view.setUniformItemSizes(True)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)  # as the browser's tree
    layout = QVBoxLayout(widget)
    layout.addWidget(edit)
    layout.addWidget(view, 1)
    edit.textChanged.connect(
        lambda text: model.setStringList([m.name for m in catalogue.search(text, limit=SEARCH_LIMIT)])
    )
    return widget, edit, view


def timed_key(app: QCoreApplication, edit: QLineEdit, viewport: QWidget, watch: PaintWatch, text: str) -> float:
    """Milliseconds from setting the text to the end of the last repaint of the list it caused.

    Events are handled until the list has not been painted for QUIET_MS: a tree lays out on a zero
    timer, paints on a posted update request, and paints again when a scroll bar comes or goes. When
    nothing on the list changed (the same results), the time is until the text was set."""
    watch.viewport, watch.paints = viewport, 0
    started = time.perf_counter()
    edit.setText(text)
    watch.ended = quiet_since = time.perf_counter()
    while (time.perf_counter() - quiet_since) * 1000 < QUIET_MS:
        before = watch.paints
        app.processEvents()
        watch.handled()
        if watch.paints != before:
            quiet_since = time.perf_counter()
    watch.viewport = None
    return (watch.ended - started) * 1000


def settle(app: QCoreApplication, edit: QLineEdit, text: str) -> None:
    """Type the text before the measured key, and let the window finish with it."""
    edit.setText(text)
    started = time.perf_counter()
    while (time.perf_counter() - started) * 1000 < QUIET_MS:
        app.processEvents()


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    use_serial_fills()  # as the app does (B24DESK_QT_FILL_POOL=1: Qt's default thread pool for fills)
    freeze_long_lived()  # as the app does: the catalogue and its rows frozen out of the GC's walks
    app = QApplication.instance() or QApplication([])
    browser = MethodBrowser()
    browser.resize(320, 800)
    browser.show()
    started = time.perf_counter()
    browser.load()  # as the app does in its reading thread, then shown (rows made, collected, frozen)
    made = (time.perf_counter() - started) * 1000
    catalogue = browser.model.catalogue
    assert catalogue is not None
    timer = getattr(browser, "_search_timer", None)  # an older browser's debounce: not counted
    if timer is not None:
        timer.setInterval(0)

    watch = PaintWatch()
    app.installEventFilter(watch)  # a Python call per event: the same small cost on both sides
    bare, bare_edit, bare_view = bare_window(catalogue)
    bare.resize(320, 800)
    bare.move(400, 0)
    bare.show()
    for _ in range(10):
        app.processEvents()

    fills = "serial (as the app)" if SERIAL_FILLS in os.environ else "Qt's thread pool"
    print(f"{QApplication.platformName()} platform; raster fills {fills}; catalogue read and shown {made:.1f} ms")
    print(f"{rounds} rounds per query, A B A B; ms from the key's text set to the list's last repaint")
    print(f"{'query':<16} {'window':>7} {'p90':>6} {'bare':>6} {'ratio':>6} {'core':>6}")
    worst = ("", 0.0, 0.0)
    for query in QUERIES:
        before = query[:-1] if query else "a"
        ours: list[float] = []
        base: list[float] = []
        core: list[float] = []
        for _ in range(rounds):
            settle(app, browser.search_edit, before)
            ours.append(timed_key(app, browser.search_edit, browser.tree.viewport(), watch, query))
            settle(app, bare_edit, before)
            base.append(timed_key(app, bare_edit, bare_view.viewport(), watch, query))
            started = time.perf_counter()
            catalogue.search(query, limit=SEARCH_LIMIT)
            core.append((time.perf_counter() - started) * 1000)
        median, bare_median = statistics.median(ours), statistics.median(base)
        p90 = statistics.quantiles(ours, n=10)[-1] if len(ours) > 1 else ours[0]
        print(
            f"{query or '(empty)':<16} {median:7.2f} {p90:6.2f} {bare_median:6.2f} "
            f"{median / max(bare_median, 1e-3):6.2f} {statistics.median(core):6.2f}"
        )
        if median > worst[1]:
            worst = (query, median, bare_median)
    print(
        f"worst query: {worst[0] or '(empty)'!r} {worst[1]:.2f} ms (target <= 5); "
        f"bare list for it {worst[2]:.2f} ms, ratio {worst[1] / max(worst[2], 1e-3):.2f}"
    )
    browser.close()
    bare.close()


if __name__ == "__main__":
    main()
