"""The pure-Python core of b24desk (no Qt): webhook URLs, PHP-style parameters, errors, secrets, catalogue."""

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
