"""A table model for list results: one row per record, one column per field, sorting and filtering itself.

The rows are a list of records or a RecordStore (the answer's bytes, decoded for the rows painted).
Qt's sort/filter proxy would call Python per comparison and per cell: seconds for 40,000 rows. Here a
sorted column is an order of row numbers made by core.row_order from one key per value, kept per
column and direction; a filter is a search of core.row_filter's index of the cells' texts, made once.
Past ASYNC_ROWS rows both are computed in a worker thread and applied when ready (`orderReady`), so
the window never waits for them.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from array import array
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal

from b24desk.core.kept_records import is_record_store
from b24desk.core.result_shape import COLUMN_SCAN, table_rows
from b24desk.core.row_filter import RowTextIndex, cell_text, readable
from b24desk.ui.common.worker_gil import start_worker

if TYPE_CHECKING:  # core.row_order (its regular expressions, unicodedata): with the first sort, not the empty table
    from b24desk.core.row_order import ColumnKeys

__all__ = ["ASYNC_ROWS", "COLUMN_SCAN", "ResultTableModel", "readable", "table_rows"]

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_USER_ROLE = Qt.ItemDataRole.UserRole
_VALUE_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, _USER_ROLE})
TOOLTIP_CHARS = 4000  # a tooltip shows this much of a long or nested value
ASYNC_ROWS = 20_000  # more rows are sorted and filtered in a worker thread
WARM_COLUMNS = 8  # past ASYNC_ROWS, the first columns' orders are worked out ahead, both directions, kept as
# array('i'): 8 bytes per row and column, 6.4 MB for 100,000 rows (the keys are dropped once sorted)
WARM_AFTER_MS = 500  # ... once the rows have stopped changing this long (pages still arriving wait)
INDEX_AHEAD_BYTES = 16 * 2**20  # the filter's index is made ahead too for stored rows of up to this much JSON
# (a first filter then only searches); past it, on the first filter: the index of 64 MB of leads takes
# about as much memory again and half a second of a worker decoding every record
SortKey = tuple[int, Qt.SortOrder]
APPEND_SCAN = 100  # an added page's first rows looked at for new fields (a page of a list has the fields
# of the first: decoding 1,000 records of each addition on the UI thread cost 20-40 ms)
FEW_RECORDS = 16  # up to this many selected records are found in a new order one search each


class _Wanted:
    """What the view should show: rows, a sort, a filter (a snapshot handed to the worker)."""

    __slots__ = ("count", "filter", "generation", "name", "rows", "sort")

    def __init__(self, model: ResultTableModel) -> None:
        self.generation = model._generation
        self.rows: Sequence[Any] = model._rows
        self.count = len(model._rows)
        self.sort = model._sort
        self.name = model._columns[self.sort[0]] if self.sort is not None else ""
        self.filter = model._filter


class _Relay(QObject):
    """Carries worker threads' results to the model. A thread holds this, never the model: a model
    freed while a thread still ran would otherwise be freed from that thread. A child of the model:
    gone with it, when a late emit is refused (RuntimeError) and dropped."""

    computed = Signal(object, object, object, object)  # wanted, keys, order, view
    warmed = Signal()


YIELD_EVERY = 0.005  # a worker working out keys gives the GIL away this often (s), for YIELD_FOR (s):
YIELD_FOR = 0.0005  # a CPU-bound thread kept the window's thread from the GIL for 100-170 ms at a time here
# (perf: the UI thread waiting in the GIL's timed wait), though CPython asks a holder to let go every 5 ms


GIVE_WAY_QUIET = 0.002  # a worker waits while the UI thread asked a table for cells within this (s) ...
GIVE_WAY_MAX = 0.025  # ... up to this long per step (a table scrolled without end still lets it go on)


class _Painted:
    """When the UI thread last asked a table model for a cell (it is painting one).

    A paint of the table is about 2,000 calls from Qt into the model, each taking the GIL: with a
    worker working out an index or keys, each waited for the worker's turn to end, and a paint due
    when a filter began (the first after the rows came) took 80-260 ms instead of a few."""

    last = 0.0


class _Yielding:
    """A worker's pause between steps: while the UI thread paints a table, naps until it is done (up to
    GIVE_WAY_MAX); else every YIELD_EVERY of work, a nap of YIELD_FOR (the UI thread takes the GIL
    meanwhile); costs about a tenth of the work's time."""

    __slots__ = ("_last",)

    def __init__(self) -> None:
        self._last = time.perf_counter()

    def __call__(self) -> None:
        now = time.perf_counter()
        if now - _Painted.last < GIVE_WAY_QUIET:
            until = now + GIVE_WAY_MAX
            while now - _Painted.last < GIVE_WAY_QUIET and now < until:
                time.sleep(YIELD_FOR)
                now = time.perf_counter()
            self._last = now
        elif now - self._last >= YIELD_EVERY:
            time.sleep(YIELD_FOR)
            self._last = time.perf_counter()


class _Stale(Exception):
    """The rows changed while orders were worked out ahead for them."""


class _Shared:
    """What a warming thread reads of the model, and the orders it worked out ahead."""

    __slots__ = ("idle", "index", "ready", "rows")

    def __init__(self) -> None:
        self.rows = (0, 0)  # generation, row count: the rows changing stops the warming
        self.idle = threading.Event()  # cleared while a person's sort or filter is worked out: warming waits
        self.idle.set()
        self.ready: dict[tuple[int, int, str], tuple[array[int], array[int]]] = {}
        self.index: tuple[int, RowTextIndex] | None = None  # generation, the filter's index made ahead


class ResultTableModel(QAbstractTableModel):
    """Rows of records; appending rows (fetch-all) is cheap and keeps the view where it is."""

    orderReady = Signal()  # a sort or filter worked out in a worker thread is now shown
    warmed = Signal()  # the first columns' orders were worked out ahead (a header click shows them at once)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: Sequence[Any] = []  # records; anything else in the list shows as an empty row
        self._columns: list[str] = []
        self._sort: SortKey | None = None  # the sort asked for
        self._filter = ""
        self._orders: dict[SortKey, list[int]] = {}  # made once per column and direction, until the rows change
        self._keys: tuple[str, int, ColumnKeys] | None = None  # the last sorted column's keys (both directions)
        self._index = RowTextIndex()  # the cells' texts, made on the first filter
        self._view: list[int] | None = None  # shown row -> record number (None: all, as they came)
        self._generation = 0  # bumped when the rows are replaced: older results are dropped
        self._working = False
        self._again = False
        self._relay = _Relay(self)
        self._relay.computed.connect(self._apply_computed, Qt.ConnectionType.QueuedConnection)
        self._relay.warmed.connect(self.warmed, Qt.ConnectionType.QueuedConnection)
        self._shared = _Shared()
        self._warm_timer = QTimer(self)
        self._warm_timer.setSingleShot(True)
        self._warm_timer.setInterval(WARM_AFTER_MS)
        self._warm_timer.timeout.connect(self._warm)

    @property
    def columns(self) -> list[str]:
        """The field names shown as columns."""
        return list(self._columns)

    @property
    def indexed_rows(self) -> int:
        """Rows in the filter's index (made on the first filter, or ahead past ASYNC_ROWS rows)."""
        ahead = self._shared.index
        made = ahead[1].count if ahead is not None and ahead[0] == self._generation else 0
        return max(self._index.count, made)

    @property
    def busy(self) -> bool:
        """A sort or filter is being worked out in a worker thread."""
        return self._working

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show these rows (resets the model)."""
        self.beginResetModel()
        # one copy in C (a store copies its list of parts): checking 40,000 rows here stalled the window
        self._rows = rows.copy() if is_record_store(rows) else list(rows)
        self._columns = []
        self._sort, self._filter, self._orders, self._view, self._keys = None, "", {}, None, None
        self._index = RowTextIndex()
        self._generation += 1
        self._shared.ready, self._shared.index = {}, None
        self._learn_columns(self._rows[:COLUMN_SCAN])
        self.endResetModel()
        self._warm_later()

    def append_rows(self, rows: Sequence[Any]) -> None:
        """Add rows at the end (new fields become new columns); a sorted table shows them below."""
        if not rows:
            return
        known = len(self._columns)
        self._learn_columns(rows[:APPEND_SCAN], announce=True, known=known)
        first, shown = len(self._rows), self.rowCount()
        self.beginInsertRows(QModelIndex(), shown, shown + len(rows) - 1)
        from b24desk.core.record_store import gathered  # the record store: loaded with the first answer

        self._rows = gathered(self._rows, rows)
        self._orders, self._keys, self._shared.ready = {}, None, {}
        if self._view is not None:
            self._view.extend(range(first, len(self._rows)))
        self.endInsertRows()
        if self._filter:
            self._schedule()
        self._warm_later()

    # -- orders worked out ahead ----------------------------------------------------------------
    def _warm_later(self) -> None:
        self._shared.rows = (self._generation, len(self._rows))
        if len(self._rows) >= ASYNC_ROWS:
            self._warm_timer.start()  # restarted by each page: warmed once the rows stop changing

    def _warm(self) -> None:
        """Work out the first columns' orders in a worker thread, a column at a time, giving way to a
        sort or filter being worked out (the rows changing stop it)."""
        generation, count = self._shared.rows
        rows = self._rows.copy() if is_record_store(self._rows) else self._rows
        names = self._columns[:WARM_COLUMNS]
        shared, relay = self._shared, self._relay
        index_wanted = self._index.count == 0 and is_record_store(rows) and rows.text_size <= INDEX_AHEAD_BYTES

        nap = _Yielding()

        def pause() -> None:  # between steps: a person's sort or filter goes first; changed rows stop it
            nap()
            shared.idle.wait()
            if shared.rows != (generation, count):
                raise _Stale

        def work() -> None:
            from b24desk.core.record_store import column_values  # loaded with the first big answer
            from b24desk.core.record_texts import cell_texts
            from b24desk.core.row_order import ColumnKeys

            try:
                if index_wanted:  # the filter's index first (a first filter then only searches it)
                    index = RowTextIndex()
                    index.add_texts(cell_texts(rows, 0, count), pause=pause)
                    pause()
                    shared.index = (generation, index)
                for name in names:
                    pause()
                    if (generation, count, name) in shared.ready:
                        continue
                    keys = ColumnKeys(column_values(rows, name, pause)[:count], pause=pause)
                    ahead = (array("i", keys.order()), array("i", keys.order(descending=True)))
                    del keys
                    pause()
                    shared.ready[(generation, count, name)] = ahead
            except Exception:  # the rows changed (_Stale), or a failure: worked out on a click, where it shows
                return
            with contextlib.suppress(RuntimeError):  # the model is gone
                relay.warmed.emit()

        start_worker(work)

    def _order_ahead(self, wanted: _Wanted) -> list[int] | None:
        if wanted.sort is None:
            return None
        ahead = self._shared.ready.get((wanted.generation, wanted.count, wanted.name))
        if ahead is None:
            return None
        order = list(ahead[wanted.sort[1] == Qt.SortOrder.DescendingOrder])
        self._orders[wanted.sort] = order
        return order

    def _learn_columns(self, rows: Sequence[Any], announce: bool = False, known: int = 0) -> None:
        seen = set(self._columns)
        new: list[str] = []
        for row in rows:
            if not isinstance(row, dict):
                continue
            for key in row:
                if key not in seen:
                    seen.add(key)
                    new.append(key)
        if not new:
            return
        if announce and self._rows:
            self.beginInsertColumns(QModelIndex(), known, known + len(new) - 1)
            self._columns.extend(new)
            self.endInsertColumns()
        else:
            self._columns.extend(new)

    def rowCount(self, parent: Index = _ROOT) -> int:
        """Standard Qt."""
        if parent.isValid():
            return 0
        return len(self._rows) if self._view is None else len(self._view)

    def columnCount(self, parent: Index = _ROOT) -> int:
        """Standard Qt."""
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text; Qt.UserRole gives the raw value."""
        # A painted cell is asked for about nine roles; the role is checked first, so the seven this
        # model has nothing for cost no lookup (a repaint of the visible cells makes thousands of calls).
        _Painted.last = time.perf_counter()  # workers give way until the paint is done
        if role not in _VALUE_ROLES or not index.isValid():
            return None
        value = self.row(index.row()).get(self._columns[index.column()])
        if role == _USER_ROLE:
            return value
        if role == Qt.ItemDataRole.ToolTipRole:  # nested values whole and indented; long text whole
            if isinstance(value, dict | list):
                return json.dumps(value, ensure_ascii=False, indent=2)[:TOOLTIP_CHARS]
            return self.cell_text(value)[:TOOLTIP_CHARS]
        return self.cell_text(value)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Field names across the top, row numbers down the side."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._columns[section] if section < len(self._columns) else None
        return section + 1

    cell_text = staticmethod(cell_text)

    def row(self, number: int) -> dict[str, Any]:
        """The record shown in row `number` (an empty one for a value that is not a record)."""
        record = self._rows[number if self._view is None else self._view[number]]
        return record if isinstance(record, dict) else {}

    # -- sorting and filtering -----------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Show the rows sorted by `column` (-1: as they came); selections follow their records."""
        self._sort = None if column < 0 or column >= len(self._columns) else (column, order)
        self._schedule()

    def set_filter(self, text: str) -> None:
        """Show only the rows with a cell holding `text` (case aside); empty: every row."""
        if text != self._filter:
            self._filter = text
            self._schedule()

    def _schedule(self) -> None:
        """Work out the wanted order: at once for a few rows, else in a worker thread (one at a time)."""
        ahead = self._shared.index
        if ahead is not None and ahead[0] == self._generation and self._index.count < ahead[1].count:
            self._index, self._shared.index = ahead[1], None  # made ahead: a first filter only searches it
        wanted = _Wanted(self)
        known = (self._orders.get(wanted.sort) if wanted.sort else None) or self._order_ahead(wanted)
        keys = self._keys[2] if self._keys is not None and self._keys[:2] == (wanted.name, wanted.count) else None
        at_once = wanted.sort is None or known is not None  # the rows as they came, or an order made already
        if wanted.count < ASYNC_ROWS or (at_once and not wanted.filter and not self._working):
            self._apply(wanted, *_work_out(wanted, known, keys, self._index))
            return
        if self._working:
            self._again = True
            return
        self._working, self._again = True, False
        self._shared.idle.clear()
        if is_record_store(wanted.rows):
            wanted.rows = wanted.rows.copy()  # pages arriving meanwhile do not change what the worker reads
        index, relay = self._index, self._relay

        def work() -> None:
            try:
                result = _work_out(wanted, known, keys, index)
            except Exception:  # a failure shows the rows as they are rather than never finishing
                result = (None, None, None)
            with contextlib.suppress(RuntimeError):  # the model is gone
                relay.computed.emit(wanted, *result)

        start_worker(work)

    def _apply_computed(
        self, wanted: _Wanted, keys: ColumnKeys | None, order: list[int] | None, view: list[int] | None
    ) -> None:
        self._working = False
        self._shared.idle.set()
        if wanted.generation == self._generation:
            self._apply(wanted, keys, order, view)
        if self._again or wanted.generation != self._generation:
            self._schedule()  # what is wanted changed meanwhile
            if self._working:
                return
        self.orderReady.emit()  # (also when what was wanted since is known already: shown at once)

    def _apply(self, wanted: _Wanted, keys: ColumnKeys | None, order: list[int] | None, view: list[int] | None) -> None:
        if keys is not None and wanted.count == len(self._rows):
            self._keys = (wanted.name, wanted.count, keys)
        if order is not None and wanted.sort is not None:
            self._orders[wanted.sort] = order
        if view is not None and wanted.count < len(self._rows):
            view = view + list(range(wanted.count, len(self._rows)))  # rows that came meanwhile, below
        if view == self._view:
            return
        if (len(self._rows) if view is None else len(view)) != self.rowCount():
            self.beginResetModel()
            self._view = view
            self.endResetModel()
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        records = [self._record_number(index.row()) for index in persistent]
        self._view = view
        if persistent:
            shown = self._shown_rows(records)
            self.changePersistentIndexList(
                persistent,
                [
                    self.index(shown[record], index.column()) if shown[record] >= 0 else QModelIndex()
                    for record, index in zip(records, persistent, strict=True)
                ],
            )
        self.layoutChanged.emit()

    def _record_number(self, shown: int) -> int:
        return shown if self._view is None else self._view[shown]

    def _shown_rows(self, records: list[int]) -> dict[int, int]:
        """Record number -> the row it is shown in (-1: filtered out), for these records."""
        if self._view is None:
            return {record: record for record in records}
        wanted = set(records)
        if len(wanted) <= FEW_RECORDS:  # the current cell, a selection of a few rows: a search in C each
            return {record: self._view.index(record) if record in self._view else -1 for record in wanted}
        shown = dict.fromkeys(wanted, -1)
        for row, record in enumerate(self._view):
            if record in shown:
                shown[record] = row
        return shown

    def all_rows(self) -> Sequence[dict[str, Any]]:
        """Every record (for export; a RecordStore decodes them as they are read)."""
        if is_record_store(self._rows):
            return self._rows
        return [row for row in self._rows if isinstance(row, dict)]


def _work_out(
    wanted: _Wanted, known: list[int] | None, keys: ColumnKeys | None, index: RowTextIndex
) -> tuple[ColumnKeys | None, list[int] | None, list[int] | None]:
    """The sorted column's keys, the order of the wanted sort (None: as they came) and the rows shown
    (None: all, in that order)."""
    order = known
    if wanted.sort is not None and order is None:
        if keys is None:  # the record store (msgspec, orjson) loads with the first rows sorted, not the empty table
            from b24desk.core.record_store import column_values
            from b24desk.core.row_order import ColumnKeys

            nap = _Yielding()
            values = column_values(wanted.rows, wanted.name, nap)[: wanted.count] if wanted.count else []
            keys = ColumnKeys(values, pause=nap)
        order = keys.order(wanted.sort[1] == Qt.SortOrder.DescendingOrder)
    if not wanted.filter:
        return keys, order, (list(order) if order is not None else None)
    nap = _Yielding()
    if index.count < wanted.count:
        from b24desk.core.record_texts import cell_texts

        index.add_texts(cell_texts(wanted.rows, index.count, wanted.count), pause=nap)
    matching = index.matching(wanted.filter, pause=nap)
    if len(matching) > wanted.count:
        matching = [number for number in matching if number < wanted.count]
    if order is None:
        return keys, order, matching
    keep = bytearray(wanted.count)
    for number in matching:
        keep[number] = 1
    return keys, order, [number for number in order if keep[number]]
