"""`b24desk env list|set|unset`: a collection's environments; secret values go to the keyring, never the folder."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from b24desk.cli.output import print_json
from b24desk.cli.webhook_option import open_storage
from b24desk.core.environment import (
    Environment,
    environment_names,
    find_collection_root,
    load_environment,
    save_environment,
)
from b24desk.core.errors import CollectionError
from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate
from b24desk.core.secret import Secret

_CTX = "cli"
_MSG_NONE = QT_TRANSLATE_NOOP("cli", "No environments in {root} (b24desk env set ENV NAME VALUE makes one).")
_MSG_NO_VARIABLE = QT_TRANSLATE_NOOP("cli", "The environment {environment} has no variable {name}.")
_MSG_NOT_SET = QT_TRANSLATE_NOOP("cli", "(secret, not set on this machine)")


def register(commands: Any) -> None:
    """Add `env` with `list`, `set` and `unset`."""
    env = commands.add_parser("env", help=translate("cli", "a collection's environments (variables for {{name}})"))
    actions = env.add_subparsers(dest="action", metavar="ACTION", required=True)
    collection_help = translate("cli", "the collection folder (default: the one holding the current folder)")
    listing = actions.add_parser("list", help=translate("cli", "environments and their variables (secrets masked)"))
    listing.add_argument("--collection", metavar="DIR", help=collection_help)
    listing.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    listing.set_defaults(handler=run_list)
    setting = actions.add_parser("set", help=translate("cli", "set a variable (- reads the value from stdin)"))
    setting.add_argument("environment")
    setting.add_argument("name")
    setting.add_argument("value")
    setting.add_argument(
        "--secret", action="store_true", help=translate("cli", "keep the value in the system keyring, not the folder")
    )
    setting.add_argument("--collection", metavar="DIR", help=collection_help)
    setting.set_defaults(handler=run_set)
    unsetting = actions.add_parser("unset", help=translate("cli", "remove a variable (and its keyring entry)"))
    unsetting.add_argument("environment")
    unsetting.add_argument("name")
    unsetting.add_argument("--collection", metavar="DIR", help=collection_help)
    unsetting.set_defaults(handler=run_unset)


def _root(args: argparse.Namespace) -> Path:
    return Path(args.collection).resolve() if args.collection else find_collection_root(Path.cwd())


def _load_or_new(root: Path, name: str) -> Environment:
    return load_environment(root, name) if name in environment_names(root) else Environment(name)


def run_list(args: argparse.Namespace) -> int:
    """Print each environment's variables; secret values masked (or said to be missing)."""
    root = _root(args)
    names = environment_names(root)
    storage = open_storage() if any(load_environment(root, n).secret_names for n in names) else None
    listing: dict[str, dict[str, str | None]] = {}
    for name in names:
        environment = load_environment(root, name)
        values: dict[str, str | None] = dict(environment.values)
        for secret_name in sorted(environment.secret_names):
            secret = storage.environment_secrets.get(root, name, secret_name) if storage is not None else None
            values[secret_name] = secret.masked() if secret is not None else None
        listing[name] = dict(sorted(values.items()))
    if args.json:
        print_json(listing)
        return 0
    if not listing:
        print(translate(_CTX, _MSG_NONE).format(root=root))
    for name, values in listing.items():
        print(f"{name}:")
        for variable, value in values.items():
            print(f"  {variable} = {value if value is not None else translate(_CTX, _MSG_NOT_SET)}")
    return 0


def run_set(args: argparse.Namespace) -> int:
    """Set a plain value in the environment's file, or a secret one in the keyring (marked in the file)."""
    root = _root(args)
    value = sys.stdin.read().rstrip("\n") if args.value == "-" else args.value
    environment = _load_or_new(root, args.environment)
    if args.secret:
        updated = environment.with_secret(args.name)  # checks the name before the keyring is touched
        open_storage().environment_secrets.set(root, args.environment, args.name, Secret(value))
    else:
        updated = environment.with_value(args.name, value)
        if args.name in environment.secret_names:
            open_storage().environment_secrets.delete(root, args.environment, args.name)
    save_environment(root, updated)
    return 0


def run_unset(args: argparse.Namespace) -> int:
    """Remove a variable from the environment (and its secret from the keyring)."""
    root = _root(args)
    environment = load_environment(root, args.environment)
    if args.name not in environment.values and args.name not in environment.secret_names:
        raise CollectionError(translate(_CTX, _MSG_NO_VARIABLE).format(environment=args.environment, name=args.name))
    if args.name in environment.secret_names:
        open_storage().environment_secrets.delete(root, args.environment, args.name)
    save_environment(root, environment.without(args.name))
    return 0
