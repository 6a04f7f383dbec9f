"""The parameter grid from the keyboard alone: Tab from a typed key to its value, editing after a removal."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit
from pytestqt.qtbot import QtBot

from b24desk.ui.request.params_editor import ParamsEditor
from b24desk.ui.request.params_model import KEY, VALUE


def _editing(editor: ParamsEditor) -> QLineEdit | None:
    if editor.grid.state() != QAbstractItemView.State.EditingState:
        return None
    return editor.grid.findChild(QLineEdit)


def test_tab_after_a_typed_key_moves_to_its_value_and_keeps_both(editor: ParamsEditor, qtbot: QtBot) -> None:
    grid, model = editor.grid, editor.model
    grid.setFocus()
    grid.setCurrentIndex(model.index(0, KEY))
    qtbot.keyClick(grid, "i")  # any key starts editing the blank row's key
    qtbot.keyClicks(grid.focusWidget(), "d")
    qtbot.keyClick(grid.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: grid.currentIndex() == model.index_of("id", VALUE) and _editing(editor) is not None)
    assert grid.hasFocus() or grid.isAncestorOf(editor.focusWidget())  # not on "Add inside"
    qtbot.keyClicks(grid.focusWidget(), "42")
    qtbot.keyClick(grid.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.params() == {"id": "42"})


@pytest.mark.parametrize("key", [Qt.Key.Key_F2, Qt.Key.Key_Return])
def test_after_removing_the_last_row_the_keys_still_start_editing(
    editor: ParamsEditor, qtbot: QtBot, key: Qt.Key
) -> None:
    grid, model = editor.grid, editor.model
    editor.set_params({"id": 7, "select": ["ID"]})
    grid.setFocus()
    grid.setCurrentIndex(model.index_of("select"))
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert editor.params() == {"id": 7}
    assert grid.currentIndex().isValid() and grid.hasFocus()
    qtbot.keyClick(grid, key)
    qtbot.waitUntil(lambda: _editing(editor) is not None)
    qtbot.keyClick(grid.focusWidget(), Qt.Key.Key_Escape)
    grid.setCurrentIndex(model.index_of("id", VALUE))
    editor.remove_button.click()  # the last parameter, by the button: the grid keeps the keyboard
    assert editor.params() == {}
    assert grid.currentIndex() == model.index(0, KEY) and grid.hasFocus()  # the blank row, ready for a key
    qtbot.keyClick(grid, key)
    qtbot.waitUntil(lambda: _editing(editor) is not None)
