"""Tools > Scan a folder for leaked secrets: the leak scanner in a window, its findings in a table.

The scan (files, then the git history when asked) runs in a `ScanThread` and reports progress; the
table is a `LeakScanModel`. Double-clicking a finding opens the folder that holds the file (through
QDesktopServices, so the desktop's file manager). Secrets are shown masked only; a saved webhook's
secret is named with the rotate advice.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, QThread, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from b24desk.core.errors import B24DeskError
from b24desk.core.leak_scan import OwnerLookup, ScanReport, repository_root, scan_git_history, scan_paths, summary
from b24desk.ui.common.zoom import fit_rows
from b24desk.ui.tools.leak_scan_model import FoundRow, LeakScanModel

if TYPE_CHECKING:
    from b24desk.storage.app_storage import AppStorage

PROGRESS_EVERY = 25  # files between two progress signals


class ScanThread(QThread):
    """Runs one scan in its own thread (`run`); `cancel()` may be called from any thread."""

    progressed = Signal(int)
    scanned = Signal(object, object, str)  # rows, report, a note (history not scanned: why)
    failed = Signal(str)

    def __init__(self, folder: Path, with_history: bool, storage: AppStorage | None, parent: QObject) -> None:
        super().__init__(parent)
        self.folder = folder
        self.with_history = with_history
        self.storage = storage
        self._stop = threading.Event()

    def cancel(self) -> None:
        """Stop at the next file or commit."""
        self._stop.set()

    def _owners(self) -> OwnerLookup | None:
        if self.storage is None:
            return None
        from b24desk.storage.secret_owner import owner_lookup

        return owner_lookup(self.storage.webhooks)

    def run(self) -> None:
        """Scan, then emit `scanned` (or `failed` with a message)."""
        try:
            count = 0

            def on_file(_path: Path) -> None:
                nonlocal count
                count += 1
                if count % PROGRESS_EVERY == 0:
                    self.progressed.emit(count)

            report = scan_paths([self.folder], on_file=on_file, cancelled=self._stop.is_set)
            roots = {id(f): self.folder for f in report.findings}
            note = ""
            if self.with_history and not self._stop.is_set():
                try:
                    root = repository_root(self.folder)
                    before = len(report.findings)
                    scan_git_history(self.folder, report, cancelled=self._stop.is_set)
                    roots.update({id(f): root for f in report.findings[before:]})
                except B24DeskError as error:
                    note = str(error)
            owners = self._owners() if report.findings else None
            rows = [FoundRow(f, roots[id(f)], owners(f.secret) if owners else None) for f in report.findings]
            self.scanned.emit(rows, report, note)
        except Exception as error:  # an unreadable storage, a bug: said in the window, never a crash
            self.failed.emit(str(error))


class LeakScanDialog(QDialog):
    """Pick a folder, scan it (and its git history), see the findings, open a file's folder."""

    scanFinished = Signal()

    def __init__(self, storage: AppStorage | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Scan a folder for leaked secrets"))
        self.resize(900, 500)
        self.storage = storage
        self.model = LeakScanModel(self)
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(self.tr("Folder to scan"))
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.history_box = QCheckBox(self.tr("Include the git history"))
        self.scan_button = QPushButton(self.tr("Scan"))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setEnabled(False)
        self.status = QLabel(self.tr("Finds Bitrix24 webhook secrets and application tokens before they go public."))
        self.status.setWordWrap(True)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.table = QTableView()
        fit_rows(self.table)  # rows as tall as their text, not the style's 30 px
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setToolTip(self.tr("Double-click a finding to open its folder."))
        top = QHBoxLayout()
        for widget in (self.folder, self.browse_button, self.history_box, self.scan_button, self.stop_button):
            top.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.advice)
        self.browse_button.clicked.connect(self._browse)
        self.scan_button.clicked.connect(lambda: self.start_scan())
        self.stop_button.clicked.connect(self.stop_scan)
        self.table.doubleClicked.connect(self.open_folder_of)
        self.table.selectionModel().currentRowChanged.connect(self._show_advice)
        self._thread: ScanThread | None = None

    @property
    def running(self) -> bool:
        """Whether a scan is under way."""
        return self._thread is not None

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder to scan"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def start_scan(self, folder: str | None = None) -> bool:
        """Scan `folder` (or the one typed) off the UI thread; False when there is nothing to scan."""
        if self.running:
            return False
        text = folder if folder is not None else self.folder.text().strip()
        path = Path(text).expanduser() if text else None
        if path is None or not path.is_dir():
            self.status.setText(self.tr("Choose a folder that exists."))
            return False
        self.folder.setText(str(path))
        self.model.set_rows([])
        self.advice.clear()
        self.status.setText(self.tr("Scanning {folder}…").format(folder=path))
        thread = ScanThread(path, self.history_box.isChecked(), self.storage, self)
        thread.progressed.connect(self._progressed)
        thread.scanned.connect(self._scanned)
        thread.failed.connect(self._failed)
        self._thread = thread
        self.scan_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        thread.start()
        return True

    def stop_scan(self) -> None:
        """Ask the running scan to stop (what it found so far is shown)."""
        if self._thread is not None:
            self._thread.cancel()

    def _progressed(self, files: int) -> None:
        self.status.setText(self.tr("Scanning… {files} files read").format(files=files))

    def _scanned(self, rows: list[FoundRow], report: ScanReport, note: str) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.status.setText(" ".join(part for part in (summary(report), note) if part))
        self._finish()

    def _failed(self, message: str) -> None:
        self.status.setText(self.tr("The scan stopped: {message}").format(message=message))
        self._finish()

    def _finish(self) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.wait()
            thread.deleteLater()
        self.scan_button.setEnabled(True)
        self.stop_button.setEnabled(False)
        self.scanFinished.emit()

    def _show_advice(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.rows[current.row()] if current.isValid() and current.row() < len(self.model.rows) else None
        self.advice.setText(row.advice() if row is not None else "")

    def open_folder_of(self, index: QModelIndex) -> bool:
        """Open the folder that holds the finding's file in the desktop's file manager."""
        if not index.isValid() or index.row() >= len(self.model.rows):
            return False
        folder = self.model.rows[index.row()].file().parent
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop a running scan and wait for its thread before the window goes."""
        if self._thread is not None:
            self._thread.cancel()
            self._thread.wait()
        super().closeEvent(event)
