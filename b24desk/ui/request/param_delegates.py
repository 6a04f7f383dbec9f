"""Editors for the parameter grid: a type list for the type column, and a value editor per type."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyledItemDelegate, QWidget

from b24desk.core.param_rows import TYPES, rank_keys
from b24desk.ui.request.params_model import KEY, TYPE, VALUE, ParamsModel

if TYPE_CHECKING:  # the editors' classes are imported when a cell is first edited, not with the first screen
    from PySide6.QtWidgets import QCompleter, QStyleOptionViewItem

Index = QModelIndex | QPersistentModelIndex
_PATTERNS = {  # what a value of these types may look like while it is typed
    "integer": r"[-+]?[0-9]*",
    "number": r"[-+]?[0-9]*([.,][0-9]*)?([eE][-+]?[0-9]*)?",
}


class ParamDelegate(QStyledItemDelegate):
    """Type column: a list of types. Value column: choices, yes/no, date and date-time pickers, digits, or text."""

    def __init__(self, model: ParamsModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._model = model
        self.choices: dict[str, list[tuple[str, str]]] = {}  # key -> (value, label) from field metadata
        self.key_completer: QCompleter | None = None  # the open key editor's, while one is open

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        """An editor that fits the row's type."""
        from PySide6.QtWidgets import QDateEdit, QDateTimeEdit

        row = self._model.row_for(index)
        if index.column() == TYPE:
            combo = QComboBox(parent)
            combo.addItems(list(TYPES))
            return combo
        if index.column() == KEY:
            key_edit = QLineEdit(parent)
            known = self._model.key_completions(index)
            if known:
                self.key_completer = _key_completer(key_edit, known)
            return key_edit
        if index.column() == VALUE:
            if row.key in self.choices:
                combo = QComboBox(parent)
                combo.setEditable(True)
                for value, label in self.choices[row.key]:
                    combo.addItem(f"{label} ({value})" if label != value else value, value)
                return combo
            if row.type == "boolean":
                combo = QComboBox(parent)
                combo.addItems(["true", "false"])
                return combo
            if row.type == "date":
                editor = QDateEdit(parent)
                editor.setCalendarPopup(True)
                editor.setDisplayFormat("yyyy-MM-dd")
                return editor
            if row.type == "datetime":
                stamp = QDateTimeEdit(parent)
                stamp.setCalendarPopup(True)
                stamp.setDisplayFormat("yyyy-MM-ddTHH:mm:ss")
                return stamp
        line = QLineEdit(parent)
        if index.column() == VALUE and row.type in _PATTERNS:  # keys that cannot be read are not typed at all
            from PySide6.QtCore import QRegularExpression
            from PySide6.QtGui import QRegularExpressionValidator

            line.setValidator(QRegularExpressionValidator(QRegularExpression(_PATTERNS[row.type]), line))
        return line

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        """Load the cell's text into the editor."""
        from PySide6.QtCore import QDate, QDateTime
        from PySide6.QtWidgets import QDateEdit, QDateTimeEdit

        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if isinstance(editor, QComboBox):
            found = editor.findData(text)
            if found < 0:
                found = editor.findText(text)
            if found >= 0:
                editor.setCurrentIndex(found)
            elif editor.isEditable():
                editor.setEditText(text)
        elif isinstance(editor, QDateTimeEdit) and not isinstance(editor, QDateEdit):
            stamp = QDateTime.fromString(text, Qt.DateFormat.ISODate)
            editor.setDateTime(stamp if stamp.isValid() else QDateTime.currentDateTime())
        elif isinstance(editor, QDateEdit):
            day = QDate.fromString(text, Qt.DateFormat.ISODate)
            editor.setDate(day if day.isValid() else QDate.currentDate())
        elif isinstance(editor, QLineEdit):
            editor.setText(text)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        """Write the editor's value back as text."""
        from PySide6.QtWidgets import QDateEdit, QDateTimeEdit

        if isinstance(editor, QComboBox):
            data = editor.currentData()
            value = (
                data
                if data is not None and editor.currentText() == editor.itemText(editor.currentIndex())
                else editor.currentText()
            )
        elif isinstance(editor, QDateEdit):
            value = editor.date().toString(Qt.DateFormat.ISODate)
        elif isinstance(editor, QDateTimeEdit):
            value = editor.dateTime().toString(Qt.DateFormat.ISODateWithMs).split(".")[0]
        elif isinstance(editor, QLineEdit):
            value = editor.text()
        else:
            return
        model.setData(index, value, Qt.ItemDataRole.EditRole)


def _key_completer(edit: QLineEdit, known: list[str]) -> QCompleter:
    """Offer the keys that contain what is typed, best first (`TITLE` before `COMPANY_TITLE`)."""
    from PySide6.QtCore import QStringListModel
    from PySide6.QtWidgets import QCompleter

    names = QStringListModel(edit)
    completer = QCompleter(names, edit)
    completer.setWidget(edit)
    completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)  # ranked here, not by Qt

    def follow(text: str) -> None:
        found = rank_keys(known, text)
        names.setStringList(found)
        if found and text.strip():
            completer.complete()
        elif (popup := completer.popup()) is not None:
            popup.hide()

    edit.textEdited.connect(follow)
    completer.activated.connect(edit.setText)
    return completer
