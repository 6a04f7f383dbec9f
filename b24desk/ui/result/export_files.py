"""Where and how exports are saved: the documents folder, a name from the method and time, Excel's CSV or XLSX."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal

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


@dataclass(frozen=True)
class TableFormat:
    """How the Table's rows are saved: an Excel workbook, or CSV with this separator."""

    kind: Literal["csv", "xlsx"]
    separator: str = ","

    @property
    def suffix(self) -> str:
        """The file name's ending."""
        return self.kind


def ask_table_path(parent: QWidget, method: str) -> tuple[str, TableFormat]:
    """Ask where and how to save the Table's rows; (path, format), path "" when cancelled.

    Three choices: Excel's CSV for this region (the default), an Excel workbook (.xlsx), or plain
    comma-separated CSV for other tools. The file name's ending follows the choice.
    """
    translate = QCoreApplication.translate
    region = excel_separator()
    excel = translate("ExportFiles", "CSV for Excel, separated by '{separator}' (*.csv)").format(separator=region)
    workbook = translate("ExportFiles", "Excel workbook (*.xlsx)")
    plain = translate("ExportFiles", "CSV separated by commas (*.csv)")
    path, chosen = QFileDialog.getSaveFileName(
        parent,
        translate("ExportFiles", "Export the table"),
        default_export_path(method, "csv"),
        f"{excel};;{workbook};;{plain}",
        excel,
    )
    table_format = TableFormat("xlsx") if chosen == workbook else TableFormat("csv", region if chosen == excel else ",")
    if path and Path(path).suffix.lower() != f".{table_format.suffix}":
        path = str(Path(path).with_suffix(f".{table_format.suffix}"))  # the default name ends .csv
    return path, table_format


def ask_json_path(parent: QWidget, method: str) -> str:
    """Ask where to save JSON ("" when cancelled)."""
    translate = QCoreApplication.translate
    return QFileDialog.getSaveFileName(
        parent, translate("ExportFiles", "Export JSON"), default_export_path(method, "json"), "JSON (*.json)"
    )[0]
