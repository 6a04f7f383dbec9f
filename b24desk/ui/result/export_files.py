"""Where and how exports are saved: the documents folder, a name from the method and time, Excel's CSV."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from b24desk.core.export import export_file_name, list_separator


def default_export_path(method: str, suffix: str, when: datetime | None = None) -> str:
    """`<Documents>/<method> <date> <time>.<suffix>`; the home folder when there is no documents folder."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    return str(Path(folder) / export_file_name(method, when or datetime.now(), suffix))


def excel_separator(locale: QLocale | None = None) -> str:
    """The separator Excel expects on this computer: from the system's number format (the UI language's when
    the system has none, as under a bare C locale)."""
    locale = locale or QLocale.system()
    if locale.language() == QLocale.Language.C:
        locale = QLocale()
    return list_separator(locale.decimalPoint())


def ask_csv_path(parent: QWidget, method: str) -> tuple[str, str]:
    """Ask where to save a CSV; (path, separator), path "" when cancelled.

    Two choices: Excel's CSV for this region (the default), or plain comma-separated for other tools.
    """
    translate = QCoreApplication.translate
    region = excel_separator()
    excel = translate("ExportFiles", "CSV for Excel, separated by '{separator}' (*.csv)").format(separator=region)
    plain = translate("ExportFiles", "CSV separated by commas (*.csv)")
    path, chosen = QFileDialog.getSaveFileName(
        parent, translate("ExportFiles", "Export CSV"), default_export_path(method, "csv"), f"{excel};;{plain}", excel
    )
    return path, (region if chosen == excel else ",")


def ask_json_path(parent: QWidget, method: str) -> str:
    """Ask where to save JSON ("" when cancelled)."""
    translate = QCoreApplication.translate
    return QFileDialog.getSaveFileName(
        parent, translate("ExportFiles", "Export JSON"), default_export_path(method, "json"), "JSON (*.json)"
    )[0]
