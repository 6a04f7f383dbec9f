"""How the CLI speaks: exit statuses, error lines on stderr, JSON on stdout."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any, NoReturn

if TYPE_CHECKING:
    from b24desk.core.errors import CallError

EXIT_OK = 0
EXIT_PORTAL_ERROR = 1
EXIT_USAGE = 2


def fail(message: str, status: int) -> NoReturn:
    """Print `message` (secrets masked) on stderr and exit with `status`."""
    from b24desk.core.webhook import mask_secrets_in  # not at import: `b24desk --version` needs no webhook code

    print(mask_secrets_in(message), file=sys.stderr)
    raise SystemExit(status)


def explained(error: CallError) -> list[str]:
    """A failed call in plain words: the title with the code, what it means, what to do."""
    from b24desk.core.explanations import explain

    explanation = explain(error, audience="cli")
    lines = [f"{explanation.title} [{explanation.code}]", explanation.meaning, explanation.action]
    if explanation.code.upper() == "ERROR_METHOD_NOT_FOUND" and error.method:
        lines.append(suggest_method(error.method))
    return [line for line in lines if line]


def suggest_method(name: str) -> str:
    """ "Did you mean ...?" from the bundled catalogue ("" when nothing is close or it cannot be read)."""
    from b24desk.core.catalogue import CatalogueError, load_catalogue
    from b24desk.core.method_suggestions import closest_methods, did_you_mean

    try:
        catalogue = load_catalogue()
    except CatalogueError:
        return ""
    return did_you_mean(closest_methods(name, (m.name for m in catalogue)))


def print_json(data: Any) -> None:
    """Print data as indented UTF-8 JSON on stdout."""
    print(json.dumps(data, ensure_ascii=False, indent=2))
