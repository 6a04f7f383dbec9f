"""Argument parsing for the CLI: one subparser per command module, errors as one or two lines."""

from __future__ import annotations

import argparse
import os
import sys
from typing import NoReturn

from b24desk import __version__
from b24desk.cli import (
    call_command,
    catalogue_commands,
    environment_commands,
    history_commands,
    import_commands,
    listen_commands,
    run_requests,
    sandbox_commands,
    scan_command,
    snippet_command,
    url_commands,
    webhook_commands,
)
from b24desk.cli.output import EXIT_USAGE, fail
from b24desk.core.errors import B24DeskError, InputError
from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate

_MSG_TRY_HELP = QT_TRANSLATE_NOOP("cli", "Try '{prog} --help'.")
_MSG_UNEXPECTED = QT_TRANSLATE_NOOP("cli", "b24desk: unexpected error ({kind}): {error}")


class QuietParser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one line plus a pointer to --help (exit 2)."""

    def error(self, message: str) -> NoReturn:
        hint = translate("cli", _MSG_TRY_HELP).format(prog=self.prog)
        fail(f"{self.prog}: {message}\n{hint}", EXIT_USAGE)


# argparse's own words (usage, headings, its errors) as Python 3.12/3.13 spell them; argparse looks them
# up through its module-level gettext function, which build_parser points at the core's translate.
_ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
)


def _argparse_gettext(text: str) -> str:
    return translate("argparse", text)


def build_parser() -> argparse.ArgumentParser:
    """Build the `b24desk` parser with every subcommand."""
    setattr(argparse, "_", _argparse_gettext)  # noqa: B010 (typeshed does not declare argparse._)
    parser = QuietParser(
        prog="b24desk",
        description=translate("cli", "Bitrix24 REST request builder. Without arguments, opens the desktop app."),
    )
    parser.add_argument("--version", action="version", version=f"b24desk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=QuietParser)
    url_commands.register(commands)
    call_command.register(commands)
    snippet_command.register(commands)
    catalogue_commands.register(commands)
    sandbox_commands.register(commands)
    webhook_commands.register(commands)
    listen_commands.register(commands)
    run_requests.register(commands)
    import_commands.register(commands)
    environment_commands.register(commands)
    history_commands.register_search(commands)
    scan_command.register(commands)
    return parser


def run_command(namespace: argparse.Namespace) -> int:
    """Run the parsed command; B24DeskError becomes a message on stderr, never a traceback."""
    handler = getattr(namespace, "handler", None)
    if handler is None:
        build_parser().print_help(sys.stderr)
        return EXIT_USAGE
    try:
        status: int = handler(namespace)
    except InputError as error:
        fail(str(error), EXIT_USAGE)
    except B24DeskError as error:
        fail(str(error), 1)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`b24desk methods | head`): stop quietly, as grep does.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as error:  # a bug: still no traceback for the user, one line to report
        fail(translate("cli", _MSG_UNEXPECTED).format(kind=type(error).__name__, error=error), 1)
    return status
