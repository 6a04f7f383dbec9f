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


def test_each_core_module_with_a_public_list_defines_every_name_in_it() -> None:
    import importlib
    import pkgutil

    import b24desk.core as core

    listed = 0
    for info in pkgutil.walk_packages(core.__path__, "b24desk.core."):
        module = importlib.import_module(info.name)
        names = getattr(module, "__all__", None)
        if names is None or module is core:
            continue
        listed += 1
        assert sorted(names) == sorted(set(names)), info.name
        for name in names:
            assert hasattr(module, name), f"{info.name}.{name}"
    assert listed >= 6  # request, request_document, result_shape, portal_limits, batch, paging (and more to come)
