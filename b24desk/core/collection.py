"""Collections: a folder of request files (`NAME.b24.json`) in sub-folders, and what the tree can do to them.

A collection is any folder; its requests are the files ending in `.b24.json` below it (other files,
hidden folders such as `.git`, and the `environments/` folder at its top are not requests). The tree
and `b24desk run` list a folder's requests first, then its sub-folders, each in natural order of
their names (`2 get` before `10 update`), so a prefix number sets the order of a run.

Every operation stays inside the collection (no name may hold a path separator or be `..`), never
replaces an existing file or folder, and says plainly what went wrong (CollectionError).
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from b24desk.core.errors import CollectionError
from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate
from b24desk.core.request_file import SavedRequest, load_saved, request_to_json, save_request
from b24desk.core.text_file import write_text_if_changed

__all__ = ["ENVIRONMENTS", "MAX_NAME", "REQUEST_SUFFIX", "Collection", "CollectionNode", "check_name", "natural_key"]

REQUEST_SUFFIX = ".b24.json"
ENVIRONMENTS = "environments"
MAX_NAME = 120
_CTX = "collection"
_MSG = {
    "name": QT_TRANSLATE_NOOP(
        "collection", "'{name}' cannot be a name here: use letters, digits, spaces, dots, - and _ (no / or \\)."
    ),
    "outside": QT_TRANSLATE_NOOP("collection", "{path} is not inside the collection {root}."),
    "exists": QT_TRANSLATE_NOOP("collection", "{path} already exists; choose another name."),
    "missing": QT_TRANSLATE_NOOP("collection", "{path} does not exist (renamed or deleted outside b24desk?)."),
    "into_itself": QT_TRANSLATE_NOOP("collection", "A folder cannot be moved into itself."),
    "io": QT_TRANSLATE_NOOP("collection", "{path}: {reason}"),
}
_BAD_NAME = re.compile(r'[/\\\x00-\x1f<>:"|?*]')
_DIGITS = re.compile(r"(\d+)")
_T = TypeVar("_T")


def _t(key: str, **values: object) -> CollectionError:
    return CollectionError(translate(_CTX, _MSG[key]).format(**values))


def check_name(name: str) -> str:
    """A file or folder name a collection may hold (no separators, not hidden, not `..`, not too long)."""
    clean = name.strip()
    if not clean or clean.startswith(".") or len(clean) > MAX_NAME or _BAD_NAME.search(clean):
        raise _t("name", name=name)
    return clean


def natural_key(name: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key: case-insensitive, numbers by value (`2 get` before `10 update`)."""
    return tuple((0, int(part)) if part.isdigit() else (1, part.casefold()) for part in _DIGITS.split(name) if part)


def request_name(path: Path) -> str:
    """The name shown for a request file: its file name without `.b24.json`."""
    return path.name[: -len(REQUEST_SUFFIX)] if path.name.endswith(REQUEST_SUFFIX) else path.stem


def is_request_file(path: Path) -> bool:
    """Whether the tree shows this file as a request."""
    return path.name.endswith(REQUEST_SUFFIX) and not path.name.startswith(".") and path.is_file()


@dataclass(frozen=True, slots=True)
class CollectionNode:
    """One row of the tree: a folder (with children) or a request file; `path` is relative to the root."""

    path: Path
    name: str
    is_folder: bool
    children: tuple[CollectionNode, ...] = ()


class Collection:
    """A collection folder and the operations of its tree."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    @classmethod
    def create(cls, root: Path) -> Collection:
        """A collection in `root`, the folder made (with its parents) when it does not exist yet."""
        try:
            root.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise _t("io", path=root, reason=error.strerror or error) from None
        return cls(root)

    # -- reading ---------------------------------------------------------------------------------
    def inside(self, relative: Path | str) -> Path:
        """The absolute path of `relative`, refused when it leaves the collection."""
        path = (self.root / relative).resolve()
        if path != self.root and self.root not in path.parents:
            raise _t("outside", path=relative, root=self.root)
        return path

    def _children(self, folder: Path) -> tuple[list[Path], list[Path]]:
        try:
            entries = list(folder.iterdir())
        except OSError as error:
            raise _t("io", path=folder, reason=error.strerror or error) from None
        files = sorted((p for p in entries if is_request_file(p)), key=lambda p: natural_key(request_name(p)))
        folders = sorted(
            (
                p
                for p in entries
                if p.is_dir()
                and not p.name.startswith(".")
                and not p.is_symlink()  # a link could lead out of the collection or round in a loop
                and not (folder == self.root and p.name == ENVIRONMENTS)
            ),
            key=lambda p: natural_key(p.name),
        )
        return files, folders

    def tree(self) -> CollectionNode:
        """The whole tree: the root folder, requests first, then sub-folders, in natural order."""

        def node(folder: Path) -> CollectionNode:
            files, folders = self._children(folder)
            children = [CollectionNode(p.relative_to(self.root), request_name(p), False) for p in files]
            children += [node(p) for p in folders]
            return CollectionNode(folder.relative_to(self.root), folder.name, True, tuple(children))

        return node(self.root)

    def request_files(self, folder: Path | str = ".") -> list[Path]:
        """Every request file under `folder`, in the order of the tree (the order `b24desk run` uses)."""

        def walk(path: Path) -> Iterator[Path]:
            files, folders = self._children(path)
            yield from files
            for sub in folders:
                yield from walk(sub)

        return list(walk(self.inside(folder)))

    def load(self, relative: Path | str) -> SavedRequest:
        """Read one request of the collection."""
        return load_saved(self.inside(relative))

    # -- changing --------------------------------------------------------------------------------
    def _free(self, path: Path) -> Path:
        if path.exists() or path.is_symlink():
            raise _t("exists", path=path.relative_to(self.root))
        return path

    def _folder(self, relative: Path | str) -> Path:
        folder = self.inside(relative)
        if not folder.is_dir():
            raise _t("missing", path=relative)
        return folder

    def _existing(self, relative: Path | str) -> Path:
        path = self.inside(relative)
        if path == self.root or not (path.exists() or path.is_symlink()):
            raise _t("missing", path=relative)
        return path

    def new_request(self, folder: Path | str, name: str, saved: SavedRequest) -> Path:
        """Create `name.b24.json` in `folder` holding `saved`; return its path relative to the root."""
        path = self._free(self._folder(folder) / (check_name(name) + REQUEST_SUFFIX))
        text = request_to_json(saved.request, webhook=saved.webhook)  # checked before anything is created
        self._io(path, lambda: write_text_if_changed(path, text))
        return path.relative_to(self.root)

    def save(self, relative: Path | str, saved: SavedRequest) -> bool:
        """Write a request back to its file; an unchanged request leaves the file untouched (returns False)."""
        path = self.inside(relative)
        return bool(self._io(path, lambda: save_request(path, saved.request, webhook=saved.webhook)))

    def new_folder(self, folder: Path | str, name: str) -> Path:
        """Create a sub-folder; return its path relative to the root."""
        path = self._free(self._folder(folder) / check_name(name))
        self._io(path, path.mkdir)
        return path.relative_to(self.root)

    def rename(self, relative: Path | str, new_name: str) -> Path:
        """Rename a request (give the name without `.b24.json`) or a folder in place."""
        path = self._existing(relative)
        suffix = REQUEST_SUFFIX if path.is_file() and path.name.endswith(REQUEST_SUFFIX) else ""
        target = path.with_name(check_name(new_name) + suffix)
        if target == path:
            return path.relative_to(self.root)
        if target.name.casefold() != path.name.casefold():  # a change of case only is a rename to itself
            self._free(target)
        self._io(path, lambda: path.rename(target))
        return target.relative_to(self.root)

    def move(self, relative: Path | str, folder: Path | str) -> Path:
        """Move a request or folder into another folder of the collection."""
        path = self._existing(relative)
        destination = self._folder(folder)
        if destination == path or path in destination.parents:
            raise CollectionError(translate(_CTX, _MSG["into_itself"]))
        target = destination / path.name
        if target == path:
            return path.relative_to(self.root)
        self._free(target)
        self._io(path, lambda: shutil.move(path, target))
        return target.relative_to(self.root)

    def duplicate(self, relative: Path | str) -> Path:
        """Copy a request or folder beside itself as `NAME copy`, `NAME copy 2`, ...; return the copy's path."""
        path = self._existing(relative)
        is_request = path.is_file() and path.name.endswith(REQUEST_SUFFIX)
        base = request_name(path) if is_request else path.name
        suffix = REQUEST_SUFFIX if is_request else ""
        number = 1
        while True:
            label = f"{base} copy" if number == 1 else f"{base} copy {number}"
            target = path.with_name(label + suffix)
            if not target.exists():
                break
            number += 1
        if path.is_dir():
            self._io(path, lambda: shutil.copytree(path, target, symlinks=True))
        else:
            self._io(path, lambda: shutil.copy2(path, target))
        return target.relative_to(self.root)

    def delete(self, relative: Path | str) -> None:
        """Delete a request, or a folder with everything in it (the UI asks first)."""
        path = self._existing(relative)
        if path.is_dir() and not path.is_symlink():
            self._io(path, lambda: shutil.rmtree(path))
        else:
            self._io(path, path.unlink)

    def _io(self, path: Path, action: Callable[[], _T]) -> _T:
        try:
            return action()
        except OSError as error:
            raise _t("io", path=path, reason=error.strerror or error) from None
