"""The Headers page of the result: the answer's HTTP headers (made when the page is first shown)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from b24desk.ui.common.zoom import fit_rows


class HeadersView(QTableWidget):
    """The response headers, name and value, as the portal (or a proxy) sent them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        fit_rows(self)  # rows as tall as their text, not the style's 30 px
        self.setHorizontalHeaderLabels([self.tr("Header"), self.tr("Value")])
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.setAccessibleName(self.tr("Response headers"))

    def show_headers(self, headers: Mapping[str, str]) -> None:
        """Show these headers, sorted by name."""
        items = sorted(headers.items(), key=lambda pair: pair[0].lower())
        self.setRowCount(len(items))
        for row, (name, value) in enumerate(items):
            self.setItem(row, 0, QTableWidgetItem(name))
            self.setItem(row, 1, QTableWidgetItem(value))
