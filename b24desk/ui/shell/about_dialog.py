"""Help > About: what b24desk is, its version and licence, and every library it ships with and their licences."""

from __future__ import annotations

import platform

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from b24desk import about
from b24desk.ui.common.zoom import fit_rows


class AboutDialog(QDialog):
    """Name, version, description, licence; a table of the bundled libraries (name, version, licence)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About b24desk"))
        self.setObjectName("aboutDialog")
        title = QLabel(f"<h2>{about.NAME} {about.VERSION}</h2>")
        self.summary = summary = QLabel(self.tr("Desktop request builder for the Bitrix24 REST API"))  # translated
        summary.setWordWrap(True)
        licence = QLabel(
            self.tr("Licence: {licence}. Runs on Python {python} and Qt {qt} (LGPL-3.0, through PySide6).").format(
                licence=about.LICENSE, python=platform.python_version(), qt=qVersion()
            )
        )
        licence.setWordWrap(True)
        parts_label = QLabel(self.tr("Libraries b24desk ships with, and their licences:"))
        self.parts = about.bundled_parts()
        self.table = QTableWidget(len(self.parts), 3)
        fit_rows(self.table)  # rows as tall as their text, not the style's 30 px
        self.table.setHorizontalHeaderLabels([self.tr("Library"), self.tr("Version"), self.tr("Licence")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Bundled libraries"))
        for row, part in enumerate(self.parts):
            for column, text in enumerate((part.name, part.version, part.licence)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # a long licence expression is cut at the dialog's width
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        parts_label.setBuddy(self.table)
        for label in (title, summary, licence):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the version and the libraries, e.g. for a bug report"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (title, summary, licence, parts_label):
            layout.addWidget(widget)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(560, 520)

    def text(self) -> str:
        """Everything the dialog says, as plain text."""
        lines = [
            f"{about.NAME} {about.VERSION} ({about.LICENSE})",
            f"Python {platform.python_version()}, Qt {qVersion()}",
        ]
        lines += [f"{part.name} {part.version}: {part.licence}" for part in self.parts]
        return "\n".join(lines)

    def copy(self) -> None:
        """Put the dialog's text on the clipboard."""
        QGuiApplication.clipboard().setText(self.text())
