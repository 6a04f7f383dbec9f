"""Scanning a git repository's history: every line ever added, in every commit of every branch and tag.

`git log -p --all --unified=0` is read as a stream (never held whole): for each commit and file the
added lines are gathered with their line numbers in that commit's version of the file, then searched
as one text. A secret that was committed and removed later is found in the commit that added it.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

from b24desk.core.errors import InputError
from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate
from b24desk.core.leak_scan.files import MAX_BYTES, ScanReport, findings_in_text

__all__ = ["repository_root", "scan_git_history"]

_CTX = "leak_scan"
_MSG = {
    "no_git": QT_TRANSLATE_NOOP("leak_scan", "The git command is not installed, so the history cannot be scanned."),
    "not_repo": QT_TRANSLATE_NOOP("leak_scan", "{path} is not inside a git repository, so it has no history to scan."),
    "git_failed": QT_TRANSLATE_NOOP("leak_scan", "git could not read the history of {path}: {reason}"),
}
_HUNK = re.compile(rb"^@@+ (?:-\d+(?:,(\d+))? )+\+(\d+)(?:,(\d+))? @@")
_COMMIT = b"\0commit "


class _FileDiff:
    """The added lines of one file in one commit."""

    def __init__(self, path: str, commit: str) -> None:
        self.path, self.commit = path, commit
        self.lines: list[str] = []
        self.numbers: list[int] = []
        self.size = 0

    def add(self, number: int, text: str) -> None:
        self.lines.append(text)
        self.numbers.append(number)
        self.size += len(text)

    def flush(self, report: ScanReport) -> None:
        if self.lines:
            report.findings += findings_in_text("\n".join(self.lines), self.path, self.commit, self.numbers)
            report.bytes_scanned += self.size
        self.lines, self.numbers, self.size = [], [], 0


def repository_root(path: Path) -> Path:
    """The top folder of the git repository that holds `path` (InputError when there is none)."""
    return Path(_git_root(path)[1])


def _git_root(path: Path) -> tuple[str, str]:
    git = shutil.which("git")
    if git is None:
        raise InputError(translate(_CTX, _MSG["no_git"]))
    folder = path if path.is_dir() else path.parent
    done = subprocess.run(
        [git, "-C", str(folder), "rev-parse", "--show-toplevel"], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise InputError(translate(_CTX, _MSG["not_repo"]).format(path=path))
    return git, done.stdout.strip()


def _path_of(header: bytes) -> str | None:
    """The new path from a `+++ b/PATH` line (None for a deleted file)."""
    name = header[4:].rstrip(b"\n").decode("utf-8", errors="replace")
    if name == "/dev/null":
        return None
    if name.startswith('"') and name.endswith('"'):
        name = name[1:-1]
    return name[2:] if name.startswith("b/") else name


def scan_git_history(
    path: Path,
    report: ScanReport | None = None,
    *,
    max_bytes: int = MAX_BYTES,
    cancelled: Callable[[], bool] | None = None,
) -> ScanReport:
    """Add the findings of every commit reachable from any ref of `path`'s repository to `report`."""
    report = report if report is not None else ScanReport()
    git, root = _git_root(path)
    command = [git, "-C", root, "-c", "core.quotePath=false", "log", "-p", "--all", "--no-color", "--no-ext-diff"]
    command += ["--no-textconv", "--no-renames", "--unified=0", "--format=%x00commit %H"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        assert process.stdout is not None
        commit = ""
        current: _FileDiff | None = None
        added_left = removed_left = 0
        next_line = 0
        for raw in process.stdout:
            if added_left or removed_left:  # inside a hunk: every line is content
                if raw.startswith(b"+"):
                    added_left -= 1
                    if current is not None:
                        current.add(next_line, raw[1:].rstrip(b"\n").decode("utf-8", errors="replace"))
                        if current.size > max_bytes:
                            current.flush(report)
                    next_line += 1
                elif raw.startswith(b"-"):
                    removed_left -= 1
                continue
            if raw.startswith(_COMMIT):
                if current is not None:
                    current.flush(report)
                current = None
                commit = raw[len(_COMMIT) :].strip().decode()
                report.commits_scanned += 1
                if cancelled is not None and cancelled():
                    process.kill()
                    break
            elif raw.startswith(b"diff --git "):
                if current is not None:
                    current.flush(report)
                current = None
            elif raw.startswith(b"+++ "):
                name = _path_of(raw)
                current = _FileDiff(name, commit) if name is not None else None
            elif raw.startswith(b"@@"):
                hunk = _HUNK.match(raw)
                if hunk is not None:
                    removed_left = int(hunk[1]) if hunk[1] is not None else 1
                    next_line = int(hunk[2])
                    added_left = int(hunk[3]) if hunk[3] is not None else 1
        if current is not None:
            current.flush(report)
        errors = process.stderr.read().decode("utf-8", errors="replace") if process.stderr else ""
    cancelled_now = cancelled is not None and cancelled()
    if process.returncode not in (0, None) and not cancelled_now:
        raise InputError(translate(_CTX, _MSG["git_failed"]).format(path=path, reason=errors.strip()[:300]))
    return report
