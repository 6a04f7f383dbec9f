"""The workspace: the open tabs (each a request, the file it came from, unsaved or not), kept across restarts.

The window saves it on every change (debounced) with `save_workspace`, which replaces the file
atomically, so a process killed at any moment leaves the previous or the new workspace, never half of
one. Each tab's request is stored as a request file holds it (same format, same masking: never a
secret). A file that cannot be read gives an empty workspace and a message, never a crash.

    {
      "format": "b24desk-workspace/1",
      "current": 0,
      "collection": "/home/me/crm-calls",      <- the collection shown in the tree (or null)
      "environment": "test",                   <- the environment chosen (or null)
      "tabs": [
        {"file": "deals/list.b24.json", "unsaved": true, "request": { ...a request file's content... }}
      ]
    }
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from b24desk.core.errors import InputError
from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate
from b24desk.core.request_file import SavedRequest, request_to_json, saved_from_json
from b24desk.core.text_file import write_text_if_changed

__all__ = ["Workspace", "WorkspaceTab", "load_workspace", "save_workspace", "workspace_from_json", "workspace_to_json"]

FORMAT = "b24desk-workspace/1"
_MSG_BAD = QT_TRANSLATE_NOOP(
    "workspace", "The open tabs could not be restored from {path} ({reason}); b24desk starts with one empty tab."
)


@dataclass(frozen=True, slots=True)
class WorkspaceTab:
    """One open tab: its request, the collection file it belongs to (None: new), and unsaved edits."""

    request: SavedRequest
    file: str | None = None
    unsaved: bool = False


@dataclass(frozen=True, slots=True)
class Workspace:
    """The open tabs, which one is current, and the collection and environment chosen."""

    tabs: tuple[WorkspaceTab, ...] = ()
    current: int = 0
    collection: str | None = None
    environment: str | None = None
    problems: tuple[str, ...] = field(default=(), compare=False)  # what could not be restored, to show once


def workspace_to_json(workspace: Workspace) -> str:
    """The workspace file's text (requests as request files hold them: no secret)."""
    tabs = [
        {
            "file": tab.file,
            "unsaved": tab.unsaved,
            "request": json.loads(request_to_json(tab.request.request, webhook=tab.request.webhook)),
        }
        for tab in workspace.tabs
    ]
    current = min(max(workspace.current, 0), max(len(tabs) - 1, 0))
    data: dict[str, Any] = {
        "format": FORMAT,
        "current": current,
        "collection": workspace.collection,
        "environment": workspace.environment,
        "tabs": tabs,
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def workspace_from_json(text: str, source: str = "") -> Workspace:
    """Read a workspace; a broken file gives an empty workspace whose `problems` says why."""

    def broken(reason: str) -> Workspace:
        return Workspace(problems=(translate("workspace", _MSG_BAD).format(path=source or "?", reason=reason),))

    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        return broken(error.msg)
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("tabs"), list):
        return broken(f"no {FORMAT!r} format field")
    tabs: list[WorkspaceTab] = []
    problems: list[str] = []
    for entry in data["tabs"]:
        if not isinstance(entry, dict):
            continue
        try:
            saved = saved_from_json(json.dumps(entry.get("request")), source)
        except InputError as error:  # one bad tab does not cost the others
            problems.append(str(error))
            continue
        file = entry.get("file")
        tabs.append(WorkspaceTab(saved, file if isinstance(file, str) else None, bool(entry.get("unsaved"))))
    current = data.get("current")
    collection, environment = data.get("collection"), data.get("environment")
    return Workspace(
        tuple(tabs),
        current if isinstance(current, int) and 0 <= current < len(tabs) else 0,
        collection if isinstance(collection, str) else None,
        environment if isinstance(environment, str) else None,
        tuple(problems),
    )


def save_workspace(path: Path, workspace: Workspace) -> bool:
    """Write the workspace atomically (an unchanged one is not rewritten); return whether it was written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    return write_text_if_changed(path, workspace_to_json(workspace))


def load_workspace(path: Path) -> Workspace:
    """The saved workspace; none yet gives an empty one, a broken one an empty one with a problem."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Workspace()
    except (OSError, UnicodeDecodeError) as error:
        return Workspace(problems=(translate("workspace", _MSG_BAD).format(path=path, reason=error),))
    return workspace_from_json(text, str(path))
