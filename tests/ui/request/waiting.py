"""Waiting for the window by events, on the running loop (never for a guess of time)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

# A bound for a test that is broken, not a guess of how long the work takes: on a busy machine
# (several test runs on 2 cores) the portal's answers in a thread of the same process and the keyring
# over D-Bus took seconds; a passing test never waits for the bound.
SECONDS = 60.0


async def until(condition: Callable[[], bool], seconds: float = SECONDS) -> None:
    """Let the loop run until `condition` holds (TimeoutError after `seconds`)."""
    async with asyncio.timeout(seconds):
        while not condition():
            await asyncio.sleep(0.02)
