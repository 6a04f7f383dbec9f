"""The method browser reads the bundled catalogue in a thread when first shown; the UI thread only shows it."""

from __future__ import annotations

import threading

import pytest
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


def test_the_search_index_is_built_off_the_ui_thread_when_the_search_is_first_focused(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An idle app keeps no index (~1 MiB): Ctrl+L or a click in the search builds it in a thread."""
    builders: list[str] = []  # who asks for an index (the catalogue is the process's one: built once)
    real = catalogue_module.Catalogue.prepare_search

    def spy(self: catalogue_module.Catalogue) -> object:
        builders.append(threading.current_thread().name)
        return real(self)

    monkeypatch.setattr(catalogue_module.Catalogue, "prepare_search", spy)
    browser = MethodBrowser()
    qtbot.addWidget(browser)
    browser.tree.setFocus()  # as on the app's first screen, the focus is elsewhere (there: the tab bar)
    with qtbot.waitSignal(browser.catalogueLoaded, timeout=60_000):
        browser.show()
    with qtbot.waitActive(browser, timeout=60_000):
        browser.activateWindow()
    assert builders == []  # shown (the idle app: none at idle, tests/ui/shell/test_lazy_start.py)
    browser.search_edit.setFocus()  # Ctrl+L, or a click in it
    qtbot.waitUntil(lambda: bool(builders), timeout=60_000)
    assert builders == ["b24desk-search-index"]
    browser.search_edit.setText("lead add")  # a key typed then uses it (or waits for its build)
    assert browser.model.rowCount() > 0
    browser.tree.setFocus()
    browser.search_edit.setFocus()  # a second focus asks nothing more
    assert builders[0] == "b24desk-search-index" and builders.count("b24desk-search-index") == 1


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
