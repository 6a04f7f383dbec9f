"""ValueRecord gives the first screen's mutable records a dataclass's equality, hashing and repr."""

from dataclasses import dataclass, field
from typing import Any

import pytest

from b24desk.core.request import ApiRequest
from b24desk.core.request_document import RequestDocument, ResultState


@dataclass(slots=True)
class _AsDataclass:  # ApiRequest as it was written before
    method: str = "profile"
    params: dict[str, Any] = field(default_factory=dict)
    http_method: str = "POST"
    fetch_all: bool = False


def test_a_record_compares_hashes_and_shows_as_the_dataclass_it_replaced() -> None:
    request = ApiRequest("crm.deal.list", {"select": ["ID"]}, "GET", fetch_all=True)
    twin = _AsDataclass("crm.deal.list", {"select": ["ID"]}, "GET", fetch_all=True)
    assert repr(request) == repr(twin).replace("_AsDataclass", "ApiRequest")
    assert request == ApiRequest("crm.deal.list", {"select": ["ID"]}, "GET", True)
    assert request != ApiRequest("crm.deal.list", {"select": ["ID"]}, "GET", False)
    assert request != twin  # another class with the same fields is not equal, as between dataclasses
    with pytest.raises(TypeError):
        hash(request)  # it changes: unhashable, as a dataclass with eq and not frozen


def test_defaults_are_fresh_for_each_record() -> None:
    first, second = ApiRequest(), ApiRequest()
    first.params["id"] = 1
    assert second.params == {} and first != second
    document = RequestDocument()
    document.rows.append(object())  # type: ignore[arg-type]
    assert RequestDocument().rows == [] and RequestDocument().result == ResultState()
    assert document.result is not RequestDocument().result
