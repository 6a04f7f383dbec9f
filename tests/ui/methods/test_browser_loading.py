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


def test_the_search_index_is_built_after_the_first_paint_off_the_ui_thread(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    builders: list[str] = []
    real = catalogue_module.Catalogue.prepare_search

    def spy(self: catalogue_module.Catalogue) -> object:
        builders.append(threading.current_thread().name)
        return real(self)

    monkeypatch.setattr(catalogue_module.Catalogue, "prepare_search", spy)
    browser = MethodBrowser()
    qtbot.addWidget(browser)
    with qtbot.waitSignal(browser.catalogueLoaded, timeout=60_000):
        browser.show()
    qtbot.waitUntil(lambda: bool(builders), timeout=60_000)  # the paint after the rows were shown, then a thread
    assert builders == ["b24desk-search-index"]
    browser.search_edit.setText("lead add")  # a key typed later uses it (built already: nothing more to build)
    assert browser.model.rowCount() > 0
