"""Which language b24desk speaks, and loading its compiled translations (.qm) for the app and the CLI.

The translation sources are `resources/translations/b24desk_<lang>.ts` (made by `make translations`);
the set-up and the installers compile them to `.qm` next to them. An installed wheel or bundle has
them in `b24desk/resources/translations/`, the source tree in the top-level `resources/translations/`.

This module imports Qt only inside the functions that load a translation, so the CLI stays quick in
English. The app's choice: B24DESK_LANG, then the `ui/language` setting, then the system locale.
The CLI's: B24DESK_LANG, then LANGUAGE, LC_ALL, LC_MESSAGES and LANG (as gettext reads them).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from b24desk.core.i18n import set_translator

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication, QTranslator

# The languages b24desk is translated into (besides English, the source language), as Qt names them.
LANGUAGES = ("ru", "de", "pt_BR", "fr")
# English, the source language, has a file of plural forms only ("%n error(s)" -> "1 error", "2 errors").
ENGLISH_PLURALS = "en"
# How each language calls itself, for the Language menu.
NATIVE_NAMES = {
    "en": "English",
    "ru": "Русский",
    "de": "Deutsch",
    "pt_BR": "Português (Brasil)",
    "fr": "Français",
}
ENV_VAR = "B24DESK_LANG"
SETTINGS_KEY = "ui/language"
CATALOGUE = "b24desk"


def translations_dir() -> Path:
    """Where the .qm files are: inside the package when installed or frozen, else the source tree."""
    from pathlib import Path  # here: the English CLI (`b24desk --version`) never needs it

    package = Path(__file__).resolve().parents[2]  # b24desk/, as importlib.resources.files() finds it
    packaged = package / "resources" / "translations"
    if packaged.is_dir() and any(packaged.glob("*.qm")):
        return packaged
    return package.parent / "resources" / "translations"


def qm_file(language: str) -> Path:
    """The compiled translation of one language."""
    return translations_dir() / f"{CATALOGUE}_{language}.qm"


def match_language(name: str | None) -> str | None:
    """The supported language for a locale name (`de_DE.UTF-8`, `pt`, `ru-RU`); None for English or unknown.

    Any Portuguese gets the Brazilian translation, the only Portuguese one.
    """
    if not name:
        return None
    base = name.split(".")[0].split("@")[0].replace("-", "_")
    if base in LANGUAGES:
        return base
    lang = base.split("_")[0].lower()
    if lang == "pt":
        return "pt_BR"
    return lang if lang in LANGUAGES else None


def language_from_environment(environ: Mapping[str, str] = os.environ) -> str | None:
    """The CLI's language: B24DESK_LANG, else the first set of LANGUAGE, LC_ALL, LC_MESSAGES, LANG."""
    if environ.get(ENV_VAR):
        return match_language(environ[ENV_VAR])
    language = environ.get("LANGUAGE", "")
    if language and environ.get("LANG", "") not in ("C", "POSIX"):  # gettext ignores LANGUAGE in the C locale
        for name in language.split(":"):
            if name:
                return match_language(name)
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable, "")
        if value:
            return match_language(value)
    return None


def load_translator(language: str | None) -> QTranslator | None:
    """A QTranslator with b24desk's messages in `language`, or None (English, or no .qm built)."""
    if language not in LANGUAGES:
        return None
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    return translator if translator.load(str(qm_file(language))) else None


def translator_function(translator: QTranslator) -> Callable[[str, str], str]:
    """The core's translate(context, text) over a QTranslator; needs no QCoreApplication."""

    def translate(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    return translate


_cli_translator: QTranslator | None = None


def install_cli_translator(environ: Mapping[str, str] = os.environ) -> str | None:
    """Make the core's messages follow LANG & co. for the CLI; return the language (None: English)."""
    global _cli_translator
    language = language_from_environment(environ)
    translator = load_translator(language)
    _cli_translator = translator  # kept alive for as long as the translate function is installed
    set_translator(translator_function(translator) if translator is not None else None)
    return language if translator is not None else None


def app_language(environ: Mapping[str, str] = os.environ) -> str | None:
    """The app's language: B24DESK_LANG, then the Language menu's setting, then the system locale."""
    from PySide6.QtCore import QLocale

    from b24desk.ui.common.preferences import read_preference

    if environ.get(ENV_VAR):
        return match_language(environ[ENV_VAR])
    chosen = read_preference(SETTINGS_KEY)
    if chosen:
        return match_language(chosen)
    return match_language(QLocale.system().name())


def install_app_translators(app: QCoreApplication, language: str | None) -> list[QTranslator]:
    """Install b24desk's and Qt's own translations (dialog buttons) for `language`; return them.

    Keep the returned list alive as long as the app runs; English installs only its plural forms.
    """
    from PySide6.QtCore import QTranslator

    ours = load_translator(language)
    if ours is None or language is None:
        plurals = QTranslator()
        if plurals.load(str(qm_file(ENGLISH_PLURALS))):
            app.installTranslator(plurals)
            return [plurals]
        return []
    installed = [ours]
    app.installTranslator(ours)
    from PySide6.QtCore import QLibraryInfo, QLocale  # Qt's own translations: not for English

    qt_own = QTranslator()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(QLocale(language), "qtbase", "_", qt_dir):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    return installed
