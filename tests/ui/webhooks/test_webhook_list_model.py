"""The picker's list model: Qt's model tester watches inserts, removals and label changes; the combo follows it."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from b24desk.core.webhook import parse_webhook_url
from b24desk.ui.webhooks.webhook_list_model import ITEM_ROLE, WebhookItem, WebhookListModel
from b24desk.ui.webhooks.webhook_picker import WebhookPicker

# b24desk-scan: allow (a made-up secret)
URL = "https://b24-ab12cd.bitrix24.com/rest/1/k3x9q2w8e7r6t5y4/"


def test_the_model_passes_qts_model_tester(qtmodeltester: ModelTester) -> None:
    model = WebhookListModel()
    qtmodeltester.check(model)
    webhook = parse_webhook_url(URL).webhook
    first, second = WebhookItem("one", webhook), WebhookItem("two", None, "id2", problem="locked keyring")
    assert model.insert(5, first) == 0  # clamped
    assert model.insert(0, second) == 0
    assert [item.label for item in model.items] == ["two", "one"]
    assert model.data(model.index(0), ITEM_ROLE) is second
    first.label = "renamed"
    model.changed(first)
    assert model.data(model.index(1)) == "renamed"
    assert model.remove(second) == 0 and model.remove(second) == -1
    assert model.items == [first]


def test_the_combo_is_a_view_of_the_model(qtbot: QtBot) -> None:
    picker = WebhookPicker()
    qtbot.addWidget(picker)
    picker.add_sandbox(URL)
    picker.add_item(WebhookItem("other", parse_webhook_url(URL.replace("/1/", "/2/")).webhook))
    assert [picker.combo.itemText(row) for row in range(picker.combo.count())] == [item.label for item in picker.items]
    assert picker.current() is picker.items[1]
    picker.model.remove(picker.items[1])
    assert picker.combo.count() == 1 and picker.current() is picker.items[0]


def test_each_added_item_is_announced_once(qtbot: QtBot) -> None:
    """Each announcement asks the portal for its methods and reads the history: the first item was announced
    twice (by the combo, then by the picker)."""
    picker = WebhookPicker()
    qtbot.addWidget(picker)
    announced: list[object] = []
    picker.webhookChanged.connect(lambda: announced.append(picker.current()))
    picker.add_sandbox(URL)  # the first item: the combo selects it
    assert announced == [picker.items[0]]
    other = WebhookItem("other", parse_webhook_url(URL.replace("/1/", "/2/")).webhook)
    picker.add_item(other)  # selected
    assert announced == [picker.items[0], other]
    picker.add_item(WebhookItem("third", None, "id3"), select=False)  # the selection stays: said once as before
    assert announced[2:] == [other]
