"""Read YFM multiline tables (`#| || cell | cell || |#`) out of a Markdown text.

Only the structure is read: which rows and cells a table has. Code spans and fenced code blocks are
kept whole (a `|` inside them does not split a cell), and a table nested inside a cell stays part of
that cell's text.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Table:
    """One top-level YFM table: where it starts in the text and its rows of raw cell texts."""

    start: int
    rows: tuple[tuple[str, ...], ...]
    unclosed_row: bool = False  # the last row lacked its closing `||` (it is kept)


def _skip_fence(text: str, index: int) -> int:
    end = text.find("```", index + 3)
    return len(text) if end < 0 else end + 3


def _read_table(text: str, start: int) -> tuple[Table, int]:
    """Read the table whose `#|` is at `start`; return it and the index just after its `|#`."""
    rows: list[tuple[str, ...]] = []
    row: list[str] | None = None
    cell: list[str] = []
    depth = 0
    in_code = False
    i = start + 2
    while i < len(text):
        if text.startswith("```", i):
            end = _skip_fence(text, i)
            if row is not None:
                cell.append(text[i:end])
            i = end
            continue
        char = text[i]
        if char == "\\" and text.startswith("|", i + 1):  # an escaped pipe is text, not a cell border
            if row is not None:
                cell.append("\\|")
            i += 2
            continue
        if char == "`":
            in_code = not in_code
        elif char == "\n":
            in_code = False  # a code span never crosses a line; an odd backtick must not eat the table
        if not in_code:
            if text.startswith("#|", i):
                depth += 1
                cell.append("#|")
                i += 2
                continue
            if text.startswith("|#", i):
                if depth == 0:
                    if row is not None:  # a row left open: keep it, and say so
                        row.append("".join(cell))
                        rows.append(tuple(row))
                    return Table(start, tuple(rows), row is not None), i + 2
                depth -= 1
                cell.append("|#")
                i += 2
                continue
            if depth == 0 and text.startswith("||", i):
                if row is None:
                    row, cell = [], []
                else:
                    row.append("".join(cell))
                    rows.append(tuple(row))
                    row = None
                i += 2
                continue
            if depth == 0 and char == "|" and row is not None:
                row.append("".join(cell))
                cell = []
                i += 1
                continue
        if row is not None:
            cell.append(char)
        i += 1
    return Table(start, tuple(rows)), len(text)


def find_tables(text: str) -> list[Table]:
    """Every top-level YFM table in `text`, in order (fenced code blocks and code spans are skipped)."""
    tables: list[Table] = []
    i = 0
    while i < len(text):
        if text.startswith("```", i):
            i = _skip_fence(text, i)
            continue
        if text[i] == "`":  # a code span (`#|` in prose) is not a table
            close = text.find("`", i + 1)
            newline = text.find("\n", i + 1)
            if close > 0 and (newline < 0 or close < newline):
                i = close + 1
                continue
        if text.startswith("#|", i):
            table, i = _read_table(text, i)
            tables.append(table)
            continue
        i += 1
    return tables
