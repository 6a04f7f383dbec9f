"""Search over the catalogue by method name, name words and parameter names, best matches first.

Ranks, best first (a method takes the best rank it reaches):

    0  the name is the query               crm.lead.add
    1  the name starts with the query      crm.lead.
    2  every word is a word of the name    "lead add" -> crm.lead.add
    3  every word starts a word of the name "lea ad"
    4  every word is inside the name        "ead"
    5  every word is a name word or a parameter name   "lead TITLE"
    6  every word is inside the name or a parameter name

Within a rank: names with fewer words first (`lead add` -> crm.lead.add before crm.lead.contact.add),
then not deprecated, then shorter names, then alphabetical. Everything is lower-cased
once when the index is built, so a query is a few substring tests per method.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from b24desk.core.catalogue_model import MethodInfo, ParamInfo

_SPLIT = re.compile(r"[\s.,;/]+")


@dataclass(frozen=True, slots=True)
class _Entry:
    method: MethodInfo
    name: str  # lower-cased name
    words: str  # " crm lead add "
    params: str  # " fields title ... " (nested names too)
    scopes: frozenset[str]


def _param_names(params: Iterable[ParamInfo]) -> list[str]:
    names: list[str] = []
    for param in params:
        names.append(param.name.lower())
        names.extend(_param_names(param.children))
    return names


def query_words(query: str) -> list[str]:
    """The lower-cased words of a query (split on spaces, dots and commas)."""
    return [word for word in _SPLIT.split(query.strip().lower()) if word]


class SearchIndex:
    """A prepared, read-only index over methods; `search` ranks them for a query."""

    def __init__(self, methods: Iterable[MethodInfo]) -> None:
        self._entries = [
            _Entry(
                method,
                method.name.lower(),
                " " + " ".join(method.name.lower().split(".")) + " ",
                " " + " ".join(_param_names(method.params)) + " ",
                frozenset(s.lower() for s in (method.scopes or (method.scope,)) if s),
            )
            for method in methods
        ]

    def _rank(self, entry: _Entry, query: str, words: list[str]) -> int | None:
        if entry.name == query:
            return 0
        if entry.name.startswith(query):
            return 1
        if all(f" {w} " in entry.words for w in words):
            return 2
        if all(f" {w}" in entry.words for w in words):
            return 3
        if all(w in entry.name for w in words):
            return 4
        if all(f" {w} " in entry.words or f" {w} " in entry.params for w in words):
            return 5
        if all(w in entry.name or w in entry.params for w in words):
            return 6
        return None

    def search(self, query: str, scope: str | None = None, limit: int | None = 50) -> list[MethodInfo]:
        """Methods matching `query` (and `scope`, when given), best first, at most `limit`."""
        wanted_scope = scope.lower() if scope else None
        text = query.strip().lower()
        words = query_words(query)
        found: list[tuple[int, int, bool, int, str, MethodInfo]] = []
        for entry in self._entries:
            if wanted_scope is not None and wanted_scope not in entry.scopes:
                continue
            rank = self._rank(entry, text, words) if words else 0
            if rank is not None:
                method = entry.method
                size = entry.words.count(" ")
                found.append((rank, size, method.deprecated, len(entry.name), entry.name, method))
        found.sort(key=lambda item: item[:5])
        chosen = found if limit is None else found[:limit]
        return [item[5] for item in chosen]
