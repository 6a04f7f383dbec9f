"""Export from the result viewer: Excel's CSV with a BOM and the region's separator or an XLSX workbook,
saved in Documents."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QStandardPaths
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from b24desk.core.client import parse_envelope
from b24desk.core.response import RawResponse
from b24desk.ui.result.export_files import default_export_path, excel_separator
from b24desk.ui.result.result_view import ResultView

ROWS = [{"ID": "1", "TITLE": "Сделка «Ромашка»"}, {"ID": "2", "TITLE": "Größe; Été"}]


def _view(qtbot: QtBot) -> ResultView:
    view = ResultView()
    qtbot.addWidget(view)
    body = json.dumps({"result": ROWS, "total": 2, "time": {}}).encode()
    view.method = "crm.lead.list"
    view.show_result(parse_envelope("crm.lead.list", RawResponse(200, {}, body, 0.01)))
    return view


def test_csv_for_excel_opens_right_in_every_language(qtbot: QtBot, tmp_path: Path) -> None:
    view = _view(qtbot)
    path = tmp_path / "leads.csv"
    view.export_csv(str(path), ";")
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    assert data.decode("utf-8-sig").splitlines() == ["ID;TITLE", "1;Сделка «Ромашка»", '2;"Größe; Été"']


@pytest.mark.parametrize(
    ("language", "separator"), [("ru", ";"), ("de", ";"), ("fr", ";"), ("pt_BR", ";"), ("en", ",")]
)
def test_separator_is_the_regions(language: str, separator: str) -> None:
    assert excel_separator(QLocale(language)) == separator


def test_default_name_is_the_method_and_time_in_documents(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """QFileDialog is replaced (a modal dialog cannot run in a test) to read what it is offered."""
    view = _view(qtbot)
    offered: dict[str, Any] = {}

    def fake_dialog(parent: Any, title: str, path: str, filters: str, chosen: str = "") -> tuple[str, str]:
        offered.update(path=path, filters=filters.split(";;"), chosen=chosen)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    view.export_csv_action.trigger()
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert Path(offered["path"]).parent == Path(documents)
    assert Path(offered["path"]).name.startswith("crm.lead.list 20")
    assert offered["path"].endswith(".csv")
    assert offered["chosen"] == offered["filters"][0]  # Excel's CSV is the default choice
    assert any("xlsx" in f for f in offered["filters"])  # an Excel workbook is offered beside it
    assert default_export_path("user.get", "json").endswith(".json")


def test_the_table_as_an_excel_workbook_from_the_dialog(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """QFileDialog is replaced (a modal dialog cannot run in a test): the person picks the workbook."""
    from openpyxl import load_workbook

    view = _view(qtbot)
    chosen = tmp_path / "leads.csv"  # the name the dialog offered, its ending not changed by the person

    def pick_workbook(parent: Any, title: str, path: str, filters: str, default: str = "") -> tuple[str, str]:
        workbook = next(f for f in filters.split(";;") if "xlsx" in f)
        return str(chosen), workbook

    monkeypatch.setattr(QFileDialog, "getSaveFileName", pick_workbook)
    view.export_csv_action.trigger()
    saved = tmp_path / "leads.xlsx"
    assert saved.exists() and not chosen.exists()  # the ending follows the format
    sheet = load_workbook(saved).active
    assert sheet is not None and sheet.title == "crm.lead.list"
    assert [[cell.value for cell in line] for line in sheet.iter_rows()] == [
        ["ID", "TITLE"],
        [1, "Сделка «Ромашка»"],
        [2, "Größe; Été"],
    ]
