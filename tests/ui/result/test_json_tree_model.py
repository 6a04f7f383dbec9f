"""The lazy JSON tree model: Qt's model checks, lazy children, copy value / copy path."""

from __future__ import annotations

from typing import Any

import orjson
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTreeView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from b24desk.core.record_store import RecordStore
from b24desk.ui.result.json_tree_model import JsonTreeModel

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
    result_node = model.node(model.index(0, 0))
    assert model.rowCount(model.index(0, 0)) == 100_000
    assert result_node._children is None  # counting made no nodes
    model.index(99_999, 0, model.index(0, 0))
    assert result_node._children is not None
    assert sum(node is not None for node in result_node._children) == 1


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
    read = [child for child in root._children or [] if child is not None and child.read]
    assert 0 < len(read) < 100
    assert model.hasChildren(model.index(5, 0)) and not model.hasChildren(model.index(3000, 0))  # told by the bytes
    assert model.index(5, 1).data() == "{2}" and model.rowCount(model.index(5, 0)) == 2
