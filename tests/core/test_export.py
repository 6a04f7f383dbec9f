"""Exports: CSV that Excel opens right in every language, XLSX read back, JSON, file names from method and time."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from b24desk.core.export import (
    BOM,
    XLSX_MAX_ROWS,
    decimal_mark_of,
    export_file_name,
    list_separator,
    rows_to_csv,
    rows_to_excel_csv,
    rows_to_xlsx,
)

ROWS: list[dict[str, Any]] = [
    {"ID": "1", "TITLE": "Сделка «Ромашка»", "OPPORTUNITY": "1500.50"},
    {"ID": "2", "TITLE": "Größe, Été; ação", "PHONE": [{"VALUE": "+49 30 1234"}], "OPPORTUNITY": None},
]


def test_excel_csv_has_a_bom_the_region_separator_and_crlf() -> None:
    text = rows_to_excel_csv(ROWS, None, ";")
    assert text.startswith(BOM)  # without it Excel reads UTF-8 as the Windows code page
    body = text.removeprefix(BOM)
    assert body.splitlines()[0] == "ID;TITLE;OPPORTUNITY;PHONE"
    assert "\r\n" in body
    read = list(csv.reader(io.StringIO(body, newline=""), delimiter=";"))
    assert read[1] == ["1", "Сделка «Ромашка»", "1500.50", ""]
    assert read[2] == ["2", "Größe, Été; ação", "", '[{"VALUE": "+49 30 1234"}]']  # a ; inside is quoted


def test_separator_follows_the_decimal_mark() -> None:
    assert [list_separator(mark) for mark in (",", ".")] == [";", ","]
    marks = [decimal_mark_of(name) for name in ("de_DE.UTF-8", "ru_RU", "pt-BR", "fr", "en_US.UTF-8", "C", "")]
    assert marks == [",", ",", ",", ",", ".", ".", "."]


def test_plain_csv_is_unchanged_comma_and_newline() -> None:
    text = rows_to_csv(ROWS[:1])
    assert text == "ID,TITLE,OPPORTUNITY\n1,Сделка «Ромашка»,1500.50\n"


def test_file_name_from_method_and_time() -> None:
    when = datetime(2026, 12, 1, 14, 30, 5)
    assert export_file_name("crm.lead.list", when, "csv") == "crm.lead.list 2026-12-01 14-30-05.csv"
    assert export_file_name("", when, "json") == "result 2026-12-01 14-30-05.json"
    assert "/" not in export_file_name("../x/y", when, "csv")


def test_an_xlsx_workbook_reads_back_with_numbers_as_numbers_and_no_formula(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    rows = [
        *ROWS,
        {"ID": "3", "TITLE": '=HYPERLINK("http://evil.example","x")', "CODE": "0012", "OPPORTUNITY": "-7"},
        {"ID": "4", "TITLE": "bell\x07in the text", "BIG": "12345678901234567", "FLAG": True, "RATE": 0.25},
    ]
    path = tmp_path / "crm.deal.list.xlsx"
    rows_to_xlsx(rows, None, path, sheet="crm.deal.list")
    sheet = load_workbook(path).active
    assert sheet is not None and sheet.title == "crm.deal.list" and sheet.freeze_panes == "A2"
    read = [[cell.value for cell in line] for line in sheet.iter_rows()]
    assert read[0] == ["ID", "TITLE", "OPPORTUNITY", "PHONE", "CODE", "BIG", "FLAG", "RATE"]
    assert all(cell.font.b for cell in sheet[1])  # the header in bold
    assert read[1][:3] == [1, "Сделка «Ромашка»", 1500.5]  # the portal's text numbers are numbers to sum
    assert read[2][3] == '[{"VALUE": "+49 30 1234"}]' and read[2][2] is None  # nested as JSON, null empty
    formula = sheet.cell(row=4, column=2)
    assert formula.value == '=HYPERLINK("http://evil.example","x")' and formula.data_type == "s"  # text, not run
    assert read[3][4] == "0012" and read[3][2] == -7  # a leading zero stays text
    assert read[4][1] == "bellin the text"  # a control character XML cannot hold is dropped
    assert read[4][5] == "12345678901234567"  # more digits than Excel keeps exactly: text
    assert read[4][6] is True and read[4][7] == 0.25
    assert len(read) == len(rows) + 1


def test_an_xlsx_of_more_rows_than_a_sheet_holds_is_refused(tmp_path: Path) -> None:
    class Many(list[dict[str, Any]]):
        def __len__(self) -> int:
            return XLSX_MAX_ROWS + 1

    with pytest.raises(ValueError, match="an Excel sheet holds"):
        rows_to_xlsx(Many(), ["ID"], tmp_path / "many.xlsx")
    assert not (tmp_path / "many.xlsx").exists()
