"""Scanning files and folders: which files are read, how each becomes findings with a line number.

Folders are walked without following links; version-control and dependency folders (.git,
node_modules, .venv ...) are left out. A file is skipped, and counted as skipped with its reason,
when it is larger than the size limit or looks binary (a NUL byte in its first 8 KiB). Text files
are read whole (each at most the size limit, so memory stays bounded) and searched in C-speed
passes; a quick substring test rejects the great majority of files before any regex runs.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from b24desk.core.leak_scan.detect import Hit, allowed_lines, might_hold_secret, scan_text
from b24desk.core.secret import Secret

__all__ = ["BINARY", "MAX_BYTES", "TOO_LARGE", "Finding", "ScanReport", "findings_in_text", "iter_files", "scan_paths"]

MAX_BYTES = 20 * 1024 * 1024  # a HAR export or a CRest log may be large; past this a file is skipped
SKIPPED_FOLDERS = frozenset(
    {
        ".git",
        ".hg",
        ".svn",
        "node_modules",
        ".venv",
        "venv",
        "__pycache__",
        ".mypy_cache",
        ".pytest_cache",
        ".ruff_cache",
        ".tox",
        ".hypothesis",
    }
)
BINARY_SNIFF = 8192
TOO_LARGE, BINARY, UNREADABLE = "too large", "binary", "unreadable"


@dataclass(frozen=True)
class Finding:
    """A secret at a place: file and line (and commit, for history), what it is, shown masked."""

    path: str
    line: int
    kind: str
    form: str
    secret: Secret
    shown: str
    commit: str | None = None

    def place(self) -> str:
        """`path:line`, with the commit for a finding in history."""
        where = f"{self.path}:{self.line}"
        return f"{where} (commit {self.commit[:12]})" if self.commit else where


@dataclass
class ScanReport:
    """What a scan found and what it read."""

    findings: list[Finding] = field(default_factory=list)
    files_scanned: int = 0
    bytes_scanned: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    commits_scanned: int = 0


def findings_in_text(text: str, path: str, commit: str | None = None, lines: list[int] | None = None) -> list[Finding]:
    """The findings of `text` with 1-based line numbers (or `lines[i]` for the text's i-th line)."""
    hits = scan_text(text)
    if not hits:
        return []
    allowed = allowed_lines(text)
    found = []
    line, counted_to = 1, 0
    for hit in hits:
        line += text.count("\n", counted_to, hit.offset)
        counted_to = hit.offset
        if line in allowed:
            continue
        shown_line = lines[line - 1] if lines is not None and line - 1 < len(lines) else line
        found.append(_finding(hit, path, shown_line, commit))
    return found


def _finding(hit: Hit, path: str, line: int, commit: str | None) -> Finding:
    return Finding(path, line, hit.kind, hit.form, hit.secret, hit.shown, commit)


@dataclass(frozen=True)
class FileText:
    """A file read for scanning: its bytes, or why it was not read."""

    data: bytes = b""
    skipped: str | None = None


def read_file(path: str, max_bytes: int = MAX_BYTES) -> FileText:
    """The file's bytes, or why it is skipped: larger than `max_bytes`, binary, or unreadable."""
    try:
        with open(path, "rb") as handle:
            if os.fstat(handle.fileno()).st_size > max_bytes:
                return FileText(skipped=TOO_LARGE)
            head = handle.read(BINARY_SNIFF)
            if b"\0" in head:
                return FileText(skipped=BINARY)
            data = head + handle.read(max_bytes + 1 - len(head)) if len(head) == BINARY_SNIFF else head
    except OSError:
        return FileText(skipped=UNREADABLE)
    return FileText(data) if len(data) <= max_bytes else FileText(skipped=TOO_LARGE)


def _excluded(path: str, name: str, excludes: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatch(path, pattern) or fnmatch.fnmatch(name, pattern) for pattern in excludes)


def _walk(root: str, excludes: tuple[str, ...]) -> Iterator[str]:
    """Files under `root` in name order; links are not followed, skipped folders not entered."""
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError:
            continue
        folders = []
        for entry in entries:
            if entry.is_symlink() or (excludes and _excluded(entry.path, entry.name, excludes)):
                continue
            if entry.is_dir():
                if entry.name not in SKIPPED_FOLDERS:
                    folders.append(entry.path)
            elif entry.is_file():
                yield entry.path
        stack.extend(reversed(folders))


def iter_files(paths: Iterable[Path], excludes: Iterable[str] = ()) -> Iterator[Path]:
    """Every file under `paths` (files as given, folders walked), in a stable order."""
    patterns = tuple(excludes)
    for root in paths:
        if root.is_file():
            if not _excluded(str(root), root.name, patterns):
                yield root
        else:
            yield from map(Path, _walk(str(root), patterns))


def scan_paths(
    paths: Iterable[Path],
    *,
    excludes: Iterable[str] = (),
    max_bytes: int = MAX_BYTES,
    on_file: Callable[[Path], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ScanReport:
    """Scan files and folders; `on_file` hears of each file read, `cancelled` stops the walk early."""
    report = ScanReport()
    for path in iter_files(paths, excludes):
        if cancelled is not None and cancelled():
            break
        name = str(path)
        read = read_file(name, max_bytes)
        if read.skipped is not None:
            report.skipped.append((name, read.skipped))
            continue
        report.files_scanned += 1
        report.bytes_scanned += len(read.data)
        if might_hold_secret(read.data):
            report.findings += findings_in_text(read.data.decode("utf-8", errors="replace"), name)
        if on_file is not None:
            on_file(path)
    return report
