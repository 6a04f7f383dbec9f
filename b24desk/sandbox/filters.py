"""List queries: `filter` with the documented key prefixes, `order`, and paging by 50 over rows kept by ID.

Prefixes from api-reference/crm/leads/crm-lead-list.md: `>=`, `>`, `<=`, `<`, `@` (IN), `!@` (NOT IN),
`%` (substring), `=%` / `%=` (LIKE with explicit %), `!%`, `!=%`, `!%=`, `=` (default), `!=`, `!`; a list
value means IN. Rows are kept sorted by ID, so `>ID` filters with ID order (the fast paging of
settings/performance/huge-data.md) find their page by bisection instead of a scan.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from b24desk.sandbox.envelope import PAGE_SIZE

# Longest first, so `>=` wins over `>` and `!%=` over `!%`.
OPERATORS = ("!=%", "!%=", ">=", "<=", "!@", "!%", "=%", "%=", "!=", ">", "<", "@", "%", "=", "!")
NUMERIC_TYPES = frozenset({"integer", "double", "user", "crm_company", "crm_contact", "crm_lead", "crm_category"})
BOOLEAN_TYPES = frozenset({"boolean"})
DATE_TYPES = frozenset({"date", "datetime"})
Row = dict[str, Any]


@dataclass(slots=True)
class Condition:
    """One filter entry: field, operator and value (a list for IN)."""

    field: str
    op: str
    value: Any


@dataclass(slots=True)
class CompiledFilter:
    """Conditions split into ID bounds (answered by bisection) and the rest (tested per row)."""

    id_low: int | None = None  # inclusive
    id_high: int | None = None  # inclusive
    rest: list[Condition] = field(default_factory=list)
    empty: bool = False  # the ID bounds exclude every row


def parse_key(key: str) -> tuple[str, str]:
    """Split a filter key into (operator, FIELD); no prefix means `=`."""
    # a batch of keyset pages asks the same few keys fifty times: short ones are remembered
    return _parse_key_cached(key) if len(key) <= 64 else _parse_key(key)


def _parse_key(key: str) -> tuple[str, str]:
    for op in OPERATORS:
        if key.startswith(op):
            return op, key[len(op) :].upper()
    return "=", key.upper()


_parse_key_cached = lru_cache(maxsize=1024)(_parse_key)


def _as_list(value: Any) -> list[Any] | None:
    if isinstance(value, list):
        return value
    if isinstance(value, dict):
        return list(value.values())
    return None


def _to_number(value: Any) -> float | None:
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    number: float
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(value.strip())
        except ValueError:
            return None
    else:
        return None
    return number if math.isfinite(number) else None


def _to_bool(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().upper() in ("Y", "1", "TRUE")
    return bool(value)


def _to_moment(value: Any) -> float | str:
    """A date as a unix time (dates in any offset compare as moments; no offset means UTC), else the text."""
    text = str(value).strip()
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return text
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


def _normalise(value: Any, ftype: str) -> Any:
    """A comparable form of a row or filter value for a field type."""
    if value is None:
        return None
    if ftype in NUMERIC_TYPES:
        return _to_number(value)
    if ftype in DATE_TYPES and value != "":
        return _to_moment(value)
    if ftype in BOOLEAN_TYPES:
        return _to_bool(value)
    if isinstance(value, bool):
        return "Y" if value else "N"
    return str(value)


def _like(pattern: str) -> re.Pattern[str]:
    parts = (re.escape(part) for part in pattern.split("%"))
    return re.compile(".*".join(parts), re.IGNORECASE | re.DOTALL)


def _predicate(cond: Condition, types: Mapping[str, str]) -> Callable[[Row], bool]:
    ftype = types.get(cond.field, "string")
    name, op = cond.field, cond.op
    values = _as_list(cond.value)
    negate = op.startswith("!")  # `!`, `!=`, `!@`, `!%`, `!=%`, `!%=` negate the operator after it
    base = op.lstrip("!") or "="
    if base in ("=", "@"):
        wanted = {_normalise(v, ftype) for v in (values if values is not None else [cond.value])}
        if values is None and cond.value in ("", None):
            wanted = {None, ""}

        def test(row: Row) -> bool:
            got = row.get(name)
            items = got if isinstance(got, list) else [got]
            return any((_normalise(item, ftype) if item != "" else "") in wanted for item in items)

    elif base in (">", ">=", "<", "<="):
        bound = _normalise(cond.value, ftype)
        compare: Callable[[Any, Any], bool] = {
            ">": lambda a, b: a > b,
            ">=": lambda a, b: a >= b,
            "<": lambda a, b: a < b,
            "<=": lambda a, b: a <= b,
        }[base]

        def test(row: Row) -> bool:
            got = _normalise(row.get(name), ftype)
            if got is None or bound is None or type(got) is not type(bound):
                return False
            return bool(compare(got, bound))

    else:  # % family
        text = str(cond.value)
        regex = _like(text) if base in ("=%", "%=") else _like(f"%{text}%")

        def test(row: Row) -> bool:
            got = row.get(name)
            return got is not None and bool(regex.fullmatch(str(got)))

    if negate:
        return lambda row: not test(row)
    return test


def _bound_ids(compiled: CompiledFilter, op: str, number: float) -> None:
    low: int | None = None
    high: int | None = None
    if op == ">":
        low = math.floor(number) + 1
    elif op == ">=":
        low = math.ceil(number)
    elif op == "<":
        high = math.ceil(number) - 1
    elif op == "<=":
        high = math.floor(number)
    elif number.is_integer():
        low = high = int(number)
    else:
        compiled.empty = True
    if low is not None:
        compiled.id_low = low if compiled.id_low is None else max(compiled.id_low, low)
    if high is not None:
        compiled.id_high = high if compiled.id_high is None else min(compiled.id_high, high)
    if compiled.id_low is not None and compiled.id_high is not None and compiled.id_low > compiled.id_high:
        compiled.empty = True


def compile_filter(raw: Mapping[str, Any] | None) -> CompiledFilter:
    """Parse a `filter` parameter; plain numeric ID conditions become bounds."""
    compiled = CompiledFilter()
    for key, value in (raw or {}).items():
        op, name = parse_key(str(key))
        number = _to_number(value) if _as_list(value) is None else None
        if name == "ID" and op in (">", ">=", "<", "<=") and _as_list(value) is None and number is None:
            # a comparison with no number matches no row (e.g. an unresolved `$result[...]` in a batch
            # chain past the last page): answer at once instead of testing every row
            compiled.empty = True
            continue
        if name == "ID" and number is not None and op in (">", ">=", "<", "<=", "="):
            _bound_ids(compiled, op, number)
            continue
        compiled.rest.append(Condition(name, op, value))
    return compiled


def parse_order(raw: Any, default: Sequence[tuple[str, bool]] = (("ID", False),)) -> list[tuple[str, bool]]:
    """`order` as [(FIELD, descending)]; empty or missing gives `default`."""
    if not isinstance(raw, Mapping) or not raw:
        return list(default)
    return [(str(k).upper(), str(v).strip().upper() == "DESC") for k, v in raw.items()]


def _row_key(name: str, ftype: str) -> Callable[[Row], tuple[int, Any]]:
    def key(row: Row) -> tuple[int, Any]:
        value = row.get(name)
        normal = _normalise(value, ftype) if value != "" else None
        if normal is None:
            return (0, 0)
        return (1, normal) if isinstance(normal, float | bool) else (2, str(normal).lower())

    return key


@dataclass(slots=True)
class QueryPage:
    """One page of a list: the rows and the count (None when not counted)."""

    rows: list[Row]
    total: int | None


def run_query(
    ids: Sequence[int],
    rows: Mapping[int, Row],
    flt: CompiledFilter,
    order: list[tuple[str, bool]],
    start: int,
    types: Mapping[str, str],
    page_size: int = PAGE_SIZE,
) -> QueryPage:
    """Select one page; `start < 0` skips the count (huge-data.md)."""
    if flt.empty:
        return QueryPage([], 0 if start >= 0 else None)
    lo = bisect_left(ids, flt.id_low) if flt.id_low is not None else 0
    hi = bisect_right(ids, flt.id_high) if flt.id_high is not None else len(ids)
    offset = max(start, 0)
    tests = [_predicate(cond, types) for cond in flt.rest]
    by_id = len(order) == 1 and order[0][0] == "ID"
    if by_id:
        descending = order[0][1]
        span = range(hi - 1, lo - 1, -1) if descending else range(lo, hi)
        if not tests:
            chosen = span[offset : offset + page_size]
            return QueryPage([rows[ids[i]] for i in chosen], len(span) if start >= 0 else None)
        matched: list[Row] = []
        count = 0
        for i in span:
            row = rows[ids[i]]
            if all(test(row) for test in tests):
                if offset <= count < offset + page_size:
                    matched.append(row)
                count += 1
                if start < 0 and count >= page_size:
                    break
        return QueryPage(matched, count if start >= 0 else None)
    selected: Iterable[Row] = (rows[ids[i]] for i in range(lo, hi))
    found = [row for row in selected if all(test(row) for test in tests)]
    for name, descending in reversed(order):
        found.sort(key=_row_key(name, types.get(name, "string")), reverse=descending)
    return QueryPage(found[offset : offset + page_size], len(found) if start >= 0 else None)
