"""Tools > Scan a folder for leaked secrets: the scan runs off the UI thread, the table fills, double-click opens.

Opening a folder goes through the real QDesktopServices; the test registers a handler for file URLs
(Qt's own `setUrlHandler`) because no file manager can start here.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from b24desk.ui.shell.main_window import MainWindow
from b24desk.ui.tools.leak_scan_dialog import LeakScanDialog, ScanThread
from b24desk.ui.tools.tools_menu import ToolsMenu

SECRET = "n2m4b6v8c1x3z5q7"
URL = f"https://b24-ui.bitrix24.de/rest/4/{SECRET}/"


class FileUrls(QObject):
    """Receives the file URLs QDesktopServices is asked to open."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toLocalFile())


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.org", *args], check=True)


def test_the_tools_menu_opens_one_scanner(qtbot: QtBot) -> None:
    window = MainWindow(build=False)
    qtbot.addWidget(window)
    menu = window.findChild(ToolsMenu)
    assert menu is not None and menu.scan_action.text().startswith("Scan a folder for leaked secrets")
    menu.scan_action.trigger()
    first = menu.dialog
    assert isinstance(first, LeakScanDialog) and first.isVisible()
    assert menu.open_leak_scan() is first
    first.close()


def test_a_scan_fills_the_table_off_the_ui_thread_and_double_click_opens_the_folder(
    qtbot: QtBot, qtmodeltester: ModelTester, tmp_path: Path
) -> None:
    repo = tmp_path / "project"
    (repo / "src").mkdir(parents=True)
    _git(repo, "init", "-q")
    (repo / "src" / "old.py").write_text(f"HOOK = '{URL}'\n", encoding="utf-8")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "leak")
    (repo / "src" / "old.py").write_text("HOOK = None\n", encoding="utf-8")
    _git(repo, "commit", "-q", "-am", "mend")
    (repo / "config").mkdir()
    (repo / "config" / "app.env").write_text(f"X=1\nB24={URL}\n", encoding="utf-8")

    dialog = LeakScanDialog(None)
    qtbot.addWidget(dialog)
    dialog.history_box.setChecked(True)
    with qtbot.waitSignal(dialog.scanFinished, timeout=60_000):
        assert dialog.start_scan(str(repo))
        assert dialog.running and not dialog.scan_button.isEnabled()  # start_scan returned; the scan goes on
    qtmodeltester.check(dialog.model)
    found = sorted(
        (row.finding.path.rsplit("/", 1)[-1], row.finding.line, bool(row.finding.commit)) for row in dialog.model.rows
    )
    assert found == [("app.env", 2, False), ("old.py", 1, True)]
    files = sorted(dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount()))
    assert files == ["config/app.env", "src/old.py"]  # relative to the folder (history: to the repository)
    shown = [dialog.model.index(r, c).data() for r in range(dialog.model.rowCount()) for c in range(7)]
    assert not any(SECRET in str(text) for text in shown)
    assert "2 secret(s) found" in dialog.status.text()

    handler = FileUrls()
    QDesktopServices.setUrlHandler("file", handler, "open")  # type: ignore[arg-type]  # the stub says bytes, PySide takes str
    try:
        history_row = next(r for r, row in enumerate(dialog.model.rows) if row.finding.commit)
        dialog.table.doubleClicked.emit(dialog.model.index(history_row, 0))
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert handler.opened == [str(repo.resolve() / "src")] or handler.opened == [str(repo / "src")]


def test_a_folder_that_does_not_exist_is_said_and_nothing_runs(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = LeakScanDialog(None)
    qtbot.addWidget(dialog)
    assert not dialog.start_scan(str(tmp_path / "missing"))
    assert not dialog.running and "Choose a folder" in dialog.status.text()


def test_a_cancelled_scan_stops_before_the_next_file(qtbot: QtBot, tmp_path: Path) -> None:
    """Stop sets the thread's flag; the walk checks it before each file (here: before the first)."""
    for number in range(5):
        (tmp_path / f"f{number}.env").write_text(f"B24={URL}\n", encoding="utf-8")
    dialog = LeakScanDialog(None)
    qtbot.addWidget(dialog)
    thread = ScanThread(tmp_path, False, None, dialog)
    thread.cancel()
    with qtbot.waitSignal(thread.scanned, timeout=30_000) as blocker:
        thread.start()
    rows, report, _note = blocker.args
    thread.wait()
    assert rows == [] and report.files_scanned == 0
