"""What the catalogue knows of a method: `MethodInfo` and `ParamInfo`, and their compact JSON records.

The catalogue file's records and how they are read: core/catalogue_records.py.

Live data completes it later: `available` says whether the portal offers the method (None = not
asked) and `origin` says where the entry came from ("docs" or "portal").
"""

from __future__ import annotations

import re
from typing import Any, Protocol

from b24desk.core.value_record import ReadOnlyValue, slot_setters

__all__ = [
    "TYPE_KINDS",
    "MethodInfo",
    "ParamDecoder",
    "ParamInfo",
    "fill_method",
    "method_as_dict",
    "type_kind",
]

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


class ParamInfo(ReadOnlyValue):
    """One parameter of a method: its name, type, required flag and nested fields."""

    __slots__ = ("children", "name", "required", "type", "type_text")
    __match_args__ = ("name", "type", "required", "children", "type_text")
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


_PARAM_SETTERS = slot_setters(ParamInfo, ParamInfo.__match_args__)


class ParamDecoder(Protocol):
    """Decodes a method's parameters line of the catalogue file (see the module docstring), given the method's name."""

    def __call__(self, method: str, text: str) -> tuple[ParamInfo, ...]:
        """The parameters."""
        ...

    def names(self, method: str, text: str) -> list[str]:
        """Only their names (see MethodInfo.param_names), no parameter made."""
        ...


class MethodInfo(ReadOnlyValue):
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
    __match_args__ = (
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
        fill_method(
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
            if name not in self.__match_args__:
                raise TypeError(f"MethodInfo has no field {name!r}")
            _METHOD_SETTERS[self.__match_args__.index(name)](copy, value)
        if "params" in changes:
            _METHOD_SETTERS[-1](copy, None)  # given decoded
        return copy

    __replace__ = replace  # copy.replace (Python 3.13)


_METHOD_SLOTS = (*("_params" if name == "params" else name for name in MethodInfo.__match_args__), "_decoder")
_METHOD_SETTERS = slot_setters(MethodInfo, _METHOD_SLOTS)  # the fields' order, then the decoder
_SET_PARAMS = _METHOD_SETTERS[2]


def fill_method(
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
) -> MethodInfo:
    """A new method (`MethodInfo.__new__(MethodInfo)`) given its fields by position, through the slots' setters
    (written out: the catalogue makes ~1,600 on the start-up's path; a frozen dataclass took ~3x as long);
    `params` may be the text of its parameters line, decoded by `decoder` when first read."""
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
    return method


def _names_of(params: tuple[ParamInfo, ...]) -> list[str]:
    names: list[str] = []
    for param in params:
        names.append(param.name)
        if param.children:
            names.extend(_names_of(param.children))
    return names


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
