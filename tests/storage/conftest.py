"""Storage fixtures: an app folder in tmp_path and a webhook store on the real private keyring."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from b24desk.storage.paths import AppPaths, app_paths
from b24desk.storage.secret_store import KeyringSecrets
from b24desk.storage.settings_file import SettingsFile
from b24desk.storage.webhook_store import WebhookStore


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    """b24desk's config, data and cache folders under tmp_path (as B24DESK_HOME would put them)."""
    return app_paths({"B24DESK_HOME": str(tmp_path / "b24desk-home")})


@pytest.fixture
def store(paths: AppPaths, secret_service: Any) -> WebhookStore:
    """A webhook store writing to tmp_path, its secrets in the real (private) gnome-keyring."""
    return WebhookStore(SettingsFile(paths.settings_file), KeyringSecrets(secret_service))
