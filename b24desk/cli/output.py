"""How the CLI speaks: exit statuses, error lines on stderr, JSON on stdout."""

from __future__ import annotations

import json
import sys
from typing import Any, NoReturn

from b24desk.core.webhook import mask_secrets_in

EXIT_OK = 0
EXIT_PORTAL_ERROR = 1
EXIT_USAGE = 2


def fail(message: str, status: int) -> NoReturn:
    """Print `message` (secrets masked) on stderr and exit with `status`."""
    print(mask_secrets_in(message), file=sys.stderr)
    raise SystemExit(status)


def print_json(data: Any) -> None:
    """Print data as indented UTF-8 JSON on stdout."""
    print(json.dumps(data, ensure_ascii=False, indent=2))
