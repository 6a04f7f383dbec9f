"""A tab's page whose widgets are made when it is first shown (or first asked for), not with the window.

The first screen shows one page of each tab widget; the others (the result's Table, Raw and Headers, the
parameters' JSON, the history's Statistics) cost start-up time for modules, widgets and the Python enums
PySide6 makes for each Qt class first touched. Their state lives in models and in what their owner last
told them, so a page made later shows what it would have shown had it existed all along.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QSizePolicy, QSpacerItem, QTabWidget, QVBoxLayout, QWidget

_TAB_FOCUS = Qt.FocusPolicy.TabFocus


class LazyPage(QWidget):
    """A page added to `tabs` as `title`; `make()` gives its content the first time it is shown or asked for
    (`content`). `made` announces it (the window sizes its text with View > Zoom and names it for screen
    readers); Tab reaches it right after the tab bar, as it would a page made with the window."""

    made = Signal(object)  # the content, once made

    def __init__(self, make: Callable[[], QWidget], tabs: QTabWidget, title: str) -> None:
        super().__init__()
        self._make: Callable[[], QWidget] | None = make
        self._content: QWidget | None = None
        self._tabs = tabs
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)
        tabs.addTab(self, title)

    @property
    def built(self) -> bool:
        """Whether the content has been made."""
        return self._content is not None

    @property
    def content(self) -> QWidget:
        """The page's widget, made now if it was not yet."""
        if self._content is None:
            assert self._make is not None
            make, self._make = self._make, None
            self._content = content = make()
            layout = self.layout()
            assert layout is not None
            layout.addWidget(content)
            if self.isVisible():
                content.show()  # now, not in a later turn of the event loop: no paint of an empty page
            follow_in_tab_order(self._tabs.tabBar(), content)
            self.made.emit(content)
        return self._content

    def when_made(self, then: Callable[[QWidget], object]) -> None:
        """Call `then(content)` once the content is made: now if it is."""
        if self._content is not None:
            then(self._content)
        else:
            self.made.connect(then)

    def showEvent(self, event: QShowEvent) -> None:
        """The first look at the page makes it."""
        super().showEvent(event)
        if self._content is None:
            self.content  # noqa: B018  (made now, shown in this turn)


class SizedLazyPage(LazyPage):
    """A LazyPage that, until it is made, takes the room its content will (`hints`: size, minimum size),
    where that shapes the first screen: a tab widget asks as much room as its largest page, made or not.
    A spacer and a minimum size say it, so Qt's layouts ask no Python code (they ask hundreds of times)."""

    def __init__(self, make: Callable[[], QWidget], tabs: QTabWidget, title: str, hints: tuple[QSize, QSize]) -> None:
        super().__init__(make, tabs, title)
        size, smallest = hints
        preferred = QSizePolicy.Policy.Preferred
        self._room: QSpacerItem | None = QSpacerItem(size.width(), size.height(), preferred, preferred)
        layout = self.layout()
        assert layout is not None
        layout.addItem(self._room)
        self.setMinimumSize(smallest)
        self.made.connect(self._drop_room)

    def _drop_room(self) -> None:
        layout = self.layout()
        if self._room is not None and layout is not None:
            layout.removeItem(self._room)
            self._room = None
        self.setMinimumSize(0, 0)  # the content's own sizes from now on


def follow_in_tab_order(anchor: QWidget, content: QWidget) -> None:
    """Put the controls of `content`, a part added to a window already made, right after `anchor` in the
    Tab order (Qt appends a late part's widgets at the end of the window's chain), in their own order."""
    focusable: list[QWidget] = []
    widget: QWidget | None = content
    while widget is not None and (widget is content or content.isAncestorOf(widget)):
        if widget.focusPolicy() & _TAB_FOCUS == _TAB_FOCUS:
            focusable.append(widget)
        widget = widget.nextInFocusChain()
    for before, after in pairwise((anchor, *focusable)):
        QWidget.setTabOrder(before, after)
