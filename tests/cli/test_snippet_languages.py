"""`b24desk snippet --lang` offers core's registry (the Code tab: tests/ui/request/test_code_view_languages.py)."""

from __future__ import annotations

import pytest

from b24desk.core.snippets import FILE_SUFFIX, LANGUAGES
from tests.cli.test_url_commands import b24desk

DOCS_TABS = {"python-b24pysdk", "node", "node-b24jssdk", "go", "curl-json"}


def test_the_registry_offers_every_docs_tab_that_runs_here() -> None:
    assert set(LANGUAGES) >= DOCS_TABS
    assert set(FILE_SUFFIX) == set(LANGUAGES)
    assert not any("phpsdk" in name for name in LANGUAGES)  # b24phpsdk cannot be installed and run here


@pytest.mark.parametrize("language", sorted(DOCS_TABS))
def test_snippet_lang_prints_the_new_languages(language: str) -> None:
    done = b24desk("snippet", "--lang", language, "crm.lead.list", "filter[>ID]=1", "--all-pages")
    assert done.returncode == 0, done.stderr
    assert "crm.lead.list" in done.stdout and "B24_WEBHOOK_URL" in done.stdout


def test_snippet_help_lists_the_registry() -> None:
    done = b24desk("snippet", "--help")
    for language in LANGUAGES:
        assert language in done.stdout
