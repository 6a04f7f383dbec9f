"""The result table: records as rows, fields as columns, appended pages, numeric sorting."""

from __future__ import annotations

from PySide6.QtCore import QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester

from b24desk.ui.result.table_model import ResultTableModel, table_rows

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
