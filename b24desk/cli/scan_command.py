"""`b24desk scan PATH... [--git] [--json]`: Bitrix24 webhook secrets and application tokens in files and history.

Exit status 0 when nothing is found, 1 when a secret is found (so a pre-commit hook or CI step
fails), 2 for a usage error. Each secret is shown masked; one that belongs to a saved webhook is
named, with how to rotate it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from b24desk.cli.output import print_json
from b24desk.core.errors import InputError
from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate
from b24desk.core.leak_scan import (
    MAX_BYTES,
    OwnerLookup,
    report_json,
    report_lines,
    scan_git_history,
    scan_paths,
    summary,
)

_MSG_MISSING = QT_TRANSLATE_NOOP("cli", "{path}: no such file or folder")


def register(commands: Any) -> None:
    """Add the `scan` subcommand."""
    scan = commands.add_parser(
        "scan",
        help=translate("cli", "find Bitrix24 webhook secrets and application tokens in files"),
        description=translate(
            "cli",
            "Find Bitrix24 webhook URLs with their secret and outgoing-webhook application tokens in files "
            "and folders (plain, URL-encoded, JSON-escaped, base64). Exit status 1 when one is found.",
        ),
    )
    scan.add_argument("paths", nargs="+", metavar="PATH", help=translate("cli", "files or folders to scan"))
    scan.add_argument("--git", action="store_true", help=translate("cli", "also scan the git history of each PATH"))
    scan.add_argument("--json", action="store_true", help=translate("cli", "print the findings as JSON"))
    scan.add_argument(
        "--exclude",
        action="append",
        default=[],
        metavar="GLOB",
        help=translate("cli", "leave out files or folders matching GLOB (repeatable)"),
    )
    scan.add_argument(
        "--max-size",
        type=float,
        default=MAX_BYTES / 1024 / 1024,
        metavar="MB",
        help=translate("cli", "skip files larger than this (default 20 MB)"),
    )
    scan.set_defaults(handler=run_scan)


def _owners() -> OwnerLookup | None:
    """The saved webhooks' lookup; None when the storage cannot be read (the scan still runs)."""
    try:
        from b24desk.storage.app_storage import AppStorage
        from b24desk.storage.secret_owner import owner_lookup

        return owner_lookup(AppStorage.open().webhooks)
    except Exception:  # a missing or unreadable settings file only means no names
        return None


def run_scan(args: argparse.Namespace) -> int:
    """Scan, print, and return 1 when something was found."""
    paths = [Path(text) for text in args.paths]
    for path in paths:
        if not path.exists():
            raise InputError(translate("cli", _MSG_MISSING).format(path=path))
    max_bytes = int(args.max_size * 1024 * 1024)
    report = scan_paths(paths, excludes=args.exclude, max_bytes=max_bytes)
    if args.git:
        roots = {path.resolve() if path.is_dir() else path.resolve().parent for path in paths}
        for root in sorted(roots):
            scan_git_history(root, report, max_bytes=max_bytes)
    owners = _owners() if report.findings else None
    if args.json:
        print_json(report_json(report, owners))
    else:
        for line in report_lines(report, owners):
            print(line)
        print(summary(report), file=sys.stderr)
    return 1 if report.findings else 0
