"""The method browser's model: rows made once per catalogue, searches that move them, Qt's model checks."""

from __future__ import annotations

import gc

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from b24desk.core.catalogue import load_catalogue
from b24desk.ui.methods.method_browser import MethodBrowser
from b24desk.ui.methods.method_model import SEARCH_LIMIT, MethodTreeModel


def _names(model: MethodTreeModel, parent: QModelIndex) -> list[str]:
    return [str(model.data(model.index(row, 0, parent))) for row in range(model.rowCount(parent))]


def test_searching_and_browsing_pass_qt_model_checks_and_keep_the_ranking(qtmodeltester: ModelTester) -> None:
    catalogue = load_catalogue()
    model = MethodTreeModel()
    model.set_catalogue(catalogue)
    qtmodeltester.check(model)  # browsing; the tester follows every change made below
    browsing = _names(model, QModelIndex())
    model.search("a")  # almost every method matches: the limit is reached
    results = model.index(0, 0)
    assert model.rowCount() == 1 and model.data(results) == f"Results ({SEARCH_LIMIT})"
    assert _names(model, results) == [m.name for m in catalogue.search("a", limit=SEARCH_LIMIT)]
    assert not model.flags(model.index(0, 0, results)) & Qt.ItemFlag.ItemIsEditable
    for query in ("lead add", "lead add ", "zzzzqqq", "ta", "tas", "task", "tas", "crm.deal.", "crm.deal.l"):
        model.search(query)
        assert _names(model, model.index(0, 0)) == [m.name for m in catalogue.search(query, limit=SEARCH_LIMIT)]
        assert model.data(model.index(0, 0)) == f"Results ({model.rowCount(model.index(0, 0))})"
    model.search("")  # browsing again: the same scopes, whole
    assert _names(model, QModelIndex()) == browsing
    scope = model.index(0, 0)
    assert model.method_at(model.index(0, 0, scope)) is None  # folded: its rows are not made yet
    assert model.make_rows(scope) and not model.make_rows(scope)  # made when it is opened, once
    method = model.method_at(model.index(0, 0, scope))
    assert method is not None and method.scope == _names(model, QModelIndex())[0].rsplit(" (", 1)[0]
    assert model.method_at(scope) is None


def test_pins_and_a_new_catalogue_while_searching_show_when_browsing_again() -> None:
    catalogue = load_catalogue()
    model = MethodTreeModel()
    model.set_catalogue(catalogue)
    model.search("deal add")
    model.set_pinned(["crm.deal.add"], ["user.get"])  # while the results are shown
    results = model.index(0, 0)
    assert _names(model, results)[0] == "★ crm.deal.add"
    model.set_catalogue(catalogue.with_portal(["user.get"]))  # marked: crm.* are not offered now
    assert model.data(model.index(0, 0, model.index(0, 0))).startswith("★ crm.deal.add")
    model.search("")
    assert _names(model, QModelIndex())[:2] == ["Favourites (1)", "Recent (1)"]
    assert model.make_rows(_scope_index(model, "crm"))  # the scope opened: its rows made, starred
    assert "★ crm.deal.add" in _names(model, _scope_index(model, "crm"))
    model.set_pinned([], ["user.get"])  # the star goes everywhere
    assert _names(model, QModelIndex())[0] == "Recent (1)"
    assert "★ crm.deal.add" not in _names(model, _scope_index(model, "crm"))
    assert "crm.deal.add" in [name.split("  ")[0] for name in _names(model, _scope_index(model, "crm"))]


def _scope_index(model: QAbstractItemModel, scope: str) -> QModelIndex:
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if str(model.data(index)).startswith(f"{scope} ("):
            return index
    raise AssertionError(scope)


def test_many_searches_then_deleting_the_browser_leave_nothing_dangling(qtbot: QtBot) -> None:
    # Rows copied with QStandardItem.clone(), or taken out of the model and put back, left Python wrappers
    # of rows Qt had deleted: the garbage collector crashed on them a test or two later.
    browser = MethodBrowser()
    qtbot.addWidget(browser)
    browser.show()
    browser.set_catalogue(load_catalogue())
    for text in ("a", "ab", "", "lead", "lead add", "", "task", "zzzz", "crm.deal.", ""):
        browser.search_edit.setText(text)
        QApplication.processEvents()
    browser.toggle_favourite("crm.deal.add")
    browser.search_edit.setText("deal")
    browser.set_catalogue(load_catalogue())
    QApplication.processEvents()
    model = browser.model
    assert model.data(model.index(0, 0, model.index(0, 0))).startswith("★ crm.deal")
    browser.toggle_favourite("crm.deal.add")
    browser.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    gc.collect()
    another = MethodBrowser()  # new rows where the old ones were: no stale wrapper answers for them
    qtbot.addWidget(another)
    another.set_catalogue(load_catalogue())
    another.search_edit.setText("lead add")
    found = another.model.method_at(another.model.index(0, 0, another.model.index(0, 0)))
    assert found is not None and found.name == "crm.lead.add"


def test_choosing_a_method_puts_it_in_recent_and_keeps_the_open_scopes_open(qtbot: QtBot) -> None:
    browser = MethodBrowser()
    qtbot.addWidget(browser)
    browser.set_catalogue(load_catalogue())
    browser.favourites, browser.recent = [], []
    browser._repin()
    browser.tree.expand(_scope_index(browser.model, "crm"))
    assert "crm.deal.add" in _names(browser.model, _scope_index(browser.model, "crm"))  # made as it opened
    browser.remember("crm.deal.add")
    browser._repin()  # as the zero timer remember() starts does
    model = browser.model
    assert model.data(model.index(0, 0)) == "Recent (1)"
    assert model.method_at(model.index(0, 0, model.index(0, 0))).name == "crm.deal.add"  # type: ignore[union-attr]
    assert browser.tree.isExpanded(_scope_index(model, "crm"))  # no reset: what the user opened stays open


def test_a_scope_opened_with_the_keyboard_shows_its_methods(qtbot: QtBot) -> None:
    browser = MethodBrowser()
    qtbot.addWidget(browser)
    browser.show()
    browser.set_catalogue(load_catalogue())
    scope = _scope_index(browser.model, "crm")
    browser.tree.setFocus()
    browser.tree.setCurrentIndex(scope)
    qtbot.keyClick(browser.tree, Qt.Key.Key_Right)  # opens the scope
    assert browser.tree.isExpanded(scope)
    qtbot.keyClick(browser.tree, Qt.Key.Key_Down)  # its first method, not an empty row
    method = browser.model.method_at(browser.tree.currentIndex())
    assert method is not None and method.scope == "crm"
