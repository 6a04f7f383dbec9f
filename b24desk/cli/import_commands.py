"""`b24desk import curl|postman` and `b24desk export postman`: requests in and out of collection folders."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from b24desk.cli.output import print_json
from b24desk.core.collection import Collection, check_name
from b24desk.core.curl_import import ImportedCall, import_call
from b24desk.core.errors import B24DeskError, CollectionError
from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate
from b24desk.core.postman import export_collection, import_postman, safe_name
from b24desk.core.request import ApiRequest
from b24desk.core.request_file import SavedRequest, request_to_json, without_secrets
from b24desk.core.webhook import Webhook

_CTX = "cli"
_MSG_WEBHOOK = QT_TRANSLATE_NOOP(
    "cli",
    "The command holds the webhook {webhook} (not written to any file). To keep it: "
    "b24desk webhooks add NAME - (then paste the URL).",
)
_MSG_SAVED_AS = QT_TRANSLATE_NOOP("cli", "The webhook is saved as {name!r}: the request refers to it by that name.")
_MSG_WROTE = QT_TRANSLATE_NOOP("cli", "Wrote {path}")
_MSG_VARIABLES = QT_TRANSLATE_NOOP("cli", "Variables the collection uses (set them in an environment): {names}")
_MSG_READ = QT_TRANSLATE_NOOP("cli", "{path} could not be read: {reason}")


def register(commands: Any) -> None:
    """Add `import curl`, `import postman` and `export postman`."""
    importer = commands.add_parser(
        "import", help=translate("cli", "turn a cURL command or a Postman collection into request files")
    )
    kinds = importer.add_subparsers(dest="kind", metavar="KIND", required=True)
    curl = kinds.add_parser("curl", help=translate("cli", "a cURL command or call URL (- reads it from stdin)"))
    curl.add_argument("command", help=translate("cli", "the command, quoted as one argument, or -"))
    curl.add_argument("--into", metavar="DIR", help=translate("cli", "write a request file into this folder"))
    curl.add_argument("--name", help=translate("cli", "the request's name (default: the method)"))
    curl.set_defaults(handler=run_import_curl)
    postman = kinds.add_parser("postman", help=translate("cli", "a Postman collection v2.1 file"))
    postman.add_argument("file")
    postman.add_argument("--into", metavar="DIR", required=True, help=translate("cli", "the collection folder"))
    postman.set_defaults(handler=run_import_postman)

    exporter = commands.add_parser("export", help=translate("cli", "write a collection folder in another format"))
    formats = exporter.add_subparsers(dest="kind", metavar="FORMAT", required=True)
    as_postman = formats.add_parser("postman", help=translate("cli", "a Postman collection v2.1 (on stdout)"))
    as_postman.add_argument("folder")
    as_postman.add_argument("--name", help=translate("cli", "the collection's name (default: the folder's)"))
    as_postman.set_defaults(handler=run_export_postman)


def _note(text: str) -> None:
    print(text, file=sys.stderr)


def _saved_name(webhook: Webhook) -> str | None:
    """The saved webhook's name for this URL, when there is one (no keyring call; storage trouble: none)."""
    from b24desk.cli.webhook_option import open_storage

    try:
        entry = open_storage().saved_entry_of(webhook)
    except B24DeskError:
        return None
    return entry.name if entry is not None else None


def _masked(request: ApiRequest, webhook: Webhook | None) -> ApiRequest:
    """The request with the command's own secret, and every saved or earlier one, masked in its values."""
    from b24desk.cli.webhook_option import open_storage
    from b24desk.storage.history import mask_value

    secrets = [webhook.secret] if webhook is not None else []
    request = without_secrets(request, secrets)
    try:
        masker = open_storage().webhooks.masker(secrets)
    except B24DeskError:
        return request
    return ApiRequest(request.method, mask_value(request.params, masker), request.http_method, request.fetch_all)


def _saved(imported: ImportedCall) -> SavedRequest:
    reference = imported.webhook_reference
    request = _masked(imported.request, imported.webhook)
    if imported.webhook is not None:
        name = _saved_name(imported.webhook)
        if name is not None:
            _note(translate(_CTX, _MSG_SAVED_AS).format(name=name))
            reference = name
        else:
            _note(translate(_CTX, _MSG_WEBHOOK).format(webhook=imported.webhook))
    return SavedRequest(request, reference)


def run_import_curl(args: argparse.Namespace) -> int:
    """Print the request file for a cURL command, or write it into --into."""
    text = sys.stdin.read() if args.command == "-" else args.command
    saved = _saved(import_call(text))
    if not args.into:
        sys.stdout.write(request_to_json(saved.request, webhook=saved.webhook))
        return 0
    collection = Collection.create(Path(args.into))
    folder = collection.root
    base = check_name(args.name) if args.name else safe_name(saved.request.method, "request")
    name, number = base, 2
    while (folder / f"{name}.b24.json").exists():
        name, number = f"{base} {number}", number + 1
    path = collection.new_request(".", name, saved)
    print(translate(_CTX, _MSG_WROTE).format(path=collection.root / path))
    return 0


def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise CollectionError(translate(_CTX, _MSG_READ).format(path=path, reason=error)) from None


def run_import_postman(args: argparse.Namespace) -> int:
    """Write a Postman collection's requests into --into, folders as folders."""
    text = _read(args.file)
    collection = Collection.create(Path(args.into))
    result = import_postman(text, collection, ".", args.file)
    for path in result.written:
        print(translate(_CTX, _MSG_WROTE).format(path=collection.root / path))
    for webhook in result.webhooks:
        _note(translate(_CTX, _MSG_WEBHOOK).format(webhook=webhook))
    if result.variables:
        _note(translate(_CTX, _MSG_VARIABLES).format(names=", ".join(result.variables)))
    return 0


def run_export_postman(args: argparse.Namespace) -> int:
    """Print a collection folder as a Postman v2.1 collection."""
    print_json(export_collection(Collection(Path(args.folder)), args.name))
    return 0
