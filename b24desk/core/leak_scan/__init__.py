"""The leak scanner: Bitrix24 webhook secrets and application tokens in files and in git history.

`scan_paths` reads files and folders, `scan_git_history` every line a repository ever added;
`report_lines` / `report_json` say what was found with each secret masked, naming the saved webhook
it belongs to through an `OwnerLookup` (storage's fingerprints).
"""

from __future__ import annotations

from b24desk.core.leak_scan.detect import ALLOW_MARK, APPLICATION_TOKEN, WEBHOOK, looks_like_placeholder, scan_text
from b24desk.core.leak_scan.files import MAX_BYTES, Finding, ScanReport, iter_files, scan_paths
from b24desk.core.leak_scan.history import repository_root, scan_git_history
from b24desk.core.leak_scan.report import (
    PORTAL_PATH,
    OwnerLookup,
    SecretOwner,
    finding_line,
    form_label,
    kind_label,
    owner_advice,
    report_json,
    report_lines,
    summary,
)

__all__ = [
    "ALLOW_MARK",
    "APPLICATION_TOKEN",
    "MAX_BYTES",
    "PORTAL_PATH",
    "WEBHOOK",
    "Finding",
    "OwnerLookup",
    "ScanReport",
    "SecretOwner",
    "finding_line",
    "form_label",
    "iter_files",
    "kind_label",
    "looks_like_placeholder",
    "owner_advice",
    "report_json",
    "report_lines",
    "repository_root",
    "scan_git_history",
    "scan_paths",
    "scan_text",
    "summary",
]
