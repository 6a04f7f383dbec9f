"""Splits that follow the window until a person drags them: the result gets its rows first, the browser its share.

The request side sits above the result. However tall the window, the result is given room for
WANTED_RESULT_ROWS table rows first; the request side keeps its minimum (its grid shows a few rows) and
takes no more than it asks for; what is left goes to the result. The method browser on the left takes
LEFT_SHARE of the width, between its minimum and LEFT_MOST pixels. Once a person drags a handle, that
split is theirs: it is kept as dragged, and remembered for the next start (an undragged one is not, so
the next start follows its own window again).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget

WANTED_RESULT_ROWS = 15  # the answer's rows come first: a dozen and more at 1024x700
LEFT_SHARE = 0.29  # of the width for the method browser, collections and history
LEFT_MOST = 320  # pixels: past this the request and result need the width more


def first_part(total: int, minimum: int, preferred: int, rest_needs: int) -> int:
    """The first part's share of `total`: the rest gets what it needs first, within the first's minimum and wish."""
    return max(minimum, min(preferred, total - rest_needs))


def request_height(total: int, request_side: QWidget, result_needs: int) -> int:
    """The request side's height in a split of `total`: the result's rows first, the request its minimum."""
    return first_part(total, request_side.minimumSizeHint().height(), request_side.sizeHint().height(), result_needs)


def left_width(total: int, left_side: QWidget) -> int:
    """The left panel's width in a split of `total`: LEFT_SHARE of it, at most LEFT_MOST, at least its minimum."""
    minimum = left_side.minimumSizeHint().width()
    return first_part(total, minimum, LEFT_MOST, total - round(total * LEFT_SHARE))


class AdaptiveSplitter(QSplitter):
    """A two-part splitter whose first part's size `first_size(total)` gives, until a person drags the handle."""

    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self.first_size: Callable[[int], int] | None = None
        self.chosen = False  # a person dragged the handle (now or in an earlier session): their split stays
        self.splitterMoved.connect(self._dragged)

    def _dragged(self) -> None:
        self.chosen = True

    def restore(self, state: bytes) -> None:
        """Take back the split a person chose in an earlier session (none saved: follow the window)."""
        if state and self.restoreState(state):
            self.chosen = True

    def saved_state(self) -> bytes:
        """What to remember for the next start: the chosen split, or nothing when it followed the window."""
        return bytes(self.saveState().data()) if self.chosen else b""

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A new length is split as `first_size` says; a change across (a vertical split's width) keeps the split."""
        super().resizeEvent(event)
        if self._length(event.size()) != self._length(event.oldSize()):
            self.adapt()

    def _length(self, size: QSize) -> int:
        return size.height() if self.orientation() == Qt.Orientation.Vertical else size.width()

    def adapt(self) -> None:
        """Split the present size as `first_size` says, unless a person chose the split or a part is folded."""
        sizes = self.sizes()
        if self.chosen or self.first_size is None or len(sizes) != 2 or 0 in sizes:
            return  # folded (View > Maximise the result): the maximiser gives the sizes back
        total = sum(sizes)
        first = min(self.first_size(total), total)
        if sizes[0] != first:
            self.setSizes([first, total - first])
