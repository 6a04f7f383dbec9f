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
from collections.abc import Iterable, Mapping
from operator import itemgetter

from b24desk.core.catalogue_model import MethodInfo

__all__ = ["SearchIndex"]

_SPLIT = re.compile(r"[\s.,;/]+")


class _Entry:
    """A method as the search sees it (a plain class: the index makes ~1,600 when the search is first focused,
    a frozen dataclass's were ~3x slower to make)."""

    __slots__ = ("method", "name", "params", "scopes", "size", "text", "words")

    def __init__(
        self, method: MethodInfo, name: str, words: str, params: str, text: str, size: int, scopes: frozenset[str]
    ) -> None:
        self.method = method
        self.name = name  # lower-cased name
        self.words = words  # " crm lead add "
        self.params = params  # " fields title ... " (nested names too)
        self.text = text  # name + params: a word missing here rules the method out at once
        self.size = size  # number of words in the name
        self.scopes = scopes


type _Found = tuple[int, int, bool, int, str, MethodInfo]  # rank, name words, deprecated, length, name, method


def query_words(query: str) -> list[str]:
    """The lower-cased words of a query (split on spaces, dots and commas)."""
    return [word for word in _SPLIT.split(query.strip().lower()) if word]


def _entry(method: MethodInfo) -> _Entry:
    name = method.name.lower()
    params = " " + " ".join(method.param_names()).lower() + " "  # from the file's text: no parameter made
    return _Entry(
        method,
        name,
        " " + " ".join(name.split(".")) + " ",
        params,
        name + params,
        name.count(".") + 1,
        frozenset(s.lower() for s in (method.scopes or (method.scope,)) if s),
    )


class SearchIndex:
    """A prepared, read-only index over methods; `search` ranks them for a query."""

    def __init__(self, methods: Iterable[MethodInfo]) -> None:
        self._entries: list[_Entry] = [_entry(method) for method in methods]
        self._methods: Mapping[str, MethodInfo] | None = None  # what a search gives, by lower-cased name

    def sharing_words(self, methods: Mapping[str, MethodInfo], added: Iterable[MethodInfo] = ()) -> SearchIndex:
        """An index over the same words, plus those of `added`, that gives `methods` (by lower-cased name): a
        marked copy of the catalogue (Catalogue.with_portal: the same names, scopes and parameters, and the
        methods the portal adds) needs no index of its own (~1 MiB)."""
        shared = SearchIndex(added)
        shared._entries[:0] = self._entries
        shared._methods = methods
        return shared

    def search(self, query: str, scope: str | None = None, limit: int | None = 50) -> list[MethodInfo]:
        """Methods matching `query` (and `scope`, when given), best first, at most `limit`."""
        wanted_scope = scope.lower() if scope else None
        text = query.strip().lower()
        words = query_words(query)
        if len(words) == 1:  # what a user types first (`a`, `lead`): plain tests, no generator per method
            found = self._one_word(words[0], text, wanted_scope)
        else:
            found = self._any_words(words, text, wanted_scope)
        key = itemgetter(0, 1, 2, 3, 4)
        chosen = sorted(found, key=key) if limit is None else heapq.nsmallest(limit, found, key=key)
        if self._methods is not None:
            return [self._methods[item[4]] for item in chosen]
        return [item[5] for item in chosen]

    def _one_word(self, word: str, text: str, wanted_scope: str | None) -> list[_Found]:
        """The ranks of `_any_words` for a single word, with the tests written out."""
        whole, start = f" {word} ", f" {word}"
        found: list[_Found] = []
        append = found.append
        for entry in self._entries:
            if word not in entry.text or (wanted_scope is not None and wanted_scope not in entry.scopes):
                continue
            name = entry.name
            if name == text:
                rank = 0
            elif name.startswith(text):
                rank = 1
            elif whole in entry.words:
                rank = 2
            elif start in entry.words:
                rank = 3
            elif word in name:
                rank = 4
            elif whole in entry.params:
                rank = 5
            else:  # the word is in the parameters (it is in name + parameters, and not in the name)
                rank = 6
            append((rank, entry.size, entry.method.deprecated, len(name), name, entry.method))
        return found

    def _any_words(self, words: list[str], text: str, wanted_scope: str | None) -> list[_Found]:
        whole = [f" {w} " for w in words]
        starts = [f" {w}" for w in words]
        found: list[_Found] = []
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
        return found
