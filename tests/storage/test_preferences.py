"""Preferences declared once: each key once, values read as their declared type, settings.json's nested form kept."""

from __future__ import annotations

from typing import Any

import pytest

from b24desk.storage.preferences import (
    HISTORY_LIMIT,
    PREFERENCES,
    SETTINGS_FILE,
    WINDOW_FILE,
    coerce,
    preference,
    read_setting,
    write_setting,
)


def test_each_preference_is_declared_once_with_a_description_and_a_store() -> None:
    keys = [item.key for item in PREFERENCES]
    assert len(keys) == len(set(keys))
    for item in PREFERENCES:
        assert item.description.endswith(".") and item.store in (SETTINGS_FILE, WINDOW_FILE)
        assert coerce(item, None) == item.default
        assert isinstance(item.default, item.type)
    with pytest.raises(KeyError):
        preference("window/unknown")


@pytest.mark.parametrize(
    ("key", "stored", "read"),
    [
        ("methods/recent", "crm.lead.list", ["crm.lead.list"]),  # QSettings' one-item list
        ("methods/recent", ["a", "b"], ["a", "b"]),
        ("methods/recent", 5, []),
        ("ui/language", "de", "de"),
        ("ui/language", ["de"], ""),
        ("window/geometry", b"\x01\x02", b"\x01\x02"),
        ("window/geometry", "text", b""),
        ("history/limit", "7", 7),
        ("history/limit", 0, 500),
        ("history/limit", True, 500),
    ],
)
def test_stored_values_are_read_as_their_declared_type(key: str, stored: Any, read: Any) -> None:
    assert coerce(preference(key), stored) == read


def test_settings_json_keeps_the_history_limit_nested() -> None:
    data: dict[str, Any] = {"history": "not a section", "webhooks": {}}
    assert read_setting(data, HISTORY_LIMIT) == 500
    write_setting(data, HISTORY_LIMIT, 12)
    assert data == {"history": {"limit": 12}, "webhooks": {}}
    assert read_setting(data, HISTORY_LIMIT) == 12
