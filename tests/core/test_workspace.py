"""The workspace of open tabs: round trip, no secret, broken files, and a process killed while saving."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from b24desk.core.request import ApiRequest
from b24desk.core.request_file import SavedRequest
from b24desk.core.workspace import Workspace, WorkspaceTab, load_workspace, save_workspace, workspace_from_json

SECRET = "k3x9q2w8e7r6t5y4"
TABS = (
    WorkspaceTab(SavedRequest(ApiRequest("crm.deal.list", {"filter": {"CATEGORY_ID": "{{pipeline}}"}}), "Sales")),
    WorkspaceTab(
        SavedRequest(ApiRequest("crm.lead.add", {"fields": {"COMMENTS": f"https://x.bitrix24.com/rest/1/{SECRET}/"}})),
        "leads/add.b24.json",
        unsaved=True,
    ),
)


def test_tabs_come_back_as_they_were_without_a_secret(tmp_path: Path) -> None:
    path = tmp_path / "data" / "workspace.json"
    workspace = Workspace(TABS, 1, str(tmp_path / "crm"), "test")
    assert save_workspace(path, workspace) is True
    assert save_workspace(path, workspace) is False  # unchanged: not rewritten
    assert SECRET not in path.read_text()
    restored = load_workspace(path)
    assert restored.tabs[0] == TABS[0] and restored.tabs[1].unsaved and restored.tabs[1].file == "leads/add.b24.json"
    assert (restored.current, restored.collection, restored.environment) == (1, str(tmp_path / "crm"), "test")
    assert load_workspace(tmp_path / "none.json") == Workspace()


def test_a_broken_file_or_tab_costs_only_itself_and_says_so(tmp_path: Path) -> None:
    assert workspace_from_json("{", "w.json").problems[0].startswith("The open tabs could not be restored from w.json")
    text = json.loads(
        json.dumps(
            {
                "format": "b24desk-workspace/1",
                "current": 5,
                "tabs": [
                    {
                        "file": None,
                        "unsaved": False,
                        "request": {"format": "b24desk-request/2", "method": "bad method"},
                    },
                    {
                        "file": "a.b24.json",
                        "unsaved": True,
                        "request": {"format": "b24desk-request/2", "method": "profile"},
                    },
                ],
            }
        )
    )
    restored = workspace_from_json(json.dumps(text))
    assert [tab.request.request.method for tab in restored.tabs] == ["profile"] and restored.current == 0
    assert len(restored.problems) == 1


WRITER = """
import sys
from pathlib import Path
from b24desk.core.request import ApiRequest
from b24desk.core.request_file import SavedRequest
from b24desk.core.workspace import Workspace, WorkspaceTab, save_workspace
path, n = Path(sys.argv[1]), 0
while True:
    n += 1
    tabs = tuple(WorkspaceTab(SavedRequest(ApiRequest("crm.lead.add", {"fields": {"TITLE": "x" * 2000, "N": n}})))
                 for _ in range(20))
    save_workspace(path, Workspace(tabs, 0))
    if n == 3:
        print("saving", flush=True)
"""


def test_a_process_killed_while_saving_leaves_a_whole_workspace(tmp_path: Path) -> None:
    path = tmp_path / "workspace.json"
    for attempt in range(5):
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True)
        assert writer.stdout is not None and writer.stdout.readline() == "saving\n"  # wait for an event, not a guess
        time.sleep(0.01 * attempt)
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait()
        restored = load_workspace(path)
        assert restored.problems == () and len(restored.tabs) == 20, attempt
        numbers = {tab.request.request.params["fields"]["N"] for tab in restored.tabs}
        assert len(numbers) == 1 and numbers.pop() >= 3
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith(".")] == ["workspace.json"]
