"""`b24desk run PATH...`: run request files and collection folders in order, one line each; exit 1 if any failed."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from b24desk.cli.output import EXIT_PORTAL_ERROR, print_json
from b24desk.cli.webhook_option import WEBHOOK_ENV, WEBHOOK_HELP, open_storage, resolve_webhook
from b24desk.core import portal_limits
from b24desk.core.client import B24Client, ClientOptions
from b24desk.core.collection import Collection
from b24desk.core.environment import find_collection_root
from b24desk.core.errors import B24DeskError
from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate
from b24desk.core.request import ApiRequest
from b24desk.core.request_file import SavedRequest, load_saved
from b24desk.core.request_run import RunOutcome, run_request
from b24desk.core.secret import Secret
from b24desk.core.variables import VariableValue, resolve
from b24desk.core.webhook import Webhook, mask_secrets_in

if TYPE_CHECKING:
    from b24desk.storage.app_storage import AppStorage

_CTX = "cli"
_MSG_NO_REQUESTS = QT_TRANSLATE_NOOP("cli", "No request files (*.b24.json) in {paths}.")
_MSG_NO_WEBHOOK = QT_TRANSLATE_NOOP(
    "cli", "no webhook: the request names none; pass --webhook NAME_OR_URL or set B24_WEBHOOK"
)
_MSG_SUMMARY = QT_TRANSLATE_NOOP("cli", "{count} requests, {failed} failed, {ms:.0f} ms")
_MSG_HISTORY = QT_TRANSLATE_NOOP("cli", "(not recorded in the history: {reason})")


@dataclass(frozen=True, slots=True)
class _Line:
    path: Path
    outcome: RunOutcome | None
    problem: str = ""

    @property
    def failed(self) -> bool:
        return self.outcome is None or self.outcome.failed


def register(commands: Any) -> None:
    """Add the `run` subcommand."""
    run = commands.add_parser(
        "run",
        help=translate("cli", "run request files or collection folders in order (exit 1 if any failed)"),
        description=translate(
            "cli",
            "Runs each request file, and every request file (*.b24.json) under each folder in the tree's order; "
            "prints one line per request: HTTP status, method, time, error code, file.",
        ),
    )
    run.add_argument("paths", nargs="+", metavar="PATH", help=translate("cli", "a request file or a collection folder"))
    run.add_argument("--webhook", help=translate("cli", WEBHOOK_HELP))
    run.add_argument("--env", metavar="NAME", help=translate("cli", "the environment whose variables to use"))
    run.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    run.add_argument(
        "--rate", type=float, default=portal_limits.RATE, help=translate("cli", "requests per second the plan allows")
    )
    run.set_defaults(handler=run_run)


def _requests(paths: list[str]) -> list[Path]:
    found: list[Path] = []
    for text in paths:
        path = Path(text)
        found += Collection(path).request_files() if path.is_dir() else [path]
    return found


def _values(storage: AppStorage | None, path: Path, environment: str | None) -> dict[str, VariableValue]:
    if environment is None or storage is None:
        return {}
    return storage.environment_secrets.load_values(find_collection_root(path, environment), environment)


class _Runner:
    """Runs the requests one by one, a client per webhook, recording each call in the history."""

    def __init__(self, args: argparse.Namespace, storage: AppStorage | None) -> None:
        self.args = args
        self.storage = storage
        self.clients: dict[str, B24Client] = {}
        self.override = resolve_webhook(args.webhook) if args.webhook else None
        self.history_note = ""

    def webhook(self, reference: str | None) -> Webhook:
        if self.override is not None:
            return self.override
        if reference:
            return resolve_webhook(reference)
        if os.environ.get(WEBHOOK_ENV, "").strip():
            return resolve_webhook(None)
        raise B24DeskError(translate(_CTX, _MSG_NO_WEBHOOK))

    async def one(self, path: Path, saved: SavedRequest, values: dict[str, VariableValue]) -> _Line:
        resolution = resolve(saved, values).require_defined(self.args.env)
        webhook = self.webhook(resolution.webhook)
        key = webhook.base_url(reveal=True)
        if key not in self.clients:
            self.clients[key] = B24Client(webhook, ClientOptions(rate=self.args.rate))
        outcome = await run_request(self.clients[key], resolution.request)
        self.record(webhook, outcome, resolve(saved, values, reveal=False).request, resolution.secrets)
        return _Line(path, outcome)

    def record(self, webhook: Webhook, outcome: RunOutcome, shown: ApiRequest, secrets: tuple[Secret, ...]) -> None:
        """Add the call to the history: the request as shown (secret values masked), the answer kept if small."""
        if self.storage is None:
            return
        from b24desk.storage.history import CallRecord

        call = CallRecord(
            outcome.method,
            shown.params,
            outcome.http_status,
            outcome.error_code,
            outcome.duration_ms,
            outcome.started_at,
            shown.http_method,
            shown.fetch_all,
            outcome.body,
        )
        try:
            self.storage.record_any(webhook, call, secrets=secrets)
        except B24DeskError as error:
            self.history_note = str(error)

    async def all(self, paths: list[Path]) -> list[_Line]:
        lines: list[_Line] = []
        try:
            for path in paths:
                try:
                    saved = load_saved(path)
                    values = _values(self.storage, path, self.args.env)
                    lines.append(await self.one(path, saved, values))
                except B24DeskError as error:  # undefined variables, a bad file, no webhook: not sent
                    lines.append(_Line(path, None, str(error)))
                self.show(lines[-1])
        finally:
            for client in self.clients.values():
                await client.aclose()
        return lines

    def show(self, line: _Line) -> None:
        if self.args.json:
            return
        outcome = line.outcome
        if outcome is None:
            print(f"  - {'-':<28} {'-':>8}  {mask_secrets_in(line.problem)}  {line.path}", flush=True)
            return
        status = outcome.http_status if outcome.http_status is not None else "-"
        code = outcome.error_code or "ok"
        print(f"{status!s:>3} {outcome.method:<28} {outcome.duration_ms:>6.0f} ms  {code}  {line.path}", flush=True)


def _as_json(line: _Line) -> dict[str, Any]:
    outcome = line.outcome
    return {
        "file": str(line.path),
        "method": outcome.method if outcome else None,
        "http_status": outcome.http_status if outcome else None,
        "duration_ms": round(outcome.duration_ms, 1) if outcome else None,
        "error": (outcome.error_code if outcome else None) or (mask_secrets_in(line.problem) or None),
        "rows": outcome.rows if outcome else None,
        "failed": line.failed,
    }


def run_run(args: argparse.Namespace) -> int:
    """Run every request; exit 1 when any failed (or could not be sent)."""
    paths = _requests(args.paths)
    if not paths:
        raise B24DeskError(translate(_CTX, _MSG_NO_REQUESTS).format(paths=", ".join(args.paths)))
    try:
        storage: AppStorage | None = open_storage()
    except B24DeskError as error:
        print(translate(_CTX, _MSG_HISTORY).format(reason=error), file=sys.stderr)
        storage = None
    runner = _Runner(args, storage)
    lines = asyncio.run(runner.all(paths))
    failed = sum(line.failed for line in lines)
    if args.json:
        print_json([_as_json(line) for line in lines])
    else:
        total = sum(line.outcome.duration_ms for line in lines if line.outcome)
        print(translate(_CTX, _MSG_SUMMARY).format(count=len(lines), failed=failed, ms=total))
    if runner.history_note:
        print(translate(_CTX, _MSG_HISTORY).format(reason=runner.history_note), file=sys.stderr)
    return EXIT_PORTAL_ERROR if failed else 0
