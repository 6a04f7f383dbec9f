"""What the client tests share: rows decoded, or kept as the answers' bytes."""

from __future__ import annotations

import pytest

from b24desk.core import client as client_module


@pytest.fixture(params=[False, True], ids=["decoded", "kept-as-bytes"])
def keep_records(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> bool:
    """Both ways of keeping rows: decoded, and as the answers' bytes (every answer, however small)."""
    if request.param:
        monkeypatch.setattr(client_module, "LAZY_BODY", 0)
    return bool(request.param)
