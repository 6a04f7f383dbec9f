"""Restarting b24desk (after a language change): the same program with the same arguments, in this process."""

from __future__ import annotations

import os
import sys


def restart_command() -> list[str]:
    """The command line that started this process: a frozen bundle's binary, or the interpreter and its args."""
    if getattr(sys, "frozen", False):  # a PyInstaller bundle: the binary is the program
        return [sys.executable, *sys.argv[1:]]
    return [sys.executable, *sys.orig_argv[1:]]


def restart() -> None:
    """Replace this process with a fresh start of b24desk (call after the window has shut down)."""
    command = restart_command()
    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(command[0], command)
