"""The collection panel and environment picker over real folders: every change on disk, shown in the tree."""

from __future__ import annotations

from pathlib import Path

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from b24desk.core.collection import Collection
from b24desk.core.environment import Environment, save_environment
from b24desk.core.request import ApiRequest
from b24desk.core.request_file import SavedRequest
from b24desk.ui.collections.collection_model import PATH_ROLE, CollectionModel
from b24desk.ui.collections.collection_panel import CollectionPanel
from b24desk.ui.collections.environment_picker import EnvironmentPicker

DEAL = SavedRequest(ApiRequest("crm.deal.get", {"id": "{{deal}}"}), "{{portal}}")


def tree(model: CollectionModel, parent: object = None) -> list[object]:
    from PySide6.QtCore import QModelIndex

    index = parent if parent is not None else QModelIndex()
    rows = []
    for row in range(model.rowCount(index)):  # type: ignore[arg-type]
        child = model.index(row, 0, index)  # type: ignore[arg-type]
        below = tree(model, child)
        rows.append(
            (child.data(), below) if model.rowCount(child) or child.data(PATH_ROLE).suffix != ".json" else child.data()
        )
    return rows


def sample(root: Path) -> Collection:
    collection = Collection.create(root)
    collection.new_folder(".", "deals")
    collection.new_request("deals", "get", DEAL)
    collection.new_request(".", "profile", SavedRequest(ApiRequest("profile")))
    return collection


def test_the_model_passes_qt_model_checks(qtmodeltester: ModelTester, tmp_path: Path) -> None:
    model = CollectionModel()
    qtmodeltester.check(model)
    model.set_collection(sample(tmp_path / "crm"))
    qtmodeltester.check(model)
    assert tree(model) == ["profile", ("deals", ["get"])]


def test_panel_creates_renames_moves_duplicates_deletes_and_opens(qtbot: QtBot, tmp_path: Path) -> None:
    panel = CollectionPanel()
    qtbot.addWidget(panel)
    panel.open_collection(tmp_path / "crm")
    assert not panel.new_button.isEnabled()
    sample(tmp_path / "crm")
    panel.open_collection(tmp_path / "crm")
    model = panel.model
    panel.view.setCurrentIndex(model.index_of("deals"))
    assert panel.new_request("list", SavedRequest(ApiRequest("crm.deal.list"))) == Path("deals/list.b24.json")
    assert panel.selected_path() == Path("deals/list.b24.json")
    assert model.setData(model.index_of("deals/list.b24.json"), "list all")  # renamed in place (F2)
    assert (tmp_path / "crm" / "deals" / "list all.b24.json").is_file()
    panel.view.setCurrentIndex(model.index_of("deals/get.b24.json"))
    assert panel.duplicate_selected() == Path("deals/get copy.b24.json")
    drag = model.mimeData([model.index_of("deals/get copy.b24.json")])
    from PySide6.QtCore import QModelIndex, Qt

    assert model.dropMimeData(drag, Qt.DropAction.MoveAction, -1, 0, QModelIndex())  # dropped on the top
    assert tree(model) == ["get copy", "profile", ("deals", ["get", "list all"])]
    panel.view.setCurrentIndex(model.index_of("deals"))
    panel.delete_selected()
    assert tree(model) == ["get copy", "profile"]
    with qtbot.waitSignal(panel.openRequested) as opened:
        panel.open_index(model.index_of("get copy.b24.json"))
    assert opened.args == [Path("get copy.b24.json"), DEAL]


def test_refusals_are_messages_and_outside_changes_show_up(qtbot: QtBot, tmp_path: Path) -> None:
    panel = CollectionPanel()
    qtbot.addWidget(panel)
    collection = sample(tmp_path / "crm")
    panel.open_collection(collection.root)
    with qtbot.waitSignal(panel.message) as said:
        panel.new_request("profile")
    assert "already exists" in said.args[0]
    with qtbot.waitSignal(panel.model.changed, timeout=10_000):  # a git pull or an editor adds a file
        collection.new_request("deals", "from git", DEAL)
    assert tree(panel.model) == ["profile", ("deals", ["from git", "get"])]


def test_environment_picker_lists_and_keeps_the_choice(qtbot: QtBot, tmp_path: Path) -> None:
    picker = EnvironmentPicker()
    qtbot.addWidget(picker)
    assert not picker.isEnabled() and picker.current() is None
    for name in ("test", "live"):
        save_environment(tmp_path, Environment(name))
    with qtbot.waitSignal(picker.environmentChanged) as changed:
        picker.set_collection(tmp_path)
    assert changed.args == [None]
    assert [picker.combo.itemText(row) for row in range(picker.combo.count())] == ["No environment", "live", "test"]
    with qtbot.waitSignal(picker.environmentChanged) as changed:
        picker.choose("test")
    assert changed.args == ["test"]
    save_environment(tmp_path, Environment("stage"))
    picker.set_collection(tmp_path)
    assert picker.current() == "test"
