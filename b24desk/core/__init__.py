"""The pure-Python core of b24desk (no Qt): webhook URLs, PHP-style parameters, errors, secrets, catalogue.

The public names below are imported on first use (PEP 562), so `import b24desk.core.errors` at
start-up does not load the catalogue, the query encoder and the rest.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from b24desk.core.catalogue import Catalogue, CatalogueError, load_catalogue
    from b24desk.core.catalogue_model import MethodInfo, ParamInfo
    from b24desk.core.errors import B24DeskError, InputError, ParamsError, WebhookURLError
    from b24desk.core.field_metadata import FieldItem, FieldMeta, FieldMetadataError, parse_fields_result
    from b24desk.core.query import decode, encode, encode_display
    from b24desk.core.secret import Secret
    from b24desk.core.webhook import (
        ParsedURL,
        Portal,
        Webhook,
        build_call_url,
        mask_secrets_in,
        parse_webhook_url,
    )

_HOME = {
    "Catalogue": "catalogue",
    "CatalogueError": "catalogue",
    "load_catalogue": "catalogue",
    "MethodInfo": "catalogue_model",
    "ParamInfo": "catalogue_model",
    "B24DeskError": "errors",
    "InputError": "errors",
    "ParamsError": "errors",
    "WebhookURLError": "errors",
    "FieldItem": "field_metadata",
    "FieldMeta": "field_metadata",
    "FieldMetadataError": "field_metadata",
    "parse_fields_result": "field_metadata",
    "decode": "query",
    "encode": "query",
    "encode_display": "query",
    "Secret": "secret",
    "ParsedURL": "webhook",
    "Portal": "webhook",
    "Webhook": "webhook",
    "build_call_url": "webhook",
    "mask_secrets_in": "webhook",
    "parse_webhook_url": "webhook",
}


def __getattr__(name: str) -> Any:
    """Import a public name from its module on first use."""
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module 'b24desk.core' has no attribute {name!r}")
    return getattr(importlib.import_module(f"b24desk.core.{module}"), name)


__all__ = [
    "B24DeskError",
    "Catalogue",
    "CatalogueError",
    "FieldItem",
    "FieldMeta",
    "FieldMetadataError",
    "InputError",
    "MethodInfo",
    "ParamInfo",
    "ParamsError",
    "ParsedURL",
    "Portal",
    "Secret",
    "Webhook",
    "WebhookURLError",
    "build_call_url",
    "decode",
    "encode",
    "encode_display",
    "load_catalogue",
    "mask_secrets_in",
    "parse_fields_result",
    "parse_webhook_url",
]
