"""What the catalogue knows of a method: `MethodInfo` and `ParamInfo`, and their compact JSON records.

The bundled data file (built by `tools/build_catalogue.py` from the official docs) stores each method
as a positional record, to stay small:

    method: [name, [scope, ...], page, flags, [param, ...]]
            page = the docs page path without `.md` (the doc URL is DOC_SITE + page + ".html");
            flags = 1 list (paginated) | 2 deprecated | 4 parameters read from the docs
    param:  [name, type, type_text, required (0/1), [child param, ...]]
            type = one of TYPE_KINDS; type_text = the docs' own type ("" when it equals type)

Live data completes it later: `available` says whether the portal offers the method (None = not
asked) and `origin` says where the entry came from ("docs" or "portal").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

__all__ = [
    "DOC_SITE",
    "FORMAT_VERSION",
    "TYPE_KINDS",
    "MethodInfo",
    "ParamInfo",
    "method_as_dict",
    "method_from_record",
    "method_to_record",
    "type_kind",
]

DOC_SITE = "https://apidocs.bitrix24.com/"
FORMAT_VERSION = 1

FLAG_LIST = 1
FLAG_DEPRECATED = 2
FLAG_PARAMS_KNOWN = 4

TYPE_KINDS = (
    "string",
    "integer",
    "double",
    "boolean",
    "date",
    "datetime",
    "enum",
    "object",
    "array",
    "file",
    "any",
    "unknown",
)

_DIRECT = {
    "string": "string",
    "text": "string",
    "char": "string",
    "str": "string",
    "integer": "integer",
    "int": "integer",
    "user": "integer",
    "double": "double",
    "float": "double",
    "number": "double",
    "boolean": "boolean",
    "bool": "boolean",
    "date": "date",
    "datetime": "datetime",
    "time": "datetime",
    "enum": "enum",
    "enumeration": "enum",
    "crm_status": "enum",
    "uf_enum_element": "enum",
    "object": "object",
    "lang_map": "object",
    "location": "object",
    "array": "array",
    "list": "array",
    "crm_multifield": "array",
    "file": "file",
    "diskfile": "file",
    "attached_diskfile": "file",
    "any": "any",
    "mixed": "any",
}
_REFERENCE_STRING_FIELDS = ("code", "lid", "symbol", "currency", "action_file")


def type_kind(type_text: str) -> str:
    """Map a type as the docs write it (`integer`, `crm_contact[]`, `sale_order.id`) to a TYPE_KINDS entry."""
    first = type_text.split("|", 1)[0].strip().strip("`").lower()
    if not first:
        return "unknown"
    if first.endswith("[]"):
        return "array"
    if first in _DIRECT:
        return _DIRECT[first]
    if "." in first:  # a reference to another entity's key: `sale_order.id`, `catalog_measure.code`
        field = first.rsplit(".", 1)[1]
        return "string" if field in _REFERENCE_STRING_FIELDS else "integer"
    if first.startswith("crm_enum_"):
        return "enum"
    if first in ("crm_currency", "sale_status"):
        return "string"
    if re.match(r"^(crm|sale|catalog)_(company|contact|lead|deal|quote|entity|category|order|product|delivery)", first):
        return "integer"  # the ID of another record
    if first.endswith("dto") or first.startswith("crm_"):
        return "object"
    return "unknown"


@dataclass(frozen=True, slots=True)
class ParamInfo:
    """One parameter of a method: its name, type, required flag and nested fields."""

    name: str
    type: str
    required: bool = False
    children: tuple[ParamInfo, ...] = ()
    type_text: str = ""

    @property
    def doc_type(self) -> str:
        """The type as the docs write it (falls back to the mapped type)."""
        return self.type_text or self.type


@dataclass(frozen=True, slots=True)
class MethodInfo:
    """One REST method: name, scope, parameters, flags and the link to its documentation page."""

    name: str
    scope: str
    params: tuple[ParamInfo, ...] = ()
    is_list: bool = False
    deprecated: bool = False
    doc_url: str = ""
    scopes: tuple[str, ...] = ()
    params_known: bool = True
    available: bool | None = None
    origin: str = "docs"
    scope_granted: bool | None = None  # whether the webhook holds the method's scope, when the portal said

    @property
    def unavailable_reason(self) -> str:
        """Why the portal will not run this method: "" (it will, or nobody asked), "scope" (the webhook
        lacks its scope) or "not_served" (the scope is granted, yet the portal's `methods` leaves it out:
        another edition or version, an app-only method, or the sandbox, which serves a subset)."""
        if self.available is not False:
            return ""
        return "not_served" if self.scope_granted else "scope"

    def param(self, name: str) -> ParamInfo | None:
        """The top-level parameter called `name` (case-insensitive), or None."""
        wanted = name.lower()
        return next((p for p in self.params if p.name.lower() == wanted), None)


def param_to_record(param: ParamInfo) -> list[Any]:
    """The compact JSON record of a parameter (see the module docstring)."""
    type_text = "" if param.type_text == param.type else param.type_text
    record: list[Any] = [param.name, param.type, type_text, int(param.required)]
    if param.children:
        record.append([param_to_record(child) for child in param.children])
    return record


def param_from_record(record: list[Any], shared: dict[tuple[Any, ...], ParamInfo] | None = None) -> ParamInfo:
    """Rebuild a ParamInfo from its compact record; with `shared`, equal parameters are one object.

    Three in four of the catalogue's parameters repeat another's (`id`, `fields`, `select`, `order`
    with the same children): ParamInfo is immutable, so one object serves them all, made once (a
    frozen dataclass is slow to make: the catalogue took 38 ms to build on the start path, now ~15).
    """
    if shared is None:
        shared = {}
    if len(record) > 4:
        children = tuple([param_from_record(child, shared) for child in record[4]])
        # the children are shared already: equal children are the same objects, so their ids make the key
        key = (record[0], record[1], record[2], record[3], *map(id, children))
    else:  # most parameters have no nested fields: no generator, no map (the catalogue read in ~half the time)
        children = ()
        key = (record[0], record[1], record[2], record[3])
    found = shared.get(key)
    if found is None:
        found = shared[key] = ParamInfo(record[0], record[1], bool(record[3]), children, record[2])
    return found


def method_to_record(method: MethodInfo, page: str) -> list[Any]:
    """The compact JSON record of a method whose docs page path (without `.md`) is `page`."""
    flags = (
        (FLAG_LIST if method.is_list else 0)
        | (FLAG_DEPRECATED if method.deprecated else 0)
        | (FLAG_PARAMS_KNOWN if method.params_known else 0)
    )
    scopes = list(method.scopes or ((method.scope,) if method.scope else ()))
    return [method.name, scopes, page, flags, [param_to_record(p) for p in method.params]]


def method_from_record(
    record: list[Any], doc_site: str = DOC_SITE, shared: dict[tuple[Any, ...], ParamInfo] | None = None
) -> MethodInfo:
    """Rebuild a MethodInfo from its compact record (`shared`: see param_from_record)."""
    name, scopes, page, flags, params = record
    if shared is None:
        shared = {}
    # by position, in the fields' order: with keywords and generators the 1,559 methods took ~20 ms, now ~10
    return MethodInfo(
        name,
        scopes[0] if scopes else "",
        tuple([param_from_record(p, shared) for p in params]),
        bool(flags & FLAG_LIST),
        bool(flags & FLAG_DEPRECATED),
        f"{doc_site}{page}.html" if page else "",
        tuple(scopes),
        bool(flags & FLAG_PARAMS_KNOWN),
    )


def param_as_dict(param: ParamInfo) -> dict[str, Any]:
    """A readable JSON-ready dict of a parameter (for `--json` output and snippets)."""
    found: dict[str, Any] = {"name": param.name, "type": param.type, "doc_type": param.doc_type}
    found["required"] = param.required
    if param.children:
        found["fields"] = [param_as_dict(child) for child in param.children]
    return found


def method_as_dict(method: MethodInfo) -> dict[str, Any]:
    """A readable JSON-ready dict of a method (for `--json` output)."""
    return {
        "name": method.name,
        "scope": method.scope,
        "scopes": list(method.scopes),
        "is_list": method.is_list,
        "deprecated": method.deprecated,
        "doc_url": method.doc_url,
        "params_known": method.params_known,
        "available": method.available,
        "params": [param_as_dict(param) for param in method.params],
    }
