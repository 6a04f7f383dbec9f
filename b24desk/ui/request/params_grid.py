"""The parameter grid's view: a QTreeView where Return or Enter on a cell (not while editing) edits it, as F2 does.

A key handler of its own rather than an event filter: a filter written in Python is called for every event
the grid gets (layout, polish, paint, hover), ~3 ms before the first screen alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTreeView

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent

_EDIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class ParamsGrid(QTreeView):
    """The grid of parameter keys, values and types."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Return or Enter on an editable cell starts editing it; other keys as a tree view takes them."""
        if (
            event.key() in _EDIT_KEYS
            and event.modifiers() in _PLAIN
            and self.state() != QAbstractItemView.State.EditingState
        ):
            current = self.currentIndex()
            model = self.model()
            editable = current.isValid() and model is not None and model.flags(current) & Qt.ItemFlag.ItemIsEditable
            if editable and self.edit(current, QAbstractItemView.EditTrigger.EditKeyPressed, event):
                return
        super().keyPressEvent(event)
