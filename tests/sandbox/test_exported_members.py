"""Pin the sandbox's public names: the client, the GUI and the tests rely on them."""

import dataclasses

import b24desk.sandbox
from b24desk.sandbox import SandboxConfig, SandboxPortal


def test_sandbox_public_names() -> None:
    assert sorted(b24desk.sandbox.__all__) == [
        "EventHandlerConfig",
        "FaultRule",
        "Faults",
        "RestError",
        "SandboxConfig",
        "SandboxPortal",
        "Stats",
        "Store",
        "run_in_thread",
    ]
    for name in b24desk.sandbox.__all__:
        assert getattr(b24desk.sandbox, name).__module__.startswith("b24desk.sandbox.")


def test_portal_and_config_surface() -> None:
    for member in ("webhook_url", "base_url", "add_webhook", "add_event_handler", "faults", "stats", "store"):
        assert hasattr(SandboxPortal, member), member
    for member in ("start", "stop", "request_stop", "wait_closed", "__aenter__", "__aexit__"):
        assert callable(getattr(SandboxPortal, member)), member
    fields = {field.name for field in dataclasses.fields(SandboxConfig)}
    assert {"host", "port", "rate", "burst", "scopes", "seed", "data_file"} <= fields
    config = SandboxConfig()
    assert (config.host, config.port, config.rate, config.burst, config.data_file) == (
        "127.0.0.1",
        0,
        2.0,
        50,
        None,
    )
