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
once when the index is built, and the methods kept in that tie-break order: a query keeps the methods that
hold its words, then takes them rank by rank (a pass of substring tests each, until `limit` are chosen).
No sort, no tuple per method: `a` (nearly every method matches) took 2.4 ms that way, now ~0.3-0.8 ms.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping

from b24desk.core.catalogue_model import MethodInfo

__all__ = ["SearchIndex", "query_words"]

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
        # made in tie-break order: a search walks them in that order, and finds them close in memory (in the order
        # they were made, the walk was ~2x slower once painting had pushed them out of the CPU's caches)
        self._entries: list[_Entry] = [_entry(method) for method in sorted(methods, key=_method_tie_break)]
        self._methods: Mapping[str, MethodInfo] | None = None  # what a search gives, by lower-cased name

    def sharing_words(self, methods: Mapping[str, MethodInfo], added: Iterable[MethodInfo] = ()) -> SearchIndex:
        """An index over the same words, plus those of `added`, that gives `methods` (by lower-cased name): a
        marked copy of the catalogue (Catalogue.with_portal: the same names, scopes and parameters, and the
        methods the portal adds) needs no index of its own (~1 MiB)."""
        shared = SearchIndex(added)
        # the methods the portal adds (a few) where their tie-break puts them; the shared ones first on a tie
        shared._entries = sorted(self._entries + shared._entries, key=_tie_break) if shared._entries else self._entries
        shared._methods = methods
        return shared

    def search(self, query: str, scope: str | None = None, limit: int | None = 50) -> list[MethodInfo]:
        """Methods matching `query` (and `scope`, when given), best first, at most `limit`."""
        if limit is not None and limit <= 0:
            return []
        words = query_words(query)
        found = self._entries
        if scope:
            wanted = scope.lower()
            found = [entry for entry in found if wanted in entry.scopes]
        for word in words:  # every rank needs every word in the name or the parameters
            found = [entry for entry in found if word in entry.text]
        chosen = _ranked(found, words, query.strip().lower(), limit) if words else found[:limit]
        if self._methods is not None:
            methods = self._methods
            return [methods[entry.name] for entry in chosen]
        return [entry.method for entry in chosen]


def _tie_break(entry: _Entry) -> tuple[int, bool, int, str]:
    """A method's place within a rank: fewer name words, not deprecated, shorter, alphabetical (then as given).
    The index keeps its entries in this order: a search only says which rank each matching one reaches."""
    return entry.size, entry.method.deprecated, len(entry.name), entry.name


def _method_tie_break(method: MethodInfo) -> tuple[int, bool, int, str]:
    """`_tie_break` of the method's entry, before it is made."""
    name = method.name.lower()
    return name.count(".") + 1, method.deprecated, len(name), name


def _rank_passes(found: list[_Entry], words: list[str], text: str) -> Iterator[list[_Entry]]:
    """For each rank, best first, the entries of `found` (in tie-break order) that reach it; an entry reaching
    a better rank is there too (the caller drops it). Each rank is a pass or two over the list, made only when
    the better ranks did not give enough."""
    prefixed = [entry for entry in found if entry.name.startswith(text)]
    yield [entry for entry in prefixed if entry.name == text]  # 0
    yield prefixed  # 1
    whole = [f" {word} " for word in words]
    yield _every_in_words(found, whole)  # 2
    yield _every_in_words(found, [f" {word}" for word in words])  # 3
    names = found
    for word in words:
        names = [entry for entry in names if word in entry.name]
    yield names  # 4
    named = found
    for needle in whole:
        named = [entry for entry in named if needle in entry.words or needle in entry.params]
    yield named  # 5
    yield found  # 6: every word is somewhere in the name or the parameters


def _every_in_words(entries: list[_Entry], needles: list[str]) -> list[_Entry]:
    for needle in needles:
        entries = [entry for entry in entries if needle in entry.words]
    return entries


def _ranked(found: list[_Entry], words: list[str], text: str, limit: int | None) -> list[_Entry]:
    """The first `limit` of `found` (each holding every word, in tie-break order) by rank, then tie-break order."""
    chosen: list[_Entry] = []
    taken: set[_Entry] = set()  # chosen at a better rank
    for hits in _rank_passes(found, words, text):
        if taken:
            hits = [entry for entry in hits if entry not in taken]
        chosen += hits
        if limit is not None and len(chosen) >= limit:
            return chosen[:limit]
        taken.update(hits)
    return chosen
