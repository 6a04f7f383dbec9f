"""Where the main window's parts go: the request above its result, the browser, collection and history beside,
Events apart; the splits that follow the window's size; Tab's order. (The first size: first_size.py.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from b24desk.ui.shell.adaptive_split import WANTED_RESULT_ROWS, AdaptiveSplitter, left_width, request_height

if TYPE_CHECKING:
    from b24desk.ui.shell.main_window import MainWindow

    # The containers `arrange` made: the request above its result; the left panel beside them; method browser,
    # collection and history; the Requests and Events tabs; the page that holds the Events tab once it is first
    # looked at (MainWindow.events_tab). A plain tuple: its one caller unpacks it, and a NamedTuple compiled
    # its methods before the first screen.
    WindowLayout = tuple[AdaptiveSplitter, AdaptiveSplitter, QSplitter, QTabWidget, QWidget]

SIDE_MARGIN = 6  # pixels left and right of the request and the result


def arrange(window: MainWindow) -> WindowLayout:
    """Put the window's parts in place and make it the window's centre."""
    request_side = QWidget()
    request_layout = QVBoxLayout(request_side)
    request_layout.setContentsMargins(SIDE_MARGIN, 0, SIDE_MARGIN, 0)  # no height: the result's rows need it
    for part in (window.picker, window.pasted_offer, window.note_label, window.request_tabs.bar, window.url_bar):
        request_layout.addWidget(part)
    request_layout.addWidget(window.editor, 1)
    request_layout.addWidget(window.problem_label)
    result = window.result_view
    # Execute heads the result side, on the status line's row: the answer shows right below it, and the
    # request side is a row shorter (a dozen result rows at 1024x700); Maximise keeps it in sight.
    result.lead_status_with(window.execute_bar)
    result_layout = result.layout()
    if result_layout is not None:  # the result lines up with the request above it
        result_layout.setContentsMargins(SIDE_MARGIN, 0, SIDE_MARGIN, 2)
    splitter = AdaptiveSplitter(Qt.Orientation.Vertical)
    splitter.addWidget(request_side)
    splitter.addWidget(result)
    splitter.setStretchFactor(1, 1)
    # the result's rows come first, the request side keeps its minimum (its grid: four parameters)
    splitter.first_size = lambda total: request_height(total, request_side, result.height_for_rows(WANTED_RESULT_ROWS))
    left = QSplitter(Qt.Orientation.Vertical)
    left.addWidget(window.method_browser)
    collection_side = QWidget()
    collection_layout = QVBoxLayout(collection_side)
    collection_layout.setContentsMargins(0, 0, 0, 0)
    collection_layout.addWidget(window.environment_picker)
    collection_layout.addWidget(window.collection_panel, 1)
    left.addWidget(collection_side)
    left.addWidget(window.history_panel)
    for index, stretch in enumerate((3, 2, 1)):
        left.setStretchFactor(index, stretch)
    side = AdaptiveSplitter(Qt.Orientation.Horizontal)
    side.addWidget(left)
    side.addWidget(splitter)
    side.setStretchFactor(1, 1)
    side.first_size = lambda total: left_width(total, left)
    tabs = QTabWidget()
    tabs.addTab(side, QCoreApplication.translate("MainWindow", "Requests"))
    events_page = QWidget()
    QVBoxLayout(events_page).setContentsMargins(0, 0, 0, 0)
    tabs.addTab(events_page, QCoreApplication.translate("MainWindow", "Events"))
    window.setCentralWidget(tabs)
    order_execute(window)
    return splitter, side, left, tabs, events_page


def order_execute(window: MainWindow) -> None:
    """Tab: the request's last field, then Execute and Cancel, then the result (as they read on screen).

    The request's last control in Tab's chain is the parameter grid (its JSON and Code pages are made
    later, and join the chain after their tab bar): named, not found by walking the chain, which made a
    Python wrapper, and PySide6 its enums, for each class of widget it passed."""
    QWidget.setTabOrder(window.editor.params.grid, window.execute_button)
    QWidget.setTabOrder(window.execute_button, window.cancel_button)


def split_states(splitters: dict[str, QSplitter]) -> dict[str, bytes]:
    """What to remember of each split: an adaptive one only when a person dragged it."""
    return {
        key: s.saved_state() if isinstance(s, AdaptiveSplitter) else bytes(s.saveState().data())
        for key, s in splitters.items()
    }


def restore_splits(splitters: dict[str, QSplitter], states: dict[str, bytes]) -> None:
    """Give each split what was remembered (an adaptive one with nothing saved follows the window)."""
    for key, splitter in splitters.items():
        state = states.get(key, b"")
        if isinstance(splitter, AdaptiveSplitter):
            splitter.restore(state)
        elif state:
            splitter.restoreState(state)
