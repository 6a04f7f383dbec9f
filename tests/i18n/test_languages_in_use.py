"""The app and the CLI speak the chosen language: widgets, core explanations, CLI errors."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from b24desk.core import i18n
from b24desk.core.errors import PortalError
from b24desk.core.explanations import explain
from b24desk.ui.common import translations
from b24desk.ui.common.preferences import window_settings
from b24desk.ui.shell.app import use_language
from b24desk.ui.shell.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Switch the app's language for one test; English and the core's previous translator afterwards."""
    previous = i18n._translator

    def switch(code: str) -> None:
        use_language(qapp, code)
        i18n.set_translator(QApplication.translate)

    yield switch
    use_language(qapp, None)
    i18n.set_translator(previous)


@pytest.mark.parametrize(
    ("code", "execute", "add_webhook", "tabs", "menu"),
    [
        ("de", "Ausführen", "Webhook hinzufügen…", ["Baum", "Tabelle", "Roh", "Header"], "&Sprache"),
        ("ru", "Выполнить", "Добавить вебхук…", ["Дерево", "Таблица", "Исходный", "Заголовки"], "&Язык"),
        ("pt_BR", "Executar", "Adicionar webhook…", ["Árvore", "Tabela", "Bruto", "Cabeçalhos"], "&Idioma"),
        ("fr", "Exécuter", "Ajouter un webhook…", ["Arbre", "Tableau", "Brut", "En-têtes"], "&Langue"),
    ],
)
def test_window_shows_translated_widgets(
    qtbot: QtBot, language: Callable[[str], None], code: str, execute: str, add_webhook: str, tabs: list[str], menu: str
) -> None:
    language(code)
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.execute_button.text() == execute
    assert window.picker.add_button.text() == add_webhook
    result_tabs = window.result_view.tabs
    assert [result_tabs.tabText(i) for i in range(result_tabs.count())] == tabs
    assert window.language_menu.title() == menu


def test_core_explanations_follow_the_app_language(language: Callable[[str], None]) -> None:
    language("ru")
    explanation = explain(PortalError("INSUFFICIENT_SCOPE", ""))
    assert explanation.title == "Этому вебхуку нельзя вызывать этот метод"
    assert "Разработчикам > Интеграции" in explanation.action
    language("de")
    explanation = explain(PortalError("INVALID_CREDENTIALS", ""))
    assert "Entwicklerressourcen > Integrationen" in explanation.action


def test_english_installs_only_its_plural_forms(qapp: QApplication) -> None:
    installed = translations.install_app_translators(qapp, None)
    try:
        assert len(installed) == 1  # "%n error(s)" -> "1 error" / "2 errors"; every other text is the source
        assert qapp.translate("HistoryPanel", "%n error(s)", "", 1) == "1 error"
        assert qapp.translate("HistoryPanel", "%n error(s)", "", 3) == "3 errors"
        assert qapp.translate("ResultView", "Tree") == "Tree"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    assert translations.load_translator("en") is None


def test_language_menu_stores_the_choice(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    try:
        window.language_menu.choose("de")
        assert window_settings().value(translations.SETTINGS_KEY) == "de"
        checked = [a.data() for a in window.language_menu.group.actions() if a.isChecked()]
        assert checked == ["de"]
        saved = os.environ.pop(translations.ENV_VAR)
        try:
            assert translations.app_language() == "de"
        finally:
            os.environ[translations.ENV_VAR] = saved
    finally:
        window.language_menu.choose("")


def test_environment_override_wins_over_the_setting() -> None:
    assert translations.app_language({translations.ENV_VAR: "ru_RU.UTF-8"}) == "ru"


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"LANG": "ru_RU.UTF-8"}, "ru"),
        ({"LANG": "en_US.UTF-8", "LC_ALL": "de_DE.UTF-8"}, "de"),
        ({"LANG": "fr_FR.UTF-8", "LC_MESSAGES": "pt_BR.UTF-8"}, "pt_BR"),
        ({"LANG": "de_DE.UTF-8", "LANGUAGE": "fr:de"}, "fr"),
        ({"LANG": "C", "LANGUAGE": "fr"}, None),
        ({"LANG": "ru_RU.UTF-8", "B24DESK_LANG": "en"}, None),
        ({}, None),
    ],
)
def test_cli_language_follows_the_locale_variables(environ: dict[str, str], language: str | None) -> None:
    assert translations.language_from_environment(environ) == language


def test_cli_translator_works_without_an_application_object() -> None:
    """QTranslator.translate needs no QCoreApplication; the CLI never makes one."""
    previous = i18n._translator
    try:
        assert translations.install_cli_translator({"LANG": "de_DE.UTF-8"}) == "de"
        assert i18n.translate("cli", "No parameters.") == "Keine Parameter."
        assert i18n.translate("cli", "a string nobody translated") == "a string nobody translated"
        assert translations.install_cli_translator({"LANG": "C.UTF-8"}) is None
        assert i18n.translate("cli", "No parameters.") == "No parameters."
    finally:
        i18n.set_translator(previous)


def _cli(*args: str, **environ: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("B24DESK_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.pop("B24_WEBHOOK", None)
    env.update(environ)
    return subprocess.run(
        [sys.executable, "-m", "b24desk", *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60
    )


def test_cli_prints_a_translated_error_under_a_russian_locale() -> None:
    done = _cli("url", "crm.lead.list", LANG="ru_RU.UTF-8")
    assert done.returncode == 2
    assert "Вебхук не указан" in done.stderr


def test_cli_prints_translated_webhook_errors_in_german() -> None:
    done = _cli("parse", "https://portal.bitrix24.de/rest/abc/", LANG="de_DE.UTF-8")
    assert done.returncode == 2
    assert "Die Benutzer-ID nach /rest/ muss eine Zahl sein." in done.stderr


def test_cli_help_is_translated_with_argparse_own_words() -> None:
    done = _cli("methods", "--help", LANG="ru_RU.UTF-8")
    assert done.returncode == 0
    assert done.stdout.startswith("использование: b24desk methods")
    assert "показать эту справку и выйти" in done.stdout
    assert "вывести JSON вместо строк" in done.stdout


def test_cli_usage_errors_are_translated() -> None:
    done = _cli("snippet", "--lang", "cobol", "x", LANG="de_DE.UTF-8")
    assert done.returncode == 2
    assert "ungültige Auswahl: 'cobol'" in done.stderr
    assert "Hilfe: 'b24desk snippet --help'." in done.stderr


def test_cli_in_english_does_not_load_qt() -> None:
    code = (
        "import sys; from b24desk.cli import main; main(['describe', 'crm.lead.add']); "
        "print('QT' if 'PySide6.QtCore' in sys.modules else 'NO QT')"
    )
    env = {k: v for k, v in os.environ.items() if k != "B24DESK_LANG"}
    env["LANG"] = "C.UTF-8"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    assert done.stdout.strip().endswith("NO QT"), done.stderr
