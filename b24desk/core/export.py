"""Writing results out: JSON as the portal sent it, CSV for list results (one column per field)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from typing import Any

__all__ = ["result_to_json", "rows_to_csv"]


def result_to_json(result: Any) -> str:
    """The result as indented UTF-8 JSON."""
    return json.dumps(result, ensure_ascii=False, indent=2)


def csv_columns(rows: Iterable[dict[str, Any]]) -> list[str]:
    """Every field that appears in the rows, in order of first appearance."""
    seen: dict[str, None] = {}
    for row in rows:
        for key in row:
            seen.setdefault(key, None)
    return list(seen)


def rows_to_csv(rows: Sequence[dict[str, Any]], columns: Sequence[str] | None = None) -> str:
    """Rows as CSV with a header; nested values as compact JSON, null as an empty cell."""
    columns = list(columns) if columns is not None else csv_columns(rows)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(column)) for column in columns])
    return out.getvalue()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)
