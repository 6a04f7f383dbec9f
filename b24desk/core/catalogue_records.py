"""The catalogue file's records: how `MethodInfo` and `ParamInfo` are written and read back.

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
"""

from __future__ import annotations

import json
from typing import Any

from b24desk.core.catalogue_model import MethodInfo, ParamDecoder, ParamInfo, fill_method

__all__ = [
    "DOC_SITE",
    "FORMAT_VERSION",
    "PARAMS_LINE",
    "method_from_record",
    "method_to_record",
    "param_from_record",
    "param_names_from_text",
    "param_to_record",
    "params_from_records",
    "params_to_records",
]

DOC_SITE = "https://apidocs.bitrix24.com/"
FORMAT_VERSION = 2  # 1: each method record ended with its parameters
PARAMS_LINE = '\n],"params":[\n'  # the generator's line between the methods and their parameters

FLAG_LIST = 1
FLAG_DEPRECATED = 2
FLAG_PARAMS_KNOWN = 4


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
    return fill_method(
        MethodInfo.__new__(MethodInfo),
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
        None,  # not marked by a portal
        decoder,
    )


_DECODE = json.JSONDecoder().raw_decode
