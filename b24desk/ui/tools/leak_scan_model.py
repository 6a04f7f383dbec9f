"""The leak scanner's findings as a Qt table: place, what, form, the secret masked, whose secret it is."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from b24desk.core.leak_scan import Finding, SecretOwner, form_label, kind_label, owner_advice

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class FoundRow:
    """A finding with the folder it was found under (history paths are relative to it) and its owner."""

    finding: Finding
    root: Path
    owner: SecretOwner | None

    def file(self) -> Path:
        """The file's full path (a path from history is joined to the repository's folder)."""
        path = Path(self.finding.path)
        return path if path.is_absolute() else self.root / path

    def shown_path(self) -> str:
        """The file as shown: relative to the scanned folder (or repository) when it lies inside it."""
        path = Path(self.finding.path)
        if path.is_absolute() and path.is_relative_to(self.root):
            return path.relative_to(self.root).as_posix()
        return self.finding.path

    def advice(self) -> str:
        """Whose secret it is and how to rotate it, or ''."""
        return owner_advice(self.owner)


class LeakScanModel(QAbstractTableModel):
    """Rows of findings; the columns say where, what, in which form, masked, and the saved webhook."""

    COLUMNS = ("file", "line", "commit", "kind", "form", "masked", "owner")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[FoundRow] = []
        self._titles = {
            "file": self.tr("File"),
            "line": self.tr("Line"),
            "commit": self.tr("Commit"),
            "kind": self.tr("Found"),
            "form": self.tr("Written"),
            "masked": self.tr("Masked"),
            "owner": self.tr("Saved webhook"),
        }

    def set_rows(self, rows: list[FoundRow]) -> None:
        """Show these findings (the previous ones go)."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.COLUMNS):
            return self._titles[self.COLUMNS[section]]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, self.COLUMNS[index.column()])
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.advice() or str(row.file())
        return None

    def _text(self, row: FoundRow, column: str) -> str:
        finding = row.finding
        if column == "file":
            return row.shown_path()
        if column == "line":
            return str(finding.line)
        if column == "commit":
            return (finding.commit or "")[:12]
        if column == "kind":
            return kind_label(finding)
        if column == "form":
            return form_label(finding)
        if column == "masked":
            return finding.shown
        if row.owner is None:
            return ""
        return row.owner.name if row.owner.current else self.tr("{name} (earlier secret)").format(name=row.owner.name)
