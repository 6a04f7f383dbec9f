"""Exports: CSV that Excel opens right in every language, JSON, and file names from the method and time."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from typing import Any

from b24desk.core.export import BOM, decimal_mark_of, export_file_name, list_separator, rows_to_csv, rows_to_excel_csv

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
