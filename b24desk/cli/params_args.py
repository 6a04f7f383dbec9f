"""Parameters given on the command line: `KEY=VALUE` pairs (PHP nested keys) and `--params-json`."""

from __future__ import annotations

import json
from collections.abc import Sequence

from b24desk.core.errors import ParamsError
from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate
from b24desk.core.json_codec import json_error_text
from b24desk.core.query import DecodedParams, Params, decode_pairs, iter_pairs

_CTX = "cli"
_MSG_PAIR = QT_TRANSLATE_NOOP("cli", "Parameter {arg!r} is not KEY=VALUE (for example fields[TITLE]=Acme).")
_MSG_JSON = QT_TRANSLATE_NOOP("cli", "--params-json is not valid JSON: {reason}.")
_MSG_DEEP = QT_TRANSLATE_NOOP("cli", "nested too deep")
_MSG_OBJECT = QT_TRANSLATE_NOOP("cli", "--params-json must be a JSON object, like {example}.")


def parse_pairs(args: Sequence[str]) -> list[tuple[str, str]]:
    """Split `KEY=VALUE` arguments at the first `=` outside brackets, keeping their order."""
    pairs = []
    for arg in args:
        split = _key_end(arg)
        if split <= 0:
            raise ParamsError(translate(_CTX, _MSG_PAIR).format(arg=arg))
        pairs.append((arg[:split], arg[split + 1 :]))
    return pairs


def _key_end(arg: str) -> int:
    """Where the key ends: the first `=` outside brackets (`filter[>=ID]=5` splits after `]`); -1 if none."""
    depth = 0
    for index, char in enumerate(arg):
        if char == "[":
            depth += 1
        elif char == "]":
            depth = max(0, depth - 1)
        elif char == "=" and depth == 0:
            return index
    return -1


def parse_params_json(text: str) -> Params:
    """Parse `--params-json` into params; it must be a JSON object."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        raise ParamsError(translate(_CTX, _MSG_JSON).format(reason=json_error_text(error))) from None
    except RecursionError:
        raise ParamsError(translate(_CTX, _MSG_JSON).format(reason=translate(_CTX, _MSG_DEEP))) from None
    if not isinstance(value, dict):
        raise ParamsError(translate(_CTX, _MSG_OBJECT).format(example='{"fields": {"TITLE": "Acme"}}'))
    for _pair in iter_pairs(value):  # too deep for PHP: say so now, not as a failure later
        pass
    return value


def collect_params(pairs: Sequence[str], params_json: str | None) -> Params | DecodedParams:
    """Combine `--params-json` (first) and `KEY=VALUE` pairs (after, PHP rules) into one params set."""
    typed = parse_params_json(params_json) if params_json is not None else None
    if not pairs:
        return typed or {}
    flat = list(iter_pairs(typed)) if typed else []
    return decode_pairs([*flat, *parse_pairs(pairs)])
