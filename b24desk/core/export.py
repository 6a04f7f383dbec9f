"""Writing results out: JSON as the portal sent it, CSV and Excel workbooks for list results (a column a field).

A CSV meant for Excel starts with a UTF-8 byte order mark (without it Excel reads the bytes in the
Windows code page and garbles Cyrillic and accents) and uses the separator Excel expects in the
region: ";" where the decimal mark is a comma (ru, de, fr, pt_BR), "," elsewhere. An XLSX workbook
(openpyxl) needs neither: numbers the portal sends as text ("1100.00") become numbers, other text stays
text (never a formula, whatever it starts with).
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from b24desk.core.kept_records import is_record_store
from b24desk.core.result_shape import table_rows

__all__ = [
    "BOM",
    "XLSX_MAX_ROWS",
    "csv_columns",
    "decimal_mark_of",
    "export_file_name",
    "list_rows",
    "list_separator",
    "result_to_json",
    "rows_to_csv",
    "rows_to_excel_csv",
    "rows_to_xlsx",
    "save_result_json",
    "write_result_json",
]


def result_to_json(result: Any) -> str:
    """The result as indented UTF-8 JSON."""
    from b24desk.core.record_store import json_default  # a big answer's rows kept as its bytes

    return json.dumps(result, ensure_ascii=False, indent=2, default=json_default)


def write_result_json(result: Any, write: Callable[[str], object]) -> None:
    """Write `result_to_json(result)` piece by piece: a list of records (a RecordStore, as a big answer is
    kept) goes a record at a time, so no text of the whole, nor a decoded list of every record, is ever
    held. The text is the same as result_to_json's."""
    _write_value(result, write, "\n")


def save_result_json(result: Any, path: str) -> None:
    """Save the result as indented UTF-8 JSON; written beside the file first, so a failure (a full disk)
    leaves a file that was there as it was."""
    part = path + ".part"
    try:
        with open(part, "w", encoding="utf-8") as out:
            write_result_json(result, out.write)
        os.replace(part, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.remove(part)
        raise


def _write_value(value: Any, write: Callable[[str], object], newline: str) -> None:
    """`value` as json.dumps(indent=2) writes it at the depth `newline` (a line end and its indent) says."""
    inner = newline + "  "
    if is_record_store(value) and len(value):
        write("[")
        for number, record in enumerate(value):  # decoded a run at a time, written one by one
            write(("," if number else "") + inner + result_to_json(record).replace("\n", inner))
        write(newline + "]")
    elif isinstance(value, dict) and value and _holds_store(value) and all(type(key) is str for key in value):
        write("{")
        for number, (key, item) in enumerate(value.items()):
            write(("," if number else "") + inner + json.dumps(key, ensure_ascii=False) + ": ")
            _write_value(item, write, inner)
        write(newline + "}")
    else:  # the rest whole (JSON text holds no line end of its own: the indent goes after each)
        write(result_to_json(value).replace("\n", newline))


def _holds_store(value: Any, depth: int = 5) -> bool:
    """Whether a RecordStore is in `value`, as the answer's envelope keeps them (under keys)."""
    if is_record_store(value):
        return True
    return isinstance(value, dict) and depth > 0 and any(_holds_store(item, depth - 1) for item in value.values())


def list_rows(result: Any, scan: int = 100) -> Sequence[dict[str, Any]] | None:
    """The records of a list-like result, else None (the same rule as the result viewer's Table)."""
    return table_rows(result, scan)


def csv_columns(rows: Iterable[dict[str, Any]]) -> list[str]:
    """Every field that appears in the rows, in order of first appearance."""
    seen: dict[str, None] = {}
    for row in rows:
        for key in row:
            seen.setdefault(key, None)
    return list(seen)


BOM = "\ufeff"


def list_separator(decimal_point: str) -> str:
    """The CSV separator spreadsheets expect where numbers are written with `decimal_point`."""
    return ";" if decimal_point == "," else ","


# Languages whose numbers use a decimal point; most others (ru, de, fr, pt, es, it, pl, ...) use a comma.
_DECIMAL_POINT = {"c", "posix", "en", "ja", "zh", "ko", "he", "th", "hi", "ms", "ga", "mt", "sw", "fil"}


def decimal_mark_of(locale_name: str) -> str:
    """The decimal mark numbers take in a locale (`de_DE.UTF-8` -> ","), by its language; "." if unknown."""
    language = locale_name.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return "." if not language or language in _DECIMAL_POINT else ","


def rows_to_excel_csv(rows: Sequence[dict[str, Any]], columns: Sequence[str] | None, separator: str) -> str:
    """CSV that Excel opens right: a byte order mark, the region's separator, CRLF line ends."""
    return BOM + rows_to_csv(rows, columns, separator=separator, line_end="\r\n")


def export_file_name(method: str, when: datetime, suffix: str) -> str:
    """A file name from the method and the time: `crm.lead.list 2026-12-01 14-30-05.csv`."""
    name = re.sub(r"[^A-Za-z0-9._-]+", "_", method.strip()) or "result"
    return f"{name} {when:%Y-%m-%d %H-%M-%S}.{suffix}"


def rows_to_csv(
    rows: Sequence[dict[str, Any]],
    columns: Sequence[str] | None = None,
    *,
    separator: str = ",",
    line_end: str = "\n",
) -> str:
    """Rows as CSV with a header; nested values as compact JSON, null as an empty cell."""
    columns = list(columns) if columns is not None else csv_columns(rows)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=separator, lineterminator=line_end)
    writer.writerow(columns)
    for row in rows:
        if isinstance(row, dict):  # a value that is not a record has no cells
            writer.writerow([_cell(row.get(column)) for column in columns])
    return out.getvalue()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


XLSX_MAX_ROWS = 1_048_575  # rows below the header an Excel sheet holds
XLSX_CELL_CHARS = 32_767  # characters Excel keeps in a cell
_XLSX_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]{0,14})(?:\.[0-9]{1,15})?")  # no leading zeros: "0012" stays text
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")


def rows_to_xlsx(
    rows: Sequence[dict[str, Any]], columns: Sequence[str] | None, target: str | Path | IO[bytes], sheet: str = ""
) -> None:
    """Write the rows as an Excel workbook: a bold, frozen header row, then a row per record.

    Text that reads as a plain number (an ID, "1100.00") is written as a number; any other text as text,
    never as a formula; nested values as compact JSON, null as an empty cell. Raises ValueError past
    XLSX_MAX_ROWS rows (CSV has no such limit).
    """
    from openpyxl import Workbook  # read when a workbook is wanted: it costs start-up time otherwise
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import Cell
    from openpyxl.styles import Font

    if len(rows) > XLSX_MAX_ROWS:
        raise ValueError(f"{len(rows)} rows: an Excel sheet holds {XLSX_MAX_ROWS}")
    columns = list(columns) if columns is not None else csv_columns(rows)
    book = Workbook(write_only=True)
    table = book.create_sheet(_SHEET_NAME_BAD.sub("_", sheet)[:31] or "result")
    table.freeze_panes = "A2"
    sample = rows[:100]
    for number, column in enumerate(columns, start=1):  # widths from the header and the first rows
        longest = max([len(column)] + [len(_cell(row.get(column))) for row in sample])
        table.column_dimensions[_column_letter(number)].width = min(max(longest, 6) + 2, 60)
    bold = Font(bold=True)

    def cell(value: Any, header: bool = False) -> Cell:
        written = WriteOnlyCell(table, value=None)
        if isinstance(value, bool) or (isinstance(value, int | float) and not header):
            written.value = value
        elif isinstance(value, str) and not header and _reads_as_number(value):
            written.value = float(value) if "." in value else int(value)
        elif value is not None:
            written.value = _ILLEGAL_IN_XLSX.sub("", _cell(value))[:XLSX_CELL_CHARS]
            written.data_type = "s"  # text, even "=SUM(A1)": a value from the portal is never run as a formula
        if header:
            written.font = bold
        return written

    table.append([cell(column, header=True) for column in columns])
    for row in rows:
        table.append([cell(row.get(column)) for column in columns])
    book.save(target)


# Control characters XML 1.0 cannot hold (openpyxl refuses them): dropped from the text written.
_ILLEGAL_IN_XLSX = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _reads_as_number(text: str) -> bool:
    """A plain decimal Excel keeps exactly (15 digits at most): "1100.00", "42"; not "0012", "1e5", "+7 495"."""
    return bool(_XLSX_NUMBER.fullmatch(text)) and sum(ch.isdigit() for ch in text) <= 15


def _column_letter(number: int) -> str:
    """1 -> A, 27 -> AA: a spreadsheet's column name."""
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
