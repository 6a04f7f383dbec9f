"""A big answer kept as its bytes shows in Tree, Table and Raw, filters, and exports every row."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import orjson
from pytestqt.qtbot import QtBot

from b24desk.core.client import LAZY_BODY, parse_envelope
from b24desk.core.record_store import RecordStore
from b24desk.core.response import RawResponse
from b24desk.ui.result.result_view import RAW, TABLE, TREE, ResultView

ROWS = [
    {"ID": str(n), "TITLE": f"Лид {n}", "PHONE": [{"VALUE": f"+7 495 {n:07d}", "VALUE_TYPE": "WORK"}], "X": "y" * 80}
    for n in range(2500)
]


def test_a_stored_answer_shows_filters_and_exports_every_row(qtbot: QtBot, tmp_path: Path) -> None:
    body = orjson.dumps({"result": ROWS, "total": len(ROWS), "time": {"duration": 0.5}})
    assert len(body) > LAZY_BODY
    call = parse_envelope("crm.lead.list", RawResponse(200, {}, body, 0.1), keep_records=True)
    assert isinstance(call.result, RecordStore)
    view = ResultView()
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.show_result(call)
    assert view.tabs.currentIndex() == TABLE and view.table_model.rowCount() == 2500
    assert view.table_model.data(view.table_model.index(7, 2)) == "+7 495 0000007 (WORK)"
    view.filter_edit.setText("лид 249")  # the table's own filter, case aside
    assert [view.table_model.row(r)["ID"] for r in range(view.table_model.rowCount())] == [
        "249",
        *[str(n) for n in range(2490, 2500)],
    ]
    view.filter_edit.setText("")
    view.tabs.setCurrentIndex(TREE)
    result = view.tree_model.index(0, 0)
    assert result.data() == "result" and view.tree_model.index(0, 1).data() == "[2500]"
    tail = view.tree_model.index(2, 0, result)  # records 2000-2499: the third group of 1,000
    assert view.tree_model.index(499, 0, tail).data() == "2499"  # its key: the record is not decoded for it
    assert not view.tree_model.node(view.tree_model.index(498, 0, tail)).read
    assert view.tree_model.index(499, 1, tail).data() == "{4}"  # its value, as a painted row: now decoded
    view.filter_edit.setText("лид 249")  # found in the records the tree has loaded, none decoded to search
    assert view.tree.currentIndex().data() == "Лид 2499"
    view.filter_edit.setText("")
    view.tabs.setCurrentIndex(RAW)
    qtbot.waitUntil(lambda: not view.raw.preparing and view.raw.plain_text() != "", timeout=20_000)
    assert len(json.loads(view.raw.plain_text())["result"]) == 1000
    with qtbot.waitSignal(view.exportFinished, timeout=60_000) as saved:  # written in a worker thread
        view.export_json(str(tmp_path / "all.json"))
        assert view.exporting and not view.export_json_action.isEnabled()  # one export at a time
    assert saved.args == [str(tmp_path / "all.json"), ""]
    assert not view.exporting and view.export_json_action.isEnabled()
    text = (tmp_path / "all.json").read_text(encoding="utf-8")
    assert text == json.dumps(orjson.loads(body), ensure_ascii=False, indent=2)  # as one dump wrote it
    with qtbot.waitSignal(view.exportFinished, timeout=60_000) as failed:
        view.export_json(str(tmp_path / "no such folder" / "all.json"))
    assert failed.args[1] and "no such folder" in view.status.text()  # said, not lost in a thread
    view.export_csv(str(tmp_path / "all.csv"))
    with open(tmp_path / "all.csv", encoding="utf-8", newline="") as file:
        lines = list(csv.reader(file))
    assert lines[0] == ["ID", "TITLE", "PHONE", "X"] and len(lines) == 2501 and lines[-1][1] == "Лид 2499"


def test_a_big_fetch_all_shows_in_the_tree_under_a_closed_result(qtbot: QtBot) -> None:
    view = ResultView()
    qtbot.addWidget(view)
    view.show()
    store = RecordStore.from_list(orjson.dumps(ROWS))
    assert store is not None
    view.start_rows(store)
    view.finish_rows("done")
    view.tabs.setCurrentIndex(TREE)
    result = view.tree_model.index(0, 0)
    assert view.tree_model.rowCount() == 1 and result.data() == "result"
    assert view.tree_model.index(0, 1).data() == "[2500]" and not view.tree.isExpanded(result)  # none laid out
    group = view.tree_model.index(1, 0, result)  # the rows in groups of 1,000: opening one lays out no more
    assert group.data() == "[1000 … 1999]" and view.tree_model.rowCount(result) == 3
    view.tree.expand(group)
    assert view.tree_model.copy_path(view.tree_model.index(7, 0, group)) == "[result][1007]"
    assert view.tree_model.index(7, 1, group).data() == "{4}"
    view.start_rows(ROWS[:3])  # a few rows stay at the top, open
    view.finish_rows("done")
    assert view.tree_model.rowCount() == 3 and view.tree_model.index(0, 1).data() == "{4}"
