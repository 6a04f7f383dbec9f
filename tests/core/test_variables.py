"""Variables: {{name}} in parameter values and the webhook choice, resolved, secrets masked, undefined named."""

from __future__ import annotations

from pathlib import Path

import pytest

from b24desk.core.environment import (
    Environment,
    environment_names,
    find_collection_root,
    load_environment,
    save_environment,
)
from b24desk.core.errors import CollectionError, UndefinedVariables
from b24desk.core.request import ApiRequest, wire_preview
from b24desk.core.request_file import SavedRequest
from b24desk.core.secret import Secret
from b24desk.core.snippets.common import SnippetOptions
from b24desk.core.snippets.curl import curl_snippet
from b24desk.core.variables import VariableValue, resolve, variables_in
from b24desk.core.webhook import parse_webhook_url

TOKEN = "tok3n-value-9f8e7d"
SAVED = SavedRequest(
    ApiRequest(
        "crm.deal.list",
        {"filter": {"CATEGORY_ID": "{{pipeline}}", "COMMENTS": "key={{ token }}"}, "select": ["{{field}}", 5]},
        "GET",
    ),
    "{{portal}}",
)
WEBHOOK = parse_webhook_url("https://x.bitrix24.com/rest/1/abcdefsecret12/").webhook


def test_variables_are_listed_in_order_of_use() -> None:
    assert variables_in(SAVED) == ["portal", "pipeline", "token", "field"]


def test_resolution_fills_values_reveals_secrets_only_when_asked_and_names_the_undefined() -> None:
    values: dict[str, VariableValue] = {"pipeline": "3", "token": Secret(TOKEN), "portal": "Test portal"}
    sent = resolve(SAVED, values)
    assert sent.request.params == {
        "filter": {"CATEGORY_ID": "3", "COMMENTS": f"key={TOKEN}"},
        "select": ["{{field}}", 5],
    }
    assert sent.webhook == "Test portal"
    assert sent.undefined == ("field",)
    assert sent.secrets == (Secret(TOKEN),)
    shown = resolve(SAVED, values, reveal=False)
    assert TOKEN not in repr(shown.request.params)
    assert Secret(TOKEN).masked() in shown.request.params["filter"]["COMMENTS"]
    with pytest.raises(UndefinedVariables, match=r"\{\{field\}\}") as refused:
        sent.require_defined("test")
    assert refused.value.names == ("field",)
    assert SAVED.request.params["filter"]["CATEGORY_ID"] == "{{pipeline}}"  # the saved request is not changed


def test_url_bar_and_code_show_resolved_values_with_secrets_masked() -> None:
    values: dict[str, VariableValue] = {"pipeline": "3", "token": Secret(TOKEN), "field": "TITLE", "portal": "p"}
    shown = resolve(SAVED, values, reveal=False).require_defined().request
    url = wire_preview(WEBHOOK, shown).url
    assert "CATEGORY_ID%5D=3" in url and TOKEN not in url and "%7B%7B" not in url
    code = curl_snippet(shown, WEBHOOK, SnippetOptions())
    assert "CATEGORY_ID]=3" in code and TOKEN not in code


def test_environment_files_hold_plain_values_and_only_marks_for_secret_ones(tmp_path: Path) -> None:
    env = Environment("test").with_value("pipeline", "3").with_secret("token").with_value("b", "x")
    save_environment(tmp_path, env)
    text = (tmp_path / "environments" / "test.json").read_text()
    assert '"token": {\n      "secret": true\n    }' in text
    assert text.index('"b"') < text.index('"pipeline"') < text.index('"token"')
    assert load_environment(tmp_path, "test") == env
    assert save_environment(tmp_path, env) is False  # unchanged: not rewritten
    assert environment_names(tmp_path) == ["test"]
    assert find_collection_root(tmp_path / "deals", "test") == tmp_path.resolve()
    with pytest.raises(CollectionError, match="no environment 'live'"):
        load_environment(tmp_path, "live")
    with pytest.raises(CollectionError, match="cannot be a variable name"):
        env.with_value("1x", "y")
    with pytest.raises(CollectionError, match="mark hook as secret"):
        env.with_value("hook", "https://x.bitrix24.com/rest/1/abcdefsecret12/")
