"""Numbers on the command line: argparse types that refuse 0, negatives, nan and inf with a clear line (exit 2)."""

from __future__ import annotations

import argparse
import math

from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate

_MSG_POSITIVE = QT_TRANSLATE_NOOP("cli", "{value!r} is not a number above 0")
_MSG_WHOLE = QT_TRANSLATE_NOOP("cli", "{value!r} is not a whole number above 0")
_MSG_PORT = QT_TRANSLATE_NOOP("cli", "{value!r} is not a port (0 to 65535; 0: a free one)")


def positive_float(text: str) -> float:
    """A finite number above 0 (seconds, requests per second)."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(translate("cli", _MSG_POSITIVE).format(value=text))
    return value


def positive_int(text: str) -> int:
    """A whole number above 0 (a burst, a count, mebibytes)."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value <= 0:
        raise argparse.ArgumentTypeError(translate("cli", _MSG_WHOLE).format(value=text))
    return value


def port_number(text: str) -> int:
    """A TCP port, 0 (a free one) to 65535."""
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(translate("cli", _MSG_PORT).format(value=text))
    return value
