"""The raw answer: pretty JSON with syntax colours and find; huge answers are shown in part."""

from __future__ import annotations

import contextlib
import re
import threading
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QShowEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from b24desk.ui.common.theme import colour, theme

MAX_SHOWN_CHARS = 2_000_000  # more makes QPlainTextEdit slow to scroll and find; Export keeps everything
SLICE_CHARS = 40_000  # text added per event-loop turn


def _slices(text: str) -> list[str]:
    """Cut text into slices of about SLICE_CHARS, at line ends."""
    slices = []
    start = 0
    while start < len(text):
        end = text.find("\n", start + SLICE_CHARS)
        end = len(text) if end < 0 else end + 1
        slices.append(text[start:end])
        start = end
    return slices


def _format(role: str, bold: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(colour(role)))
    if bold:
        fmt.setFontWeight(700)
    return fmt


class JsonHighlighter(QSyntaxHighlighter):
    """Colours keys, strings, numbers and literals of indented JSON, line by line, in the theme's colours."""

    PATTERNS = (
        (re.compile(r'"(?:[^"\\]|\\.)*"(?=\s*:)'), "json_key", True),
        (re.compile(r':\s*("(?:[^"\\]|\\.)*")'), "json_string", False),
        (re.compile(r"-?\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b"), "json_number", False),
        (re.compile(r"\b(?:true|false|null)\b"), "json_literal", False),
    )

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.rules: list[tuple[re.Pattern[str], QTextCharFormat]] = []
        self.restyle()
        theme().changed.connect(self._scheme_changed)

    def restyle(self) -> None:
        """Take the colours of the scheme in use."""
        self.rules = [(pattern, _format(role, bold)) for pattern, role, bold in self.PATTERNS]

    def _scheme_changed(self) -> None:
        self.restyle()
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        """Apply the rules to one line."""
        for pattern, fmt in self.rules:
            for match in pattern.finditer(text):
                group = 1 if pattern.groups else 0
                self.setFormat(match.start(group), match.end(group) - match.start(group), fmt)


class RawView(QWidget):
    """Read-only pretty JSON with Ctrl+F find."""

    previewReady = Signal(int, str, object)  # generation, indented text, rows in all when the list was cut

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        font = self.text.font()
        font.setFamily("monospace")
        self.text.setFont(font)
        self.highlighter = JsonHighlighter(self.text.document())
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(self.tr("Find (Ctrl+F, Enter for next)"))
        self.find_edit.returnPressed.connect(self.find_next)
        self.note = QLabel()
        self.note.setStyleSheet("color: gray;")
        bar = QHBoxLayout()
        placeholder = self.find_edit.fontMetrics().horizontalAdvance(self.find_edit.placeholderText())
        self.find_edit.setMinimumWidth(placeholder + 16)  # the hint is read whole, in every language
        bar.addWidget(self.find_edit, 1)
        bar.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.text)
        self._pending: list[str] = []
        self._preparing = False
        self._waiting: tuple[Any, bytes] | None = None  # a value whose text is made once the view shows
        self._colour = False
        self._loader = QTimer(self)
        self._loader.setInterval(0)
        self._loader.timeout.connect(self._load_slice)
        self._generation = 0  # which show_value/set_text call the text belongs to
        self.previewReady.connect(self._show_preview)

    def focus_find(self) -> None:
        """Put the keyboard in the find field (Ctrl+F, a shortcut of the page that holds this view)."""
        self.find_edit.setFocus()

    def show_value(self, value: Any, body: bytes = b"") -> None:
        """Show a decoded answer as indented JSON, its long list cut to the first rows.

        The text is made when the view is first seen (a big answer's preview is megabytes of text to
        lay out, work wasted while the Tree or Table is looked at), in a worker thread, and shown when
        it is ready, unless another value or text came first. A value nested too deep to indent shows
        as `body`, the answer as it came.
        """
        self._clear()
        self._preparing = False
        self._waiting = (value, body)
        if self.isVisible():
            self._make_preview()

    def showEvent(self, event: QShowEvent) -> None:
        """The first look at an answer's Raw view makes its text."""
        super().showEvent(event)
        if self._waiting is not None:
            self._make_preview()

    def _make_preview(self) -> None:
        assert self._waiting is not None
        (value, body), self._waiting = self._waiting, None
        self._preparing = True
        generation = self._generation
        from b24desk.core.big_json import pretty_preview  # when an answer is first looked at as Raw

        def make() -> None:
            try:
                text, total = pretty_preview(value)
            except (RecursionError, ValueError, TypeError):  # nested past what indenting can walk
                text, total = body[: MAX_SHOWN_CHARS * 4].decode("utf-8", errors="replace"), None
            with contextlib.suppress(RuntimeError):  # the view was closed meanwhile
                self.previewReady.emit(generation, text, total)

        threading.Thread(target=make, name="raw-preview", daemon=True).start()

    def _show_preview(self, generation: int, text: str, total: int | None) -> None:
        if generation != self._generation:
            return  # a newer answer is shown
        self.set_text(text)
        if total is not None:
            from b24desk.core.big_json import PREVIEW_ROWS

            self.note.setText(
                QCoreApplication.translate(
                    "ResultView", "Raw shows the first {shown:,} of {total:,} rows; Export saves them all."
                ).format(shown=PREVIEW_ROWS, total=total)
            )

    @property
    def preparing(self) -> bool:
        """Whether the text of a value is still being made or loaded (not while it waits to be seen)."""
        return self._preparing or self.loading

    def _clear(self) -> None:
        self._generation += 1
        self._waiting = None
        self._preparing = True
        self._loader.stop()
        self._pending = []
        self.highlighter.setDocument(None)
        self.text.clear()
        self.note.clear()

    def set_text(self, text: str) -> None:
        """Show text (cut to MAX_SHOWN_CHARS, with a note saying so), loaded in slices between events."""
        self._clear()
        self._preparing = False
        if len(text) > MAX_SHOWN_CHARS:
            self.note.setText(
                self.tr("Showing the first {shown:,} of {total:,} characters; Export saves all.").format(
                    shown=MAX_SHOWN_CHARS, total=len(text)
                )
            )
            text = text[:MAX_SHOWN_CHARS]
        self._pending = _slices(text)
        self._colour = len(text) < 300_000  # colouring a huge document line by line costs seconds
        self._load_slice()
        if self._pending:
            self._loader.start()

    def _load_slice(self) -> None:
        """Append the next slice; one slice costs a few milliseconds, so the UI never waits long."""
        if not self._pending:
            self._loader.stop()
            if self._colour:
                self.highlighter.setDocument(self.text.document())
            return
        cursor = QTextCursor(self.text.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(self._pending.pop(0))
        if not self._pending:
            self._load_slice()

    @property
    def loading(self) -> bool:
        """Whether slices of the text are still being added."""
        return bool(self._pending)

    def plain_text(self) -> str:
        """All the text shown (or being loaded)."""
        return self.text.toPlainText() + "".join(self._pending)

    def find_next(self) -> bool:
        """Select the next match of the find text, wrapping at the end; False when none."""
        needle = self.find_edit.text()
        if not needle:
            return False
        if self.text.find(needle):
            return True
        cursor = self.text.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        self.text.setTextCursor(cursor)
        found = self.text.find(needle, QTextDocument.FindFlag(0))
        self.note.setText("" if found else self.tr("Not found: {text}").format(text=needle))
        return found
