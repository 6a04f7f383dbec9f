"""The method browser reads the bundled catalogue in a thread when first shown; the UI thread only shows it."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

import b24desk.core.catalogue as catalogue_module
from b24desk.ui.methods.method_browser import MethodBrowser


def test_first_show_reads_the_catalogue_off_the_ui_thread(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    readers: list[str] = []
    real = catalogue_module.load_catalogue

    def spy() -> catalogue_module.Catalogue:
        readers.append(threading.current_thread().name)
        return real()

    monkeypatch.setattr(catalogue_module, "load_catalogue", spy)
    browser = MethodBrowser()
    qtbot.addWidget(browser)
    with qtbot.waitSignal(browser.catalogueLoaded, timeout=60_000):
        browser.show()
    assert readers and threading.main_thread().name not in readers
    assert browser.model.catalogue is not None and len(browser.model.catalogue) > 100
    browser.load()  # the synchronous load keeps what the thread read
    assert len(readers) == 1


def _index_builders(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the threads that ask for a search index from now on (the catalogue is the process's one)."""
    builders: list[str] = []
    real = catalogue_module.Catalogue.prepare_search

    def spy(self: catalogue_module.Catalogue) -> object:
        builders.append(threading.current_thread().name)
        return real(self)

    monkeypatch.setattr(catalogue_module.Catalogue, "prepare_search", spy)
    return builders


def _shown_browser(qtbot: QtBot) -> MethodBrowser:
    """A browser as on the app's first screen: catalogue read, window active, the keyboard in the search."""
    browser = MethodBrowser()
    qtbot.addWidget(browser)
    browser.search_edit.setFocus()  # what the main window does at start
    with qtbot.waitSignal(browser.catalogueLoaded, timeout=60_000):
        browser.show()
    with qtbot.waitActive(browser, timeout=60_000):
        browser.activateWindow()
    qtbot.waitUntil(browser.search_edit.hasFocus, timeout=60_000)
    return browser


def _turn_to_search(browser: MethodBrowser, how: str) -> None:
    if how == "key":
        QTest.keyClicks(browser.search_edit, "l")
    elif how == "click":
        browser.tree.setFocus()  # a click comes from elsewhere
        QTest.mouseClick(browser.search_edit, Qt.MouseButton.LeftButton)
    else:
        browser.want_search()  # what Ctrl+L asks for (MainWindow.focus_method_search)


@pytest.mark.parametrize("how", ["key", "click", "ctrl+l"])
def test_the_search_index_is_built_off_the_ui_thread_once_the_user_turns_to_the_search(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    """An idle app keeps no index (~1 MiB), though the search has the keyboard from the start: a key typed in it,
    a click in it or Ctrl+L builds it in a thread, once."""
    builders = _index_builders(monkeypatch)
    browser = _shown_browser(qtbot)
    assert builders == []  # the start-up's own focus builds nothing (idle: tests/ui/shell/test_lazy_start.py)
    _turn_to_search(browser, how)
    qtbot.waitUntil(lambda: "b24desk-search-index" in builders, timeout=60_000)
    browser.search_edit.setText("lead add")  # a search uses it (or waits for its build)
    assert browser.model.rowCount() > 0
    browser.tree.setFocus()
    QTest.mouseClick(browser.search_edit, Qt.MouseButton.LeftButton)
    QTest.keyClicks(browser.search_edit, "x")  # later turns ask nothing more
    assert builders.count("b24desk-search-index") == 1


def test_a_broken_parameters_line_is_said_in_the_note_when_the_search_reads_it(qtbot: QtBot) -> None:
    """Parameters are decoded when first read (the search index reads them all): a broken line of the file
    shows its error where the method count was, instead of a traceback out of the key press."""
    from b24desk.core.catalogue import catalogue_from_text
    from b24desk.core.catalogue_records import FORMAT_VERSION, PARAMS_LINE

    methods = ['["crm.lead.add",["crm"],"page",4]', '["crm.lead.list",["crm"],"page",5]']
    text = f'{{"format":{FORMAT_VERSION},"methods":[\n' + ",\n".join(methods) + PARAMS_LINE + '[],\n[["x"\n]}\n'
    catalogue = catalogue_from_text(text, "methods.json")
    browser = MethodBrowser()
    qtbot.addWidget(browser)
    browser.set_catalogue(catalogue, index_now=False)
    assert browser.note.text() == "2 methods"
    browser.search_edit.setText("lead")
    assert "cannot be read (crm.lead.list: JSONDecodeError): methods.json" in browser.note.text()
