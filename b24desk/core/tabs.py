"""The open tabs as data, with no Qt: which requests are open, which is current, which have unsaved edits.

A tab is unsaved when its request differs from what its file holds (or, for a new tab, from the
empty request it started as): undoing an edit by hand clears the mark. The window's tab bar shows
`title()`; closing asks only when `unsaved`. `workspace()` and `from_workspace()` turn the tabs into
what core/workspace.py saves after every change, so a restart (or a killed process) brings them back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from b24desk.core.request import ApiRequest
from b24desk.core.request_file import SavedRequest

if TYPE_CHECKING:  # core.workspace: loaded when the tabs are first saved or restored
    from b24desk.core.workspace import Workspace

__all__ = ["TabSet"]

UNSAVED_MARK = "•"


def _blank() -> SavedRequest:
    return SavedRequest(ApiRequest())


class Tab:
    """One open request: as it is now, as its file (or a new tab) holds it, and the file's path.

    A tab is itself (two blank tabs are two tabs): equal only to itself. A plain slotted class, not a
    dataclass: it is made with the first screen, and a dataclass compiles its methods on import (~0.6 ms)."""

    __slots__ = ("file", "request", "saved")

    def __init__(self, request: SavedRequest, saved: SavedRequest | None, file: str | None = None) -> None:
        self.request = request
        self.saved = saved  # None: not known (a restored unsaved tab whose file is gone): unsaved until saved
        self.file = file

    def __repr__(self) -> str:
        return f"Tab(request={self.request!r}, saved={self.saved!r}, file={self.file!r})"

    @property
    def unsaved(self) -> bool:
        """Whether the request differs from its file (a new tab: from the blank request)."""
        return self.saved is None or self.request != self.saved


class TabSet:
    """The tabs in order and the current one; there is always at least one tab."""

    def __init__(self) -> None:
        self.tabs: list[Tab] = [Tab(_blank(), _blank())]
        self.current = 0

    # -- what is open -----------------------------------------------------------------------------
    @property
    def tab(self) -> Tab:
        """The current tab."""
        return self.tabs[self.current]

    def title(self, index: int) -> str:
        """The tab bar's text: the method, and a mark when there are unsaved edits."""
        tab = self.tabs[index]
        return f"{tab.request.request.method} {UNSAVED_MARK}" if tab.unsaved else tab.request.request.method

    def find(self, file: str) -> int | None:
        """The tab that holds this collection file, if one is open."""
        return next((i for i, tab in enumerate(self.tabs) if tab.file == file), None)

    # -- opening and closing ----------------------------------------------------------------------
    def new(self, request: SavedRequest | None = None) -> int:
        """Open a new tab after the current one (Ctrl+T) and make it current; return its index."""
        start = request or _blank()
        self.tabs.insert(self.current + 1, Tab(start, _blank() if request is None else start))
        self.current += 1
        return self.current

    def open_file(self, file: str, saved: SavedRequest) -> int:
        """Open a collection file: the tab that has it already, else a new tab (the current blank one is reused)."""
        found = self.find(file)
        if found is not None:
            self.current = found
            return found
        tab = self.tab
        if tab.file is None and not tab.unsaved and tab.request == _blank():
            self.tabs[self.current] = Tab(saved, saved, file)
            return self.current
        self.tabs.insert(self.current + 1, Tab(saved, saved, file))
        self.current += 1
        return self.current

    def needs_confirmation(self, index: int) -> bool:
        """Whether closing the tab would lose edits (the window asks only then)."""
        return self.tabs[index].unsaved

    def close(self, index: int) -> None:
        """Close a tab (Ctrl+W, middle click); the last one closed leaves a blank tab."""
        del self.tabs[index]
        if not self.tabs:
            self.tabs.append(Tab(_blank(), _blank()))
        if index < self.current or self.current >= len(self.tabs):
            self.current = max(self.current - 1, 0)

    def cycle(self, step: int = 1) -> int:
        """Make the next (Ctrl+Tab) or previous (Ctrl+Shift+Tab, step -1) tab current, wrapping round."""
        self.current = (self.current + step) % len(self.tabs)
        return self.current

    def move(self, source: int, target: int) -> None:
        """Reorder: the tab at `source` goes to `target` (dragged in the tab bar); the current one stays current."""
        current = self.tabs[self.current]
        self.tabs.insert(target, self.tabs.pop(source))
        self.current = self.tabs.index(current)

    # -- editing and saving -----------------------------------------------------------------------
    def edit(self, request: SavedRequest, index: int | None = None) -> None:
        """The request of a tab (the current one by default) changed."""
        self.tabs[self.current if index is None else index].request = request

    def saved_as(self, file: str, index: int | None = None) -> None:
        """The tab's request was written to `file`: it is no longer unsaved."""
        tab = self.tabs[self.current if index is None else index]
        tab.file, tab.saved = file, tab.request

    # -- the workspace ----------------------------------------------------------------------------
    def workspace(self, collection: str | None = None, environment: str | None = None) -> Workspace:
        """What to autosave: every tab's request, file and unsaved flag, and the current tab."""
        from b24desk.core.workspace import Workspace, WorkspaceTab

        tabs = tuple(WorkspaceTab(tab.request, tab.file, tab.unsaved) for tab in self.tabs)
        return Workspace(tabs, self.current, collection, environment)

    @classmethod
    def from_workspace(cls, workspace: Workspace, on_disk: dict[str, SavedRequest] | None = None) -> TabSet:
        """The tabs a saved workspace held; `on_disk` gives each file's content now (to tell unsaved edits)."""
        tabs = cls()
        if not workspace.tabs:
            return tabs
        files = on_disk or {}
        restored: list[Tab] = []
        saved: SavedRequest | None
        for item in workspace.tabs:
            if item.file is not None and item.file in files:
                saved = files[item.file]
            elif item.unsaved:
                saved = _blank() if item.file is None and item.request != _blank() else None
            else:
                saved = item.request
            restored.append(Tab(item.request, saved, item.file))
        tabs.tabs = restored
        tabs.current = min(workspace.current, len(restored) - 1)
        return tabs
