"""The catalogue generator, run on real doc pages cut down to fixtures (tests/tools/fixtures/docs)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from b24desk.core.catalogue import catalogue_from_text
from b24desk.core.catalogue_model import MethodInfo, ParamInfo
from b24desk.core.catalogue_records import FORMAT_VERSION, method_from_record
from tools.build_catalogue import collect, main, render
from tools.catalogue_pages import read_page
from tools.yfm_tables import find_tables

DOCS = Path(__file__).parent / "fixtures" / "docs"


@pytest.fixture(scope="module")
def built() -> dict[str, MethodInfo]:
    methods, _ = collect(DOCS)
    return {method.name: method for method, _ in methods}


def _names(params: tuple[ParamInfo, ...]) -> list[str]:
    return [p.name for p in params]


def test_yfm_tables_keep_code_escaped_pipes_and_nested_tables_in_their_cell() -> None:
    text = (
        "intro `#|` not a table\n"
        "#|\n|| **a**\n[`x`](t.md) | uses `a|b` and A \\| B ||\n"
        "|| **b** | outer #|\n|| inner | cell ||\n|# ||\n|#\n"
        "```\n#|\n|| fenced | no ||\n|#\n```\n"
    )
    tables = find_tables(text)
    assert len(tables) == 1
    rows = tables[0].rows
    assert len(rows) == 2
    assert rows[0][1].strip() == "uses `a|b` and A \\| B"
    assert "inner" in rows[1][1] and len(rows[1]) == 2


def test_required_markers_and_types(built: dict[str, MethodInfo]) -> None:
    item_list = built["crm.item.list"]
    assert _names(item_list.params) == [
        "entityTypeId",
        "select",
        "filter",
        "order",
        "start",
        "useOriginalUfNames",
    ]
    entity = item_list.params[0]
    assert entity.required and entity.type == "integer"
    assert not item_list.params[1].required and item_list.params[1].type == "array"
    update = built["crm.item.update"]
    assert [p.required for p in update.params[:3]] == [True, True, True]  # `***`, `^*^` and `***`


def test_nested_fields_hang_under_the_parameter_that_links_them(built: dict[str, MethodInfo]) -> None:
    lead_add = built["crm.lead.add"]
    fields = lead_add.param("fields")
    assert fields is not None and _names(fields.children)[:2] == ["ADDRESS", "ADDRESS_2"]
    options = lead_add.param("params")
    assert options is not None and _names(options.children) == ["REGISTER_SONET_EVENT"]
    type_add = built["crm.type.add"].params[0]
    relations = next(p for p in type_add.children if p.name == "relations")
    parent, child = relations.children
    assert parent.type == "array" and parent.doc_type == "relation[]"
    assert _names(parent.children) == ["entityTypeId", "isChildrenListEnabled"] == _names(child.children)
    linked = next(p for p in type_add.children if p.name == "linkedUserFields")
    assert _names(linked.children)[0] == "CALENDAR_EVENT"  # `**A**\|**B**`: the first name


def test_tables_under_one_heading_are_merged_and_headings_name_their_parameter(
    built: dict[str, MethodInfo],
) -> None:
    fields = built["user.userfield.add"].params[0]
    settings = next(p for p in fields.children if p.name == "SETTINGS")
    assert _names(settings.children) == ["DEFAULT_VALUE", "ROWS", "PRECISION"]
    update_fields = built["crm.item.update"].param("fields")
    assert update_fields is not None and update_fields.children[0].name == "title"


def test_odd_names_and_value_tables(built: dict[str, MethodInfo]) -> None:
    assert "UF_*" in _names(built["log.blogpost.add"].params)
    data = built["landing.block.changeNodeName"].param("data")
    assert data is not None and _names(data.children) == ["<selector>"]  # the values table is skipped


def test_flags_scope_link_and_names(built: dict[str, MethodInfo]) -> None:
    assert built["crm.lead.list"].is_list and built["crm.item.list"].is_list
    assert not built["crm.item.fields"].is_list
    assert built["crm.lead.add"].deprecated and built["crm.product.list"].deprecated
    assert not built["crm.item.add" if "crm.item.add" in built else "crm.item.list"].deprecated
    assert built["crm.deal.fields"].params == () and built["crm.deal.fields"].params_known
    assert not built["crm.product.list"].params_known
    assert built["user.userfield.add"].scope == "user.userfield"
    assert built["events"].scope == "" and _names(built["events"].params) == ["SCOPE", "FULL"]
    assert "department.delete" in built and "department.department.delete" not in built
    assert "crm.item.fields" in built  # H1 without the name: the example URL tells
    assert built["crm.lead.add"].doc_url == "https://apidocs.bitrix24.com/api-reference/crm/leads/crm-lead-add.html"


def test_alternative_parameter_sets_are_merged_without_required_marks(built: dict[str, MethodInfo]) -> None:
    get = built["vote.attachedvote.get"]
    assert _names(get.params) == ["attachId", "moduleId", "entityType", "entityId"]
    assert not any(p.required for p in get.params)


def test_a_row_left_open_before_the_table_end_is_kept(built: dict[str, MethodInfo]) -> None:
    fields = built["crm.activity.type.add"].param("fields")
    assert fields is not None and fields.required
    assert _names(fields.children) == ["TYPE_ID", "ICON_FILE"] and fields.children[1].type == "file"


def test_additional_parameters_heading_adds_top_level_parameters(built: dict[str, MethodInfo]) -> None:
    assert _names(built["event.offline.get"].params) == ["filter", "order", "clear", "process_id"]


def test_rest_v3_twin_is_not_carried_over_the_classic_page(built: dict[str, MethodInfo]) -> None:
    assert built["tasks.task.delete"].doc_url.endswith("/tasks/tasks-task-delete.html")


def test_page_oddities_are_named() -> None:
    text = (DOCS / "api-reference/crm/universal/crm-item-update.md").read_text(encoding="utf-8")
    facts = read_page(text, "api-reference/crm/universal/crm-item-update.md")
    assert "required marked with superscript ^*^" in facts.oddities


def test_report_counts_pages_methods_and_odd_formats() -> None:
    _, report = collect(DOCS)
    assert report.pages == 19  # crm/index.md is not a method page
    assert report.carried == 18 and len(report.duplicates) == 1
    assert report.unparsed == ["crm.product.list"]
    assert report.params_share == pytest.approx(17 / 18)
    lines = "\n".join(report.lines())
    assert "method pages in the docs:   19" in lines and "(94.4%)" in lines
    assert "two names for one parameter" in lines


def test_render_writes_records_the_core_reads_back() -> None:
    methods, _ = collect(DOCS)
    text = render(methods, "abc123", "2026-08-21T13:58:56+02:00")
    data = json.loads(text)
    assert data["format"] == FORMAT_VERSION and data["doc_site"] == "https://apidocs.bitrix24.com/"
    assert data["source"]["commit"] == "abc123" and "MIT" in data["source"]["licence"]
    assert len(data["methods"]) == len(data["params"]) == 18
    assert text.count("\n") == 18 + 18 + 3  # one method a line, then one method's parameters a line
    back = [method_from_record(record, params) for record, params in zip(data["methods"], data["params"], strict=True)]
    assert back == [method for method, _ in methods]
    assert list(catalogue_from_text(text)) == back  # the methods part decoded alone, each line when read


def test_main_writes_the_file_and_prints_the_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "catalogue" / "methods.json"
    assert main([str(DOCS), str(out)]) == 0
    printed = capsys.readouterr().out
    assert "methods in the catalogue:   18" in printed and "odd formats met" in printed
    assert len(json.loads(out.read_text(encoding="utf-8"))["methods"]) == 18
    with pytest.raises(SystemExit):
        main([str(tmp_path), str(out)])
