"""The multi-value editor: the values of a list parameter (`select[]`, `filter[@ID][]`), one per row.

Values the portal offers (the fields of `select[]`, a field's enumeration items) are listed to tick; any
other value can be added, edited in place and put in order.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

_VALUE = Qt.ItemDataRole.UserRole  # the value an item stands for (its text may be "Title (TITLE)")


class ListDialog(QDialog):
    """Edit a list of values: tick offered ones, add, edit, remove, reorder, paste several lines."""

    def __init__(
        self, key: str, values: list[str], choices: list[tuple[str, str]] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Values of {key}").format(key=f"{key}[]"))
        self.resize(420, 520)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        offered = dict(choices or [])
        for value in values:
            self._add(value, offered.get(value), checked=True)
        for value, label in choices or []:
            if value not in values:
                self._add(value, label, checked=False)
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self.add_value)
        paste = QPushButton(self.tr("Add lines…"))
        paste.setToolTip(self.tr("Paste several values, one per line"))
        paste.clicked.connect(self._ask_lines)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self.remove_selected)
        up = QPushButton(self.tr("Up"))
        up.clicked.connect(lambda: self.move_selected(-1))
        down = QPushButton(self.tr("Down"))
        down.clicked.connect(lambda: self.move_selected(1))
        side = QVBoxLayout()
        for button in (add, paste, remove, up, down):
            side.addWidget(button)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.list, 1)
        middle.addLayout(side)
        hint = QLabel(
            self.tr("Ticked values are sent, in this order. Double-click a value to edit it.")
            if choices
            else self.tr("Each value is sent as {key}[]. Double-click a value to edit it.").format(key=key)
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: gray;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if choices:
            layout.addWidget(self.filter_edit)
        else:
            self.filter_edit.hide()
        layout.addLayout(middle, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def _add(self, value: str, label: str | None, *, checked: bool) -> QListWidgetItem:
        item = QListWidgetItem(f"{label} ({value})" if label and label != value else value)
        item.setData(_VALUE, value if label and label != value else None)
        flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
        if item.data(_VALUE) is None:  # an offered value is ticked or not; a typed one can be edited
            flags |= Qt.ItemFlag.ItemIsEditable
        item.setFlags(flags)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.addItem(item)
        return item

    def values(self) -> list[str]:
        """The ticked values, in list order."""
        result = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                offered = item.data(_VALUE)
                result.append(offered if isinstance(offered, str) else item.text())
        return result

    def add_value(self, text: str = "") -> QListWidgetItem:
        """Add a ticked value (an empty one is opened for typing)."""
        item = self._add(text, None, checked=True)
        self.list.setCurrentItem(item)
        if not text:
            self.list.editItem(item)
        return item

    def add_lines(self, text: str) -> None:
        """Add one ticked value per non-empty line."""
        for line in text.splitlines():
            if line.strip():
                self._add(line.strip(), None, checked=True)

    def _ask_lines(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Add lines"))
        edit = QPlainTextEdit()
        edit.setPlaceholderText("ID\nTITLE\nSTATUS_ID")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(edit)
        layout.addWidget(buttons)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_lines(edit.toPlainText())

    def remove_selected(self) -> None:
        """Remove the selected values."""
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))

    def move_selected(self, step: int) -> None:
        """Move the current value up (-1) or down (1)."""
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().lower())
