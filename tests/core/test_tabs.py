"""The open tabs as data: new, open a file, edit, unsaved mark, close, cycle, and back from the workspace."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from b24desk.core.request import ApiRequest
from b24desk.core.request_file import SavedRequest
from b24desk.core.tabs import TabSet
from b24desk.core.workspace import workspace_from_json, workspace_to_json

LIST = SavedRequest(ApiRequest("crm.deal.list", {"select": ["ID"]}), "Sales")
GET = SavedRequest(ApiRequest("crm.deal.get", {"id": "{{deal}}"}))


def test_tabs_open_edit_mark_close_and_cycle() -> None:
    tabs = TabSet()
    assert tabs.open_file("deals/list.b24.json", LIST) == 0  # the blank first tab is reused
    assert tabs.title(0) == "crm.deal.list" and not tabs.needs_confirmation(0)
    assert tabs.new() == 1 and tabs.title(1) == "profile"
    tabs.edit(GET)
    assert tabs.title(1) == "crm.deal.get •" and tabs.needs_confirmation(1)
    tabs.edit(SavedRequest(ApiRequest()))  # edited back by hand: nothing to save
    assert not tabs.needs_confirmation(1)
    tabs.edit(GET)
    tabs.saved_as("deals/get.b24.json")
    assert tabs.title(1) == "crm.deal.get" and tabs.find("deals/get.b24.json") == 1
    assert tabs.open_file("deals/list.b24.json", LIST) == 0  # already open: switched to, not opened twice
    assert [tabs.cycle(), tabs.cycle(), tabs.cycle(-1)] == [1, 0, 1]
    tabs.move(1, 0)
    assert tabs.current == 0 and tabs.tab.file == "deals/get.b24.json"
    tabs.close(0)
    tabs.close(0)
    assert len(tabs.tabs) == 1 and tabs.title(0) == "profile"  # never no tab


def test_unsaved_edits_come_back_from_the_workspace_file() -> None:
    tabs = TabSet()
    tabs.open_file("deals/list.b24.json", LIST)
    tabs.edit(SavedRequest(ApiRequest("crm.deal.list", {"select": ["ID", "TITLE"]}), "Sales"))
    tabs.new(GET)
    tabs.new()
    tabs.edit(SavedRequest(ApiRequest("crm.lead.add", {"fields": {"TITLE": "draft"}})))
    text = workspace_to_json(tabs.workspace("/home/me/crm", "test"))
    restored = TabSet.from_workspace(workspace_from_json(text), {"deals/list.b24.json": LIST})
    assert [restored.title(i) for i in range(3)] == ["crm.deal.list •", "crm.deal.get", "crm.lead.add •"]
    assert restored.current == 2 and restored.tabs[0].request.request.params == {"select": ["ID", "TITLE"]}
    gone = TabSet.from_workspace(workspace_from_json(text), {})  # the file was deleted meanwhile
    assert gone.needs_confirmation(0)


@settings(max_examples=200, deadline=None)
@given(
    steps=st.lists(
        st.tuples(st.sampled_from(["new", "close", "cycle", "back", "edit", "save", "move"]), st.integers(0, 9)),
        max_size=30,
    )
)
def test_any_sequence_keeps_a_current_tab(steps: list[tuple[str, int]]) -> None:
    tabs = TabSet()
    for action, number in steps:
        count = len(tabs.tabs)
        if action == "new":
            tabs.new()
        elif action == "close":
            tabs.close(number % count)
        elif action == "cycle":
            tabs.cycle()
        elif action == "back":
            tabs.cycle(-1)
        elif action == "edit":
            tabs.edit(SavedRequest(ApiRequest("crm.lead.get", {"id": str(number)})))
        elif action == "save":
            tabs.saved_as(f"r{number}.b24.json")
        else:
            current = tabs.tab
            tabs.move(number % count, (number * 7) % count)
            assert tabs.tab is current
        assert tabs.tabs and 0 <= tabs.current < len(tabs.tabs)
        assert workspace_from_json(workspace_to_json(tabs.workspace())).current == tabs.current
