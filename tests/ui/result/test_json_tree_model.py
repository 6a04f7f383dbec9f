"""The lazy JSON tree model: Qt's model checks, lazy children, copy value / copy path."""

from __future__ import annotations

import json
from typing import Any

import orjson
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTreeView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from b24desk.core.record_store import RecordStore
from b24desk.ui.result.json_tree_model import GROUP, JsonTreeModel

ANSWER: dict[str, Any] = {
    "result": [
        {
            "ID": "1",
            "TITLE": "Acme GmbH",
            "OPPORTUNITY": 1500.5,
            "OPENED": True,
            "UF_CRM_1": None,
            "PHONE": [{"VALUE": "+49 30 1234", "VALUE_TYPE": "WORK"}],
        },
        {"ID": "2", "TITLE": "ООО Ромашка", "PHONE": []},
    ],
    "total": 2,
    "time": {"start": 1.5, "operating": 0},
}


def test_passes_qt_model_checks(qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(JsonTreeModel(ANSWER))


def test_rows_values_and_types() -> None:
    model = JsonTreeModel(ANSWER)
    assert model.rowCount() == 3
    result = model.index(0, 0)
    assert model.data(result) == "result"
    assert model.data(model.index(0, 1)) == "[2]"
    assert model.data(model.index(0, 2)) == "array"
    first = model.index(0, 0, result)
    title = model.index(1, 1, first)
    assert model.data(title) == "Acme GmbH"
    assert model.data(model.index(3, 1, first)) == "true"
    assert model.data(model.index(3, 2, first)) == "boolean"
    assert model.data(model.index(4, 1, first)) == "null"
    assert model.data(model.index(1, 0, first), Qt.ItemDataRole.UserRole) == "Acme GmbH"


def test_children_are_made_only_when_asked() -> None:
    big = {"result": [{"ID": str(i)} for i in range(100_000)]}
    model = JsonTreeModel(big)
    result = model.index(0, 0)
    result_node = model.node(result)
    assert model.rowCount(result) == 100 and model.length(result) == 100_000  # groups of GROUP items
    assert result_node._children is None  # counting made no nodes
    last = model.index(99, 0, result)
    assert last.data() == "[99000 … 99999]" and model.index(99, 1, result).data() == "[1000]"
    assert model.node(last)._children is None and not model.node(last).read  # told without taking its items
    item = model.index(999, 0, last)
    assert item.data() == "99999" and model.index(0, 1, item).data() == "99999"
    assert result_node._children is not None
    assert sum(node is not None for node in result_node._children) == 1
    assert model.copy_path(model.index(0, 0, item)) == "[result][99999][ID]"  # a group is no step of a path


def test_a_long_list_in_groups_passes_qt_model_checks_and_copies_and_finds(qtmodeltester: ModelTester) -> None:
    rows = [{"ID": str(n), "TITLE": f"Lead {n}"} for n in range(GROUP * 2 + 5)]
    model = JsonTreeModel({"result": rows})
    qtmodeltester.check(model)
    result = model.index(0, 0)
    assert [model.index(row, 0, result).data() for row in range(3)] == ["[0 … 999]", "[1000 … 1999]", "[2000 … 2004]"]
    assert [model.index(row, 2, result).data() for row in range(3)] == ["array"] * 3
    tail = model.index(2, 0, result)
    assert model.rowCount(tail) == 5 and model.copy_path(tail) == "[result]"
    assert json.loads(model.copy_value(tail)) == rows[-5:]  # a group copies its stretch of the list
    found = model.find("lead 2003")
    assert [model.copy_path(index) for index in found] == ["[result][2003][TITLE]"]
    assert JsonTreeModel(list(range(GROUP))).rowCount() == GROUP  # up to GROUP items: no groups


def test_copy_value_and_php_path() -> None:
    model = JsonTreeModel(ANSWER)
    first = model.index(0, 0, model.index(0, 0))
    phone = model.index(5, 0, first)
    value = model.index(0, 0, model.index(0, 0, phone))
    assert model.copy_path(value) == "[result][0][PHONE][0][VALUE]"
    assert model.copy_value(value) == "+49 30 1234"
    assert '"VALUE_TYPE": "WORK"' in model.copy_value(phone)


def test_set_value_resets() -> None:
    model = JsonTreeModel(ANSWER)
    model.set_value(True)
    assert model.rowCount() == 0
    assert model.node(QModelIndex()).value is True


def test_a_shown_list_of_stored_records_decodes_only_the_rows_painted(qtbot: QtBot) -> None:
    rows = [{"ID": str(n), "TITLE": f"Lead {n}"} for n in range(3000)] + [{}]
    store = RecordStore.from_list(orjson.dumps(rows))
    assert store is not None
    model = JsonTreeModel(store)
    view = QTreeView()
    qtbot.addWidget(view)
    view.setUniformRowHeights(True)
    view.setModel(model)
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    view.grab()  # painted: every row laid out, a screenful drawn
    root = model.node(QModelIndex())
    groups = [child for child in root._children or [] if child is not None]
    assert model.rowCount() == 4 and 0 < len(groups) <= 4  # 3,001 records in groups of 1,000
    view.expand(model.index(0, 0))
    view.grab()  # the first group laid out, a screenful drawn
    read = [child for child in groups[0]._children or [] if child is not None and child.read]
    assert 0 < len(read) < 100
    first, last = model.index(0, 0), model.index(3, 0)
    assert model.hasChildren(model.index(5, 0, first)) and not model.hasChildren(model.index(0, 0, last))  # by bytes
    assert model.index(900, 2, first).data() == "object" and not model.node(model.index(900, 0, first)).read
    assert model.index(5, 1, first).data() == "{2}" and model.rowCount(model.index(5, 0, first)) == 2
