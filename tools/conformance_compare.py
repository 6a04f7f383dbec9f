"""Comparing a sandbox answer with the docs' example: keys, JSON types and forms, error messages.

A documented key must be in the answer with a compatible form: a date stays a date with an offset, `"N"`
a Y/N flag, `""` a string, an ID a string of digits; the docs' `null` says nothing about the type; custom
fields of the docs' own portal (`UF_CRM_...`, `ufCrm...`, links to its smart processes) are not counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DECIMAL = re.compile(r"^-?\d+\.\d+$")
# Fields of the docs' own portal: its custom fields and its links to its own smart processes.
CUSTOM_FIELD = re.compile(r"^(UF_|uf_|uf[A-Z]|PARENT_ID_\d+$|parentId\d+$)")


@dataclass
class Item:
    """One documented fact and whether the sandbox matches it."""

    key: str
    ok: bool
    detail: str = ""


def form(value: Any) -> str:
    """The JSON type and, for strings, the form of a value."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, list):
        return "list"
    if isinstance(value, dict):
        return "object"
    text = str(value)
    if text == "":
        return "empty"
    if text in ("Y", "N"):
        return "flag"
    if _DATETIME.match(text):
        return "datetime"
    if _DATE.match(text):
        return "date"
    if text.lstrip("-").isdigit():
        return "digits"
    if _DECIMAL.match(text):
        return "decimal"
    return "text"


_COMPATIBLE = {
    "empty": {"empty", "flag", "datetime", "date", "digits", "decimal", "text"},
    "text": {"empty", "flag", "datetime", "date", "digits", "decimal", "text"},
    "flag": {"flag"},
    "datetime": {"datetime"},
    "date": {"date", "datetime"},
    "digits": {"digits"},
    "decimal": {"decimal", "digits"},
    "number": {"number"},
    "bool": {"bool"},
    "list": {"list"},
    "object": {"object"},
}


def compatible(documented: Any, got: Any) -> bool:
    """Whether `got` has the type and form the docs' example value shows."""
    want = form(documented)
    if want == "null":
        return True
    have = form(got)
    if want in ("list", "object") and got in ([], {}):
        return True  # PHP sends an empty array as [] whatever it holds when full

    return have in _COMPATIBLE[want]


def _is_map(value: dict[str, Any]) -> bool:
    """A dict keyed by IDs (`auditorsData: {"13": {...}}`): its values share one shape."""
    return bool(value) and all(str(key).isdigit() for key in value)


def compare(documented: Any, got: Any, path: str, items: list[Item]) -> None:
    """Add an item per documented key (recursively) saying whether `got` has it in a compatible form."""
    if isinstance(documented, dict) and not _is_map(documented):
        for key, value in documented.items():
            if CUSTOM_FIELD.match(str(key)):
                continue
            where = f"{path}.{key}" if path else str(key)
            if not isinstance(got, dict) or key not in got:
                items.append(Item(f"field {where}", False, "missing"))
                continue
            if isinstance(value, dict | list) and value:
                if compatible(value, got[key]):
                    compare(value, got[key], where, items)
                else:
                    items.append(Item(f"field {where}", False, f"{form(got[key])} where the docs show {form(value)}"))
                continue
            ok = compatible(value, got[key])
            detail = "" if ok else f"{form(got[key])} {got[key]!r} where the docs show {form(value)} {value!r}"
            items.append(Item(f"field {where}", ok, detail))
        return
    if isinstance(documented, dict):  # a map: compare its first entry with any entry of the answer
        sample = next(iter(documented.values()))
        values = list(got.values()) if isinstance(got, dict) else []
        if not values:  # an empty map ([] from PHP): the record has no entries, the form is right
            items.append(Item(f"field {path}{{*}}", got in ([], {}), "no entries to compare"))
            return
        compare(sample, values[0], f"{path}{{*}}", items)
        return
    if isinstance(documented, list) and documented and isinstance(documented[0], dict | list):
        if not isinstance(got, list) or not got:
            items.append(Item(f"field {path}[]", False, "no items to compare"))
            return
        compare(documented[0], got[0], f"{path}[]", items)


def key_names(value: Any) -> set[str]:
    """Every dict key anywhere in a JSON value."""
    if isinstance(value, dict):
        found = {str(key) for key in value}
        for item in value.values():
            found |= key_names(item)
        return found
    if isinstance(value, list):
        found = set()
        for item in value:
            found |= key_names(item)
        return found
    return set()


def table_names(tree: list[Any]) -> list[str]:
    """Field names of a Returned Data tree ([name, type, required, [children]])."""
    names: list[str] = []
    for node in tree:
        names.append(node[0])
        if len(node) > 3:
            names.extend(table_names(node[3]))
    return names


def normal_message(text: str) -> str:
    """A message as compared: JSON escapes and `<br>` resolved, case, spaces and the final dot ignored."""
    plain = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)
    plain = plain.replace("<br>", " ").replace("<br/>", " ")
    return re.sub(r"\s+", " ", plain).strip().rstrip(".").strip().lower()


def message_matches(documented: str, got: str) -> bool:
    """Whether an answer's message says the documented one (`{placeholder}` stands for any text)."""
    parts = re.split(r"\{[^}]*\}", normal_message(documented))
    pattern = ".*?".join(re.escape(part) for part in parts)
    return re.fullmatch(pattern, normal_message(got)) is not None


def answer_items(documented: dict[str, Any], first: dict[str, Any], record: dict[str, Any]) -> list[Item]:
    items: list[Item] = []
    for key in documented:
        if key == "next" and "next" not in first:
            items.append(Item("field next", first.get("total", 0) <= 50, "no next page although total > 50"))
        elif key not in ("result", "time", "next"):
            compare({key: documented[key]}, first, "", items)
    compare({"result": documented.get("result")}, first, "", items)
    compare({"time": documented.get("time")}, first, "", items)
    shown = {name.lower() for name in key_names(documented)}
    present = {name.lower() for name in key_names(first)}
    for name in table_names(record["returned"]):
        known = name.lower() in present
        if name.lower() in shown or name == "next" or CUSTOM_FIELD.match(name) or not re.match(r"^\w+$", name):
            continue
        items.append(Item(f"field {name} (table)", known, "" if known else "missing"))
    return items
