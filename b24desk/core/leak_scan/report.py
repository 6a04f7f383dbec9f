"""Saying what a scan found: one line per finding, whose secret it is and how to rotate it, and JSON.

Every text shows the secret masked. A finding is tied to a saved webhook by the caller's `OwnerLookup`
(storage compares salted fingerprints), never by printing or storing the secret.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate
from b24desk.core.leak_scan.detect import APPLICATION_TOKEN, BASE64, JSON_ESCAPED, PLAIN, URL_ENCODED, WEBHOOK
from b24desk.core.leak_scan.files import Finding, ScanReport
from b24desk.core.secret import Secret

__all__ = [
    "PORTAL_PATH",
    "OwnerLookup",
    "SecretOwner",
    "finding_line",
    "form_label",
    "kind_label",
    "owner_advice",
    "report_json",
    "report_lines",
    "summary",
]

_CTX = "leak_scan"
PORTAL_PATH = QT_TRANSLATE_NOOP("leak_scan", "Developer resources > Integrations > the webhook > Edit")
_KINDS = {
    WEBHOOK: QT_TRANSLATE_NOOP("leak_scan", "webhook URL with its secret"),
    APPLICATION_TOKEN: QT_TRANSLATE_NOOP("leak_scan", "outgoing-webhook application token"),
}
_FORMS = {
    PLAIN: QT_TRANSLATE_NOOP("leak_scan", "as plain text"),
    URL_ENCODED: QT_TRANSLATE_NOOP("leak_scan", "URL-encoded"),
    JSON_ESCAPED: QT_TRANSLATE_NOOP("leak_scan", "JSON-escaped"),
    BASE64: QT_TRANSLATE_NOOP("leak_scan", "base64-encoded"),
}
_MSG = {
    "current": QT_TRANSLATE_NOOP(
        "leak_scan",
        "This is the secret of saved webhook {name!r}. Bitrix24 blocks a webhook whose secret is public: "
        "make a new secret in the portal ({portal_path}), then store it: b24desk webhooks rotate {name!r} NEW_URL",
    ),
    "earlier": QT_TRANSLATE_NOOP(
        "leak_scan", "This is an earlier secret of saved webhook {name!r} (already replaced): remove it from the file."
    ),
    "found": QT_TRANSLATE_NOOP(
        "leak_scan",
        "{count} secret(s) found; {files} files read, {skipped} skipped (binary or too large), {commits} commits.",
    ),
    "clean": QT_TRANSLATE_NOOP(
        "leak_scan",
        "No Bitrix24 secrets found; {files} files read, {skipped} skipped (binary or too large), {commits} commits.",
    ),
}


@dataclass(frozen=True)
class SecretOwner:
    """The saved webhook a found secret belongs to; `current` is false for a secret already rotated."""

    name: str
    current: bool


OwnerLookup = Callable[[Secret], SecretOwner | None]


def kind_label(finding: Finding) -> str:
    """What was found, in words (translated)."""
    return translate(_CTX, _KINDS[finding.kind])


def form_label(finding: Finding) -> str:
    """How it was written, in words (translated)."""
    return translate(_CTX, _FORMS[finding.form])


def owner_advice(owner: SecretOwner | None) -> str:
    """Whose secret it is and what to do, or "" for a secret b24desk does not know."""
    if owner is None:
        return ""
    if owner.current:
        portal_path = translate(_CTX, PORTAL_PATH)
        return translate(_CTX, _MSG["current"]).format(name=owner.name, portal_path=portal_path)
    return translate(_CTX, _MSG["earlier"]).format(name=owner.name)


def finding_line(finding: Finding) -> str:
    """`path:line: kind (form): masked`."""
    return f"{finding.place()}: {kind_label(finding)} ({form_label(finding)}): {finding.shown}"


def summary(report: ScanReport) -> str:
    """One line: how much was read and how many secrets were found."""
    key = "found" if report.findings else "clean"
    return translate(_CTX, _MSG[key]).format(
        count=len(report.findings),
        files=report.files_scanned,
        skipped=len(report.skipped),
        commits=report.commits_scanned,
    )


def report_lines(report: ScanReport, owners: OwnerLookup | None = None) -> list[str]:
    """The report as text lines, each secret masked, with the rotate advice under a saved webhook's."""
    lines = []
    for finding in report.findings:
        lines.append(finding_line(finding))
        advice = owner_advice(owners(finding.secret) if owners else None)
        if advice:
            lines.append(f"    {advice}")
    return lines


def report_json(report: ScanReport, owners: OwnerLookup | None = None) -> dict[str, Any]:
    """The report as JSON-ready data (secrets masked; `saved_webhook` names the owner when known)."""
    findings = []
    for finding in report.findings:
        owner = owners(finding.secret) if owners else None
        findings.append(
            {
                "path": finding.path,
                "line": finding.line,
                "commit": finding.commit,
                "kind": finding.kind,
                "form": finding.form,
                "masked": finding.shown,
                "saved_webhook": None if owner is None else {"name": owner.name, "current": owner.current},
            }
        )
    return {
        "findings": findings,
        "files_scanned": report.files_scanned,
        "bytes_scanned": report.bytes_scanned,
        "commits_scanned": report.commits_scanned,
        "skipped": [{"path": path, "reason": reason} for path, reason in report.skipped],
    }
