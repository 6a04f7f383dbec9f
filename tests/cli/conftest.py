"""CLI test fixtures: every CLI test runs with its own B24DESK_HOME, never the user's folders."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def b24desk_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private app folder for the test (subprocesses inherit it through the environment)."""
    home = tmp_path / "b24desk-home"
    monkeypatch.setenv("B24DESK_HOME", str(home))
    return home
