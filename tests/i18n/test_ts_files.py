"""The .ts files: every string translated in every language, placeholders kept, in step with the code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from b24desk.ui.common.translations import LANGUAGES as APP_LANGUAGES
from b24desk.ui.common.translations import match_language
from tools import translations as workflow

# `{name}`, `{name:.1f}`, `{name!r}` (str.format), `%v`, `%m`, `%1` (Qt's own formats, e.g. QProgressBar)
# and `%s`, `%(value)r` (argparse's own messages).
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\([a-z_]+\)[a-z]|%[a-zA-Z0-9]")


def placeholders(text: str) -> list[str]:
    """The placeholders of a text, sorted (a translation may reorder them)."""
    return sorted(PLACEHOLDER.findall(text))


def test_the_tools_and_the_app_agree_on_the_languages() -> None:
    assert workflow.LANGUAGES == APP_LANGUAGES == ("ru", "de", "pt_BR", "fr")


@pytest.mark.parametrize("language", workflow.LANGUAGES)
def test_every_string_has_a_finished_translation(language: str) -> None:
    messages = workflow.read_ts(workflow.ts_file(language))
    assert len(messages) > 200
    missing = [f"[{m.context}] {m.source!r}" for m in messages if not m.finished or not m.translation.strip()]
    assert not missing, f"untranslated in {language} (run `make translations` and fill them in): " + "; ".join(missing)


@pytest.mark.parametrize("language", workflow.LANGUAGES)
def test_translations_keep_every_placeholder_and_add_none(language: str) -> None:
    wrong = [
        f"[{m.context}] {m.source!r} -> {m.translation!r}"
        for m in workflow.read_ts(workflow.ts_file(language))
        if placeholders(m.source) != placeholders(m.translation)
    ]
    assert not wrong, f"placeholders differ in {language}: " + "; ".join(wrong)


@pytest.mark.parametrize("language", workflow.LANGUAGES)
def test_translations_format_like_their_sources(language: str) -> None:
    """str.format with the source's fields must not fail on the translation (a typo like `{count]`)."""
    for message in workflow.read_ts(workflow.ts_file(language)):
        names = {field.split(":")[0].split("!")[0] for field in re.findall(r"\{([^{}]*)\}", message.source)}
        values = dict.fromkeys(names, 1)
        message.translation.format(**values)


def test_all_languages_have_the_same_strings() -> None:
    keys = [{(m.context, m.source) for m in workflow.read_ts(workflow.ts_file(lang))} for lang in workflow.LANGUAGES]
    assert all(k == keys[0] for k in keys)


def test_product_terms_match_the_portal_interface() -> None:
    """The path to webhooks is named as each language's Bitrix24 interface names it."""
    expected = {
        "ru": "Разработчикам > Интеграции",
        "de": "Entwicklerressourcen > Integrationen",
        "pt_BR": "Recursos para desenvolvedores > Integrações",
        "fr": "Ressources pour les développeurs > Intégrations",
    }
    for language, path in expected.items():
        found = {m.source: m.translation for m in workflow.read_ts(workflow.ts_file(language))}
        assert found["Developer resources > Integrations"] == path
        assert path in found["Paste the webhook URL from Developer resources > Integrations:"]


def test_distinct_tabs_have_distinct_words() -> None:
    """The request's Grid and the result's Table are different tabs: no language may call both the same."""
    for language in workflow.LANGUAGES:
        found = {m.source: m.translation for m in workflow.read_ts(workflow.ts_file(language))}
        assert found["Grid"] != found["Table"], language
    french = {m.source: m.translation for m in workflow.read_ts(workflow.ts_file("fr"))}
    assert french["Events"] == "Événements"  # the accented capital, as French typography writes it


@pytest.mark.parametrize("language", [*workflow.LANGUAGES, workflow.PLURALS_ONLY])
def test_plural_messages_have_every_form_with_the_count(language: str) -> None:
    """`%n` messages: as many forms as the language has (ru 3, the others 2), each showing the number."""
    plural = [m for m in workflow.read_ts(workflow.ts_file(language)) if "%n" in m.source]
    assert plural, "no plural messages found"
    for message in plural:
        assert len(message.forms) == (3 if language == "ru" else 2), message.source
        assert all("%n" in form for form in message.forms), message.forms


def test_ts_files_are_up_to_date_with_the_code() -> None:
    missing, gone = workflow.stale_strings()
    assert not missing, (
        "strings in the code that the .ts files lack: run `make translations`, then translate what it lists: "
        + "; ".join(f"[{c}] {s!r}" for c, s in sorted(missing))
    )
    assert not gone, "the .ts files hold strings the code no longer has: run `make translations`"


def test_a_new_string_without_translation_is_reported(tmp_path: Path) -> None:
    ts = workflow.ts_file("de", tmp_path)
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="de">\n<context>\n'
        "    <name>MainWindow</name>\n    <message>\n        <source>Execute</source>\n"
        "        <translation>Ausführen</translation>\n    </message>\n    <message>\n"
        "        <source>New button</source>\n"
        '        <translation type="unfinished"></translation>\n    </message>\n</context>\n</TS>\n',
        encoding="utf-8",
    )
    assert [m.source for m in workflow.untranslated("de", tmp_path)] == ["New button"]


def test_compiled_translations_exist() -> None:
    """make setup compiles the .qm files the app loads (they are not committed)."""
    for language in workflow.LANGUAGES:
        assert workflow.ts_file(language).with_suffix(".qm").exists(), "run `make setup` or `make translations`"


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("de_DE.UTF-8", "de"),
        ("de_AT", "de"),
        ("ru_RU.UTF-8", "ru"),
        ("pt_BR.UTF-8", "pt_BR"),
        ("pt_PT", "pt_BR"),
        ("fr_CA.UTF-8", "fr"),
        ("fr", "fr"),
        ("en_US.UTF-8", None),
        ("C", None),
        ("C.UTF-8", None),
        ("", None),
        ("ja_JP", None),
    ],
)
def test_locale_names_map_to_a_translation(name: str, language: str | None) -> None:
    assert match_language(name) == language
