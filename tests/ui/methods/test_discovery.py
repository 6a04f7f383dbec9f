"""Live discovery: methods outside the webhook's scopes are marked; the portal's fields drive the editors."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from b24desk.core.discovery import cache_file, load_cache
from b24desk.sandbox import SandboxConfig, SandboxPortal, run_in_thread
from b24desk.ui.shell.main_window import MainWindow
from tests.ui.request.waiting import until

pytestmark = pytest.mark.asyncio


@pytest.fixture
def portal() -> Iterator[SandboxPortal]:
    with run_in_thread(SandboxConfig(seed=10, rate=1000.0, burst=10_000)) as running:
        yield running


async def test_methods_outside_the_scopes_are_marked(qtbot: QtBot, portal: SandboxPortal) -> None:
    portal.add_webhook(5, "onlyusers5555555", ["user"])
    window = MainWindow()
    qtbot.addWidget(window)
    window.add_sandbox(f"{portal.base_url}/rest/5/onlyusers5555555/")
    window.method_browser.load()

    def marked() -> bool:
        catalogue = window.method_browser.model.catalogue
        method = catalogue.get("crm.lead.list") if catalogue is not None else None
        return method is not None and method.available is False

    await until(marked)
    catalogue = window.method_browser.model.catalogue
    assert catalogue is not None
    assert catalogue.get("user.get").available is True  # type: ignore[union-attr]
    assert catalogue.get("crm.lead.list").unavailable_reason == "scope"  # type: ignore[union-attr]
    await window.shutdown()


async def test_methods_the_sandbox_does_not_serve_are_marked_as_such(qtbot: QtBot, portal: SandboxPortal) -> None:
    # the sandbox's `methods` lists only what it serves: a method of a granted scope missing from it is
    # "not served by the sandbox" (italic, a mark, its own tooltip), not greyed like a missing scope
    portal.add_webhook(6, "crmandusers66666", ["crm", "user"])
    window = MainWindow()
    qtbot.addWidget(window)
    window.add_sandbox(f"{portal.base_url}/rest/6/crmandusers66666/")
    window.method_browser.load()
    model = window.method_browser.model

    def marked() -> bool:
        method = model.catalogue.get("crm.quote.list") if model.catalogue is not None else None
        return method is not None and method.available is False

    await until(marked)
    model.search("crm.quote.list")
    found = model.index(0, 0, model.index(0, 0))
    assert model.method_at(found).name == "crm.quote.list"  # type: ignore[union-attr]
    assert model.data(found).endswith("⊘") and model.data(found, Qt.ItemDataRole.FontRole).italic()
    assert model.data(found, Qt.ItemDataRole.ForegroundRole) is None
    assert "Not served by the sandbox portal" in model.data(found, Qt.ItemDataRole.ToolTipRole)
    model.search("tasks.task.list")
    outside = model.index(0, 0, model.index(0, 0))
    assert model.method_at(outside).name == "tasks.task.list"  # type: ignore[union-attr]
    assert model.data(outside, Qt.ItemDataRole.ForegroundRole) is not None  # grey: the scope is missing
    assert "lacks the scope" in model.data(outside, Qt.ItemDataRole.ToolTipRole)
    served = model.catalogue.get("crm.item.list")  # type: ignore[union-attr]
    assert served is not None and served.available is True
    await window.shutdown()


async def test_fields_of_the_chosen_method_give_choices_and_are_cached(
    qtbot: QtBot, portal: SandboxPortal, tmp_path: Path
) -> None:
    window = MainWindow()
    window.discovery._cache_dir = tmp_path
    qtbot.addWidget(window)
    offers: list[object] = []
    window.discovery.offerReady.connect(offers.append)  # the method list arrives on its own, in any order
    window.add_sandbox(portal.webhook_url)
    window.method_browser.load()
    window.method_browser.search_edit.setText("crm.lead.add")
    window.method_browser._choose_first()
    delegate = window.editor.params.delegate
    await until(lambda: "select[]" in delegate.choices)
    codes = [code for code, _ in delegate.choices["select[]"]]
    assert "TITLE" in codes and any(code.startswith("UF_CRM_") for code in codes)
    assert any(key.startswith("fields[UF_CRM_") for key in delegate.choices)  # enumeration items
    model = window.editor.params.model
    model.setData(model.index(model.rowCount() - 1, 0), "fields[OPPORTUNITY]")  # typed: the portal's type
    assert model.row_for(model.index_of("fields[OPPORTUNITY]")).type == "number"
    await until(lambda: bool(offers))  # the method list is cached when its answer lands, not with the fields
    path = cache_file(tmp_path, window.current_webhook())  # type: ignore[arg-type]
    await until(lambda: load_cache(path)[0] is not None)  # the method list may come after the fields
    offer, fields = load_cache(path)
    assert offer is not None and "crm.lead.add" in offer.methods
    assert "crm.lead.fields" in fields
    assert portal.webhook_url.rstrip("/").rsplit("/", 1)[-1] not in path.read_text() + path.name
    await window.shutdown()
