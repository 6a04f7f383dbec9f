"""The search's order is its documented rule: ranks, then the tie-break, on the bundled catalogue.

The index keeps its methods in tie-break order and makes one pass per rank until it has enough; here the rule
is written out plainly (a rank per method, then one sort) and both must give the same list for any query."""

from __future__ import annotations

import functools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from b24desk.core.catalogue import load_catalogue
from b24desk.core.catalogue_model import MethodInfo, ParamInfo
from b24desk.core.catalogue_search import SearchIndex, query_words


class _Words:
    """What the rule reads of a method, lower-cased."""

    def __init__(self, method: MethodInfo, position: int) -> None:
        self.method, self.position = method, position
        self.name = method.name.lower()
        self.name_words = " " + " ".join(self.name.split(".")) + " "
        self.params = " " + " ".join(method.param_names()).lower() + " "
        self.scopes = {s.lower() for s in (method.scopes or (method.scope,)) if s}


def _rank(method: _Words, words: list[str], text: str) -> int | None:
    """The best rank the method reaches for the query (see catalogue_search), None when it does not match."""
    name, name_words, params = method.name, method.name_words, method.params
    if not words or name == text:
        return 0
    if not all(word in name + params for word in words):
        return None
    if name.startswith(text):
        return 1
    if all(f" {word} " in name_words for word in words):
        return 2
    if all(f" {word}" in name_words for word in words):
        return 3
    if all(word in name for word in words):
        return 4
    if all(f" {word} " in name_words or f" {word} " in params for word in words):
        return 5
    return 6


def _by_the_rule(methods: list[_Words], query: str, scope: str | None = None, limit: int | None = 50) -> list[str]:
    words, text = query_words(query), query.strip().lower()
    ranked = []
    for method in methods:
        rank = _rank(method, words, text)
        if rank is None or (scope and scope.lower() not in method.scopes):
            continue
        name = method.name
        key = (rank, name.count(".") + 1, method.method.deprecated, len(name), name, method.position)
        ranked.append((key, method.method.name))
    ranked.sort()
    return [name for _, name in ranked][:limit]


def _read(methods: list[MethodInfo]) -> list[_Words]:
    return [_Words(method, position) for position, method in enumerate(methods)]


@functools.cache
def _bundled() -> tuple[SearchIndex, list[_Words]]:
    methods = list(load_catalogue())
    return SearchIndex(methods), _read(methods)


def _searched(index: SearchIndex, query: str, scope: str | None = None, limit: int | None = 50) -> list[str]:
    return [method.name for method in index.search(query, scope, limit)]


_WORDS = [*"abcdefghijklmnopqrstuvwxyz0123456789_", "lead", "crm", "add", "title", "id", "ad", "ead", "fields"]
_WORDS += ["crm.deal.", "lead add", "userfield list", "entityTypeId", "TITLE", "", "  ", "...", "task task", "zzzzqqq"]


@pytest.mark.parametrize("scope", [None, "crm", "task"])
def test_the_index_orders_as_the_rule_for_words_names_and_prefixes(scope: str | None) -> None:
    index, methods = _bundled()
    names = sorted({method.method.name for method in methods})
    queries = [*_WORDS, *names[::60], *(name[: len(name) // 2] for name in names[7::60])]
    for query in queries:
        for limit in (200, 1, None):
            assert _searched(index, query, scope, limit) == _by_the_rule(methods, query, scope, limit), (query, limit)


_LETTERS = "abcdeilmnorstuy._ ,T"


@settings(max_examples=300, deadline=None)
@given(
    query=st.text(alphabet=_LETTERS, max_size=12),
    scope=st.sampled_from([None, "crm", "user", "nothing"]),
    limit=st.sampled_from([200, 50, 3, 0, None]),
)
def test_any_query_gives_the_rule_s_list(query: str, scope: str | None, limit: int | None) -> None:
    index, methods = _bundled()
    assert _searched(index, query, scope, limit) == _by_the_rule(methods, query, scope, limit)


def test_ties_keep_the_given_order_and_a_shared_index_places_added_methods_by_the_rule() -> None:
    """Methods equal in every tie-break (the same lower-cased name) come as the catalogue gives them; a portal's
    copy sharing the words puts its added methods where the rule puts them."""
    twins = [
        MethodInfo("crm.Lead.add", "crm", (ParamInfo("fields", "object"),), scopes=("crm",)),
        MethodInfo("crm.lead.add", "crm", (), scopes=("crm",)),
        MethodInfo("user.get", "user", (ParamInfo("ADMIN_MODE", "string"),), scopes=("user",)),
        MethodInfo("crm.lead.list", "crm", (), deprecated=True, scopes=("crm",)),
    ]
    index = SearchIndex(twins)
    for query in ("crm.lead.add", "lead", "a", "fields", ""):
        assert _searched(index, query, limit=None) == _by_the_rule(_read(twins), query, limit=None), query
    added = [MethodInfo("crm.lead.ad", "crm", (), scopes=("crm",)), MethodInfo("x", "", (), scopes=())]
    everything = twins + added
    shared = index.sharing_words({m.name.lower(): m for m in everything}, added)
    for query in ("crm.lead.ad", "lead", "a", "x", ""):
        found = [m.name for m in shared.search(query, limit=None)]
        rule = [name.lower() for name in _by_the_rule(_read(everything), query, limit=None)]
        assert [name.lower() for name in found] == rule, query
