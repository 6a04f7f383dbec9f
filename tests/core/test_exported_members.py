"""Pin the core's public names: a change to this list is a change to the API."""

import b24desk.core


def test_core_public_names() -> None:
    assert sorted(b24desk.core.__all__) == [
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
    for name in b24desk.core.__all__:
        assert getattr(b24desk.core, name).__module__.startswith("b24desk.core.")
