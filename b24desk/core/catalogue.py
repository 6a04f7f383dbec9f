"""The bundled method catalogue: loaded on first use, looked up by name, searched, completed by live data.

`load_catalogue()` reads `resources/catalogue/methods.json` (built from the official docs by
`tools/build_catalogue.py`) the first time it is called and keeps it; importing this module reads
nothing. In an installed wheel the file sits at `b24desk/resources/catalogue/`, in the source tree
at the top-level `resources/catalogue/`.

Live discovery (the portal's `methods`/`scope` answers) plugs in through `Catalogue.with_portal`, which
marks each method `available` and adds the ones the portal has and the docs lack.
"""

from __future__ import annotations

import functools
import json
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from itertools import repeat
from pathlib import Path
from typing import TYPE_CHECKING, Any

from b24desk.core.catalogue_model import MethodInfo, ParamInfo
from b24desk.core.catalogue_records import (
    DOC_SITE,
    FORMAT_VERSION,
    PARAMS_LINE,
    method_from_record,
    param_names_from_text,
    params_from_records,
)
from b24desk.core.errors import B24DeskError
from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate
from b24desk.core.value_record import ReadOnlyValue, slot_setters

if TYPE_CHECKING:
    from b24desk.core.catalogue_search import SearchIndex

__all__ = [
    "Catalogue",
    "CatalogueError",
    "ParamTexts",
    "bundled_catalogue_path",
    "catalogue_from_text",
    "load_catalogue",
    "package_folder",
    "read_catalogue",
]

DATA_NAME = "methods.json"
_MSG_MISSING = QT_TRANSLATE_NOOP("catalogue", "The method catalogue is missing: {path}")
_MSG_BROKEN = QT_TRANSLATE_NOOP("catalogue", "The method catalogue cannot be read ({reason}): {path}")


class CatalogueError(B24DeskError):
    """The bundled catalogue file is missing or unreadable."""


class CatalogueSource(ReadOnlyValue):
    """Where the catalogue's facts come from: the docs repository, its commit, and its licence."""

    __slots__ = ("commit", "commit_date", "licence", "repository")
    __match_args__ = ("repository", "commit", "commit_date", "licence")
    repository: str
    commit: str
    commit_date: str
    licence: str

    def __init__(self, repository: str = "", commit: str = "", commit_date: str = "", licence: str = "") -> None:
        for setter, value in zip(_SOURCE_SETTERS, (repository, commit, commit_date, licence), strict=True):
            setter(self, value)


_SOURCE_SETTERS = slot_setters(CatalogueSource, CatalogueSource.__match_args__)


class ParamTexts:
    """Decodes the parameters of a file's methods when each is first read (MethodInfo.params): equal
    parameters of different methods are one object, as when the file was decoded whole; a text that is
    not parameter records raises the file's CatalogueError then."""

    def __init__(self, path: Path | str) -> None:
        self.path = path
        self._shared: dict[tuple[Any, ...], ParamInfo] = {}

    def __call__(self, method: str, text: str) -> tuple[ParamInfo, ...]:
        return self._read(method, lambda: params_from_records(text, self._shared))

    def names(self, method: str, text: str) -> list[str]:
        """The names in a method's parameters line (the search index's: no parameter made)."""
        return self._read(method, lambda: param_names_from_text(text))

    def _read[T](self, method: str, read: Callable[[], T]) -> T:
        try:
            return read()
        except (ValueError, KeyError, TypeError, IndexError) as error:
            raise broken(f"{method}: {type(error).__name__}", self.path) from error


class Catalogue:
    """All known methods by name; search by name, words, scope and parameter names."""

    def __init__(self, methods: Iterable[MethodInfo], source: CatalogueSource | None = None) -> None:
        self._methods = {m.name.lower(): m for m in methods}
        self.source = source or CatalogueSource()
        self._index: SearchIndex | None = None
        self._indexing = threading.Lock()  # the app builds it in a thread: a second caller waits, never builds twice
        self._index_begun = False

    def __len__(self) -> int:
        return len(self._methods)

    def __iter__(self) -> Iterator[MethodInfo]:
        return iter(self._methods.values())

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._methods

    def get(self, name: str) -> MethodInfo | None:
        """The method called `name` (case-insensitive, a `.json` suffix ignored), or None."""
        return self._methods.get(name.strip().lower().removesuffix(".json"))

    def prepare_search(self) -> SearchIndex:
        """The search index, built now if no search has built it yet (waiting for a build under way)."""
        if self._index is None:
            from b24desk.core.catalogue_search import SearchIndex  # the first search's, not the start-up's

            self._index_begun = True
            with self._indexing:
                if self._index is None:
                    self._index = SearchIndex(self._methods.values())
        return self._index

    def search(self, query: str = "", scope: str | None = None, limit: int | None = 50) -> list[MethodInfo]:
        """Methods matching `query` in name or parameter names, best first (see catalogue_search)."""
        return self.prepare_search().search(query, scope, limit)

    def suggestions(self, name: str, limit: int = 3) -> list[str]:
        """Known names for a name the catalogue lacks: typo-close ones first, else names the search finds."""
        from b24desk.core.method_suggestions import closest_methods

        if self.get(name) is not None:
            return []
        close = closest_methods(name, (m.name for m in self._methods.values()), limit)
        return close or [m.name for m in self.search(name, limit=limit)]

    def scopes(self) -> tuple[str, ...]:
        """Every scope some method belongs to, sorted."""
        return tuple(sorted({s for m in self._methods.values() for s in (m.scopes or (m.scope,)) if s}))

    def with_portal(
        self,
        available: Iterable[str],
        scope_of: Mapping[str, str] | None = None,
        scopes: Iterable[str] | None = None,
    ) -> Catalogue:
        """A copy marked by what the portal offers: `available` True/False, unknown names added.

        `available` is the portal's method list (the `methods` call); `scope_of` optionally maps a
        method the docs lack to the scope it was listed under; `scopes` (the `scope` call) tells a
        method left out for a missing scope from one the portal does not serve (`scope_granted`).
        """
        offered = {name.lower(): name for name in available}
        granted = None if scopes is None else {"basic", "", *scopes}
        added: list[MethodInfo] = []
        merged = [
            m.replace(
                available=m.name.lower() in offered,
                scope_granted=None if granted is None else any(s in granted for s in (m.scopes or (m.scope,))),
            )
            for m in self._methods.values()
        ]
        for lowered, name in offered.items():
            if lowered not in self._methods:
                scope = (scope_of or {}).get(name, "")
                added.append(
                    MethodInfo(
                        name,
                        scope,
                        scopes=(scope,) if scope else (),
                        params_known=False,
                        available=True,
                        origin="portal",
                    )
                )
        marked = Catalogue(merged + added, self.source)
        if self._index is not None or self._index_begun:  # the same words, and those of the methods added
            marked._index = self.prepare_search().sharing_words(marked._methods, added)  # (a build under way: its end)
        return marked


def catalogue_from_data(data: Mapping[str, Any], path: Path | str = "", params: list[Any] | None = None) -> Catalogue:
    """Build a Catalogue from the decoded JSON document the generator writes (read from `path`), with its
    methods' parameters given apart (`params`: their JSON texts, decoded when first read) or in the document."""
    if data.get("format") != FORMAT_VERSION:
        raise ValueError(f"unknown catalogue format {data.get('format')!r}")
    methods = data["methods"]
    if params is None:
        params = data["params"]
    if len(params) != len(methods):
        raise ValueError(f"{len(methods)} methods, {len(params)} parameter lists")
    site = data.get("doc_site", DOC_SITE)
    source = data.get("source", {})
    texts = ParamTexts(path)
    return Catalogue(
        map(method_from_record, methods, params, repeat(site), repeat(texts)),
        CatalogueSource(
            repository=source.get("repository", ""),
            commit=source.get("commit", ""),
            commit_date=source.get("commit_date", ""),
            licence=source.get("licence", ""),
        ),
    )


def catalogue_from_text(text: str, path: Path | str = "") -> Catalogue:
    """Build a Catalogue from a file's text: laid out by the generator (its methods, then one method's
    parameters a line), only the methods are decoded now, ~1.5 ms instead of ~5 for the whole document on
    the start-up's path, and each line when that method's parameters are first read; else decoded whole."""
    cut = text.find(PARAMS_LINE)
    if cut < 0:
        return catalogue_from_data(json.loads(text), path)
    data = json.loads(text[:cut] + "]}")
    lines = text[cut + len(PARAMS_LINE) :].split(",\n")  # the last one ends the list: "...\n]}\n"
    last = lines[-1].rstrip()
    if not last.endswith("]}"):
        raise ValueError("the parameters' list is not closed")
    last = last[:-2].rstrip()
    if last:
        lines[-1] = last
    else:  # no method
        lines.pop()
    return catalogue_from_data(data, path, lines)


def read_catalogue(path: Path) -> Catalogue:
    """Read a catalogue file (JSON, or gzip-compressed JSON when the name ends in `.gz`)."""
    try:
        raw = path.read_bytes()
        if path.suffix == ".gz":
            import gzip  # the bundled file is plain JSON

            raw = gzip.decompress(raw)
        return catalogue_from_text(raw.decode("utf-8"), path)
    except FileNotFoundError:
        raise CatalogueError(translate("catalogue", _MSG_MISSING).format(path=path)) from None
    except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError) as error:
        raise broken(type(error).__name__, path) from error


def broken(reason: str, path: Path | str) -> CatalogueError:
    """The error of a catalogue file that cannot be read, for `reason`."""
    return CatalogueError(translate("catalogue", _MSG_BROKEN).format(reason=reason, path=path))


def package_folder() -> Path:
    """The installed package's folder: what importlib.resources.files("b24desk") gives for a package on disk,
    without loading importlib.resources (~2 ms of the first screen's catalogue read)."""
    return Path(__file__).resolve().parents[1]


def bundled_catalogue_path(package: Path | None = None) -> Path:
    """Where the bundled data file is: inside the installed package, else in the source tree."""
    packaged = (package or package_folder()) / "resources" / "catalogue" / DATA_NAME
    if packaged.is_file():
        return packaged
    return Path(__file__).resolve().parents[2] / "resources" / "catalogue" / DATA_NAME


@functools.cache
def load_catalogue() -> Catalogue:
    """The bundled catalogue, read on the first call and kept (raises CatalogueError if unreadable)."""
    return read_catalogue(bundled_catalogue_path())
