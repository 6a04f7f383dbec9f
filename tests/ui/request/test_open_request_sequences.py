"""Random sequences of what a person does to the open request, through the real window and the sandbox.

Steps: choose a method in the browser, type a method (checked mid-typing, then Enter), edit a row,
untick a row, paste a call URL, type a call URL key by key, open a request file, tick or untick
fetch-all, switch the webhook, Execute against the sandbox portal over loopback. After every step:
- every method keeps its own rows (an oracle kept here, independent of the window);
- the fetch-all box follows the one rule (the catalogue's list flag) and the request sends it so;
- the URL field shows exactly the URL the request would go to (secret masked);
- after an answer, the result view shows the tab that suits it (a list: Table; else Tree).
"""

from __future__ import annotations

import asyncio
import os
import random
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from b24desk.core.catalogue import Catalogue
from b24desk.core.param_rows import ParamRow, params_to_rows, required_rows, rows_to_params
from b24desk.core.query import encode
from b24desk.core.request import ApiRequest
from b24desk.core.request_document import fetch_all_applies, method_key
from b24desk.core.request_file import save_request
from b24desk.core.result_shape import suiting_view
from b24desk.core.secret import Secret
from b24desk.core.webhook import Webhook
from b24desk.ui.result.result_view import TABLE, TREE
from b24desk.ui.shell.main_window import MainWindow
from tests.ui.request.waiting import until

pytestmark = pytest.mark.asyncio

METHODS = [
    "crm.lead.list",
    "crm.lead.get",
    "crm.contact.list",
    "user.search",
    "user.current",
    "profile",
    "disk.folder.getChildren",
    "crm.deal.fields",
]
ROWS = [("filter[>ID]", "3"), ("select[]", "ID"), ("id", "2"), ("fields[TITLE]", "Ann"), ("order[ID]", "DESC")]
# 6 sequences in `make test`; B24DESK_REQUEST_SEQUENCES=40 tries more (40 x 30 steps: about 2.5 min here)
SEQUENCES, STEPS = int(os.environ.get("B24DESK_REQUEST_SEQUENCES", "6")), 30


@pytest.fixture(autouse=True)
def _catalogue(window: MainWindow) -> None:
    """The browser's catalogue, which says which methods page."""
    window.method_browser.load()


class Person:
    """Does random things to the window and keeps what each method's rows must be."""

    def __init__(self, window: MainWindow, qtbot: QtBot, rng: random.Random, files: Path) -> None:
        self.window, self.qtbot, self.rng, self.files = window, qtbot, rng, files
        catalogue = window.method_browser.model.catalogue
        assert catalogue is not None
        self.catalogue: Catalogue = catalogue
        document = window.open_request.document  # where an earlier sequence left it: the oracle starts there
        self.rows: dict[str, list[ParamRow]] = {key: list(rows) for key, rows in document.drafts.items()}
        self.owner = window.editor.method_edit.text()
        self.rows[method_key(self.owner)] = window.editor.params.model.rows()
        self.wanted = document.fetch_all_wanted
        sandbox = next(item.webhook for item in window.picker.items if item.sandbox)
        assert sandbox is not None
        self.sandbox: Webhook = sandbox
        # another webhook of the same portal that it does not know: calls through it get a real error answer
        self.other = Webhook(self.sandbox.portal, 9, Secret("a8s7d6f5g4h3j2k1"))

    # -- the oracle's side of each step --------------------------------------------------------------
    def settled(self, method: str) -> None:
        """A method settled: its own rows, with any of its required keys missing added (empty) at the end."""
        info = self.catalogue.get(method)
        required = required_rows(info.params) if info is not None else {}
        key = method_key(method)
        if key != method_key(self.owner):
            self.rows.setdefault(key, [])
            self.owner = method
        present = {row.key for row in self.rows[key]}
        self.rows[key] = self.rows[key] + [ParamRow(k, "", kind) for k, kind in required.items() if k not in present]

    def loaded(self, request: ApiRequest) -> None:
        self.owner = request.method
        self.rows[method_key(request.method)] = params_to_rows(request.params)
        self.wanted = request.fetch_all

    # -- steps ------------------------------------------------------------------------------------
    def choose(self) -> None:
        method = self.rng.choice(METHODS)
        browser = self.window.method_browser
        browser.search_edit.setText(method)
        browser._choose_first()
        chosen = self.window.editor.method_edit.text()
        self.settled(chosen)

    def type_method(self) -> None:
        method = self.rng.choice(METHODS)
        edit = self.window.editor.method_edit
        edit.setFocus()
        edit.selectAll()
        self.qtbot.keyClicks(edit, method)
        assert self.window.editor.params.model.rows() == self.rows[method_key(self.owner)]  # not moved yet
        self.check_url()
        self.qtbot.keyClick(edit, Qt.Key.Key_Return)
        self.settled(method)

    def edit_row(self) -> None:
        key, value = self.rng.choice(ROWS)
        model = self.window.editor.params.model
        index = model.index_of(key, 1)
        if index.isValid():
            model.setData(index, value + str(self.rng.randrange(10)))
        else:
            model.setData(model.index(model.rowCount() - 1, 0), key)
            model.setData(model.index_of(key, 1), value)
        self.rows[method_key(self.owner)] = model.rows()

    def untick(self) -> None:
        model = self.window.editor.params.model
        rows = model.rows()
        if rows:
            row = self.rng.choice(rows)
            model.setData(model.index_of(row.key), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
            self.rows[method_key(self.owner)] = model.rows()

    def call_url(self) -> tuple[str, ApiRequest]:
        method = self.rng.choice(["crm.lead.get", "crm.lead.list", "profile"])
        params = {"id": str(self.rng.randrange(1, 9))} if method == "crm.lead.get" else {}
        webhook = self.sandbox if self.rng.random() < 0.7 else self.other
        query = encode(params)
        url = f"{webhook.base_url(reveal=True)}{method}.json" + (f"?{query}" if query else "")
        return url, ApiRequest(method, params)

    def paste_url(self) -> None:
        url, request = self.call_url()
        edit = self.window.url_bar.url_edit
        edit.selectAll()
        edit.insert(url)  # the whole text at once, as a paste
        self.loaded_url(request)

    def type_url(self) -> None:
        url, request = self.call_url()
        edit = self.window.url_bar.url_edit
        edit.setFocus()
        edit.selectAll()
        before = self.window.current_webhook()
        self.qtbot.keyClicks(edit, url)
        assert edit.text() == url and self.window.current_webhook() == before  # nothing read mid-typing
        self.qtbot.keyClick(edit, Qt.Key.Key_Return)
        self.loaded_url(request)

    def loaded_url(self, request: ApiRequest) -> None:
        self.owner = request.method
        self.rows[method_key(request.method)] = params_to_rows(request.params)
        # a URL carries no verb or fetch-all: those stay as they were

    def open_file(self) -> None:
        method = self.rng.choice(METHODS)
        params = {"select": ["ID", "TITLE"]} if self.rng.random() < 0.5 else {"id": self.rng.randrange(1, 9)}
        request = ApiRequest(method, params, self.rng.choice(["GET", "POST"]), self.rng.random() < 0.5)
        path = self.files / f"request-{self.rng.randrange(10**6)}.json"
        save_request(path, request)
        assert self.window.request_menu.open(str(path))
        self.loaded(request)

    def toggle_fetch_all(self) -> None:
        box = self.window.editor.fetch_all
        if box.isEnabled():
            box.click()
            self.wanted = box.isChecked()

    def switch_webhook(self) -> None:
        picker = self.window.picker
        if len(picker.items) < 2:
            self.window.add_webhook("other", self.other, select=False)
        combo = self.window.webhook_combo
        combo.setCurrentIndex((combo.currentIndex() + 1) % combo.count())

    async def execute(self) -> None:
        window = self.window
        if not window.execute_button.isEnabled():
            return
        window.execute_button.click()
        await until(lambda: not window.runner.running)
        view = window.result_view
        if view.stack.currentIndex() == 0:  # an answer, not an error
            expected = TABLE if suiting_view(window.open_request.document.result.value) == "table" else TREE
            assert view.tabs.currentIndex() == expected

    # -- the checks after every step ----------------------------------------------------------------
    def expected_request(self) -> ApiRequest:
        editor = self.window.editor
        method = editor.method_edit.text().strip()
        pages = fetch_all_applies(self.catalogue.get(method))
        rows = self.rows[method_key(self.owner)]
        request = ApiRequest(method, rows_to_params(rows), fetch_all=self.wanted and pages)
        if editor.http_method.currentText() == "GET":
            request.http_method = "GET"
        return request

    def check_url(self) -> None:
        webhook: Webhook | None = self.window.current_webhook()
        assert webhook is not None
        request = self.expected_request()
        url = f"{webhook.base_url(reveal=False)}{request.method}.json"
        query = encode(request.params)
        if request.http_method == "GET" and query:
            url += f"?{query}"
        assert not self.window.url_bar.typing
        assert self.window.url_bar.url_edit.text() == url

    def check(self) -> None:
        window = self.window
        for key, rows in self.rows.items():
            assert window.open_request.document.rows_of(key) == rows, key
        assert window.editor.params.model.rows() == self.rows[method_key(self.owner)]
        method = window.editor.method_edit.text().strip()
        pages = fetch_all_applies(self.catalogue.get(method))
        box = window.editor.fetch_all
        assert box.isEnabled() == pages
        assert box.isChecked() == (self.wanted and pages)
        assert window.editor.request() == self.expected_request()
        self.check_url()


async def test_random_sequences_keep_the_open_request_true(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    for seed in range(SEQUENCES):
        rng = random.Random(seed)
        person = Person(window, qtbot, rng, tmp_path)
        steps: list[Callable[[], object]] = [
            person.choose,
            person.type_method,
            person.edit_row,
            person.edit_row,
            person.untick,
            person.paste_url,
            person.type_url,
            person.open_file,
            person.toggle_fetch_all,
            person.switch_webhook,
            person.execute,
        ]
        done: list[str] = []
        for _ in range(STEPS):
            step = rng.choice(steps)
            done.append(step.__name__)
            try:
                outcome = step()
                if asyncio.iscoroutine(outcome):
                    await outcome
                person.check()
            except (AssertionError, TimeoutError) as error:
                raise AssertionError(f"seed {seed}, after {done}: {error}") from error
