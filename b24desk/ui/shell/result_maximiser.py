"""View > Maximise the result: the answer takes the whole window (request side and method browser folded away)."""

from __future__ import annotations

from PySide6.QtWidgets import QSplitter


class ResultMaximiser:
    """Folds the request side and the left panel to nothing, and gives back the sizes they had."""

    def __init__(self, vertical: QSplitter, horizontal: QSplitter) -> None:
        self._vertical = vertical  # request above, result below
        self._horizontal = horizontal  # methods and history left, the request and result right
        self._saved: tuple[list[int], list[int]] | None = None
        for splitter in (vertical, horizontal):
            splitter.setCollapsible(0, True)

    @property
    def maximised(self) -> bool:
        """Whether the result fills the window now."""
        return self._saved is not None

    def set_maximised(self, on: bool) -> None:
        """Fold the other parts away (True) or give them their sizes back (False)."""
        if on == self.maximised:
            return
        if on:
            self._saved = (self._vertical.sizes(), self._horizontal.sizes())
            self._vertical.setSizes([0, sum(self._vertical.sizes())])
            self._horizontal.setSizes([0, sum(self._horizontal.sizes())])
            return
        assert self._saved is not None
        vertical, horizontal = self._saved
        self._saved = None
        self._vertical.setSizes(vertical)
        self._horizontal.setSizes(horizontal)
