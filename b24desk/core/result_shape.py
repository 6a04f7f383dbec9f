"""The shape of an answer's result: the rows of a list, and which view suits it (a list: Table; else Tree)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

__all__ = ["COLUMN_SCAN", "TABLE", "TREE", "ResultViewKind", "likely_rows", "shown_rows", "suiting_view", "table_rows"]

ResultViewKind = Literal["tree", "table"]
TREE: ResultViewKind = "tree"
TABLE: ResultViewKind = "table"
COLUMN_SCAN = 1000  # columns come from the fields of the first rows (lists are uniform)


def table_rows(result: Any, scan: int = COLUMN_SCAN) -> Sequence[Any] | None:
    """The rows of a list-like result (a list or a RecordStore, or `{"tasks"|"items": [...]}`), else None.

    Only the first `scan` rows are checked to be objects (a fetch-all can hold a million).
    """
    if isinstance(result, dict) and len(result) == 1:
        (inner,) = result.values()
        if _is_list(inner):
            result = inner
    if not _is_list(result) or not result:
        return None
    objects_first = getattr(result, "objects_first", None)  # a RecordStore tells without decoding
    if objects_first(scan) if objects_first is not None else all(isinstance(row, dict) for row in result[:scan]):
        return result  # type: ignore[no-any-return]
    return None


def shown_rows(result: Any) -> Sequence[Any]:
    """What the Table shows of a result: its rows (table_rows), a single record as one row, else none."""
    rows = table_rows(result)
    if rows is not None:
        return rows
    return [result] if isinstance(result, dict) and result else []


def suiting_view(result: Any) -> ResultViewKind:
    """Table for a list of records, Tree for a record, a scalar, an empty list or nothing."""
    return TABLE if table_rows(result) is not None else TREE


def _is_list(value: Any) -> bool:
    """A JSON list: a list, or a RecordStore (a Sequence that is not text)."""
    return isinstance(value, Sequence) and not isinstance(value, str | bytes | tuple)


LISTING_ACTIONS = frozenset({"list", "search"})  # `crm.lead.list`, `user.search`: the method's last part


def likely_rows(method: str, fetch_all: bool = False, last_view: ResultViewKind | None = None) -> bool:
    """A guess, before the answer: whether a call of `method` answers with rows for the Table (a fetch-all,
    a listing method, or the same request's last answer did). Used to make the Table ahead, never to choose."""
    if fetch_all or last_view == TABLE:
        return True
    return method.rsplit(".", 1)[-1].lower() in LISTING_ACTIONS
