"""Just enough of bash to read a pasted cURL command or b24desk's own cURL script: words, quotes, variables.

A script is split into commands (a line end, `;`, `|`, `&&`, `$(`, `)` end one; a backslash before
the line end continues it) and each command into words, with bash's quoting: '...' literal,
"..." with `$` expansion and backslash escapes for $ ` " \\, $'...' with C escapes, a bare backslash
escaping the next character. `$NAME`, `${NAME}`, `${NAME%/}` expand from assignments seen
earlier in the script; `${NAME:?...}` of an unknown NAME expands to `{{NAME}}` (a variable to fill in);
any other unknown `$NAME` stays as typed. Nothing is ever executed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from b24desk.core.errors import ParamsError
from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate

__all__ = ["commands"]

_MSG_QUOTE = QT_TRANSLATE_NOOP("shell_words", "A quote is not closed in the command: {text}")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_ASSIGNMENT = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)=")
_BRACED = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)(%/|:\?[^}]*|:-[^}]*)?\}")
_C_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", "'": "'", '"': '"', "a": "\a", "b": "\b", "e": "\x1b"}
_C_ESCAPE = re.compile(r"\\(x[0-9A-Fa-f]{1,2}|u[0-9A-Fa-f]{1,4}|U[0-9A-Fa-f]{1,8}|[0-7]{1,3}|.)", re.S)
SEPARATOR = "\x00;"  # a word standing for the end of a command


def _c_string(body: str) -> str:
    def one(match: re.Match[str]) -> str:
        code = match[1]
        if code[0] in "xuU":
            return chr(min(int(code[1:], 16), 0x10FFFF))
        if code[0].isdigit():
            return chr(int(code, 8) & 0xFF)
        return _C_ESCAPES.get(code, "\\" + code)

    return _C_ESCAPE.sub(one, body)


class _Reader:
    """Reads a script into words, expanding variables from `variables` (which its assignments fill)."""

    def __init__(self, line: str, variables: dict[str, str]) -> None:
        self.text = line
        self.at = 0
        self.variables = variables

    def fail(self) -> ParamsError:
        return ParamsError(translate("shell_words", _MSG_QUOTE).format(text=self.text[:80]))

    def expand(self) -> str:
        """Read what follows a `$` (at self.at, after the `$`)."""
        text = self.text
        if text.startswith("{", self.at):
            match = _BRACED.match(text, self.at)
            if match is None:  # ${#x}, ${x/a/b}, ...: kept as typed
                start, end = self.at, text.find("}", self.at)
                if end < 0:
                    raise self.fail()
                self.at = end + 1
                return "$" + text[start : end + 1]
            self.at = match.end()
            name, operator = match[1], match[2] or ""
            if name in self.variables:
                value = self.variables[name]
                return value[:-1] if operator == "%/" and value.endswith("/") else value
            return "{{" + name + "}}" if operator.startswith(":?") else "$" + match[0]
        match = _NAME.match(text, self.at)
        if match is None:
            return "$"
        self.at = match.end()
        return self.variables.get(match[0], "$" + match[0])

    def double_quoted(self) -> str:
        parts: list[str] = []
        text = self.text
        while True:
            if self.at >= len(text):
                raise self.fail()
            char = text[self.at]
            self.at += 1
            if char == '"':
                return "".join(parts)
            if char == "\\" and self.at < len(text) and text[self.at] == "\n":
                self.at += 1
            elif char == "\\" and self.at < len(text) and text[self.at] in '$`"\\':
                parts.append(text[self.at])
                self.at += 1
            elif char == "$":
                parts.append(self.expand())
            else:
                parts.append(char)

    def words(self) -> Iterator[str]:
        """Every word of the script; SEPARATOR between commands; assignments stored, not yielded."""
        text = self.text
        at_start = True
        while self.at < len(text):
            char = text[self.at]
            if text.startswith("\\\n", self.at) or text.startswith("\\\r\n", self.at):  # a continued line
                self.at += 2 if text[self.at + 1] == "\n" else 3
                continue
            if char in " \t\r":
                self.at += 1
                continue
            if char == "#":  # a comment runs to the line's end
                end = text.find("\n", self.at)
                self.at = len(text) if end < 0 else end
                continue
            if char == "\n" or text.startswith("$(", self.at) or char in ";|&)":
                self.at += 2 if text.startswith(("$(", "&&", "||"), self.at) else 1
                at_start = True
                yield SEPARATOR
                continue
            if at_start and self.assignment():
                continue
            at_start = False
            yield self.word()

    def assignment(self) -> bool:
        """At a command's start: `NAME=VALUE` alone is remembered (True); `NAME=$(...)` skips to the `$(`."""
        match = _ASSIGNMENT.match(self.text, self.at)
        if match is None:
            return False
        if self.text.startswith("$(", match.end()):
            self.at = match.end()
            return True
        saved = self.at
        self.at = match.end()
        value = self.word()
        rest = self.text[self.at : self.at + 1]
        if rest in ("", "\n", ";", "\r") or (rest in " \t" and self._line_rest_blank()):
            self.variables[match[1]] = value
            return True
        self.at = saved  # `A=1 command`: an environment for one command; read as words
        return False

    def _line_rest_blank(self) -> bool:
        end = self.text.find("\n", self.at)
        rest = self.text[self.at : len(self.text) if end < 0 else end].strip()
        return not rest or rest.startswith(("#", ";"))

    def word(self) -> str:
        parts: list[str] = []
        text = self.text
        while self.at < len(text) and text[self.at] not in " \t\r\n;|&)":
            char = text[self.at]
            if text.startswith("\\\n", self.at):
                self.at += 2
            elif text.startswith("$'", self.at):
                end = self.at + 2
                while end < len(text) and text[end] != "'":
                    end += 2 if text[end] == "\\" else 1
                if end >= len(text):
                    raise self.fail()
                parts.append(_c_string(text[self.at + 2 : end]))
                self.at = end + 1
            elif char == "'":
                end = text.find("'", self.at + 1)
                if end < 0:
                    raise self.fail()
                parts.append(text[self.at + 1 : end])
                self.at = end + 1
            elif char == '"':
                self.at += 1
                parts.append(self.double_quoted())
            elif char == "\\":
                parts.append(text[self.at + 1 : self.at + 2])
                self.at += 2
            elif char == "$" and not text.startswith("$(", self.at):
                self.at += 1
                parts.append(self.expand())
            else:
                parts.append(char)
                self.at += 1
        return "".join(parts)


def commands(script: str) -> Iterator[list[str]]:
    """Every command of the script as its words, variables assigned earlier expanded.

    An assignment `NAME=VALUE` alone in a command is remembered, not yielded; `NAME=$(command ...)`
    yields the command inside.
    """
    words: list[str] = []
    for word in _Reader(script, {}).words():
        if word == SEPARATOR:
            if words:
                yield words
            words = []
        else:
            words.append(word)
    if words:
        yield words
