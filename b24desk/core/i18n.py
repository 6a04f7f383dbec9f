"""Translation hooks for the core: marks strings for Qt's lupdate without importing Qt.

The core never imports Qt. It marks user-visible text with `QT_TRANSLATE_NOOP(context, text)` (which
pyside6-lupdate extracts) and renders it with `translate(context, text)`, which calls whatever
translator the UI (QCoreApplication.translate) or the CLI installed with `set_translator`.
Placeholders are `{name}` fields filled after translation, so translators may reorder them.
"""

from collections.abc import Callable

__all__ = ["QT_TRANSLATE_NOOP", "set_translator", "translate"]

Translator = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


_translator: Translator = _identity


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for extraction under `context`; returns it unchanged."""
    return text


def set_translator(translator: Translator | None) -> None:
    """Install the function that translates core messages (None restores the identity)."""
    global _translator
    _translator = translator or _identity


def translate(context: str, text: str) -> str:
    """Translate a marked core message with the installed translator."""
    return _translator(context, text)
