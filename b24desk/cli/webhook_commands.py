"""`b24desk webhooks list|add|remove|rename|rotate|test`: saved webhooks, secrets in the OS keyring."""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import Any

from b24desk.cli import history_commands
from b24desk.cli.number_args import positive_float
from b24desk.cli.output import EXIT_PORTAL_ERROR, explained, fail, print_json
from b24desk.cli.webhook_option import open_storage
from b24desk.core.errors import B24DeskError, CallError, PortalError
from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate
from b24desk.core.webhook import parse_webhook_url

_CTX = "cli"
_MSG = {
    "empty": QT_TRANSLATE_NOOP("cli", "No saved webhooks yet: add one with b24desk webhooks add NAME URL."),
    "added": QT_TRANSLATE_NOOP("cli", "Saved webhook {name!r}: {url} (secret in {backend})."),
    "removed": QT_TRANSLATE_NOOP("cli", "Removed webhook {name!r}, its secret and its history."),
    "renamed": QT_TRANSLATE_NOOP("cli", "Renamed webhook {old!r} to {new!r}."),
    "ok": QT_TRANSLATE_NOOP("cli", "Connection OK: {portal}, user {user_id} ({person})."),
    "scopes": QT_TRANSLATE_NOOP("cli", "Scopes: {scopes}"),
    "no_scopes": QT_TRANSLATE_NOOP("cli", "(none reported)"),
    "unreadable": QT_TRANSLATE_NOOP("cli", "(secret unreadable)"),
    "failed": QT_TRANSLATE_NOOP("cli", "Test connection of {name!r} ({portal}) failed:"),
    "rotate_hint": QT_TRANSLATE_NOOP("cli", "Then store the new secret here: b24desk webhooks rotate {name!r} NEW_URL"),
    "leftovers": QT_TRANSLATE_NOOP(
        "cli",
        "A process stopped in the middle of {count} change(s) to saved webhooks (a secret in the keyring "
        "without its entry, or an entry without its secret). Run b24desk webhooks clean to finish them.",
    ),
    "cleaned": QT_TRANSLATE_NOOP("cli", "Finished {count} half-done change(s): no orphan secret or entry is left."),
}
# Portal codes that mean the secret (or the URL holding it) is no longer the one the portal knows.
_SECRET_CODES = frozenset({"INVALID_CREDENTIALS", "NO_AUTH_FOUND"})
_STDIN_HELP = QT_TRANSLATE_NOOP(
    "cli", "or - to read it from standard input (keeps the secret out of the shell history)"
)


def register(commands: Any) -> None:
    """Add the `webhooks` command and its subcommands."""
    webhooks = commands.add_parser(
        "webhooks",
        help=translate("cli", "saved webhooks (secrets in the OS keyring)"),
        description=translate("cli", "Save webhooks by name; secrets live only in the OS keyring (service b24desk)."),
    )
    sub = webhooks.add_subparsers(dest="webhooks_command", metavar="ACTION", parser_class=type(webhooks))
    sub.required = True

    listing = sub.add_parser("list", help=translate("cli", "list saved webhooks (secrets masked)"))
    listing.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    listing.set_defaults(handler=run_list)

    clean = sub.add_parser(
        "clean", help=translate("cli", "finish changes a killed process left half done (keyring and settings)")
    )
    clean.set_defaults(handler=run_clean)

    add = sub.add_parser("add", help=translate("cli", "save a webhook under a name"))
    add.add_argument("name")
    add.add_argument(
        "url",
        help=translate("cli", "webhook URL in any form `parse` reads, {stdin}").format(
            stdin=translate("cli", _STDIN_HELP)
        ),
    )
    add.add_argument("--notes", default="", help=translate("cli", "free text kept with the entry"))
    add.set_defaults(handler=run_add)

    notes = sub.add_parser("notes", help=translate("cli", "show or change a saved webhook's notes"))
    notes.add_argument("name")
    notes.add_argument("text", nargs="?", help=translate("cli", "the new notes (without it: print them)"))
    notes.set_defaults(handler=run_notes)

    remove = sub.add_parser(
        "remove", help=translate("cli", "delete a saved webhook, its keyring secret and its history")
    )
    remove.add_argument("name")
    remove.set_defaults(handler=run_remove)

    rename = sub.add_parser("rename", help=translate("cli", "rename a saved webhook (history is kept)"))
    rename.add_argument("old")
    rename.add_argument("new")
    rename.set_defaults(handler=run_rename)

    rotate = sub.add_parser("rotate", help=translate("cli", "update the secret after the portal regenerated it"))
    rotate.add_argument("name")
    rotate.add_argument(
        "new",
        metavar="NEW_URL_OR_SECRET",
        help=translate("cli", "the new webhook URL or secret, {stdin}").format(stdin=translate("cli", _STDIN_HELP)),
    )
    rotate.set_defaults(handler=run_rotate)

    test = sub.add_parser("test", help=translate("cli", "call profile and scope; store the scopes the portal reports"))
    test.add_argument("name")
    test.add_argument(
        "--timeout", type=positive_float, default=15.0, help=translate("cli", "seconds per call (default 15)")
    )
    test.add_argument("--ca-file", metavar="PEM", help=translate("cli", "trust this CA (on-premise portal)"))
    test.set_defaults(handler=run_test)

    history_commands.register(sub)


def _text(value: str) -> str:
    """The argument, or one line of standard input when it is `-`."""
    return sys.stdin.readline().strip() if value == "-" else value


def run_clean(args: argparse.Namespace) -> int:
    """Finish what a killed process left between the keyring and the settings file."""
    count = open_storage().webhooks.finish_leftovers()
    print(translate(_CTX, _MSG["cleaned"]).format(count=count))
    return 0


def run_list(args: argparse.Namespace) -> int:
    """Print the saved webhooks, secrets masked; exit 1 if the keyring could not be read."""
    storage = open_storage()
    leftovers = storage.webhooks.leftovers()
    if leftovers:
        print(translate(_CTX, _MSG["leftovers"]).format(count=len(leftovers)), file=sys.stderr)
    rows, failures = [], []
    for entry in storage.webhooks.entries():
        try:
            url = entry.webhook(storage.webhooks.secret(entry.id)).base_url()
        except B24DeskError as error:
            url = f"{entry.portal}/rest/{entry.user_id}/{translate(_CTX, _MSG['unreadable'])}/"
            failures.append(str(error))
        rows.append((entry, url))
    masker = storage.webhooks.masker()  # notes saved by an older version may hold a secret
    if args.json:
        print_json(
            [
                {
                    "name": entry.name,
                    "id": entry.id,
                    "url": url,
                    "portal": entry.portal,
                    "user_id": entry.user_id,
                    "scopes": list(entry.scopes),
                    "notes": masker.mask(entry.notes),
                    "created_at": entry.created_at,
                    "used_at": entry.used_at,
                }
                for entry, url in rows
            ]
        )
    elif not rows:
        print(translate(_CTX, _MSG["empty"]))
    else:
        width = max(len(entry.name) for entry, _ in rows)
        for entry, url in rows:
            scopes = ",".join(entry.scopes) or "-"
            print(f"{entry.name:<{width}}  {url}  scopes={scopes}  used={entry.used_at or '-'}")
    for message in dict.fromkeys(failures):
        print(message, file=sys.stderr)
    return EXIT_PORTAL_ERROR if failures else 0


def run_add(args: argparse.Namespace) -> int:
    """Save a webhook from a URL."""
    webhook = parse_webhook_url(_text(args.url)).webhook
    storage = open_storage()
    entry = storage.webhooks.add(args.name, webhook, notes=args.notes)
    backend = storage.webhooks.secrets.description
    print(translate(_CTX, _MSG["added"]).format(name=entry.name, url=webhook.base_url(), backend=backend))
    return 0


def run_notes(args: argparse.Namespace) -> int:
    """Print a saved webhook's notes, or replace them."""
    storage = open_storage()
    entry = storage.webhooks.find(args.name) if args.text is None else storage.webhooks.edit(args.name, notes=args.text)
    print(storage.webhooks.masker().mask(entry.notes))
    return 0


def run_remove(args: argparse.Namespace) -> int:
    """Delete a saved webhook with its secret and history."""
    entry = open_storage().remove_webhook(args.name)
    print(translate(_CTX, _MSG["removed"]).format(name=entry.name))
    return 0


def run_rename(args: argparse.Namespace) -> int:
    """Rename a saved webhook."""
    storage = open_storage()
    old = storage.webhooks.find(args.old).name
    entry = storage.webhooks.rename(args.old, args.new)
    print(translate(_CTX, _MSG["renamed"]).format(old=old, new=entry.name))
    return 0


def run_rotate(args: argparse.Namespace) -> int:
    """Update a saved webhook's secret; say so when the URL belongs to another user."""
    result = open_storage().webhooks.rotate(args.name, _text(args.new))
    for line in result.messages():
        print(line)
    return 0


def run_test(args: argparse.Namespace) -> int:
    """Call profile and scope through the client, record both calls in the history, store the scopes."""
    from b24desk.core.client import ClientOptions  # httpx only when needed
    from b24desk.core.connection import CallOutcome, check_connection
    from b24desk.storage.history import CallRecord

    storage = open_storage()
    entry = storage.webhooks.find(args.name)
    webhook = storage.webhooks.webhook(entry.id)

    def record(call: CallOutcome) -> None:
        outcome = CallRecord(call.method, {}, call.http_status, call.error_code, call.duration_ms, call.started_at)
        storage.record_call(entry.id, outcome, secret=webhook.secret)

    options = ClientOptions(
        read_timeout=args.timeout,
        connect_timeout=min(args.timeout, 10.0),
        deadline=args.timeout,
        verify=args.ca_file or True,
    )
    try:
        report = asyncio.run(check_connection(webhook, options, on_call=record))
    except CallError as error:
        lines = [translate(_CTX, _MSG["failed"]).format(name=entry.name, portal=entry.portal), *explained(error)]
        if isinstance(error, PortalError) and error.error_code.upper() in _SECRET_CODES:
            lines.append(translate(_CTX, _MSG["rotate_hint"]).format(name=entry.name))
        fail("\n".join(lines), EXIT_PORTAL_ERROR)
    storage.webhooks.record_scopes(entry.id, report.scopes)
    person = report.person or "?"
    print(translate(_CTX, _MSG["ok"]).format(portal=entry.portal, user_id=webhook.user_id, person=person))
    scopes = ", ".join(report.scopes) or translate(_CTX, _MSG["no_scopes"])
    print(translate(_CTX, _MSG["scopes"]).format(scopes=scopes))
    return 0
