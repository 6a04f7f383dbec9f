"""The catalogue: lookup, search ranking, scopes, live-data merge, and the bundled file."""

from __future__ import annotations

import gzip
import importlib.resources
import json
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

import pytest

from b24desk.core.catalogue import (
    Catalogue,
    CatalogueError,
    bundled_catalogue_path,
    load_catalogue,
    read_catalogue,
)
from b24desk.core.catalogue_model import MethodInfo, ParamInfo
from b24desk.core.catalogue_records import FORMAT_VERSION, PARAMS_LINE
from b24desk.core.catalogue_search import SearchIndex


def _method(name: str, scope: str, *params: str, deprecated: bool = False) -> MethodInfo:
    return MethodInfo(
        name, scope, tuple(ParamInfo(p, "string") for p in params), deprecated=deprecated, scopes=(scope,)
    )


@pytest.fixture
def small() -> Catalogue:
    fields = ParamInfo("fields", "object", True, (ParamInfo("TITLE", "string"),))
    return Catalogue(
        [
            MethodInfo("crm.lead.add", "crm", (fields,), scopes=("crm",)),
            _method("crm.lead.list", "crm", "select", "filter", "order", "start"),
            _method("crm.lead.get", "crm", "id"),
            _method("crm.item.add", "crm", "entityTypeId", "fields"),
            _method("crm.leadcategory.add", "crm", "fields", deprecated=True),
            _method("tasks.task.add", "task", "fields"),
            _method("user.get", "user", "FILTER", "ADMIN_MODE"),
            _method("scope", "basic", "full"),
        ]
    )


def test_get_ignores_case_and_json_suffix(small: Catalogue) -> None:
    method = small.get("CRM.Lead.Add.json")
    assert method is not None and method.name == "crm.lead.add"
    assert small.get("crm.nothing") is None
    assert "crm.lead.get" in small and "nope" not in small and 3 not in small


def test_search_ranks_exact_then_prefix_then_words(small: Catalogue) -> None:
    assert small.search("crm.lead.add")[0].name == "crm.lead.add"
    names = [m.name for m in small.search("crm.lead.")]
    assert names[:3] == ["crm.lead.add", "crm.lead.get", "crm.lead.list"]
    assert small.search("lead add")[0].name == "crm.lead.add"
    assert small.search("add lead")[0].name == "crm.lead.add"


def test_search_finds_parameter_names(small: Catalogue) -> None:
    assert [m.name for m in small.search("ADMIN_MODE")] == ["user.get"]
    assert small.search("title")[0].name == "crm.lead.add"  # a nested field's name
    assert [m.name for m in small.search("entitytype")] == ["crm.item.add"]


def test_search_puts_deprecated_methods_last_in_a_rank(small: Catalogue) -> None:
    names = [m.name for m in small.search("add")]
    assert names[-1] == "crm.leadcategory.add" or names.index("crm.leadcategory.add") > names.index("crm.lead.add")


def test_search_by_scope_and_limit(small: Catalogue) -> None:
    assert [m.name for m in small.search("", scope="task")] == ["tasks.task.add"]
    assert {m.name for m in small.search("add", scope="CRM")} == {
        "crm.lead.add",
        "crm.item.add",
        "crm.leadcategory.add",
    }
    assert len(small.search("", limit=2)) == 2
    assert len(small.search("", limit=None)) == len(small)
    assert small.search("zzz") == []


def test_scopes_are_sorted_and_unique(small: Catalogue) -> None:
    assert small.scopes() == ("basic", "crm", "task", "user")


def test_with_portal_marks_availability_and_adds_unknown_methods(small: Catalogue) -> None:
    live = small.with_portal(["crm.lead.add", "user.get", "crm.newthing.do"], {"crm.newthing.do": "crm"})
    assert live.get("crm.lead.add") is not None and live.get("crm.lead.add").available is True  # type: ignore[union-attr]
    assert live.get("tasks.task.add").available is False  # type: ignore[union-attr]
    added = live.get("crm.newthing.do")
    assert added is not None and added.origin == "portal" and added.scope == "crm"
    assert added.params_known is False and added.available is True
    assert small.get("crm.lead.add").available is None  # type: ignore[union-attr]
    assert len(live) == len(small) + 1


def test_with_portal_tells_a_missing_scope_from_a_method_not_served(small: Catalogue) -> None:
    # the portal's `methods` lists only what it serves in the granted scopes; `scope` names the scopes
    live = small.with_portal(["crm.lead.add", "scope"], scopes=["crm"])
    reasons = {method.name: method.unavailable_reason for method in live}
    assert reasons["crm.lead.add"] == "" and reasons["scope"] == ""
    assert reasons["crm.item.add"] == "not_served"  # crm is granted, the portal leaves it out
    assert reasons["tasks.task.add"] == "scope"  # task is not granted
    unknown = small.with_portal(["crm.lead.add"])  # no scope list: every gap reads as a missing scope
    assert unknown.get("crm.item.add").unavailable_reason == "scope"  # type: ignore[union-attr]
    assert small.get("crm.item.add").unavailable_reason == ""  # type: ignore[union-attr]


def test_a_marked_copy_searches_the_same_words_and_gives_its_own_marked_methods(small: Catalogue) -> None:
    small.prepare_search()
    live = small.with_portal(["crm.lead.add", "crm.lead.list", "user.get"], scopes=["crm", "user"])
    own = Catalogue(list(live), live.source)  # the same methods, indexed afresh
    for query, scope in (("lead", None), ("fields", None), ("add", "crm"), ("crm lead", None), ("nothing", None)):
        found = live.search(query, scope)
        assert found == own.search(query, scope)  # the same ranking
        assert all(method is live.get(method.name) for method in found)  # the copy's, with its marks
    marks = {m.name: m.available for m in live.search("crm.lead")}
    assert marks == {"crm.lead.add": True, "crm.lead.list": True, "crm.lead.get": False, "crm.leadcategory.add": False}
    added = small.with_portal(["crm.newthing.do"])  # a method the docs lack: searched too
    assert [m.name for m in added.search("newthing")] == ["crm.newthing.do"]


def test_bundled_catalogue_loads_and_knows_real_methods() -> None:
    catalogue = load_catalogue()
    assert load_catalogue() is catalogue  # cached
    assert len(catalogue) > 1500
    lead_add = catalogue.get("crm.lead.add")
    assert lead_add is not None and lead_add.scope == "crm"
    assert lead_add.doc_url == "https://apidocs.bitrix24.com/api-reference/crm/leads/crm-lead-add.html"
    fields = lead_add.param("fields")
    assert fields is not None and any(child.name == "TITLE" for child in fields.children)
    item_list = catalogue.get("crm.item.list")
    assert item_list is not None and item_list.is_list
    entity = item_list.param("entityTypeId")
    assert entity is not None and entity.required and entity.type == "integer"
    assert catalogue.search("lead add")[0].name == "crm.lead.add"
    assert catalogue.source.commit and "MIT" in catalogue.source.licence
    assert "crm" in catalogue.scopes()


def test_bundled_file_is_in_the_resources_folder() -> None:
    path = bundled_catalogue_path()
    assert path.is_file() and path.parent.name == "catalogue"


def test_an_installed_wheel_reads_its_package_copy(tmp_path: Path) -> None:
    # hatch's force-include puts resources/catalogue at b24desk/resources/catalogue in the wheel.
    packaged = tmp_path / "resources" / "catalogue" / "methods.json"
    packaged.parent.mkdir(parents=True)
    packaged.write_text("{}", encoding="utf-8")
    assert bundled_catalogue_path(tmp_path) == packaged


def test_the_package_folder_is_where_importlib_resources_finds_the_package() -> None:
    from b24desk.core.catalogue import package_folder

    assert package_folder() == Path(str(importlib.resources.files("b24desk"))).resolve()


def test_importing_the_core_and_cli_does_not_read_the_catalogue_nor_reading_it_load_the_search() -> None:
    code = (
        "import sys, b24desk.core, b24desk.cli.parser\n"
        "from b24desk.core.catalogue import load_catalogue\n"
        "assert load_catalogue.cache_info().currsize == 0\n"
        "catalogue = load_catalogue()\n"
        "assert 'b24desk.core.catalogue_search' not in sys.modules  # the app's first screen needs no search\n"
        "assert catalogue.search('lead add')[0].name == 'crm.lead.add'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_read_catalogue_reads_gzip_and_reports_problems(tmp_path: Path) -> None:
    data = {  # laid out otherwise than by the generator: decoded whole
        "format": 2,
        "source": {"repository": "r", "commit": "c", "licence": "MIT"},
        "methods": [["a.b", ["s"], "api-reference/a-b", 4]],
        "params": [[["x", "string", "", 1]]],
    }
    packed = tmp_path / "methods.json.gz"
    packed.write_bytes(gzip.compress(json.dumps(data, indent=1).encode()))
    catalogue = read_catalogue(packed)
    method = catalogue.get("a.b")
    assert method is not None and method.params[0].required and method.scope == "s"
    assert catalogue.source.commit == "c"
    with pytest.raises(CatalogueError, match="missing"):
        read_catalogue(tmp_path / "absent.json")
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": 99, "methods": []}')
    with pytest.raises(CatalogueError, match="cannot be read"):
        read_catalogue(broken)


def _laid_out(methods: list[object], params: list[str]) -> str:
    """A catalogue file's text as the generator lays it out: one method a line, then one's parameters a line."""
    opening = json.dumps({"format": FORMAT_VERSION})[:-1] + ',"methods":[\n'
    return opening + ",\n".join(json.dumps(m) for m in methods) + PARAMS_LINE + ",\n".join(params) + "\n]}\n"


def test_a_broken_record_gives_the_catalogue_error_at_once_or_when_its_parameters_are_read(tmp_path: Path) -> None:
    """Methods are checked as the file is read; a method's parameters line is decoded when first read, and a
    line that is not parameter records gives the same error then, naming the method (not a TypeError later)."""
    path = tmp_path / "methods.json"
    broken_now = [
        _laid_out([["a.b", ["s"], "page"]], ["[]"]),  # a field missing
        _laid_out([[7, ["s"], "page", 4]], ["[]"]),  # not a name
        _laid_out([["a.b", ["s"], "page", "4"]], ["[]"]),  # flags as text
        _laid_out(["a.b"], ["[]"]),
        _laid_out([["a.b", ["s"], "page", 4]], ["[]", "[]"]),  # a parameters line too many
        _laid_out([["a.b", ["s"], "page", 4]], ["[]"])[:-4],  # cut short
        json.dumps({"format": FORMAT_VERSION, "methods": [["a.b", ["s"], "page", 4]], "params": [5]}),
        json.dumps({"format": FORMAT_VERSION, "methods": [["a.b", ["s"], "page", 4]], "params": [[["x"]]]}),
    ]
    for text in broken_now:
        path.write_text(text, encoding="utf-8")
        with pytest.raises(CatalogueError, match="cannot be read"):
            read_catalogue(path)
    names = ["good.one", "no.params", "cut.short", "not.a.list", "too.few", "odd.children"]
    lines = ['[["id","integer","",1]]', "[]", '[["x","string"', '{"x":1}', '[["x"]]', '[["x","object","",0,5]]']
    path.write_text(_laid_out([[name, ["s"], "page", 4] for name in names], lines), encoding="utf-8")
    catalogue = read_catalogue(path)
    assert [m.name for m in catalogue] == names  # all shown in the browser
    good, empty = catalogue.get("good.one"), catalogue.get("no.params")
    assert good is not None and good.params == (ParamInfo("id", "integer", True),)
    assert empty is not None and empty.params == () and empty.params_known
    for name in names[2:]:
        method = catalogue.get(name)
        assert method is not None
        with pytest.raises(CatalogueError, match=rf"cannot be read \({name}: \w+\): .*methods\.json"):
            _ = method.params


def test_a_portal_copy_made_while_the_index_is_built_in_a_thread_waits_for_it_and_shares_it(
    small: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app builds the bundled index in a thread; the sandbox's marked copy may come meanwhile: it must share
    that index (one in memory), not build a second one."""
    import threading

    from b24desk.core import catalogue_search as module

    started, go = threading.Event(), threading.Event()
    built: list[int] = []  # how many methods each index made was given

    class HeldIndex(SearchIndex):
        def __init__(self, methods: Iterable[MethodInfo]) -> None:
            methods = list(methods)
            built.append(len(methods))
            started.set()
            go.wait(60)  # the build under way until the second caller asks
            super().__init__(methods)

    monkeypatch.setattr(module, "SearchIndex", HeldIndex)
    builder = threading.Thread(target=small.prepare_search)
    builder.start()
    assert started.wait(60)
    asking = small.prepare_search

    def second_caller() -> SearchIndex:
        go.set()  # lets the build end: this caller must then get that index, not make its own
        return asking()

    monkeypatch.setattr(small, "prepare_search", second_caller)
    marked = small.with_portal(["crm.lead.add", "crm.newthing.do"])
    go.set()
    builder.join(60)
    assert built == [len(small), 1]  # one index built, in the thread; the copy's own is its added method's
    assert [m.name for m in marked.search("newthing")] == ["crm.newthing.do"]  # the added method is searched too
    assert marked.prepare_search()._entries[0] is small.prepare_search()._entries[0]  # the words are shared
