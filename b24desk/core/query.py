"""PHP-style query strings: an encoder equal to PHP's `http_build_query` and a decoder equal to `parse_str`.

Bitrix24 reads parameters the way PHP does (`fields[TITLE]=x&select[]=ID&filter[>ID]=10`), so both
directions follow PHP 8's rules exactly; tests compare them with a real `php` process.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any, cast
from urllib.parse import quote_plus

from b24desk.core.errors import ParamsError
from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate

__all__ = [
    "DecodedParams",
    "ParamValue",
    "Params",
    "decode",
    "decode_pairs",
    "decode_typed_pairs",
    "encode",
    "encode_display",
    "iter_pairs",
    "php_float",
    "php_urlencode",
    "split_query",
]

Scalar = str | int | float | bool | None
ParamValue = Scalar | Mapping[Any, "ParamValue"] | Sequence["ParamValue"]  # nested keys: str or int
Params = Mapping[str, ParamValue]
DecodedValue = str | list["DecodedValue"] | dict[str, "DecodedValue"]
DecodedParams = dict[str, DecodedValue]

_CTX = "query"
_MSG_BAD_TYPE = QT_TRANSLATE_NOOP(
    "query", "The value of {key} is a {type}; parameters can hold text, numbers, yes/no, lists and groups."
)
_MSG_BAD_FLOAT = QT_TRANSLATE_NOOP("query", "The value of {key} is not a finite number.")
_MSG_TOO_DEEP = QT_TRANSLATE_NOOP(
    "query", "Parameters nest deeper than {limit} levels (at {key}); PHP, and so the portal, reads at most {limit}."
)

PHP_FLOAT_PRECISION = 14  # PHP's default `precision` ini setting, used by http_build_query
MAX_NESTING = 64  # PHP's default max_input_nesting_level
_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1
_CANONICAL_INT = re.compile(r"-?[1-9][0-9]*|0")


_MSG_BAD_TEXT = QT_TRANSLATE_NOOP("query", "A parameter holds text that is not valid Unicode: {text!r}.")


_ASCII_URLENCODE = {
    code: chr(code) if chr(code).isalnum() or chr(code) in "-_." else "+" if code == 32 else f"%{code:02X}"
    for code in range(128)
}


def php_urlencode(text: str) -> str:
    """Encode text like PHP's `urlencode`: RFC 1738, spaces as `+`, only `A-Za-z0-9-_.` kept."""
    if text.isascii():  # one table lookup per character; the UTF-8 path below is several times slower
        return text.translate(_ASCII_URLENCODE)
    try:
        return quote_plus(text, safe="").replace("~", "%7E")
    except UnicodeEncodeError:
        raise ParamsError(translate(_CTX, _MSG_BAD_TEXT).format(text=text[:40])) from None


def php_float(value: float) -> str:
    """Format a float as PHP prints it with `precision=14` (`%.14G` in PHP's own style)."""
    if math.isnan(value):
        return "NAN"
    if math.isinf(value):
        return "-INF" if value < 0 else "INF"
    sign = "-" if math.copysign(1.0, value) < 0 else ""
    mantissa, exponent = f"{abs(value):.{PHP_FLOAT_PRECISION - 1}e}".split("e")
    digits = mantissa.replace(".", "").rstrip("0") or "0"
    decpt = int(exponent) + 1 if digits != "0" else 1
    whole = str(int(abs(value))) if value.is_integer() else ""
    if len(whole) == PHP_FLOAT_PRECISION + 1 and whole[-1] == "5" and int(whole[-2]) % 2 == 0:
        # zend_dtoa's "small integer" path settles an exact tie (rounded to even, so not up)
        # without dropping trailing zeros: 644621347147205.0 prints as 6.4462134714720E+14.
        digits = whole[:PHP_FLOAT_PRECISION]
    if (decpt < -3) if decpt < 0 else (decpt > PHP_FLOAT_PRECISION):
        exp = decpt - 1
        text = f"{digits[0]}.{digits[1:] or '0'}E{'-' if exp < 0 else '+'}{abs(exp)}"
    elif decpt <= 0:
        text = "0." + "0" * -decpt + digits
    elif len(digits) <= decpt:
        text = digits + "0" * (decpt - len(digits))
    else:
        text = digits[:decpt] + "." + digits[decpt:]
    return sign + text


def _scalar_text(value: Scalar, key: str) -> str | None:
    """Render a scalar as PHP does inside http_build_query; None means "left out"."""
    if type(value) is str:  # the common case first: the ABC checks below cost more than the rest
        return value
    if value is None:
        return None
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return php_float(value)
    if isinstance(value, str):
        return value
    raise ParamsError(translate(_CTX, _MSG_BAD_TYPE).format(key=key, type=type(value).__name__))


def _items(value: Mapping[Any, Any] | Sequence[Any]) -> Iterable[tuple[str | int, Any]]:
    if type(value) is dict or isinstance(value, Mapping):
        return value.items()
    return enumerate(value)


def _is_group(value: object) -> bool:
    kind = type(value)
    if kind is str:
        return False
    if kind is dict or kind is list:
        return True
    return isinstance(value, Mapping) or (isinstance(value, Sequence) and not isinstance(value, str | bytes))


def iter_pairs(params: Params | Sequence[ParamValue]) -> Iterable[tuple[str, str]]:
    """Flatten nested params into (key, value) pairs in PHP's order, keys with literal brackets."""

    def walk(value: Any, path: str, depth: int = 1) -> Iterable[tuple[str, str]]:
        for key, item in _items(value):
            name = f"{path}[{key}]" if path else str(key)
            if _is_group(item):
                if depth >= MAX_NESTING:
                    shown = name if len(name) < 80 else name[:60] + "…"
                    raise ParamsError(translate(_CTX, _MSG_TOO_DEEP).format(limit=MAX_NESTING, key=shown))
                yield from walk(item, name, depth + 1)
            else:
                text = _scalar_text(item, name)
                if text is not None:
                    yield name, text

    return walk(params, "")


_AMBIGUOUS = re.compile(r"[&=+#%\s\x00-\x1f]")  # \s is str.isspace(): the blanks the readable form escapes


def _readable(text: str) -> str:
    """Escape only what would make a readable query ambiguous (& = + # % and blanks)."""
    if not _AMBIGUOUS.search(text):
        return text
    return _AMBIGUOUS.sub(lambda found: "+" if found[0] == " " else php_urlencode(found[0]), text)


def _encode(params: Params | Sequence[ParamValue], *, readable: bool) -> str:
    escape = _readable if readable else php_urlencode
    bracket, close = ("[", "]") if readable else ("%5B", "%5D")
    parts: list[str] = []

    def walk(value: Any, prefix: str) -> None:
        for key, item in _items(value):
            ekey = str(key) if isinstance(key, int) else escape(key)
            name = f"{prefix}{ekey}{close}" if prefix else ekey
            if _is_group(item):
                walk(item, name + bracket)
            else:
                text = _scalar_text(item, name)
                if text is not None:
                    parts.append(f"{name}={escape(text)}")

    walk(params, "")
    return "&".join(parts)


def encode(params: Params | Sequence[ParamValue]) -> str:
    """Encode nested params exactly as PHP's `http_build_query` does (the wire form)."""
    return _encode(params, readable=False)


def encode_display(params: Params | Sequence[ParamValue]) -> str:
    """The same query for people: brackets, `>` and letters shown as they are; only & = + # % escaped."""
    return _encode(params, readable=True)


# ---------------------------------------------------------------------------------------------
# Decoding: PHP's parse_str (php_default_treat_data + php_register_variable_ex)


class _PhpArray:
    """A PHP array while decoding: ordered keys (int or str) and the next append index."""

    __slots__ = ("items", "next_index")

    def __init__(self) -> None:
        self.items: dict[int | str, Any] = {}  # leaves are str when decoding, typed from the grid
        self.next_index: int | None = None  # PHP's nNextFreeElement; None until an int key is used

    def set(self, key: int | str, value: Any) -> None:
        self.items[key] = value
        if isinstance(key, int) and (self.next_index is None or key >= self.next_index):
            self.next_index = key + 1 if key < _INT64_MAX else key

    def append(self, value: Any) -> None:
        self.set(self.next_index or 0, value)

    def child(self, key: int | str | None) -> _PhpArray:
        if key is None:
            fresh = _PhpArray()
            self.append(fresh)
            return fresh
        existing = self.items.get(key)
        if isinstance(existing, _PhpArray):
            return existing
        fresh = _PhpArray()
        self.set(key, fresh)
        return fresh

    def to_python(self) -> Any:
        keys = list(self.items)
        converted = [v.to_python() if isinstance(v, _PhpArray) else v for v in self.items.values()]
        if keys == list(range(len(keys))):
            return converted
        return {str(k): v for k, v in zip(keys, converted, strict=True)}


def _php_key(text: str) -> int | str:
    """Normalise an array key as PHP does: canonical decimal integers become int keys."""
    if _CANONICAL_INT.fullmatch(text):
        number = int(text)
        if _INT64_MIN <= number <= _INT64_MAX:
            return number
    return text


def _mangle(text: str, extra: str = "") -> str:
    for char in " ." + extra:
        text = text.replace(char, "_")
    return text


_SKIP, _PLAIN, _DROP, _NESTED = range(4)
_Path = tuple[int, int | str, tuple[int | str | None, ...]]  # kind, base key, index steps (None: append)
_CACHED_NAME = 256  # names up to this long have their parse kept (a form repeats its names)


def _parse_name(raw_name: str) -> _Path:
    """Where a variable name puts its value, as php_register_variable_ex reads it."""
    name = raw_name.split("\0", 1)[0].lstrip(" ")
    bracket = name.find("[")
    if bracket < 0:
        return (_PLAIN, _php_key(_mangle(name)), ()) if name else (_SKIP, "", ())
    base = _mangle(name[:bracket])
    if not base:
        return _SKIP, "", ()
    indexes: list[str | None] = []
    pos = bracket
    while True:
        if len(indexes) >= MAX_NESTING:
            return _DROP, _php_key(base), ()
        start = pos + 1
        close = name.find("]", start)
        if close < 0:
            if not indexes:  # not an index: the '[' and the rest become part of the name
                return _PLAIN, _php_key(base + "_" + _mangle(name[start:], "[")), ()
            break
        index = name[start:close]
        # PHP reads "[]" and "[" + one whitespace character + "]" as "append"
        indexes.append(None if index == "" or (len(index) == 1 and index in " \t\n\v\f\r") else index)
        pos = close + 1
        if pos >= len(name) or name[pos] != "[":
            break
    return _NESTED, _php_key(base), tuple(None if step is None else _php_key(step) for step in indexes)


_parse_cached = lru_cache(maxsize=4096)(_parse_name)


def _register(root: _PhpArray, raw_name: str, value: Any) -> None:
    """Store one decoded variable the way php_register_variable_ex does."""
    kind, base, steps = _parse_cached(raw_name) if len(raw_name) <= _CACHED_NAME else _parse_name(raw_name)
    if kind == _PLAIN:
        root.set(base, value)
    elif kind == _DROP:
        root.items.pop(base, None)
    elif kind == _NESTED:
        target = root.child(base)
        for step in steps[:-1]:
            target = target.child(step)
        last = steps[-1]
        if last is None:
            target.append(value)
        else:
            target.set(last, value)


_HEX_DIGITS = "0123456789ABCDEFabcdef"
_HEX_BYTES = {(a + b).encode(): bytes.fromhex(a + b) for a in _HEX_DIGITS for b in _HEX_DIGITS}


def _php_urldecode(text: str) -> str:
    """PHP's urldecode: `+` is a space, `%XX` a byte (any other `%` stays), then UTF-8 (invalid: U+FFFD).

    Written out rather than through urllib's unquote_to_bytes, which costs several times more per
    escape; a batch of keyset commands is thousands of them (`%255B%253EID%255D`). Texts up to
    _CACHED_TEXT characters are remembered (4,096 of them): names, most values and a batch's commands
    repeat from one request to the next.
    """
    return _urldecode_cached(text) if len(text) <= _CACHED_TEXT else _urldecode(text)


_CACHED_TEXT = 512


def _urldecode(text: str) -> str:
    if "%" not in text:
        return text.replace("+", " ")
    pieces = text.replace("+", " ").encode("utf-8", errors="surrogatepass").split(b"%")
    out = [pieces[0]]
    for piece in pieces[1:]:
        byte = _HEX_BYTES.get(piece[:2])
        if byte is None:
            out.append(b"%")
            out.append(piece)
        else:
            out.append(byte)
            out.append(piece[2:])
    return b"".join(out).decode("utf-8", errors="replace")


_urldecode_cached = lru_cache(maxsize=4096)(_urldecode)


def decode_pairs(pairs: Iterable[tuple[str, str]]) -> DecodedParams:
    """Build nested params from already-decoded (key, value) pairs with PHP's key rules."""
    root = _PhpArray()
    for name, value in pairs:
        _register(root, name, value)
    result = root.to_python()
    if isinstance(result, list):
        return {str(i): v for i, v in enumerate(result)}
    assert isinstance(result, dict)  # the root is always an array
    return result


def decode_typed_pairs(pairs: Iterable[tuple[str, Any]]) -> dict[str, Any]:
    """Like `decode_pairs`, but the values keep their types (for the parameter grid)."""
    root = _PhpArray()
    for name, value in pairs:
        _register(root, name, value)
    result = root.to_python()
    if isinstance(result, list):
        return {str(i): v for i, v in enumerate(result)}
    return cast(dict[str, Any], result)


def split_query(query: str) -> list[tuple[str, str]]:
    """Split and URL-decode a query string into (key, value) pairs as PHP does."""
    pairs: list[tuple[str, str]] = []
    query = query.split("\0", 1)[0]  # PHP reads the query as a C string
    for chunk in query.split("&"):
        if not chunk:
            continue
        name, sep, value = chunk.partition("=")
        pairs.append((_php_urldecode(name), _php_urldecode(value) if sep else ""))
    return pairs


def decode(query: str) -> DecodedParams:
    """Decode a query string exactly as PHP's `parse_str` reads it."""
    return decode_pairs(split_query(query))


def as_params(decoded: DecodedParams) -> Params:
    """View decoded params as encodable params (a typing bridge; no copy)."""
    return cast(Params, decoded)
