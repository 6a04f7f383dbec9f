"""What the catalogue knows of a method: `MethodInfo` and `ParamInfo`, and their compact JSON records.

The bundled data file (built by `tools/build_catalogue.py` from the official docs) is one JSON object
whose `methods` hold a positional record per method, to stay small, and whose `params` hold each
method's parameters, in the same order:

    method: [name, [scope, ...], page, flags]
            page = the docs page path without `.md` (the doc URL is DOC_SITE + page + ".html");
            flags = 1 list (paginated) | 2 deprecated | 4 parameters read from the docs
    params: [param, ...]
    param:  [name, type, type_text, required (0/1), [child param, ...]]
            type = one of TYPE_KINDS; type_text = the docs' own type ("" when it equals type)

The generator writes one method a line, then one method's parameters a line (after a line `],"params":[`):
the catalogue reads the methods part alone and keeps each line's text until that method's parameters are
first read (the start-up shows ~1,600 names; a person picks a few). Any other layout is decoded whole.

Live data completes it later: `available` says whether the portal offers the method (None = not
asked) and `origin` says where the entry came from ("docs" or "portal").
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any, Protocol

__all__ = [
    "DOC_SITE",
    "FORMAT_VERSION",
    "PARAMS_LINE",
    "TYPE_KINDS",
    "MethodInfo",
    "ParamInfo",
    "Value",
    "method_as_dict",
    "method_from_record",
    "method_to_record",
    "param_names_from_text",
    "params_from_records",
    "params_to_records",
    "slot_setters",
    "type_kind",
]

DOC_SITE = "https://apidocs.bitrix24.com/"
FORMAT_VERSION = 2  # 1: each method record ended with its parameters
PARAMS_LINE = '\n],"params":[\n'  # the generator's line between the methods and their parameters

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


class Value:
    """An immutable value: the slots named in `_fields`, set once when made, compared, hashed and shown by them.

    The catalogue makes ~1,600 methods on the start-up's path: a frozen dataclass's `__init__` (an
    `object.__setattr__` per field) and its generated methods (compiled when the class is made, ~2 ms each
    class) cost there; this sets the slots through their descriptors and needs no compiling."""

    __slots__ = ()
    _fields: tuple[str, ...] = ()

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only: cannot delete {name!r}")

    def _values(self) -> tuple[Any, ...]:
        return tuple([getattr(self, name) for name in self._fields])

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={value!r}" for name, value in zip(self._fields, self._values(), strict=True))
        return f"{type(self).__name__}({shown})"

    def __reduce__(self) -> tuple[type[Value], tuple[Any, ...]]:
        return type(self), self._values()  # made again by __init__, from the fields in its order


def slot_setters(cls: type[Value], names: tuple[str, ...]) -> tuple[Callable[[Any, Any], None], ...]:
    """The setters of a Value class's slots `names`, in that order (what its `__init__` calls)."""
    return tuple(getattr(cls, name).__set__ for name in names)


class ParamInfo(Value):
    """One parameter of a method: its name, type, required flag and nested fields."""

    __slots__ = ("children", "name", "required", "type", "type_text")
    _fields = ("name", "type", "required", "children", "type_text")
    name: str
    type: str
    required: bool
    children: tuple[ParamInfo, ...]
    type_text: str

    def __init__(
        self, name: str, type: str, required: bool = False, children: tuple[ParamInfo, ...] = (), type_text: str = ""
    ) -> None:
        set_name, set_type, set_required, set_children, set_type_text = _PARAM_SETTERS
        set_name(self, name)
        set_type(self, type)
        set_required(self, required)
        set_children(self, children)
        set_type_text(self, type_text)

    @property
    def doc_type(self) -> str:
        """The type as the docs write it (falls back to the mapped type)."""
        return self.type_text or self.type


_PARAM_SETTERS = slot_setters(ParamInfo, ParamInfo._fields)


class ParamDecoder(Protocol):
    """Decodes a method's parameters line of the catalogue file (see the module docstring), given the method's name."""

    def __call__(self, method: str, text: str) -> tuple[ParamInfo, ...]:
        """The parameters."""
        ...

    def names(self, method: str, text: str) -> list[str]:
        """Only their names (see MethodInfo.param_names), no parameter made."""
        ...


class MethodInfo(Value):
    """One REST method: name, scope, parameters, flags and the link to its documentation page.

    A catalogue read from its file keeps each method's parameters as their JSON text until they are first
    read (`params`): the browser shows ~1,600 names at start-up, and a person picks a few of them. Equality,
    hashing, `repr` and pickling read them as any other field."""

    __slots__ = (
        "_decoder",
        "_params",
        "available",
        "deprecated",
        "doc_url",
        "is_list",
        "name",
        "origin",
        "params_known",
        "scope",
        "scope_granted",
        "scopes",
    )
    _fields = (
        "name",
        "scope",
        "params",
        "is_list",
        "deprecated",
        "doc_url",
        "scopes",
        "params_known",
        "available",
        "origin",
        "scope_granted",
    )
    name: str
    scope: str
    _params: tuple[ParamInfo, ...] | str  # the text: not decoded yet
    is_list: bool
    deprecated: bool
    doc_url: str
    scopes: tuple[str, ...]
    params_known: bool
    available: bool | None
    origin: str
    scope_granted: bool | None  # whether the webhook holds the method's scope, when the portal said
    _decoder: ParamDecoder | None

    def __init__(
        self,
        name: str,
        scope: str,
        params: tuple[ParamInfo, ...] = (),
        is_list: bool = False,
        deprecated: bool = False,
        doc_url: str = "",
        scopes: tuple[str, ...] = (),
        params_known: bool = True,
        available: bool | None = None,
        origin: str = "docs",
        scope_granted: bool | None = None,
    ) -> None:
        _set_method(
            self,
            name,
            scope,
            params,
            is_list,
            deprecated,
            doc_url,
            scopes,
            params_known,
            available,
            origin,
            scope_granted,
        )

    @property
    def params(self) -> tuple[ParamInfo, ...]:
        """The top-level parameters (decoded from the catalogue file's text when first read)."""
        params = self._params
        if isinstance(params, str):
            assert self._decoder is not None  # a text comes with its decoder
            params = self._decoder(self.name, params)
            _SET_PARAMS(self, params)  # two threads reading at once both decode: equal values, either kept
        return params

    def param_names(self) -> list[str]:
        """The names of its parameters and of their nested fields, each before its fields (what the search
        matches): read from the catalogue file's text, without making the parameters, when not read yet."""
        params = self._params
        if isinstance(params, str):
            assert self._decoder is not None  # a text comes with its decoder
            return self._decoder.names(self.name, params)
        return _names_of(params)

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

    def replace(self, **changes: Any) -> MethodInfo:
        """A copy with some fields changed (as dataclasses.replace); parameters not read yet stay so, shared."""
        copy = MethodInfo.__new__(MethodInfo)
        for name, setter in zip(_METHOD_SLOTS, _METHOD_SETTERS, strict=True):
            setter(copy, getattr(self, name))
        for name, value in changes.items():
            if name not in self._fields:
                raise TypeError(f"MethodInfo has no field {name!r}")
            _METHOD_SETTERS[self._fields.index(name)](copy, value)
        if "params" in changes:
            _METHOD_SETTERS[-1](copy, None)  # given decoded
        return copy

    __replace__ = replace  # copy.replace (Python 3.13)


_METHOD_SLOTS = (*("_params" if name == "params" else name for name in MethodInfo._fields), "_decoder")
_METHOD_SETTERS = slot_setters(MethodInfo, _METHOD_SLOTS)  # the fields' order, then the decoder
_SET_PARAMS = _METHOD_SETTERS[2]


def _set_method(
    method: MethodInfo,
    name: str,
    scope: str,
    params: tuple[ParamInfo, ...] | str,
    is_list: bool,
    deprecated: bool,
    doc_url: str,
    scopes: tuple[str, ...],
    params_known: bool,
    available: bool | None,
    origin: str,
    scope_granted: bool | None,
    decoder: ParamDecoder | None = None,
) -> None:
    """Set a new method's slots (written out: ~1,600 methods are made on the start-up's path)."""
    (
        set_name,
        set_scope,
        set_params,
        set_list,
        set_deprecated,
        set_url,
        set_scopes,
        set_known,
        set_available,
        set_origin,
        set_granted,
        set_decoder,
    ) = _METHOD_SETTERS
    set_name(method, name)
    set_scope(method, scope)
    set_params(method, params)
    set_list(method, is_list)
    set_deprecated(method, deprecated)
    set_url(method, doc_url)
    set_scopes(method, scopes)
    set_known(method, params_known)
    set_available(method, available)
    set_origin(method, origin)
    set_granted(method, scope_granted)
    set_decoder(method, decoder)


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


def _names_of(params: tuple[ParamInfo, ...]) -> list[str]:
    names: list[str] = []
    for param in params:
        names.append(param.name)
        if param.children:
            names.extend(_names_of(param.children))
    return names


def _record_names(records: list[Any]) -> list[str]:
    names: list[str] = []
    for record in records:
        name = record[0]
        if name.__class__ is not str:
            raise TypeError(f"a parameter's name is text, not {type(name).__name__}")
        names.append(name)
        if len(record) > 4:
            names.extend(_record_names(record[4]))
    return names


def param_names_from_text(text: str) -> list[str]:
    """MethodInfo.param_names of a method's parameters line, without making its parameters (ValueError,
    TypeError, IndexError or KeyError when it is not parameter records)."""
    return _record_names(_records_from_text(text))


def _records_from_text(text: str) -> list[Any]:
    text = text.strip()
    records, end = _DECODE(text)  # json.loads without its per-call work: the search index reads ~1,500
    if end != len(text):
        raise ValueError(f"extra data after the parameter records at {end}")
    if records.__class__ is not list:
        raise TypeError(f"parameter records are a list, not {type(records).__name__}")
    return records


def params_to_records(params: tuple[ParamInfo, ...]) -> list[list[Any]]:
    """A method's parameters as their compact JSON records (its line of the file's `params`)."""
    return [param_to_record(p) for p in params]


def params_from_records(
    records: str | list[Any], shared: dict[tuple[Any, ...], ParamInfo] | None = None
) -> tuple[ParamInfo, ...]:
    """A method's parameters from their records, or from the JSON text of them (`shared`: see param_from_record);
    ValueError, TypeError, IndexError or KeyError when they are not such records."""
    if isinstance(records, str):
        records = _records_from_text(records)
    if records.__class__ is not list:
        raise TypeError(f"parameter records are a list, not {type(records).__name__}")
    if shared is None:
        shared = {}
    return tuple([param_from_record(record, shared) for record in records])


def method_to_record(method: MethodInfo, page: str) -> list[Any]:
    """The compact JSON record of a method whose docs page path (without `.md`) is `page` (its parameters:
    params_to_records)."""
    flags = (
        (FLAG_LIST if method.is_list else 0)
        | (FLAG_DEPRECATED if method.deprecated else 0)
        | (FLAG_PARAMS_KNOWN if method.params_known else 0)
    )
    scopes = list(method.scopes or ((method.scope,) if method.scope else ()))
    return [method.name, scopes, page, flags]


def method_from_record(
    record: list[Any], params: str | list[Any], doc_site: str = DOC_SITE, decoder: ParamDecoder | None = None
) -> MethodInfo:
    """Rebuild a MethodInfo from its compact record and its parameters' records (or their JSON text): decoded
    now, or, with a `decoder` and a text, when first read (ValueError or TypeError for a record of another
    shape)."""
    name, scopes, page, flags = record
    if name.__class__ is not str:
        raise TypeError(f"not a method name: {name!r}")
    kept: tuple[ParamInfo, ...] | str = params  # type: ignore[assignment]  # a text, or decoded just below
    if decoder is None or not isinstance(params, str):
        kept = params_from_records(params)
    elif params == "[]":
        kept = ()
    method = _new(MethodInfo)
    # by position, in the fields' order, through the slots' setters: a frozen dataclass took ~3x as long
    _set_method(
        method,
        name,
        scopes[0] if scopes else "",
        kept,
        bool(flags & FLAG_LIST),
        bool(flags & FLAG_DEPRECATED),
        f"{doc_site}{page}.html" if page else "",
        tuple(scopes),
        bool(flags & FLAG_PARAMS_KNOWN),
        None,
        "docs",
        None,
        decoder,
    )
    return method


_new = object.__new__
_DECODE = json.JSONDecoder().raw_decode


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
