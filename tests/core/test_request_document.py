"""The open request as data: each method keeps its rows, one fetch-all rule, the view that suits a result."""

from __future__ import annotations

from functools import cache

import pytest

from b24desk.core.catalogue import Catalogue, load_catalogue
from b24desk.core.errors import ParamsError
from b24desk.core.param_rows import ParamRow
from b24desk.core.request import ApiRequest
from b24desk.core.request_document import RequestDocument, fetch_all_applies
from b24desk.core.request_file import request_from_json, request_to_json
from b24desk.core.result_shape import suiting_view


@cache
def catalogue() -> Catalogue:
    return load_catalogue()


def document() -> RequestDocument:
    return RequestDocument(lookup=catalogue().get)


@pytest.mark.parametrize(
    ("method", "pages"),
    [
        ("crm.lead.get", False),  # a record; its name ends in .get
        ("user.current", False),  # the catalogue does not list it: b24desk does not page it
        ("crm.lead.add", False),
        ("crm.lead.list", True),
        ("user.search", True),  # no .list/.get suffix, but its docs take `start`
        ("disk.folder.getChildren", True),
        ("rpa.stage.listForType", True),
    ],
)
def test_fetch_all_applies_as_the_catalogue_says(method: str, pages: bool) -> None:
    assert fetch_all_applies(catalogue().get(method)) is pages
    doc = document()
    doc.settle_method(method)
    doc.fetch_all_wanted = True
    assert doc.request().fetch_all is pages


def test_the_fetch_all_wish_survives_a_method_that_does_not_page() -> None:
    doc = document()
    doc.settle_method("crm.lead.list")
    doc.fetch_all_wanted = True
    doc.settle_method("crm.lead.get")
    assert not doc.fetch_all
    doc.settle_method("crm.lead.list")
    assert doc.fetch_all


def test_each_method_keeps_its_own_rows() -> None:
    doc = document()
    doc.settle_method("crm.contact.list")
    doc.set_rows([ParamRow("filter[>ID]", "190", "integer")])
    doc.type_method("crm.deal.list")  # typing: what is sent changes, the rows stay until the method settles
    assert doc.request().method == "crm.deal.list"
    doc.settle_method()
    assert doc.rows == []
    doc.settle_method("crm.lead.get")
    assert doc.rows == [ParamRow("id", "", "integer")]  # a first visit: its required rows
    doc.settle_method("crm.contact.list")
    assert doc.rows == [ParamRow("filter[>ID]", "190", "integer")]
    assert doc.rows_of("crm.lead.get") == [ParamRow("id", "", "integer")]


def test_unticked_rows_are_kept_but_not_sent() -> None:
    doc = document()
    doc.set_rows([ParamRow("id", "5", "integer"), ParamRow("select[]", "ID", enabled=False)])
    assert doc.params() == {"id": 5}
    doc.set_params({"id": 6})  # JSON typed: it has no place for unticked rows, they wait
    assert doc.rows == [ParamRow("id", "6", "integer"), ParamRow("select[]", "ID", enabled=False)]


def test_a_loaded_request_is_its_methods_rows_and_others_keep_theirs() -> None:
    doc = document()
    doc.settle_method("crm.deal.list")
    doc.set_rows([ParamRow("select[]", "ID")])
    loaded = request_from_json(request_to_json(ApiRequest("crm.lead.get", {"id": 5}, "GET", False)))
    doc.load(loaded)
    assert (doc.method, doc.http_method, doc.params()) == ("crm.lead.get", "GET", {"id": 5})
    assert doc.rows_of("crm.deal.list") == [ParamRow("select[]", "ID")]
    assert request_from_json(request_to_json(doc.request())) == doc.request()


def test_a_params_problem_stops_the_request_until_fixed() -> None:
    doc = document()
    doc.set_params_problem("The JSON is not valid")
    with pytest.raises(ParamsError):
        doc.request()
    doc.set_params({"id": 1})
    assert doc.request().params == {"id": 1}


@pytest.mark.parametrize(
    ("result", "view"),
    [
        ([{"ID": "1"}, {"ID": "2"}], "table"),
        ({"tasks": [{"id": "1"}]}, "table"),
        ({"ID": "5", "TITLE": "x"}, "tree"),
        (True, "tree"),
        ([], "tree"),
        (None, "tree"),
    ],
)
def test_a_list_suits_the_table_and_a_record_or_scalar_the_tree(result: object, view: str) -> None:
    assert suiting_view(result) == view
    doc = document()
    assert doc.set_result(result) == view
    assert doc.result.view == view
