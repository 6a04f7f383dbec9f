"""Sandbox fixtures: a portal on either scheme, for the protocol tests that must hold on HTTP and HTTPS."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from b24desk.sandbox import SandboxConfig, SandboxPortal, run_in_thread


@pytest.fixture(scope="session")
def tls_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One local CA and certificate for the test run (made by the first HTTPS portal, reused after)."""
    return tmp_path_factory.mktemp("sandbox-tls")


@pytest.fixture(params=["http", "https"])
def any_scheme_sandbox(request: pytest.FixtureRequest, tls_dir: Path) -> Iterator[SandboxPortal]:
    """A sandbox portal on plain HTTP, then on HTTPS with its local CA."""
    https = request.param == "https"
    config = SandboxConfig(seed=120, rate=1000.0, burst=10_000, tls_dir=tls_dir if https else None)
    with run_in_thread(config) as portal:
        yield portal
