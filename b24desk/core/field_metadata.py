"""Field descriptions from a portal's `*.fields` / `*.getFields` answers, in one shape: `FieldMeta`.

The formats the docs show (the `result` of the call):

    CRM        crm.lead.fields        {CODE: {type, isRequired, isReadOnly, isImmutable, isMultiple,
                                              isDynamic, title, [statusType], [items: [{ID, VALUE}]],
                                              [listLabel, formLabel, filterLabel], [settings], [upperName]}}
    wrapped    crm.item.fields        {fields: {code: {... as CRM ...}}}
               catalog.price.getFields {price: {code: {type, isRequired, isReadOnly, isImmutable}}}
    tasks      tasks.task.getFields   {fields: {CODE: {title, type, [primary], [required], [default],
                                                       [values: {key: label}]}}}
    titles     user.fields            {CODE: "title"}

Flags may come as JSON booleans, "Y"/"N", 1/0 or "true"/"false"; labels may be a string or a map by
language. The parser is pure: the async client hands it the decoded `result`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from b24desk.core.catalogue_model import type_kind
from b24desk.core.errors import B24DeskError
from b24desk.core.i18n import QT_TRANSLATE_NOOP, translate

__all__ = ["FieldItem", "FieldMeta", "FieldMetadataError", "parse_field", "parse_fields_result"]

_MSG_SHAPE = QT_TRANSLATE_NOOP("fields", "The portal's field list has an unexpected shape ({found}).")
_FIELD_KEYS = frozenset({"type", "title", "isRequired", "required", "isReadOnly", "items", "values"})


class FieldMetadataError(B24DeskError):
    """A `*.fields` answer is not in any known field-description format."""


@dataclass(frozen=True, slots=True)
class FieldItem:
    """One value of an enumeration field: its id and its label."""

    id: str
    value: str


@dataclass(frozen=True, slots=True)
class FieldMeta:
    """What the portal says about one field of an entity."""

    name: str
    type: str = ""
    title: str = ""
    required: bool = False
    read_only: bool = False
    immutable: bool = False
    multiple: bool = False
    user_field: bool = False
    deprecated: bool = False
    primary: bool = False
    items: tuple[FieldItem, ...] = ()
    status_type: str = ""
    list_label: str = ""
    form_label: str = ""
    filter_label: str = ""
    upper_name: str = ""
    default: Any = None
    settings: Mapping[str, Any] = field(default_factory=dict, hash=False)

    @property
    def kind(self) -> str:
        """The field's type mapped to the catalogue's small set of kinds (see catalogue_model)."""
        if self.items and self.type in ("enumeration", "enum", "crm_status", "list"):
            return "enum"
        return type_kind(self.type)

    @property
    def label(self) -> str:
        """The best human label: a user field's form label, else its title, else its code."""
        return self.form_label or self.list_label or self.title or self.name


def _flag(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("y", "yes", "true", "1")
    return bool(value)


def _text(value: Any, language: str = "en") -> str:
    """A label that may be a string or a map by language."""
    if isinstance(value, Mapping):
        chosen = value.get(language) or next((v for v in value.values() if v), "")
        return str(chosen)
    return "" if value is None else str(value)


def _items(description: Mapping[str, Any]) -> tuple[FieldItem, ...]:
    raw = description.get("items", description.get("values"))
    if isinstance(raw, Mapping):
        return tuple(FieldItem(str(key), _text(label)) for key, label in raw.items())
    if isinstance(raw, list):
        found: list[FieldItem] = []
        for entry in raw:
            if isinstance(entry, Mapping):
                key = entry.get("ID", entry.get("id", entry.get("VALUE", "")))
                found.append(FieldItem(str(key), _text(entry.get("VALUE", entry.get("value", key)))))
            else:
                found.append(FieldItem(str(entry), str(entry)))
        return tuple(found)
    return ()


def parse_field(name: str, description: Any) -> FieldMeta:
    """One FieldMeta from a field code and its description (CRM, tasks or bare-title style)."""
    if not isinstance(description, Mapping):
        return FieldMeta(name, title=_text(description))
    upper = str(description.get("upperName") or "")
    settings = description.get("settings")
    return FieldMeta(
        name=name,
        type=str(description.get("type") or ""),
        title=_text(description.get("title")),
        required=_flag(description.get("isRequired", description.get("required", False))),
        read_only=_flag(description.get("isReadOnly", False)),
        immutable=_flag(description.get("isImmutable", False)),
        multiple=_flag(description.get("isMultiple", False)),
        user_field=_flag(description.get("isDynamic", False)) or (upper or name).upper().startswith("UF_"),
        deprecated=_flag(description.get("isDeprecated", False)),
        primary=_flag(description.get("primary", False)),
        items=_items(description),
        status_type=str(description.get("statusType") or ""),
        list_label=_text(description.get("listLabel")),
        form_label=_text(description.get("formLabel")),
        filter_label=_text(description.get("filterLabel")),
        upper_name=upper,
        default=description.get("default"),
        settings=dict(settings) if isinstance(settings, Mapping) else {},
    )


def _looks_like_fields(value: Any) -> bool:
    if not isinstance(value, Mapping) or not value:
        return False
    return all(isinstance(v, str) or (isinstance(v, Mapping) and _FIELD_KEYS & v.keys()) for v in value.values())


def _unwrap(result: Any) -> Mapping[str, Any]:
    """The map of field code -> description inside a `*.fields` result."""
    if isinstance(result, Mapping):
        inner = result.get("fields")
        if isinstance(inner, Mapping) and _looks_like_fields(inner):
            return inner
        if _looks_like_fields(result):
            return result
        if len(result) == 1:
            (only,) = result.values()
            if isinstance(only, Mapping) and _looks_like_fields(only):
                return only
        if not result:
            return {}
    found = type(result).__name__
    raise FieldMetadataError(translate("fields", _MSG_SHAPE).format(found=found))


def parse_fields_result(result: Any) -> tuple[FieldMeta, ...]:
    """Every field in a decoded `*.fields` result, in the portal's order."""
    return tuple(parse_field(str(name), description) for name, description in _unwrap(result).items())
