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

import heapq
import re
from collections.abc import Iterable
from dataclasses import dataclass
from operator import itemgetter

from b24desk.core.catalogue_model import MethodInfo, ParamInfo

__all__ = ["SearchIndex"]

_SPLIT = re.compile(r"[\s.,;/]+")


@dataclass(frozen=True, slots=True)
class _Entry:
    method: MethodInfo
    name: str  # lower-cased name
    words: str  # " crm lead add "
    params: str  # " fields title ... " (nested names too)
    text: str  # name + params: a word missing here rules the method out at once
    size: int  # number of words in the name
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
        self._entries: list[_Entry] = []
        for method in methods:
            name = method.name.lower()
            params = " " + " ".join(_param_names(method.params)) + " "
            self._entries.append(
                _Entry(
                    method,
                    name,
                    " " + " ".join(name.split(".")) + " ",
                    params,
                    name + params,
                    name.count(".") + 1,
                    frozenset(s.lower() for s in (method.scopes or (method.scope,)) if s),
                )
            )

    def search(self, query: str, scope: str | None = None, limit: int | None = 50) -> list[MethodInfo]:
        """Methods matching `query` (and `scope`, when given), best first, at most `limit`."""
        wanted_scope = scope.lower() if scope else None
        text = query.strip().lower()
        words = query_words(query)
        whole = [f" {w} " for w in words]
        starts = [f" {w}" for w in words]
        found: list[tuple[int, int, bool, int, str, MethodInfo]] = []
        for entry in self._entries:
            if wanted_scope is not None and wanted_scope not in entry.scopes:
                continue
            if not all(w in entry.text for w in words):
                continue  # ranks 1-6 all need every word somewhere in the name or the parameters
            name = entry.name
            if not words or name == text:
                rank = 0
            elif name.startswith(text):
                rank = 1
            elif all(w in entry.words for w in whole):
                rank = 2
            elif all(w in entry.words for w in starts):
                rank = 3
            elif all(w in name for w in words):
                rank = 4
            elif all(w in entry.words or w in entry.params for w in whole):
                rank = 5
            elif all(w in name or w in entry.params for w in words):
                rank = 6
            else:
                continue
            found.append((rank, entry.size, entry.method.deprecated, len(name), name, entry.method))
        key = itemgetter(0, 1, 2, 3, 4)
        chosen = sorted(found, key=key) if limit is None else heapq.nsmallest(limit, found, key=key)
        return [item[5] for item in chosen]
