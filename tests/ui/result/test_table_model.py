"""The result table: records as rows, fields as columns, appended pages, numeric sorting."""

from __future__ import annotations

from typing import Any

import orjson
import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from b24desk.core.record_store import RecordStore
from b24desk.core.row_order import sort_order
from b24desk.ui.result import table_model
from b24desk.ui.result.table_model import ASYNC_ROWS, ResultTableModel, table_rows

ROWS = [
    {"ID": "10", "TITLE": "Zeta", "OPPORTUNITY": "900.00"},
    {"ID": "9", "TITLE": "Alpha", "OPPORTUNITY": "15000.00", "PHONE": [{"VALUE": "+7 495"}]},
    {"ID": "100", "TITLE": "Éclair", "OPPORTUNITY": None},
]


def test_passes_qt_model_checks(qtmodeltester: ModelTester) -> None:
    model = ResultTableModel()
    model.set_rows(ROWS)
    qtmodeltester.check(model)


def test_columns_are_the_union_of_fields_in_order() -> None:
    model = ResultTableModel()
    model.set_rows(ROWS)
    assert model.columns == ["ID", "TITLE", "OPPORTUNITY", "PHONE"]
    assert model.data(model.index(1, 3)) == "+7 495"  # a multi-field as people read it
    assert '"VALUE": "+7 495"' in model.data(model.index(1, 3), Qt.ItemDataRole.ToolTipRole)  # its JSON, indented
    assert model.data(model.index(0, 3)) == ""


def test_append_rows_adds_rows_and_new_columns() -> None:
    model = ResultTableModel()
    model.set_rows(ROWS[:1])
    model.append_rows([{"ID": "11", "STATUS_ID": "NEW"}])
    assert model.rowCount() == 2
    assert model.columns == ["ID", "TITLE", "OPPORTUNITY", "STATUS_ID"]


def test_sorting_treats_numeric_strings_as_numbers() -> None:
    model = ResultTableModel()
    model.set_rows(ROWS)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert [model.data(model.index(r, 0)) for r in range(3)] == ["9", "10", "100"]
    model.sort(2, Qt.SortOrder.AscendingOrder)
    assert [model.data(model.index(r, 1)) for r in range(3)] == ["Zeta", "Alpha", "Éclair"]
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert [model.data(model.index(r, 1)) for r in range(3)] == ["Alpha", "Éclair", "Zeta"]
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert [model.data(model.index(r, 1)) for r in range(3)] == ["Zeta", "Éclair", "Alpha"]
    model.sort(2, Qt.SortOrder.DescendingOrder)  # empty stays last either way
    assert [model.data(model.index(r, 1)) for r in range(3)] == ["Alpha", "Zeta", "Éclair"]
    model.sort(-1)
    assert [model.data(model.index(r, 1)) for r in range(3)] == ["Zeta", "Alpha", "Éclair"]


def test_sorted_model_passes_qt_model_checks_and_keeps_selected_records(qtmodeltester: ModelTester) -> None:
    model = ResultTableModel()
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    kept = QPersistentModelIndex(model.index(1, 1))  # "Alpha", as a selection would hold it
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert kept.row() == 2 and kept.data() == "Alpha"
    model.append_rows([{"ID": "1", "TITLE": "Beta"}])  # a page arriving while sorted goes below
    assert model.data(model.index(3, 1)) == "Beta"
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert [model.data(model.index(r, 1)) for r in range(4)] == ["Alpha", "Beta", "Éclair", "Zeta"]
    assert kept.row() == 0


def test_table_rows_finds_records_in_wrapped_lists() -> None:
    assert table_rows({"tasks": [{"id": "1"}]}) == [{"id": "1"}]
    assert table_rows(ROWS) == ROWS
    assert table_rows({"ID": "1"}) is None
    assert table_rows([1, 2]) is None
    assert table_rows([]) is None


def test_filter_keeps_rows_with_a_cell_holding_the_text(qtmodeltester: ModelTester) -> None:
    model = ResultTableModel()
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    model.set_filter("ÉCL")  # case aside
    assert [model.data(model.index(r, 1)) for r in range(model.rowCount())] == ["Éclair"]
    model.set_filter("+7 495")  # a nested value, as the cell reads it
    assert [model.data(model.index(r, 1)) for r in range(model.rowCount())] == ["Alpha"]
    model.set_filter("0")  # several rows, in the sorted order
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == ["100", "10", "9"]
    model.set_filter("00")  # 100, and 900.00 / 15000.00 in the amounts
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == ["100", "10", "9"]
    model.set_filter("TITLE")  # field names are not cell texts
    assert model.rowCount() == 0
    model.set_filter("")
    assert model.rowCount() == 3
    model.append_rows([{"ID": "7", "TITLE": "Zebra"}])
    model.set_filter("ze")
    assert sorted(model.data(model.index(r, 1)) for r in range(model.rowCount())) == ["Zebra", "Zeta"]


def _stored(rows: list[dict[str, Any]]) -> RecordStore:
    store = RecordStore.from_list(orjson.dumps(rows))
    assert store is not None
    return store


def test_many_stored_rows_sort_and_filter_in_a_worker_thread(qtbot: QtBot) -> None:
    rows = [{"ID": str(n), "TITLE": f"Lead {n % 997}", "X": None if n % 3 else n} for n in range(ASYNC_ROWS + 500)]
    model = ResultTableModel()
    model.set_rows(_stored(rows))
    kept = QPersistentModelIndex(model.index(5, 1))
    with qtbot.waitSignal(model.orderReady, timeout=60_000):
        model.sort(1, Qt.SortOrder.DescendingOrder)
        assert model.busy  # the window goes on meanwhile
    expected = sort_order([row["TITLE"] for row in rows], descending=True)
    assert [model.data(model.index(r, 0)) for r in range(50)] == [rows[n]["ID"] for n in expected[:50]]
    assert kept.data() == "Lead 5" and model.row(kept.row())["ID"] == "5"  # the selection followed its record
    with qtbot.waitSignal(model.orderReady, timeout=60_000):
        model.set_filter("lead 99")
    matching = [n for n in expected if "lead 99" in str(rows[n]["TITLE"]).lower()]
    assert [model.row(r)["ID"] for r in range(model.rowCount())] == [rows[n]["ID"] for n in matching]
    model.append_rows(_stored([{"ID": "x", "TITLE": "Lead 99 late"}, {"ID": "y", "TITLE": "other"}]))
    qtbot.waitUntil(lambda: not model.busy, timeout=60_000)
    shown = [model.row(r)["ID"] for r in range(model.rowCount())]
    assert "x" in shown and "y" not in shown  # a page arriving under a filter is filtered too


def test_many_rows_have_their_first_columns_sorted_ahead(qtbot: QtBot) -> None:
    rows = [{"ID": str(n), "TITLE": f"Lead {n % 997}", "X": None if n % 3 else n} for n in range(ASYNC_ROWS + 500)]
    model = ResultTableModel()
    with qtbot.waitSignal(model.warmed, timeout=60_000):  # once the rows stop changing
        model.set_rows(_stored(rows))
    kept = QPersistentModelIndex(model.index(5, 1))
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert not model.busy  # worked out ahead: shown at once
    expected = sort_order([row["TITLE"] for row in rows], descending=True)
    assert [model.row(r)["ID"] for r in range(model.rowCount())] == [rows[n]["ID"] for n in expected]
    assert kept.data() == "Lead 5" and model.row(kept.row())["ID"] == "5"  # the selection followed its record
    model.sort(2, Qt.SortOrder.AscendingOrder)
    assert not model.busy
    expected = sort_order([row["X"] for row in rows])
    assert [model.row(r)["ID"] for r in range(model.rowCount())] == [rows[n]["ID"] for n in expected]
    assert model.indexed_rows == len(rows)  # the filter's index was made ahead too: a first filter only searches
    with qtbot.waitSignal(model.orderReady, timeout=60_000):
        model.set_filter("LEAD 99")
    kept_ids = [rows[n]["ID"] for n in expected if "lead 99" in str(rows[n]["TITLE"]).casefold()]
    assert [model.row(r)["ID"] for r in range(model.rowCount())] == kept_ids
    model.set_filter("")
    assert not model.busy and model.rowCount() == len(rows)
    model.append_rows(_stored([{"ID": "x", "TITLE": "Lead 0"}]))  # new rows: worked out again
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert model.busy
    qtbot.waitUntil(lambda: not model.busy, timeout=60_000)
    assert model.row(0)["TITLE"] == "Lead 0"


def test_a_sort_asked_again_while_worked_out_still_says_it_is_shown(qtbot: QtBot) -> None:
    rows = [{"ID": str(n), "TITLE": f"Lead {n % 997}"} for n in range(ASYNC_ROWS + 10)]
    model = ResultTableModel()
    model.set_rows(_stored(rows))
    with qtbot.waitSignal(model.orderReady, timeout=60_000):
        model.sort(1, Qt.SortOrder.AscendingOrder)
        model.sort(1, Qt.SortOrder.AscendingOrder)  # as a header and its indicator both ask: known once worked out
    assert not model.busy and model.row(0)["TITLE"] == "Lead 0"


def test_a_table_made_over_many_rows_starts_unsorted_without_a_worker(qtbot: QtBot) -> None:
    from b24desk.ui.result.result_view import ResultView

    rows = [{"ID": str(ASYNC_ROWS - n), "TITLE": f"Lead {n}"} for n in range(ASYNC_ROWS + 10)]
    view = ResultView()
    qtbot.addWidget(view)
    view.start_rows(_stored(rows))
    table = view.table  # made now, over rows already there
    assert not view.table_model.busy  # enabling sorting once sorted by column 0 in a worker, for nothing
    assert table.horizontalHeader().sortIndicatorSection() == -1
    assert [view.table_model.row(r)["ID"] for r in range(3)] == ["20000", "19999", "19998"]  # as they came
    with qtbot.waitSignal(view.table_model.orderReady, timeout=60_000):
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.table_model.sort(-1)  # back to the rows as they came: at once, no worker
    assert not view.table_model.busy and view.table_model.row(0)["ID"] == "20000"


class _Clock:
    """A stand-in for the time module (the nap's policy, not the machine's speed, is under test); `painting`
    keeps the window painting through every nap."""

    def __init__(self, painting: bool = False) -> None:
        self.now, self.naps, self.painting = 1000.0, 0, painting

    def perf_counter(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.naps += 1
        self.now += seconds
        if self.painting:
            table_model._Painted.last = self.now


def test_a_worker_gives_way_while_the_window_paints_a_table(monkeypatch: Any) -> None:
    clock = _Clock()
    monkeypatch.setattr(table_model, "time", clock)
    monkeypatch.setattr(table_model._Painted, "last", 0.0)
    nap = table_model._Yielding()
    nap()
    assert clock.naps == 0  # no paint, and not YIELD_EVERY of work yet: on at once
    model = ResultTableModel()
    model.set_rows(ROWS)
    model.data(model.index(0, 1))  # the window paints a cell
    assert table_model._Painted.last == clock.now
    began = clock.now
    nap()
    assert clock.now - began == pytest.approx(table_model.GIVE_WAY_QUIET, abs=table_model.YIELD_FOR)  # paint done
    naps = clock.naps
    clock.now += table_model.GIVE_WAY_QUIET
    nap()
    assert clock.naps == naps  # the paint over: no nap
    clock.painting = True  # a window painting without end (scrolled on and on) still lets the worker go on
    model.data(model.index(0, 1))
    began = clock.now
    nap()
    assert clock.now - began == pytest.approx(table_model.GIVE_WAY_MAX, abs=table_model.YIELD_FOR)
