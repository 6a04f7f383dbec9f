"""Argument parsing for the CLI: one subparser per command module, errors as one or two lines."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from b24desk import __version__
from b24desk.cli.command_table import COMMANDS, chosen_command, command_help
from b24desk.cli.output import EXIT_USAGE, fail
from b24desk.core.errors import B24DeskError, InputError
from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate

_MSG_TRY_HELP = QT_TRANSLATE_NOOP("cli", "Try '{prog} --help'.")
_MSG_UNEXPECTED = QT_TRANSLATE_NOOP("cli", "b24desk: unexpected error ({kind}): {error}")


def _terminal_width() -> int:
    """The terminal's columns as shutil.get_terminal_size gives them, without importing shutil (and its
    compression modules) for every argument argparse checks."""
    try:
        return int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        pass
    try:
        return os.get_terminal_size(sys.__stdout__.fileno() if sys.__stdout__ else 1).columns
    except (AttributeError, ValueError, OSError):
        return 80


class _HelpFormatter(argparse.HelpFormatter):
    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: int | None = None):
        super().__init__(prog, indent_increment, max_help_position, _terminal_width() - 2 if width is None else width)


class QuietParser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one line plus a pointer to --help (exit 2)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, **kwargs)

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


def build_parser(args: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """Build the `b24desk` parser: every subcommand in full, or, given the command line `args`, only
    the one it runs (its module imported, the others a line of help each), so that `b24desk --version`
    or `b24desk url` loads neither httpx nor the sandbox's server."""
    setattr(argparse, "_", _argparse_gettext)  # noqa: B010 (typeshed does not declare argparse._)
    parser = QuietParser(
        prog="b24desk",
        description=translate("cli", "Bitrix24 REST request builder. Without arguments, opens the desktop app."),
    )
    parser.add_argument("--version", action="version", version=f"b24desk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=QuietParser)
    chosen = None if args is None else chosen_command(list(args))
    registered: set[str] = set()
    chosen_entry = COMMANDS.get(chosen or "")
    for command, entry in COMMANDS.items():
        if command in registered:
            continue
        if args is None or (chosen_entry is not None and chosen_entry[:2] == entry[:2]):
            getattr(importlib.import_module(f"b24desk.cli.{entry[0]}"), entry[1])(commands)
            registered.update(name for name, other in COMMANDS.items() if other[:2] == entry[:2])
        else:
            commands.add_parser(command, help=command_help(command))
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
